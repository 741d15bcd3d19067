#include "tkg/graph/query_filter.hpp"

#include <doctest/doctest.h>

#include "graph/query_fixture.hpp"
#include "tkg/error.hpp"

using namespace tkg::graph;
using tkg::test::query_world;
using tkg::test::world_actor;

namespace {

std::optional<DateValue> d(const char* s) { return DateValue::parse(s); }

DateWindow window(const char* from, const char* to) {
    DateWindow w;
    if (*from) w.from = d(from);
    if (*to) w.to = d(to);
    return w;
}

}  // namespace

TEST_CASE("a window admits what overlaps it, at every precision") {
    const DateWindow oct_nov = window("2023-10", "2023-11");
    CHECK_FALSE(oct_nov.admits(d("2023-09-30")));
    CHECK(oct_nov.admits(d("2023-10-01")));
    CHECK(oct_nov.admits(d("2023-11-30")));
    CHECK_FALSE(oct_nov.admits(d("2023-12-01")));
    // Less precise dates overlap: "2023" may be October, "2023-Q4" certainly touches it.
    CHECK(oct_nov.admits(d("2023")));
    CHECK(oct_nov.admits(d("2023-Q4")));
    CHECK_FALSE(oct_nov.admits(d("2023-Q1")));
    // An interval passes when any part of it is inside.
    CHECK(oct_nov.admits(d("2023-09-01"), d("2023-10-02")));
    CHECK_FALSE(oct_nov.admits(d("2023-01-01"), d("2023-09-30")));
    // Undated things are outside any bounded window, inside an unbounded one.
    CHECK_FALSE(oct_nov.admits(std::nullopt));
    CHECK(DateWindow{}.admits(std::nullopt));
    // Open ends.
    CHECK(window("2023-11-15", "").admits(d("2023-11")));
    CHECK(window("2023-11-15", "").admits(d("2030")));
    CHECK_FALSE(window("", "2023-11-14").admits(d("2023-11-15")));
}

TEST_CASE("a relation passes a window by its evidence events, or its dates without them") {
    const TimelineGraph& g = query_world();
    auto relation = [&](const char* source, const char* target) {
        for (auto [e, end] = boost::out_edges(world_actor(source), g.graph()); e != end; ++e)
            if (boost::target(*e, g.graph()) == world_actor(target) &&
                g.graph()[*e].kind == EdgeKind::relation)
                return *e;
        FAIL("no relation " << source << " -> " << target);
        return Edge{};
    };
    const Edge met = relation("joe-biden", "antony-blinken");  // 2023-09-14 and 2023-11
    CHECK(admits_relation(g, met, RelationFilter{{}, window("2023-09", "2023-09")}));
    CHECK(admits_relation(g, met, RelationFilter{{}, window("2023-11-20", "2023-11-20")}));
    // October lies between the two meetings: first..last spans it, no evidence is in it.
    CHECK_FALSE(admits_relation(g, met, RelationFilter{{}, window("2023-10", "2023-10")}));
    CHECK(admits_relation(g, met, RelationFilter{{"met_with"}, {}}));
    CHECK_FALSE(admits_relation(g, met, RelationFilter{{"criticized"}, {}}));
    // A role relation has neither evidence nor dates: in no bounded window.
    const Edge role = relation("john-kirby", "white-house");
    CHECK(admits_relation(g, role, RelationFilter{}));
    CHECK_FALSE(admits_relation(g, role, RelationFilter{{}, window("2000", "")}));
}

TEST_CASE("events pass by date, type, CAMEO prefix and confidence") {
    const TimelineGraph& g = query_world();
    const Vertex meet = *g.find_event("a3#e2");  // meet, 040, 2023-11, confidence 0.6
    CHECK(admits_event(g, meet, EventFilter{}));
    CHECK(admits_event(g, meet, EventFilter{.types = {"attack", "meet"}}));
    CHECK_FALSE(admits_event(g, meet, EventFilter{.types = {"attack"}}));
    CHECK(admits_event(g, meet, EventFilter{.cameo = {"04"}}));
    CHECK(admits_event(g, meet, EventFilter{.cameo = {"19", "040"}}));
    CHECK_FALSE(admits_event(g, meet, EventFilter{.cameo = {"041"}}));
    CHECK(admits_event(g, meet, EventFilter{.min_confidence = 0.6}));
    CHECK_FALSE(admits_event(g, meet, EventFilter{.min_confidence = 0.61}));
    CHECK(admits_event(g, meet, EventFilter{.window = window("2023-11-30", "")}));
}

TEST_CASE("window dates are TimeML values; anything else is a usage error") {
    CHECK(parse_window_date("2023-11", "--from").to_string() == "2023-11");
    CHECK(parse_window_date("2023-Q4", "--to").to_string() == "2023-Q4");
    CHECK_THROWS_AS(parse_window_date("2023-13", "--from"), tkg::UsageError);
    CHECK_THROWS_WITH(parse_window_date("soon", "--to"),
                      "--to must be a date such as 2023, 2023-11 or 2023-11-05, not 'soon'");
}
