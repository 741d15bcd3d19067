#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include <boost/range/iterator_range.hpp>

#include "export/export_helpers.hpp"
#include "tkg/error.hpp"
#include "tkg/export/view.hpp"

using namespace tkg::exporters;
using tkg::graph::DateValue;
using tkg::test::small_graph;

namespace {

std::set<std::string> node_ids(const View& v) {
    std::set<std::string> out;
    for (const auto n : boost::make_iterator_range(boost::vertices(v.graph)))
        out.insert(v.graph[n].id);
    return out;
}

std::size_t edges_of(const View& v, ViewEdgeKind kind) {
    std::size_t n = 0;
    for (const auto e : boost::make_iterator_range(boost::edges(v.graph)))
        n += v.graph[e].kind == kind;
    return n;
}

}  // namespace

TEST_CASE("the full view keeps everything, the isolated actor too") {
    const View v = make_view(small_graph());
    CHECK(boost::num_vertices(v.graph) == 7 + 9 + 2);
    CHECK(node_ids(v).count("actor:lonely"));
    CHECK(edges_of(v, ViewEdgeKind::relation) == small_graph().relation_count());
    CHECK(edges_of(v, ViewEdgeKind::provenance) == 9);
    CHECK(v.directed());
    CHECK_FALSE(v.mixed());
}

TEST_CASE("the actors view is the relation network with weights and spells") {
    const View v = make_view(small_graph(), {.kind = ViewKind::actors});
    CHECK(node_ids(v) == std::set<std::string>{"actor:joe-biden", "actor:leaders", "actor:acme",
                                               "actor:ctl", "actor:israel", "actor:hamas"});
    CHECK(boost::num_edges(v.graph) == 9);
    for (const auto e : boost::make_iterator_range(boost::edges(v.graph))) {
        const ViewEdge& ve = v.graph[e];
        CHECK(ve.weight >= 1);
        if (ve.label == "met_with" && v.graph[boost::target(e, v.graph)].id == "actor:leaders") {
            CHECK(ve.weight == 2);
            REQUIRE(ve.period);
            CHECK(ve.period->start_string() == "2023-11-12");
            CHECK(ve.period->end_string() == "2023-11-26");  // the end of week 47
        }
        if (ve.label == "member_of") CHECK_FALSE(ve.period);  // a standing role, undated
    }
}

TEST_CASE("the events view chains dated events in date order") {
    const View v = make_view(small_graph(), {.kind = ViewKind::events});
    REQUIRE(boost::num_vertices(v.graph) == 8);
    CHECK(boost::num_edges(v.graph) == 7);
    for (const auto e : boost::make_iterator_range(boost::edges(v.graph))) {
        CHECK(v.graph[e].kind == ViewEdgeKind::next);
        const auto s = boost::source(e, v.graph), t = boost::target(e, v.graph);
        CHECK(t == s + 1);
        CHECK(v.graph[s].period->start <= v.graph[t].period->start);
    }
    CHECK(v.graph[0].id == "event:a2#e1");  // 2020
}

TEST_CASE("a date window keeps what is dated inside it") {
    const View v = make_view(small_graph(), {.from = DateValue::parse("2023-11-13"),
                                             .to = DateValue::parse("2023-11-30")});
    const auto ids = node_ids(v);
    CHECK(ids.count("event:a2#e3"));        // week 47 overlaps
    CHECK(ids.count("event:a2#e2"));        // Oct. 7 to Nov. 27 overlaps
    CHECK(ids.count("event:a1#e2"));        // November 2023
    CHECK_FALSE(ids.count("event:a1#e1"));  // Nov. 12
    CHECK_FALSE(ids.count("event:a1#e4"));  // undated
    CHECK_FALSE(ids.count("actor:lonely"));
    CHECK_FALSE(ids.count("article:a1") == 0);  // a1 reports the November criticism
    for (const auto e : boost::make_iterator_range(boost::edges(v.graph)))
        CHECK(v.graph[e].label != "member_of");  // undated relation
}

