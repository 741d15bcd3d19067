// What a query looks at: a date window, which relations and which events. The filters are
// predicates, so a window over the graph is a boost::filtered_graph view, never a copy:
//
//   RelationFilter f{.types = {"met_with"}, .window = {DateValue::parse("2023-10"), {}}};
//   RelationView view = relation_view(graph, f);       // relation edges that pass f
//   for (auto [e, end] = boost::out_edges(biden, view); e != end; ++e) ...
//
// Dates keep their precision, so a window is an interval of days: --from 2023-10 --to 2023-11
// is 2023-10-01 up to and including 2023-11-30. Something dated passes when its interval
// overlaps the window: an event dated only "2023-11" is inside a window from 2023-11-15,
// because it may have happened then. Undated things are outside every bounded window.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/graph/filtered_graph.hpp>

#include "tkg/graph/date_value.hpp"
#include "tkg/graph/timeline_graph.hpp"

namespace tkg::graph {

struct DateWindow {
    std::optional<DateValue> from{};  // from the first day of this date
    std::optional<DateValue> to{};    // up to the last day of this date

    bool bounded() const noexcept { return from.has_value() || to.has_value(); }
    // Whether the interval from `first` to the end of `last` overlaps the window.
    bool admits(const std::optional<DateValue>& first,
                const std::optional<DateValue>& last) const noexcept;
    bool admits(const std::optional<DateValue>& date) const noexcept { return admits(date, date); }
};

// An event's own interval: its date, up to its end when it has one.
bool admits_event(const DateWindow& window, const EventNode& event) noexcept;

// Relations by type and date. With a bounded window a relation passes when one of its evidence
// events falls in the window; a relation without evidence events (a role such as
// "spokesperson_of") passes by its first..last dates.
struct RelationFilter {
    std::vector<std::string> types{};  // relation types ("met_with"); empty: every type
    DateWindow window{};

    bool trivial() const noexcept { return types.empty() && !window.bounded(); }
    bool admits_type(std::string_view type) const;
};

// Whether relation edge `e` of `graph` passes `filter`.
bool admits_relation(const TimelineGraph& graph, Edge e, const RelationFilter& filter);

// Edge predicate of a filtered_graph over TimelineGraph::graph(): the relation edges that pass
// a filter, and no participant or provenance edges. It points to the graph and the filter,
// which must outlive it.
class RelationEdges {
  public:
    RelationEdges() = default;  // filtered_graph's iterators need a default-constructible one
    RelationEdges(const TimelineGraph& graph, const RelationFilter& filter)
        : graph_(&graph), filter_(&filter) {}
    bool operator()(Edge e) const;

  private:
    const TimelineGraph* graph_ = nullptr;
    const RelationFilter* filter_ = nullptr;
};

using RelationView = boost::filtered_graph<Graph, RelationEdges>;

inline RelationView relation_view(const TimelineGraph& graph, const RelationFilter& filter) {
    return RelationView(graph.graph(), RelationEdges(graph, filter));
}

// Events by date, type, CAMEO code, confidence and participant.
struct EventFilter {
    DateWindow window{};
    std::vector<std::string> types{};  // event types ("meet"); empty: every type
    std::vector<std::string> cameo{};  // CAMEO code prefixes: "04" is every consult code
    double min_confidence = 0.0;
    std::optional<Vertex> actor{};  // only events this actor takes part in
};

// Whether event vertex `v` passes the filter's date, type, CAMEO and confidence tests (the
// actor test is left to the caller, who walks the actor's edges instead of every event).
bool admits_event(const TimelineGraph& graph, Vertex v, const EventFilter& filter);

// Parses a --from/--to value: any TimeML date DateValue reads ("2023", "2023-11", "2023-11-05",
// "2023-Q4"). Throws tkg::UsageError naming `option` otherwise.
DateValue parse_window_date(std::string_view text, std::string_view option);

}  // namespace tkg::graph
