#include "tkg/graph/query_path.hpp"

#include <doctest/doctest.h>
#include <boost/graph/adjacency_list.hpp>

#include "extract/extract_helpers.hpp"
#include "graph/query_fixture.hpp"

using namespace tkg::graph;
using tkg::test::query_world;
using tkg::test::world_actor;

namespace {

// "from -type-> to" or "from <-type- to" per relation of each hop.
std::vector<std::string> hop_rows(const std::vector<PathHop>& hops) {
    const TimelineGraph& g = query_world();
    std::vector<std::string> out;
    for (const auto& hop : hops)
        for (const auto& r : hop.relations)
            out.push_back(g.actor(hop.from).id +
                          (r.source == hop.from ? " -" + std::string(r.type) + "-> "
                                                : " <-" + std::string(r.type) + "- ") +
                          g.actor(hop.to).id);
    return out;
}

}  // namespace

TEST_CASE("fewest_hops finds a shortest path in any BGL graph") {
    using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    G g(6);
    boost::add_edge(0, 1, g);
    boost::add_edge(1, 2, g);
    boost::add_edge(2, 3, g);
    boost::add_edge(0, 4, g);
    boost::add_edge(4, 3, g);
    const auto path = fewest_hops(g, 0, 3, 10);
    REQUIRE(path);
    REQUIRE(path->size() == 2);
    CHECK(boost::target((*path)[0], g) == 4);
    CHECK(boost::target((*path)[1], g) == 3);
    CHECK(fewest_hops(g, 0, 3, 1) == std::nullopt);
    CHECK(fewest_hops(g, 0, 5, 10) == std::nullopt);  // 5 is isolated
    CHECK(fewest_hops(g, 2, 2, 10)->empty());
}

TEST_CASE("path: the shortest chain of relations, whichever way each points") {
    const ActorNetwork net(query_world());
    const auto hops =
        shortest_path(net, world_actor("elizabeth-warren"), world_actor("benjamin-netanyahu"));
    REQUIRE(hops);
    CHECK(hop_rows(*hops) == std::vector<std::string>{
                                 "elizabeth-warren -criticized-> joe-biden",
                                 "joe-biden -met_with-> benjamin-netanyahu",
                             });
    const auto back =
        shortest_path(net, world_actor("benjamin-netanyahu"), world_actor("elizabeth-warren"));
    REQUIRE(back);
    CHECK(hop_rows(*back) == std::vector<std::string>{
                                 "benjamin-netanyahu <-met_with- joe-biden",
                                 "joe-biden <-criticized- elizabeth-warren",
                             });
    // Each hop carries the evidence of its relations: the most recent report by default.
    REQUIRE(hops->front().relations.front().evidence.size() == 1);
    CHECK(hops->front().relations.front().evidence.front().snippet ==
          "Warren criticized Biden on Monday.");
}

TEST_CASE("path: none between separate groups, none longer than max_hops") {
    const ActorNetwork net(query_world());
    CHECK_FALSE(shortest_path(net, world_actor("hamas"), world_actor("joe-biden")));
    CHECK_FALSE(shortest_path(net, world_actor("elizabeth-warren"),
                              world_actor("benjamin-netanyahu"), {.max_hops = 1}));
    CHECK(shortest_path(net, world_actor("elizabeth-warren"), world_actor("benjamin-netanyahu"),
                        {.max_hops = 2}));
    CHECK(shortest_path(net, world_actor("hamas"), world_actor("hamas"))->empty());
}

TEST_CASE("path: a window or relation types take a detour or cut the path") {
    const ActorNetwork net(query_world());
    PathOptions o;
    // From November the Biden-Netanyahu meeting (October 18) is out of the window.
    o.filter.window.from = DateValue::parse("2023-11");
    const auto hops =
        shortest_path(net, world_actor("elizabeth-warren"), world_actor("benjamin-netanyahu"), o);
    REQUIRE(hops);
    CHECK(hop_rows(*hops) == std::vector<std::string>{
                                 "elizabeth-warren -criticized-> joe-biden",
                                 "joe-biden -met_with-> antony-blinken",
                                 "antony-blinken -met_with-> benjamin-netanyahu",
                             });
    // Only the November meeting supports the Biden-Blinken hop inside the window.
    CHECK((*hops)[1].relations.front().count == 1);
    o.filter.window.to = DateValue::parse("2023-11-10");
    CHECK_FALSE(
        shortest_path(net, world_actor("elizabeth-warren"), world_actor("benjamin-netanyahu"), o));
    PathOptions met;
    met.filter.types = {"met_with"};
    CHECK_FALSE(shortest_path(net, world_actor("elizabeth-warren"), world_actor("joe-biden"), met));
    CHECK(shortest_path(net, world_actor("antony-blinken"), world_actor("benjamin-netanyahu"), met)
              ->size() == 1);
}
