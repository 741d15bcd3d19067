// Sentence splitting over tokens. A sentence ends at . ! ? or an ellipsis (with any closing
// quotes or brackets after it) when the next token can start a sentence, at a paragraph break,
// and at a line break unless the text is hard-wrapped prose. Abbreviations ("Oct.", "Sen.")
// end a sentence only before a typical sentence opener ("U.S. The ..."). Quotes spanning
// several sentences are recorded, so a speaker named after the quote ("..., said X") can be
// tied to every sentence inside it.
//
//   auto toks = tokenize(text);
//   for (const Sentence& s : split_sentences(text, toks)) use(s.first_token, s.end_token);
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "tkg/extract/tokenizer.hpp"

namespace tkg::extract {

struct Sentence {
    std::uint32_t first_token = 0;
    std::uint32_t end_token = 0;  // exclusive
    graph::Span span;             // from the first token's begin to the last token's end
    bool headline = false;        // a line on its own without final punctuation
    std::uint32_t size() const noexcept { return end_token - first_token; }
};

// A quotation: token range from its opening to its closing mark (inclusive).
struct Quote {
    std::uint32_t open_token = 0;
    std::uint32_t close_token = 0;
};

// The longest sentence the splitter makes: longer run-on text is cut into pieces (after a
// comma where it can). News sentences stay well below it.
inline constexpr std::uint32_t kMaxSentenceTokens = 160;

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);

// Pairs opening and closing quotation marks; unmatched marks are ignored.
std::vector<Quote> find_quotes(std::string_view text, const std::vector<Token>& tokens);

}  // namespace tkg::extract
