// FlatIndex must find every stored item by its key, through growth and through keys whose
// hashes collide, must find nothing for a key it does not hold, and must keep the first item of
// a key stored twice.
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "tkg/graph/flat_index.hpp"

using namespace tkg::graph;

namespace {

struct Names {
    std::vector<std::string> items;
    FlatIndex index;
    // The hash to store and look up by; a test may force collisions with a poor one.
    std::function<std::uint64_t(std::string_view)> hash = [](std::string_view s) {
        return std::hash<std::string_view>{}(s);
    };

    std::uint32_t add(std::string name) {
        const auto pos = static_cast<std::uint32_t>(items.size());
        const std::uint32_t at =
            index.insert(hash(name), pos, [&](std::uint32_t i) { return items[i] == name; });
        if (at == pos) items.push_back(std::move(name));
        return at;
    }
    std::optional<std::uint32_t> find(std::string_view name) const {
        return index.find(hash(name), [&](std::uint32_t i) { return items[i] == name; });
    }
};

}  // namespace

TEST_CASE("an empty index finds nothing") {
    const FlatIndex index;
    CHECK(index.size() == 0);
    CHECK_FALSE(index.find(42, [](std::uint32_t) { return true; }).has_value());
}

TEST_CASE("every item is found at its position after the index has grown many times") {
    Names n;
    for (int i = 0; i < 20000; ++i) REQUIRE(n.add("actor-" + std::to_string(i)) == i);
    CHECK(n.index.size() == 20000);
    for (int i = 0; i < 20000; i += 7) {
        INFO("actor-" << i);
        CHECK(n.find("actor-" + std::to_string(i)) == std::optional<std::uint32_t>(i));
    }
    CHECK_FALSE(n.find("actor-20000").has_value());
    CHECK_FALSE(n.find("").has_value());
}

TEST_CASE("a key stored twice keeps its first position") {
    Names n;
    CHECK(n.add("kirby") == 0);
    CHECK(n.add("biden") == 1);
    CHECK(n.add("kirby") == 0);
    CHECK(n.items.size() == 2);
    CHECK(n.index.size() == 2);
    CHECK(n.find("kirby") == std::optional<std::uint32_t>(0));
}

TEST_CASE("keys whose hashes collide are told apart by the item") {
    Names n;
    // Three hash values for 300 keys: long runs of equal tags, across growth.
    n.hash = [](std::string_view s) { return std::uint64_t{s.size() % 3}; };
    for (int i = 0; i < 300; ++i) REQUIRE(n.add(std::to_string(i * 11)) == i);
    for (int i = 0; i < 300; ++i) {
        INFO(i * 11);
        CHECK(n.find(std::to_string(i * 11)) == std::optional<std::uint32_t>(i));
    }
    CHECK_FALSE(n.find("5").has_value());
    CHECK_FALSE(n.find("12").has_value());
}

TEST_CASE("reserving room changes nothing a lookup finds") {
    Names n;
    n.index.reserve(5);
    n.add("hamas");
    n.index.reserve(100000);
    n.add("israel");
    CHECK(n.find("hamas") == std::optional<std::uint32_t>(0));
    CHECK(n.find("israel") == std::optional<std::uint32_t>(1));
    CHECK_FALSE(n.find("gaza").has_value());
}
