#include "extract/string_map.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

using tkg::extract::StringMap;
using tkg::extract::StringSet;

TEST_CASE("string map: a word is found by a view of other text, and a missing one is not") {
    StringMap<int> m;
    CHECK(m.find("police") == m.end());
    CHECK(m.emplace("police", 1).second);
    const std::string sentence = "the police said";
    const auto it = m.find(std::string_view(sentence).substr(4, 6));
    REQUIRE(it != m.end());
    CHECK(it->first == "police");
    CHECK(it->second == 1);
    CHECK(m.find("polic") == m.end());
    CHECK(m.find("") == m.end());
    CHECK(m.count("police") == 1);
}

TEST_CASE("string map: the first value of a key stays; operator[] adds or reaches it") {
    StringMap<std::vector<int>> m;
    CHECK(m.emplace("week", std::vector<int>{1}).second);
    CHECK_FALSE(m.emplace("week", std::vector<int>{2}).second);
    m["week"].push_back(3);
    m["month"].push_back(4);
    CHECK(m.size() == 2);
    CHECK(m.find("week")->second == std::vector<int>{1, 3});
    CHECK(m.find("month")->second == std::vector<int>{4});
}

TEST_CASE("string map: every key is still found after the table has grown many times") {
    StringMap<std::size_t> m;
    for (std::size_t i = 0; i < 5000; ++i) m.emplace("w" + std::to_string(i), i);
    CHECK(m.size() == 5000);
    std::size_t found = 0;
    for (std::size_t i = 0; i < 5000; ++i) {
        const auto it = m.find("w" + std::to_string(i));
        if (it != m.end() && it->second == i) ++found;
    }
    CHECK(found == 5000);
    CHECK(m.find("w5000") == m.end());
    // Iteration visits each item once, in the order they were added.
    std::size_t next = 0;
    bool in_order = true;
    for (const auto& [key, value] : m) in_order = in_order && value == next++;
    CHECK(in_order);
}

TEST_CASE("string set: members and non-members") {
    const StringSet s = {"in", "the", "at"};
    CHECK(s.count("the") == 1);
    CHECK(s.count("then") == 0);
    StringSet t;
    CHECK(t.insert("up"));
    CHECK_FALSE(t.insert("up"));
    CHECK(t.count("up") == 1);
}