TEST_CASE("types filter events by type or CAMEO prefix, and relations by type or evidence") {
    const View meet = make_view(small_graph(), {.kind = ViewKind::actors, .types = {"MEET"}});
    for (const auto e : boost::make_iterator_range(boost::edges(meet.graph)))
        CHECK(meet.graph[e].label == "met_with");
    CHECK(boost::num_edges(meet.graph) == 2);
    const View conflict = make_view(small_graph(), {.types = {"19", "11"}});
    std::set<std::string> events;
    for (const auto n : boost::make_iterator_range(boost::vertices(conflict.graph)))
        if (conflict.graph[n].kind == tkg::graph::NodeKind::event)
            events.insert(conflict.graph[n].id);
    CHECK(events == std::set<std::string>{"event:a1#e2", "event:a2#e2", "event:a2#e4"});
    const View member =
        make_view(small_graph(), {.kind = ViewKind::actors, .types = {"member_of"}});
    CHECK(boost::num_edges(member.graph) == 1);
}

TEST_CASE("min-weight keeps relations with enough evidence") {
    const View v = make_view(small_graph(), {.kind = ViewKind::actors, .min_weight = 2});
    REQUIRE(boost::num_edges(v.graph) == 1);
    CHECK(node_ids(v) == std::set<std::string>{"actor:joe-biden", "actor:leaders"});
}

TEST_CASE("ego network by id, name or alias, any case, to the given depth") {
    CHECK(small_graph().actor(find_actor_by_name(small_graph(), "joe-biden")).id == "joe-biden");
    CHECK(small_graph().actor(find_actor_by_name(small_graph(), "JOE BIDEN")).id == "joe-biden");
    CHECK(small_graph().actor(find_actor_by_name(small_graph(), "a&b")).id == "acme");
    CHECK_THROWS_AS(find_actor_by_name(small_graph(), "Nobody"), tkg::NotFoundError);

    const View one = make_view(small_graph(), {.kind = ViewKind::actors, .actor = "biden"});
    CHECK(node_ids(one) == std::set<std::string>{"actor:joe-biden", "actor:leaders", "actor:acme"});
    // Induced: the acme-ctl edges are out, ctl is two hops away.
    const View two =
        make_view(small_graph(), {.kind = ViewKind::actors, .actor = "biden", .depth = 2});
    CHECK(node_ids(two).count("actor:ctl"));
    CHECK_FALSE(node_ids(two).count("actor:israel"));
    // Events view: depth 1 is the actor's own events.
    const View events = make_view(small_graph(), {.kind = ViewKind::events, .actor = "israel"});
    CHECK(node_ids(events) == std::set<std::string>{"event:a2#e2"});
    // An actor without relations stands alone in the actor network.
    const View alone = make_view(small_graph(), {.kind = ViewKind::actors, .actor = "lonely"});
    CHECK(node_ids(alone) == std::set<std::string>{"actor:lonely"});
}

TEST_CASE("an ambiguous name is an error naming the candidates (exit 5, as in query)") {
    tkg::graph::TimelineGraph g;
    tkg::graph::ArticleRecord r;
    r.id = "a";
    r.actors = {
        {"john-smith", "John Smith", tkg::graph::ActorType::person, {"Smith"}, {}, "", "", 1},
        {"jane-smith", "Jane Smith", tkg::graph::ActorType::person, {"Smith"}, {}, "", "", 1}};
    g.add(r);
    try {
        find_actor_by_name(g, "smith");
        FAIL("no error");
    } catch (const tkg::AmbiguousError& e) {
        CHECK(std::string(e.what()).find("john-smith, jane-smith") != std::string::npos);
        CHECK(e.exit_code() == tkg::ExitCode::ambiguous);
    }
}

TEST_CASE("view_events: the filtered events in date order, undated last") {
    const auto all = view_events(small_graph(), {});
    REQUIRE(all.size() == 9);
    CHECK(small_graph().event(all.front()).id == "a2#e1");
    CHECK(small_graph().event(all.back()).id == "a1#e4");
    CHECK(view_events(small_graph(), {.actor = "hamas"}).size() == 1);
}
