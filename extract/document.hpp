// Document: one article's text with its token, sentence and quote layers, and the per-token
// annotations the extraction stages leave for each other (which mention or timex covers a
// token). Private to the extract library.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <date/date.h>

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

    std::string_view word(std::size_t i) const { return tokens[i].text(text); }
    bool is(std::size_t i, WordClass c) const {
        return (classes[i] & static_cast<std::uint16_t>(c)) != 0;
    }
    bool is_word(std::size_t i, std::string_view lower_word) const;  // case-insensitive
};

// Tokenizes, splits sentences, finds quotes and fills the per-token layers.
void analyze(Document& doc, std::string_view text, std::optional<date::year_month_day> date);

}  // namespace tkg::extract
