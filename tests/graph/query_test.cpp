#include "tkg/graph/query.hpp"

#include <doctest/doctest.h>

#include "extract/extract_helpers.hpp"
#include "graph/query_fixture.hpp"
#include "tkg/extract/extraction.hpp"
#include "tkg/extract/reader.hpp"
#include "tkg/graph/query_lookup.hpp"

using namespace tkg::graph;
using tkg::test::ids;
using tkg::test::query_world;
using tkg::test::world_actor;

namespace {

std::string text(const std::optional<DateValue>& d) { return d ? d->to_string() : "-"; }

// "neighbor relation dir first..last count [evidence events]" per hit, as a person reads them.
std::vector<std::string> rows(const TimelineGraph& g, Vertex actor,
                              const std::vector<RelationHit>& hits) {
    std::vector<std::string> out;
    for (const auto& h : hits) {
        std::string row = g.actor(h.other(actor)).id + " " + std::string(h.type) + " " +
                          (h.source == actor ? "out " : "in ") + text(h.first) + ".." +
                          text(h.last) + " " + std::to_string(h.count) + " [";
        for (std::size_t i = 0; i < h.evidence.size(); ++i)
            row += (i ? " " : "") + g.event(h.evidence[i].event).id;
        out.push_back(row + "]");
    }
    return out;
}

std::vector<std::string> neighbor_rows(NeighborOptions o, const char* actor = "joe-biden") {
    return rows(query_world(), world_actor(actor), neighbors(query_world(), world_actor(actor), o));
}

DateWindow window(const char* from, const char* to) {
    DateWindow w;
    if (*from) w.from = DateValue::parse(from);
    if (*to) w.to = DateValue::parse(to);
    return w;
}

}  // namespace

TEST_CASE("neighbors: every relation, most frequent first, then most recent") {
    CHECK(neighbor_rows({}) ==
          std::vector<std::string>{
              "antony-blinken met_with out 2023-09-14..2023-11 2 [a1#e1 a3#e2]",
              "john-kirby defended in 2023-12-01..2023-12-01 1 [a4#e1]",
              "elizabeth-warren criticized in 2023-11-20..2023-11-20 1 [a3#e1]",
              "benjamin-netanyahu met_with out 2023-10-18..2023-10-18 1 [a2#e2]",
              "arab-americans supported in 2020..2020 1 [a5#e1]",
          });
}

TEST_CASE("neighbors: by relation type and direction") {
    NeighborOptions o;
    o.filter.types = {"met_with"};
    o.direction = Direction::out;
    CHECK(neighbor_rows(o) ==
          std::vector<std::string>{
              "antony-blinken met_with out 2023-09-14..2023-11 2 [a1#e1 a3#e2]",
              "benjamin-netanyahu met_with out 2023-10-18..2023-10-18 1 [a2#e2]",
          });
    o.direction = Direction::in;
    CHECK(neighbor_rows(o).empty());
    o.filter.types = {"criticized", "supported"};
    CHECK(neighbor_rows(o) == std::vector<std::string>{
                                  "elizabeth-warren criticized in 2023-11-20..2023-11-20 1 [a3#e1]",
                                  "arab-americans supported in 2020..2020 1 [a5#e1]",
                              });
}

TEST_CASE("neighbors: a window counts and dates only the evidence inside it") {
    NeighborOptions o;
    o.filter.window = window("2023-10", "2023-11");
    CHECK(neighbor_rows(o) ==
          std::vector<std::string>{
              "antony-blinken met_with out 2023-11..2023-11 1 [a3#e2]",
              "elizabeth-warren criticized in 2023-11-20..2023-11-20 1 [a3#e1]",
              "benjamin-netanyahu met_with out 2023-10-18..2023-10-18 1 [a2#e2]",
          });
    // "2023-11" may be after the 15th, so the month-only meeting stays in.
    o.filter.window = window("2023-11-15", "2023-11-30");
    CHECK(neighbor_rows(o) == std::vector<std::string>{
                                  "antony-blinken met_with out 2023-11..2023-11 1 [a3#e2]",
                                  "elizabeth-warren criticized in 2023-11-20..2023-11-20 1 [a3#e1]",
                              });
    o.filter.window = window("2024", "");
    CHECK(neighbor_rows(o).empty());
}

TEST_CASE("neighbors: evidence is the most recent, as many as asked") {
    NeighborOptions o;
    o.max_evidence = 1;
    o.filter.types = {"met_with"};
    CHECK(neighbor_rows(o).front() == "antony-blinken met_with out 2023-09-14..2023-11 2 [a3#e2]");
    const auto hits = neighbors(query_world(), world_actor("joe-biden"), o);
    const Evidence& e = hits.front().evidence.front();
    CHECK(e.article == "a3");
    CHECK(e.snippet == "Biden met Blinken again in November.");
    CHECK(text(e.date) == "2023-11");
}

TEST_CASE("neighbors: a limit keeps the first in order, with their evidence") {
    NeighborOptions o;
    o.limit = 2;
    CHECK(neighbor_rows(o) == std::vector<std::string>{
                                  "antony-blinken met_with out 2023-09-14..2023-11 2 [a1#e1 a3#e2]",
                                  "john-kirby defended in 2023-12-01..2023-12-01 1 [a4#e1]",
                              });
    o.filter.window = window("2023-10", "2023-11");
    o.limit = 1;
    CHECK(neighbor_rows(o) ==
          std::vector<std::string>{"antony-blinken met_with out 2023-11..2023-11 1 [a3#e2]"});
}

