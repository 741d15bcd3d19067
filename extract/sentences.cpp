#include "tkg/extract/sentences.hpp"

#include <algorithm>

#include "tkg/extract/word_classes.hpp"

namespace tkg::extract {
namespace {

bool is_terminal(std::string_view t) {
    return t == "." || t == "!" || t == "?" || t == "..." || t == "\xE2\x80\xA6" /* … */ ||
           t == "?!" || t == "!?";
}

bool is_closer(const Token& tok, std::string_view t) {
    return tok.has(kCloseQuote) || t == ")" || t == "]" || t == "\xE2\x80\x99";
}

bool starts_sentence(const Token& tok, std::string_view t) {
    if (tok.kind == TokenKind::number) return true;
    if (tok.kind == TokenKind::word) return tok.has(kCapitalized) || tok.has(kAllCaps);
    return tok.has(kOpenQuote) || t == "(" || t == "[" || t == "\xE2\x80\x94" || t == "-";
}

// Hard-wrapped prose breaks lines inside sentences; a line break there is only a space. It
// shows as line breaks that are mostly followed by a lower-case continuation.
bool looks_hard_wrapped(std::string_view text, const std::vector<Token>& tokens) {
    std::size_t breaks = 0, continuations = 0;
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (!t.has(kNewlineBefore) || t.has(kParagraphBefore)) continue;
        ++breaks;
        const bool prev_terminal = is_terminal(tokens[i - 1].text(text));
        if (!prev_terminal && (t.has(kLower) || t.kind == TokenKind::number)) ++continuations;
    }
    return breaks >= 3 && continuations * 10 >= breaks * 4;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
    std::vector<Sentence> out;
    if (tokens.empty()) return out;
    const WordClasses& wc = WordClasses::builtin();
    const bool wrapped = looks_hard_wrapped(text, tokens);
    const auto n = static_cast<std::uint32_t>(tokens.size());

    std::uint32_t start = 0;
    auto close = [&](std::uint32_t end, bool headline) {
        if (end <= start) return;
        Sentence s;
        s.first_token = start;
        s.end_token = end;
        s.span = {tokens[start].begin, tokens[end - 1].end};
        s.headline = headline;
        out.push_back(s);
        start = end;
    };

    for (std::uint32_t i = 0; i < n; ++i) {
        // Run-on text (lists, tables, prose without punctuation) is cut into pieces of at most
        // kMaxSentenceTokens: the extraction rules look across a sentence, and one of thousands
        // of tokens would cost their square. The cut falls after a comma, semicolon or colon
        // when one is near.
        if (i - start >= kMaxSentenceTokens) {
            std::uint32_t cut = i;
            for (std::uint32_t k = i; k > i - kMaxSentenceTokens / 4; --k) {
                const std::string_view t = tokens[k - 1].text(text);
                if (t == "," || t == ";" || t == ":") {
                    cut = k;
                    break;
                }
            }
            close(cut, false);
        }
        const Token& tok = tokens[i];
        if (i > start && (tok.has(kParagraphBefore) || (tok.has(kNewlineBefore) && !wrapped))) {
            const std::string_view last = tokens[i - 1].text(text);
            close(i, !is_terminal(last) && !is_closer(tokens[i - 1], last));
        }
        const std::string_view t = tok.text(text);
        const bool abbreviation = tok.has(kAbbreviation);
        if (!is_terminal(t) && !abbreviation) continue;

        std::uint32_t j = i + 1;
        while (j < n && !tokens[j].has(kSpaceBefore) && is_closer(tokens[j], tokens[j].text(text)))
            ++j;
        if (j >= n) break;
        const Token& next = tokens[j];
        const std::string_view nt = next.text(text);
        if (next.has(kNewlineBefore)) {
            if (!wrapped || next.has(kParagraphBefore) || !abbreviation) close(j, false);
            i = j - 1;
            continue;
        }
        bool split;
        if (abbreviation) {
            // "Oct. 7", "Sen. Smith", "U.S. officials": only a sentence opener after it
            // ("... in the U.S. The talks ...") shows that the period also ends the sentence.
            split = next.kind == TokenKind::word && next.has(kCapitalized) &&
                    (wc.has(nt, WordClass::det) || wc.has(nt, WordClass::pron_subj) ||
                     wc.has(nt, WordClass::conj) || wc.has(nt, WordClass::adv) ||
                     wc.has(nt, WordClass::sconj) || wc.has(nt, WordClass::pron_other));
        } else {
            split = starts_sentence(next, nt);
        }
        if (split) {
            close(j, false);
            i = j - 1;
        }
    }
    close(n, false);
    if (!out.empty()) {
        // The last sentence is a headline when it is one line without final punctuation.
        Sentence& last = out.back();
        const std::string_view lt = tokens[last.end_token - 1].text(text);
        if (!is_terminal(lt) && !is_closer(tokens[last.end_token - 1], lt) && last.size() < 20)
            last.headline = true;
    }
    return out;
}

std::vector<Quote> find_quotes(std::string_view text, const std::vector<Token>& tokens) {
    (void)text;
    std::vector<Quote> out;
    std::vector<std::uint32_t> open;
    for (std::uint32_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (t.has(kOpenQuote)) {
            open.push_back(i);
        } else if (t.has(kCloseQuote) && !open.empty()) {
            out.push_back({open.back(), i});
            open.pop_back();
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Quote& a, const Quote& b) { return a.open_token < b.open_token; });
    return out;
}

}  // namespace tkg::extract
