#include "tkg/graph/query_centrality.hpp"

#include <numeric>

#include <doctest/doctest.h>
#include <boost/graph/adjacency_list.hpp>

#include "extract/extract_helpers.hpp"
#include "graph/query_fixture.hpp"

using namespace tkg::graph;
using tkg::test::ids;
using tkg::test::query_world;
using tkg::test::world_actor;

namespace {

using Plain = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

Plain plain(std::size_t n, std::vector<std::pair<int, int>> edges) {
    Plain g(n);
    for (const auto& [u, v] : edges) boost::add_edge(u, v, g);
    return g;
}

std::vector<std::string> top_ids(const ActorNetwork& net, TopOptions o) {
    std::vector<Vertex> actors;
    for (const auto& r : top_actors(net, o)) actors.push_back(r.actor);
    return ids(actors);
}

}  // namespace

TEST_CASE("PageRank matches the textbook values, actors without relations included") {
    // A path a - b - c: solving r = 0.15/3 + 0.85 * sum(r(u) / deg(u)) by hand.
    const auto path = pagerank_scores(plain(3, {{0, 1}, {1, 2}}));
    CHECK(path[0] == doctest::Approx(0.256757).epsilon(1e-5));
    CHECK(path[1] == doctest::Approx(0.486486).epsilon(1e-5));
    CHECK(path[2] == doctest::Approx(0.256757).epsilon(1e-5));
    // With an isolated d, whose rank is spread over all four, as PageRank defines it.
    const auto isolated = pagerank_scores(plain(4, {{0, 1}, {1, 2}}));
    CHECK(isolated[0] == doctest::Approx(0.244530).epsilon(1e-5));
    CHECK(isolated[1] == doctest::Approx(0.463320).epsilon(1e-5));
    CHECK(isolated[3] == doctest::Approx(0.047619).epsilon(1e-5));
    CHECK(std::accumulate(isolated.begin(), isolated.end(), 0.0) == doctest::Approx(1.0));
}

TEST_CASE("betweenness counts each pair once; degree counts relations") {
    const Plain star = plain(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
    const auto b = betweenness_scores(star);
    CHECK(b[0] == doctest::Approx(6.0));  // the 6 pairs of leaves all pass the centre
    CHECK(b[1] == doctest::Approx(0.0));
    const auto d = degree_scores(plain(3, {{0, 1}, {0, 1}, {1, 2}}));
    CHECK(d == std::vector<double>{2, 3, 1});
}

TEST_CASE("top: by degree, ties by mentions then name, and by kind") {
    const ActorNetwork net(query_world());
    const auto top = top_actors(net, {.by = Centrality::degree, .n = 3});
    REQUIRE(top.size() == 3);
    CHECK(ids({top[0].actor, top[1].actor, top[2].actor}) ==
          std::vector<std::string>{"joe-biden", "antony-blinken", "benjamin-netanyahu"});
    CHECK(top[0].score == 5);
    CHECK(top[2].score == 2);
    // Kinds filter the list, not the network: the orgs' scores are their whole-network ones.
    CHECK(top_ids(net, {.n = 0, .kind = ActorType::org}) ==
          std::vector<std::string>{"hamas", "white-house", "electoral-college"});
}

TEST_CASE("top: PageRank and betweenness put the hub first") {
    const ActorNetwork net(query_world());
    const auto pr = top_actors(net, {.by = Centrality::pagerank, .n = 0});
    CHECK(ids({pr.front().actor}) == std::vector<std::string>{"joe-biden"});
    double total = 0;
    for (const auto& r : pr) total += r.score;
    CHECK(total == doctest::Approx(1.0));
    const auto bc = top_actors(net, {.by = Centrality::betweenness, .n = 2});
    CHECK(ids({bc[0].actor, bc[1].actor}) == std::vector<std::string>{"joe-biden", "john-kirby"});
    // Biden lies on every shortest path between his five neighbors' sides (13 pairs), Kirby
    // on the five from the White House to the rest of the group.
    CHECK(bc[0].score == doctest::Approx(13.0));
    CHECK(bc[1].score == doctest::Approx(5.0));
}

TEST_CASE("a window is a view: degrees and PageRank of the relations inside it") {
    const ActorNetwork net(query_world());
    RelationFilter november{{}, {DateValue::parse("2023-11"), DateValue::parse("2023-11")}};
    const NetworkSelection selection(net, november);
    // November: Warren - Biden - Blinken - Netanyahu, and nothing else.
    CHECK(out_degree(net.vertex(world_actor("joe-biden")), selection.view()) == 2);
    CHECK(out_degree(net.vertex(world_actor("john-kirby")), selection.view()) == 0);
    CHECK(boost::num_edges(net.graph()) == 18);  // untouched: 9 relations, each both ways

    const auto in_view = pagerank_scores(selection.view());
    const std::size_t n = boost::num_vertices(net.graph());
    Plain same(n);
    boost::add_edge(net.vertex(world_actor("elizabeth-warren")),
                    net.vertex(world_actor("joe-biden")), same);
    boost::add_edge(net.vertex(world_actor("joe-biden")), net.vertex(world_actor("antony-blinken")),
                    same);
    boost::add_edge(net.vertex(world_actor("antony-blinken")),
                    net.vertex(world_actor("benjamin-netanyahu")), same);
    const auto copied = pagerank_scores(same);
    for (std::size_t v = 0; v < n; ++v) CHECK(in_view[v] == doctest::Approx(copied[v]));

    CHECK(top_ids(net, {.n = 2, .filter = november}) ==
          std::vector<std::string>{"joe-biden", "antony-blinken"});
}