TEST_CASE("neighbors: a relation without evidence still shows, outside windows") {
    CHECK(neighbor_rows({}, "white-house") ==
          std::vector<std::string>{"john-kirby spokesperson_of in -..- 1 []"});
    NeighborOptions o;
    o.filter.window = window("2023", "");
    CHECK(neighbor_rows(o, "white-house").empty());
}

TEST_CASE("between: relations both ways and shared events, in time order") {
    const TimelineGraph& g = query_world();
    auto r = between(g, world_actor("antony-blinken"), world_actor("joe-biden"), {});
    CHECK(rows(g, world_actor("joe-biden"), r.relations) ==
          std::vector<std::string>{
              "antony-blinken met_with out 2023-09-14..2023-11 2 [a1#e1 a3#e2]"});
    CHECK(ids(r.events) == std::vector<std::string>{"a1#e1", "a3#e2"});

    r = between(g, world_actor("joe-biden"), world_actor("antony-blinken"),
                RelationFilter{{}, window("2023-10", "")});
    CHECK(ids(r.events) == std::vector<std::string>{"a3#e2"});
    REQUIRE(r.relations.size() == 1);
    CHECK(r.relations[0].count == 1);

    r = between(g, world_actor("hamas"), world_actor("joe-biden"), {});
    CHECK(r.relations.empty());
    CHECK(r.events.empty());
}

TEST_CASE("actor profile: degree, events and top relations") {
    const TimelineGraph& g = query_world();
    const ActorProfile p = actor_profile(g, world_actor("joe-biden"), 2);
    CHECK(p.relations == 5);
    CHECK(p.neighbors == 5);
    CHECK(p.events == 6);
    CHECK(rows(g, p.actor, p.top_relations) ==
          std::vector<std::string>{"antony-blinken met_with out 2023-09-14..2023-11 2 [a3#e2]",
                                   "john-kirby defended in 2023-12-01..2023-12-01 1 [a4#e1]"});
    const ActorNode& a = g.actor(p.actor);
    CHECK(a.mentions == 5);
    CHECK(text(a.first_seen) == "2022-05-01");
    CHECK(text(a.last_seen) == "2023-12-01");
}

TEST_CASE("events: in date order, by actor, type, CAMEO, confidence and window") {
    const TimelineGraph& g = query_world();
    CHECK(ids(select_events(g, {})) == std::vector<std::string>{"a5#e1", "a1#e1", "a2#e1", "a2#e2",
                                                                "a3#e2", "a3#e3", "a3#e1", "a4#e1",
                                                                "a4#e2"});
    CHECK(ids(select_events(g, {.actor = world_actor("joe-biden")})) ==
          std::vector<std::string>{"a5#e1", "a1#e1", "a2#e2", "a3#e2", "a3#e1", "a4#e1"});
    CHECK(ids(select_events(g, {.types = {"meet"}})) ==
          std::vector<std::string>{"a1#e1", "a2#e2", "a3#e2", "a3#e3"});
    CHECK(ids(select_events(g, {.cameo = {"11"}})) == std::vector<std::string>{"a3#e1", "a4#e2"});
    CHECK(ids(select_events(g, {.min_confidence = 0.8})) ==
          std::vector<std::string>{"a1#e1", "a2#e1", "a3#e1"});
    CHECK(ids(select_events(g, {.window = window("2023-10", "2023-10")})) ==
          std::vector<std::string>{"a2#e1", "a2#e2"});
    CHECK(ids(select_events(g, {.window = window("2023-11", "2023-11"),
                                .types = {"meet"},
                                .actor = world_actor("antony-blinken")})) ==
          std::vector<std::string>{"a3#e2", "a3#e3"});
}

TEST_CASE("queries over a graph extracted from sentences") {
    // The whole path a user takes: text -> extraction -> graph -> name -> neighbors.
    TimelineGraph g;
    const std::vector<std::pair<std::string, std::string>> articles = {
        {"2023-10-05", "President Joe Biden met Antony Blinken in Washington on Tuesday."},
        {"2023-11-20", "Senator Elizabeth Warren criticized Biden on Monday."},
    };
    for (const auto& [date, sentence] : articles) {
        tkg::extract::Article a;
        a.id = "t" + date;
        a.text = sentence;
        a.date = tkg::extract::parse_article_date(date);
        g.add(tkg::extract::to_article_record(tkg::test::extractor().extract(a), a.text));
    }
    g.finalize();
    const ActorLookup lookup(g);
    const ActorMatch biden = lookup.find("president biden");
    REQUIRE(biden.status == ActorMatch::found);
    CHECK(g.actor(biden.actors[0]).name == "Joe Biden");
    std::vector<std::string> found;
    for (const auto& h : neighbors(g, biden.actors[0], {}))
        found.push_back(g.actor(h.other(biden.actors[0])).name + " " + std::string(h.type));
    CHECK(found ==
          std::vector<std::string>{"Elizabeth Warren criticized", "Antony Blinken met_with"});
}
