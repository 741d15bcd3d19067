#include <doctest/doctest.h>

#include "tkg/graph/multigraph_keys.hpp"

using tkg::graph::multigraph_keys;
using Ends = std::vector<std::pair<std::uint64_t, std::uint64_t>>;

TEST_CASE("multigraph_keys numbers parallel edges in input order, per direction") {
    const Ends ends = {{1, 2}, {2, 1}, {1, 2}, {3, 4}, {1, 2}, {2, 1}};
    CHECK(multigraph_keys(ends) == std::vector<std::uint32_t>{0, 0, 1, 0, 2, 1});
}

TEST_CASE("multigraph_keys keeps input order among equal ends however the ends sort") {
    // Larger ends first: sorting must not reorder the three (9, 9) edges among themselves.
    const Ends ends = {{9, 9}, {0, 1}, {9, 9}, {0, 0}, {9, 9}};
    CHECK(multigraph_keys(ends) == std::vector<std::uint32_t>{0, 0, 1, 0, 2});
}

TEST_CASE("multigraph_keys of no edges") { CHECK(multigraph_keys(Ends{}).empty()); }
