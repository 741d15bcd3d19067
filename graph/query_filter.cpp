#include "tkg/graph/query_filter.hpp"

#include <algorithm>

#include "tkg/error.hpp"

namespace tkg::graph {

bool DateWindow::admits(const std::optional<DateValue>& first,
                        const std::optional<DateValue>& last) const noexcept {
    if (!bounded()) return true;
    if (!first) return false;
    const DateValue& end = last ? *last : *first;
    // Half-open day intervals [first, end) overlap the window [from, to].
    if (to && first->first_day() >= to->end_day()) return false;
    if (from && std::max(end.end_day(), first->end_day()) <= from->first_day()) return false;
    return true;
}

bool admits_event(const DateWindow& window, const EventNode& event) noexcept {
    return window.admits(event.date, event.end ? event.end : event.date);
}

bool RelationFilter::admits_type(std::string_view type) const {
    return types.empty() || std::find(types.begin(), types.end(), type) != types.end();
}

bool admits_relation(const TimelineGraph& graph, Edge e, const RelationFilter& filter) {
    const RelationEdge& rel = graph.relation(e);
    if (!filter.admits_type(rel.type)) return false;
    if (!filter.window.bounded()) return true;
    // first..last spans every evidence date, so outside it no evidence can be inside.
    if (!filter.window.admits(rel.first, rel.last)) return false;
    if (rel.evidence.empty()) return true;
    return std::any_of(rel.evidence.begin(), rel.evidence.end(), [&](const std::string& id) {
        const auto ev = graph.find_event(id);
        return ev && admits_event(filter.window, graph.event(*ev));
    });
}

bool RelationEdges::operator()(Edge e) const {
    return graph_->graph()[e].kind == EdgeKind::relation &&
           (filter_->trivial() || admits_relation(*graph_, e, *filter_));
}

bool admits_event(const TimelineGraph& graph, Vertex v, const EventFilter& filter) {
    const EventNode& e = graph.event(v);
    if (e.confidence < filter.min_confidence) return false;
    if (!filter.types.empty() &&
        std::find(filter.types.begin(), filter.types.end(), e.type) == filter.types.end())
        return false;
    if (!filter.cameo.empty() &&
        std::none_of(filter.cameo.begin(), filter.cameo.end(),
                     [&](const std::string& prefix) { return e.cameo.starts_with(prefix); }))
        return false;
    return admits_event(filter.window, e);
}

DateValue parse_window_date(std::string_view text, std::string_view option) {
    if (auto d = DateValue::parse(text)) return *d;
    throw UsageError(std::string(option) +
                     " must be a date such as 2023, 2023-11 or 2023-11-05, not '" +
                     std::string(text) + "'");
}

}  // namespace tkg::graph
