// View: the part of a TimelineGraph that one export shows, as a small graph of its own. Every
// exporter writes a View, so `--view`, the date window, the ego network, `--min-weight` and
// `--types` mean the same thing in every format.
//
//   ViewOptions opts{.kind = ViewKind::actors, .actor = "Biden", .depth = 2};
//   View view = make_view(graph, opts);           // throws tkg::UsageError for an unknown actor
//   for (auto v : boost::make_iterator_range(boost::vertices(view.graph)))
//       std::cout << view.graph[v].id << '\n';
//
// Three views:
//   full    actors, events and articles; participant, relation and provenance edges.
//   actors  the actor network: actors joined by relation edges (weight = evidence count, spell
//           = first..last date); an actor without relations is left out.
//   events  the timeline chain: dated events in date order, each linked to the next.
// Filters, applied in this order:
//   --from/--to   keep events and relations dated inside the window (anything undated goes);
//   --types       keep events whose type or CAMEO code (prefix) is listed and relations whose
//                 type is listed or whose evidence events are kept;
//   --min-weight  keep relation edges with at least that many evidence events;
//   --actor/--depth  keep what lies within `depth` hops of the actor in the view (for the
//                 events view: hops in the full graph, so depth 1 = the actor's own events).
// With any filter, actors and articles left without an edge are dropped (the ego actor stays).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "tkg/graph/timeline_graph.hpp"

namespace tkg::exporters {

enum class ViewKind : std::uint8_t { full, actors, events };
std::string_view to_string(ViewKind k);
std::optional<ViewKind> parse_view_kind(std::string_view name);

struct ViewOptions {
    ViewKind kind = ViewKind::full;
    // Every member has an initializer, so designated initializers may name any subset.
    std::optional<graph::DateValue> from = {};  // window start: its first day
    std::optional<graph::DateValue> to = {};    // window end: its last day
    std::string actor = {};                     // ego network around this actor (id, name or alias)
    unsigned depth = 1;
    std::uint32_t min_weight = 1;
    std::vector<std::string> types = {};  // event types, relation types or CAMEO code prefixes

    bool windowed() const noexcept { return from.has_value() || to.has_value(); }
    bool filtered() const noexcept {
        return windowed() || !types.empty() || min_weight > 1 || !actor.empty();
    }
};

enum class ViewEdgeKind : std::uint8_t { participant, relation, provenance, next };
std::string_view to_string(ViewEdgeKind k);

// When something exists, as whole days: both ends inclusive, start <= end.
struct DayInterval {
    date::sys_days start;
    date::sys_days end;
    std::string start_string() const;  // YYYY-MM-DD
    std::string end_string() const;
};

struct ViewNode {
    graph::Vertex vertex = 0;  // in the TimelineGraph
    graph::NodeKind kind = graph::NodeKind::actor;
    std::string id;                     // node_id(): "actor:joe-biden"
    std::string label;                  // name, event summary or article title
    std::optional<DayInterval> period;  // actors: seen; events: date..end; articles: date
    std::size_t degree = 0;             // in the view, both directions
    double x = 0, y = 0;                // set by layout_view()
};

struct ViewEdge {
    ViewEdgeKind kind = ViewEdgeKind::participant;
    // Role, relation type, "reported_in" or "next": words of the TimelineGraph the view is
    // made from (which outlives it) or constants, so no edge owns a string.
    std::string_view label;
    std::optional<graph::Edge> edge;  // in the TimelineGraph (not for "next")
    std::uint32_t weight = 1;         // never 0
    std::optional<DayInterval> period;
    bool directed = true;
};

// (Edges in a vector, not a list: a view never removes one, and a list node per edge was a
// fifth of a large view's memory.)
using ViewGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, ViewNode,
                                        ViewEdge, boost::no_property, boost::vecS>;
using ViewVertex = ViewGraph::vertex_descriptor;
using ViewEdgeDesc = ViewGraph::edge_descriptor;

struct View {
    const graph::TimelineGraph* source = nullptr;
    ViewKind kind = ViewKind::full;
    ViewGraph graph;  // vertices and edges in output order
    bool positioned = false;

    const graph::TimelineGraph& tg() const { return *source; }
    bool directed() const;  // every edge directed
    bool mixed() const;     // some edges directed, some not
};

View make_view(const graph::TimelineGraph& g, const ViewOptions& options = {});

// The events the filters keep, in date order (undated last), whatever the view kind: what the
// timeline formats (timeline, timelinejs, vis, events-tsv) write.
std::vector<graph::Vertex> view_events(const graph::TimelineGraph& g, ViewOptions options);

// The actor a name means: an exact id first, then a case-insensitive (ASCII) match of id,
// name or alias. Throws tkg::UsageError when none or several fit.
graph::Vertex find_actor_by_name(const graph::TimelineGraph& g, std::string_view name);

// The time an element covers, as whole days (nullopt when undated).
std::optional<DayInterval> event_period(const graph::EventNode& e);
std::optional<DayInterval> relation_period(const graph::RelationEdge& r);

}  // namespace tkg::exporters
