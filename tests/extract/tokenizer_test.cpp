#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tkg/extract/tokenizer.hpp"

using namespace tkg::extract;

namespace {

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    for (const Token& t : tokenize(text)) out.emplace_back(t.text(text));
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("abbreviations, initials and dotted acronyms keep their period") {
    CHECK(words("Sen. Smith met Dr. Jones on Oct. 7.") ==
          V{"Sen.", "Smith", "met", "Dr.", "Jones", "on", "Oct.", "7", "."});
    CHECK(words("the U.S. and the U.N. agreed") ==
          V{"the", "U.S.", "and", "the", "U.N.", "agreed"});
    CHECK(words("Joseph R. Biden Jr. spoke") == V{"Joseph", "R.", "Biden", "Jr.", "spoke"});
    CHECK(words("Apple Inc. said") == V{"Apple", "Inc.", "said"});
    // A word that is not an abbreviation leaves its period alone.
    CHECK(words("He left. Then") == V{"He", "left", ".", "Then"});
}

TEST_CASE("possessives and contractions split off as in the Penn Treebank") {
    CHECK(words("Biden’s comment") == V{"Biden", "’s", "comment"});
    CHECK(words("Biden's comment") == V{"Biden", "'s", "comment"});
    CHECK(words("I’m stunned") == V{"I", "’m", "stunned"});
    CHECK(words("I’ve never") == V{"I", "’ve", "never"});
    CHECK(words("they don't know") == V{"they", "do", "n't", "know"});
    CHECK(words("it isn’t") == V{"it", "is", "n’t"});
    CHECK(words("O'Brien and D’Amato") == V{"O'Brien", "and", "D’Amato"});
    const std::string text = "the Americans’ concerns";
    const auto toks = tokenize(text);
    REQUIRE(toks.size() == 4);
    CHECK(toks[2].has(kClitic));
}

TEST_CASE("hyphenated names and compounds stay whole") {
    CHECK(words("Gina Abercrombie-Winstanley") == V{"Gina", "Abercrombie-Winstanley"});
    CHECK(words("Palestinian-American groups") == V{"Palestinian-American", "groups"});
    CHECK(words("a 25-year tenure") == V{"a", "25-year", "tenure"});
    CHECK(words("F-16 jets") == V{"F-16", "jets"});
    CHECK(words("Wal - Mart") == V{"Wal", "-", "Mart"});
}

TEST_CASE("numbers keep separators, ordinals and decades") {
    CHECK(words("15,000 people") == V{"15,000", "people"});
    CHECK(words("1.5 million") == V{"1.5", "million"});
    CHECK(words("at 4:49 PM") == V{"at", "4:49", "PM"});
    CHECK(words("on 2023-11-12 and 11/12/2023") == V{"on", "2023-11-12", "and", "11/12/2023"});
    CHECK(words("the 1990s and the 21st century") ==
          V{"the", "1990s", "and", "the", "21st", "century"});
    CHECK(words("40 % of") == V{"40", "%", "of"});
    CHECK(words("$99 (USD)") == V{"$", "99", "(", "USD", ")"});
}

TEST_CASE("quotes, dashes and ellipses are punctuation with quote direction") {
    const std::string text = "“I’m stunned,” said Miller — really… \"yes\"";
    const auto toks = tokenize(text);
    CHECK(toks.front().text(text) == "“");
    CHECK(toks.front().has(kOpenQuote));
    std::vector<std::string> got;
    for (const auto& t : toks) got.emplace_back(t.text(text));
    CHECK(got == V{"“", "I", "’m", "stunned", ",", "”", "said", "Miller", "—", "really", "…", "\"",
                   "yes", "\""});
    CHECK(toks[5].has(kCloseQuote));
    CHECK(toks[11].has(kOpenQuote));
    CHECK(toks[13].has(kCloseQuote));
    CHECK(words("``App Store'' and") == V{"``", "App", "Store", "''", "and"});
}

TEST_CASE("spans are byte offsets into the text and flags describe case and layout") {
    const std::string text = "NATO chief\n\nmet  Köhler";
    const auto toks = tokenize(text);
    REQUIRE(toks.size() == 4);
    CHECK(toks[0].begin == 0);
    CHECK(toks[0].end == 4);
    CHECK(toks[0].has(kAllCaps));
    CHECK(toks[1].has(kLower));
    CHECK(toks[2].has(kParagraphBefore));
    CHECK(toks[3].text(text) == "Köhler");
    CHECK(toks[3].has(kCapitalized));
    CHECK(toks[3].end == text.size());
}

TEST_CASE("hostile bytes never break tokenization") {
    std::string text = "ok \xff\xfe bad \xe2\x80 end \xF0\x9F\x98\x80 emoji";
    text += std::string("\0x", 2);
    const auto toks = tokenize(text);
    for (const auto& t : toks) {
        CHECK(t.begin < t.end);
        CHECK(t.end <= text.size());
    }
    CHECK(tokenize("").empty());
    CHECK(tokenize("   \n\t ").empty());
}
