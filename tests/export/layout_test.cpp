#include <doctest/doctest.h>

#include <cmath>
#include <set>

#include <boost/range/iterator_range.hpp>

#include "export/export_helpers.hpp"
#include "tkg/export/layout.hpp"

using namespace tkg::exporters;
using tkg::test::small_graph;

TEST_CASE("the layout is deterministic, finite and spreads the nodes") {
    for (const ViewKind kind : {ViewKind::full, ViewKind::actors, ViewKind::events}) {
        View a = make_view(small_graph(), {.kind = kind});
        View b = make_view(small_graph(), {.kind = kind});
        layout_view(a);
        layout_view(b);
        CHECK(a.positioned);
        std::set<std::pair<double, double>> points;
        for (const auto v : boost::make_iterator_range(boost::vertices(a.graph))) {
            CHECK(std::isfinite(a.graph[v].x));
            CHECK(std::isfinite(a.graph[v].y));
            CHECK(a.graph[v].x == b.graph[v].x);
            CHECK(a.graph[v].y == b.graph[v].y);
            points.insert({a.graph[v].x, a.graph[v].y});
        }
        CHECK(points.size() == boost::num_vertices(a.graph));
    }
}

TEST_CASE("the events view is laid out along time") {
    View v = make_view(small_graph(), {.kind = ViewKind::events});
    layout_view(v);
    for (const auto e : boost::make_iterator_range(boost::edges(v.graph)))
        CHECK(v.graph[boost::source(e, v.graph)].x <= v.graph[boost::target(e, v.graph)].x);
}

TEST_CASE("neighbours sit closer than strangers") {
    View v = make_view(small_graph(), {.kind = ViewKind::actors});
    layout_view(v);
    auto at = [&](const std::string& id) {
        for (const auto n : boost::make_iterator_range(boost::vertices(v.graph)))
            if (v.graph[n].id == id) return std::make_pair(v.graph[n].x, v.graph[n].y);
        FAIL("no node " << id);
        return std::make_pair(0.0, 0.0);
    };
    auto dist = [](auto p, auto q) { return std::hypot(p.first - q.first, p.second - q.second); };
    CHECK(dist(at("actor:israel"), at("actor:hamas")) <
          dist(at("actor:israel"), at("actor:joe-biden")));
}

TEST_CASE("a layout cache gives every export of one view the same positions, computed once") {
    LayoutCache cache;
    View first = make_view(small_graph(), {.kind = ViewKind::actors});
    layout_view(first, &cache);
    View direct = make_view(small_graph(), {.kind = ViewKind::actors});
    layout_view(direct);
    // A second view with the same nodes is served from the cache: spoil the computed
    // positions first, so only a copy can restore them.
    View again = make_view(small_graph(), {.kind = ViewKind::actors});
    for (const auto v : boost::make_iterator_range(boost::vertices(again.graph)))
        again.graph[v].x = again.graph[v].y = -1;
    layout_view(again, &cache);
    CHECK(again.positioned);
    for (const auto v : boost::make_iterator_range(boost::vertices(first.graph))) {
        CHECK(again.graph[v].x == first.graph[v].x);
        CHECK(again.graph[v].y == direct.graph[v].y);
    }
    // Another view (other nodes) gets its own layout, not the cached one.
    View full = make_view(small_graph(), {.kind = ViewKind::full});
    View full_direct = make_view(small_graph(), {.kind = ViewKind::full});
    layout_view(full, &cache);
    layout_view(full_direct);
    for (const auto v : boost::make_iterator_range(boost::vertices(full.graph)))
        CHECK(full.graph[v].x == full_direct.graph[v].x);
}
