#include "tkg/graph/query_communities.hpp"

#include <doctest/doctest.h>
#include <boost/graph/adjacency_list.hpp>

#include "extract/extract_helpers.hpp"
#include "graph/query_fixture.hpp"

using namespace tkg::graph;
using tkg::test::ids;
using tkg::test::query_world;

namespace {

// Two triangles joined by one edge: the textbook case with an obvious best split.
const EdgePairs kTwoTriangles = {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}};

}  // namespace

TEST_CASE("modularity: 0 for one group, the textbook value for two triangles") {
    CHECK(modularity(6, kTwoTriangles, {0, 0, 0, 0, 0, 0}) == doctest::Approx(0.0));
    // 2 * (3/7 - (7/14)^2) = 5/14
    CHECK(modularity(6, kTwoTriangles, {0, 0, 0, 1, 1, 1}) == doctest::Approx(5.0 / 14));
    CHECK(modularity(3, {}, {0, 1, 2}) == 0.0);
}

TEST_CASE("Louvain splits two triangles at their bridge, deterministically") {
    CHECK(louvain_labels(6, kTwoTriangles) == std::vector<std::size_t>{0, 0, 0, 1, 1, 1});
    // Vertex order does not change the grouping.
    const EdgePairs shuffled = {{5, 4}, {2, 3}, {0, 2}, {4, 3}, {1, 0}, {3, 5}, {2, 1}};
    CHECK(louvain_labels(6, shuffled) == std::vector<std::size_t>{0, 0, 0, 1, 1, 1});
    // Without edges every vertex is its own group.
    CHECK(louvain_labels(3, {}) == std::vector<std::size_t>{0, 1, 2});
}

TEST_CASE("Louvain merges levels: a ring of cliques falls apart into the cliques") {
    // Six 4-cliques in a ring, one edge between neighbors: the classic resolution example.
    EdgePairs ring;
    for (std::size_t c = 0; c < 6; ++c) {
        for (std::size_t i = 0; i < 4; ++i)
            for (std::size_t j = i + 1; j < 4; ++j) ring.emplace_back(4 * c + i, 4 * c + j);
        ring.emplace_back(4 * c + 3, (4 * c + 4) % 24);
    }
    const auto labels = louvain_labels(24, ring);
    for (std::size_t v = 0; v < 24; ++v) CHECK(labels[v] == v / 4);
}

TEST_CASE("components of the actor network, with the unconnected actors counted") {
    const ActorNetwork net(query_world());
    const Communities c = find_communities(net, {}, CommunityMethod::components);
    REQUIRE(c.groups.size() == 3);
    CHECK(ids(c.groups[0]) == std::vector<std::string>{
                                  "joe-biden", "antony-blinken", "benjamin-netanyahu", "john-kirby",
                                  "arab-americans", "elizabeth-warren", "white-house"});
    CHECK(ids(c.groups[1]) == std::vector<std::string>{"hamas", "israel"});
    CHECK(ids(c.groups[2]) == std::vector<std::string>{"aaron-miller", "stephen-miller"});
    CHECK(c.isolated == 2);
    CHECK(c.modularity == doctest::Approx(10.0 / 27));  // 7/9 - (14/18)^2 + 2 (1/9 - (2/18)^2)

    // In November only Warren, Biden, Blinken and Netanyahu are linked.
    const Communities nov =
        find_communities(net, {{}, {DateValue::parse("2023-11"), DateValue::parse("2023-11")}},
                         CommunityMethod::components);
    REQUIRE(nov.groups.size() == 1);
    CHECK(nov.groups[0].size() == 4);
    CHECK(nov.isolated == 9);
}

TEST_CASE("Louvain on the actor network finds at least the components' modularity") {
    const ActorNetwork net(query_world());
    const Communities c = find_communities(net, {}, CommunityMethod::louvain);
    CHECK(c.modularity >= 10.0 / 27);
    CHECK(c.isolated == 2);
    const Communities again = find_communities(net, {}, CommunityMethod::louvain);
    REQUIRE(again.groups.size() == c.groups.size());
    for (std::size_t i = 0; i < c.groups.size(); ++i)
        CHECK(ids(again.groups[i]) == ids(c.groups[i]));
}
