#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tkg/extract/sentences.hpp"

using namespace tkg::extract;

namespace {

std::vector<std::string> sentences(std::string_view text) {
    const auto toks = tokenize(text);
    std::vector<std::string> out;
    for (const Sentence& s : split_sentences(text, toks))
        out.emplace_back(text.substr(s.span.begin, s.span.size()));
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("sentences end at final punctuation before a sentence start") {
    CHECK(sentences("Biden met leaders. They called for a ceasefire! Why? Nobody knows.") ==
          V{"Biden met leaders.", "They called for a ceasefire!", "Why?", "Nobody knows."});
    CHECK(sentences("It rose 1.5 percent. Then it fell.") ==
          V{"It rose 1.5 percent.", "Then it fell."});
}

TEST_CASE("abbreviations do not end sentences unless a sentence opener follows") {
    CHECK(sentences("Sen. Smith met Gov. Jones on Oct. 7 in Washington.") ==
          V{"Sen. Smith met Gov. Jones on Oct. 7 in Washington."});
    CHECK(sentences("Aid reached the U.S. The talks went on.") ==
          V{"Aid reached the U.S.", "The talks went on."});
    CHECK(sentences("U.S. officials said so.") == V{"U.S. officials said so."});
}

TEST_CASE("closing quotes stay with their sentence; a quote can span sentences") {
    const std::string text = "“I’m stunned. I’ve never seen this,” said Miller. He left.";
    CHECK(sentences(text) == V{"“I’m stunned.", "I’ve never seen this,” said Miller.", "He left."});
    const auto toks = tokenize(text);
    const auto quotes = find_quotes(text, toks);
    REQUIRE(quotes.size() == 1);
    CHECK(toks[quotes[0].open_token].text(text) == "“");
    CHECK(toks[quotes[0].close_token].text(text) == "”");
    CHECK(sentences("He said: \"Go home.\" Then he left.") ==
          V{"He said: \"Go home.\"", "Then he left."});
}

TEST_CASE("line breaks end headlines and paragraphs, not hard-wrapped prose") {
    const auto s = sentences("Apple releases iPhone SDK\nMarch 06, 2008\nApple released a kit.");
    CHECK(s == V{"Apple releases iPhone SDK", "March 06, 2008", "Apple released a kit."});
    const std::string wrapped =
        "The president met with community\nleaders on Tuesday and promised\nmore aid for the "
        "region, officials\nsaid after the meeting ended\nin the evening.\n\nA second paragraph.";
    CHECK(sentences(wrapped).size() == 2);
    const auto toks = tokenize("Headline Here\n\nBody text.");
    const auto sents = split_sentences("Headline Here\n\nBody text.", toks);
    REQUIRE(sents.size() == 2);
    CHECK(sents[0].headline);
    CHECK_FALSE(sents[1].headline);
}

TEST_CASE("run-on text is cut into pieces no longer than the longest sentence, after commas") {
    std::string text;
    for (int k = 0; k < 400; ++k) text += "Peru condemned Chile and Bolivia met Ecuador , ";
    const auto toks = tokenize(text);
    const auto pieces = split_sentences(text, toks);
    REQUIRE(pieces.size() > 1);
    std::uint32_t covered = 0;
    for (const Sentence& s : pieces) {
        CHECK(s.size() <= kMaxSentenceTokens);
        CHECK(s.first_token == covered);  // nothing lost between pieces
        covered = s.end_token;
        if (s.end_token < toks.size()) CHECK(toks[s.end_token - 1].text(text) == ",");
    }
    CHECK(covered == toks.size());
    // An ordinary long sentence stays whole.
    const std::string news =
        "The talks, which officials in Cairo, Doha and Washington had prepared for weeks, "
        "ended on Tuesday without the agreement that negotiators had hoped for, and both "
        "delegations left the capital.";
    CHECK(sentences(news).size() == 1);
}
