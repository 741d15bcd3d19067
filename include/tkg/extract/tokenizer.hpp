// Tokenizer: splits UTF-8 text into words, numbers and punctuation with half-open byte spans
// into the text as read. Nothing is copied or normalized; a token is two offsets and flags.
//
// What it knows about news English: abbreviations keep their period ("Oct.", "Sen.", "U.S.",
// "Jr."), initials are words ("J."), possessives and contractions split off as in the Penn
// Treebank ("Biden" "’s", "do" "n't"), hyphenated words stay whole ("Abercrombie-Winstanley",
// "Palestinian-American", "25-year"), numbers keep their separators ("15,000", "4:49",
// "2023-11-12", "1990s"), and curly quotes, apostrophes and dashes are punctuation.
//
//   std::vector<Token> toks = tokenize("Biden’s aide met Sen. Smith.");
//   toks[0].text(doc) == "Biden"; toks[1].text(doc) == "’s"; toks[4].text(doc) == "Sen."
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "tkg/graph/records.hpp"

namespace tkg::extract {

enum class TokenKind : std::uint8_t { word, number, punct };

// Token flags.
enum : std::uint16_t {
    kCapitalized = 1 << 0,      // first letter is upper case: "Biden", "U.S.", "McCain"
    kAllCaps = 1 << 1,          // two or more letters, all upper case: "NATO", "U.S."
    kAbbreviation = 1 << 2,     // ends in an attached period: "Oct.", "Sen.", "U.S.", "J."
    kSpaceBefore = 1 << 3,      // whitespace precedes it
    kNewlineBefore = 1 << 4,    // a line break precedes it
    kParagraphBefore = 1 << 5,  // a blank line precedes it
    kHyphenated = 1 << 6,       // a word with an inner hyphen: "Arab-Israeli"
    kClitic = 1 << 7,           // split-off possessive or contraction: "’s", "n't", "’m"
    kOpenQuote = 1 << 8,        // a quotation mark that opens a quote
    kCloseQuote = 1 << 9,       // a quotation mark that closes a quote
    kHasDigit = 1 << 10,        // a word or number containing a digit: "1990s", "F-16"
    kLower = 1 << 11,           // first letter is lower case
};

struct Token {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    TokenKind kind = TokenKind::word;
    std::uint16_t flags = 0;

    bool has(std::uint16_t f) const noexcept { return (flags & f) != 0; }
    std::string_view text(std::string_view doc) const noexcept {
        return doc.substr(begin, end - begin);
    }
    graph::Span span() const noexcept { return {begin, end}; }
};

std::vector<Token> tokenize(std::string_view text);
void tokenize(std::string_view text, std::vector<Token>& out);  // reuses `out`'s storage

// Letter classes for the code points news text uses (Latin, Greek, Cyrillic; other scripts
// count as letters without case).
bool is_letter(char32_t cp) noexcept;
bool is_upper(char32_t cp) noexcept;
bool is_lower(char32_t cp) noexcept;

}  // namespace tkg::extract
