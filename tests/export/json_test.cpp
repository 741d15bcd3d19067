#include <doctest/doctest.h>

#include <sstream>

#include "export/export_helpers.hpp"
#include "tkg/graph/graph_json.hpp"

using namespace tkg::exporters;
using namespace tkg::graph;
using tkg::test::small_graph;

TEST_CASE("json without a view is graph.json itself (golden: the clients' test input)") {
    std::ostringstream native;
    write_graph_json(small_graph(), native);
    const std::string json = tkg::test::export_text(small_graph(), "json");
    CHECK(json == native.str());
    tkg::test::check_golden("small.graph.json", json);
}

TEST_CASE("json of a view is the graph.json of that part, readable again") {
    const TimelineGraph actors = read_graph_json(
        tkg::test::export_text(small_graph(), "json", {{.kind = ViewKind::actors}}));
    CHECK(actors.event_count() == 0);
    CHECK(actors.article_count() == 0);
    CHECK(actors.actor_count() == 6);  // not the observer without relations
    CHECK(actors.relation_count() == small_graph().relation_count());

    const TimelineGraph window = read_graph_json(tkg::test::export_text(
        small_graph(), "json",
        {{.from = DateValue::parse("2023-11"), .to = DateValue::parse("2023-11")}}));
    for (const Vertex v : window.vertices_of(NodeKind::event)) {
        const auto period = event_period(window.event(v));  // date to end
        REQUIRE(period);
        CHECK(period->start_string() <= "2023-11-30");
        CHECK(period->end_string() >= "2023-11-01");
    }
    CHECK(window.event_count() == 6);  // a1#e1-e3, a2#e2 (Oct. 7 to Nov. 27), a2#e3-e4
    // Re-exporting the filtered graph gives the same bytes: the view is a plain graph.json.
    std::ostringstream again;
    write_graph_json(window, again);
    CHECK(again.str() == tkg::test::export_text(window, "json"));
}
