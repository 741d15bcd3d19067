// Document: one article's text with its token, sentence and quote layers, and the per-token
// annotations the extraction stages leave for each other (which mention or timex covers a
// token). Private to the extract library.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "tkg/extract/lexicon.hpp"
#include "tkg/extract/sentences.hpp"
#include "tkg/extract/tokenizer.hpp"
#include "tkg/extract/word_classes.hpp"

namespace tkg::extract {

inline constexpr std::int32_t kNone = -1;

struct Document {
    std::string_view text;
    std::optional<date::year_month_day> date;
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<Quote> quotes;
    std::vector<std::uint16_t> classes;      // closed-class bits per token
    std::vector<std::uint32_t> sentence_of;  // sentence index per token
    std::vector<std::int32_t> mention_at;    // mention index per token, or kNone
    std::vector<std::int32_t> timex_at;      // timex index per token, or kNone
    // The lookup key of every token (lower case, straight apostrophes), computed once: every
    // word list is keyed by it.
    std::string key_buffer;
    std::vector<std::string_view> keys;
    // The longest lexicon match at each token, looked up once when first asked for.
    mutable std::vector<std::int8_t> lexicon_state;  // 0 not looked up, 1 none, 2 found
    mutable std::vector<LexiconMatch> lexicon_found;
    // The tense each token marks (tense.hpp), worked out once when first asked for.
    mutable std::vector<std::int8_t> tense_cache;  // -1 not yet, else a Tense

    // The lexicon's longest match at token `i` within its sentence.
    const LexiconMatch* lexicon_match(const Lexicon& lexicon, std::size_t i) const {
        if (lexicon_state[i] == 0) {
            const auto m = lexicon.match(keys, tokens, i, sentences[sentence_of[i]].end_token);
            lexicon_state[i] = m ? 2 : 1;
            if (m) lexicon_found[i] = *m;
        }
        return lexicon_state[i] == 2 ? &lexicon_found[i] : nullptr;
    }

    std::string_view word(std::size_t i) const { return tokens[i].text(text); }
    std::string_view key(std::size_t i) const { return keys[i]; }
    bool is(std::size_t i, WordClass c) const {
        return (classes[i] & static_cast<std::uint16_t>(c)) != 0;
    }
    bool is_word(std::size_t i, std::string_view lower_word) const { return keys[i] == lower_word; }
    // Whether token `i` is one word like "Iranian-backed", "US-led", "Kremlin-linked": who
    // backs or leads what follows, a modifier naming nobody itself.
    bool is_backer(std::size_t i) const {
        if (!tokens[i].has(kHyphenated)) return false;
        static constexpr std::string_view kSuffixes[] = {
            "-backed", "-led",       "-aligned",    "-allied",    "-linked",   "-affiliated",
            "-funded", "-sponsored", "-controlled", "-supported", "-friendly", "-leaning"};
        for (const std::string_view x : kSuffixes)
            if (keys[i].ends_with(x)) return true;
        return false;
    }
};

// Tokenizes, splits sentences, finds quotes and fills the per-token layers.
void analyze(Document& doc, std::string_view text, std::optional<date::year_month_day> date);

}  // namespace tkg::extract
