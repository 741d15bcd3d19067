#include "tkg/graph/query.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>

namespace tkg::graph {
namespace {

constexpr std::array<std::string_view, 3> kDirections = {"out", "in", "both"};

// Date order of events as TimelineGraph::events_by_date() has it: undated last, ties in
// graph order.
struct EventDateOrder {
    const TimelineGraph& graph;
    bool operator()(Vertex a, Vertex b) const {
        const auto& da = graph.event(a).date;
        const auto& db = graph.event(b).date;
        if (da && db && *da != *db) return *da < *db;
        if (da.has_value() != db.has_value()) return da.has_value();
        return graph.graph()[a].index < graph.graph()[b].index;
    }
};

bool later(const std::optional<DateValue>& a, const std::optional<DateValue>& b) {
    if (!a || !b) return a.has_value() && !b.has_value();
    return a->end_day() != b->end_day() ? a->end_day() > b->end_day() : *a > *b;
}

// Most frequent first, then most recent, then by the other actor's name and the type. The
// keys are computed once per hit: a hub has tens of thousands of hits, and the end of a
// month-precision date costs a calendar conversion.
// With a limit only the first `limit` are put in order (and the rest dropped).
void sort_hits(const TimelineGraph& graph, Vertex actor, std::vector<RelationHit>& hits,
               std::size_t limit = 0) {
    struct Key {
        std::uint32_t count;
        bool dated;
        date::sys_days end, start;
        const std::string* name;
        std::uint32_t seq;
        std::size_t hit;
    };
    std::vector<Key> keys;
    keys.reserve(hits.size());
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const RelationHit& h = hits[i];
        keys.push_back({h.count, h.last.has_value(), h.last ? h.last->end_day() : date::sys_days{},
                        h.last ? h.last->first_day() : date::sys_days{},
                        &graph.actor(h.other(actor)).name, graph.graph()[h.edge].seq, i});
    }
    const auto before = [&](const Key& x, const Key& y) {
        if (x.count != y.count) return x.count > y.count;
        if (x.dated != y.dated) return x.dated;
        if (x.end != y.end) return x.end > y.end;
        if (x.start != y.start) return x.start > y.start;
        if (*x.name != *y.name) return *x.name < *y.name;
        if (hits[x.hit].type != hits[y.hit].type) return hits[x.hit].type < hits[y.hit].type;
        return x.seq < y.seq;
    };
    if (limit != 0 && limit < keys.size()) {
        std::partial_sort(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(limit),
                          keys.end(), before);
        keys.resize(limit);
    } else {
        std::sort(keys.begin(), keys.end(), before);
    }
    std::vector<RelationHit> sorted;
    sorted.reserve(hits.size());
    for (const Key& k : keys) sorted.push_back(std::move(hits[k.hit]));
    hits.swap(sorted);
}

// A hit from the relation's own totals, without looking at its evidence.
RelationHit summary_hit(const TimelineGraph& graph, Edge e) {
    const RelationEdge& rel = graph.relation(e);
    return RelationHit{e,
                       boost::source(e, graph.graph()),
                       boost::target(e, graph.graph()),
                       rel.type,
                       rel.first,
                       rel.last,
                       rel.count,
                       {}};
}

}  // namespace

std::string_view to_string(Direction d) { return kDirections[static_cast<std::size_t>(d)]; }

std::optional<Direction> parse_direction(std::string_view s) {
    for (std::size_t i = 0; i < kDirections.size(); ++i)
        if (kDirections[i] == s) return static_cast<Direction>(i);
    return std::nullopt;
}

Evidence evidence_of(const TimelineGraph& graph, Vertex event) {
    const EventNode& e = graph.event(event);
    Evidence out{event, e.date, {}, {}};
    if (!e.mentions.empty()) {
        out.article = e.mentions.front().article;
        out.snippet = e.mentions.front().snippet;
    }
    return out;
}

std::optional<RelationHit> relation_hit(const TimelineGraph& graph, Edge e,
                                        const DateWindow& window, std::size_t max_evidence) {
    RelationHit hit = summary_hit(graph, e);
    const RelationEdge& rel = graph.relation(e);
    if (!window.admits(rel.first, rel.last)) return std::nullopt;
    std::vector<Vertex> events;
    events.reserve(rel.evidence.size());
    for (const auto& id : rel.evidence)
        if (const auto v = graph.find_event(id); v && admits_event(window, graph.event(*v)))
            events.push_back(*v);
    std::sort(events.begin(), events.end(), EventDateOrder{graph});
    if (window.bounded() && !rel.evidence.empty()) {
        if (events.empty()) return std::nullopt;
        hit.count = static_cast<std::uint32_t>(events.size());
        hit.first = graph.event(events.front()).date;
        hit.last.reset();
        for (const Vertex v : events) {
            const auto& d = graph.event(v).date;
            if (later(d, hit.last)) hit.last = d;
        }
    }
    const std::size_t keep =
        max_evidence == 0 ? events.size() : std::min(max_evidence, events.size());
    for (std::size_t i = events.size() - keep; i < events.size(); ++i)
        hit.evidence.push_back(evidence_of(graph, events[i]));
    return hit;
}

std::vector<RelationHit> neighbors(const TimelineGraph& graph, Vertex actor,
                                   const NeighborOptions& options) {
    const RelationView view = relation_view(graph, options.filter);
    const DateWindow& window = options.filter.window;
    std::vector<RelationHit> hits;
    auto take = [&](Edge e) {
        if (!window.bounded())
            hits.push_back(summary_hit(graph, e));
        else if (auto hit = relation_hit(graph, e, window, options.max_evidence))
            hits.push_back(std::move(*hit));
    };
    if (options.direction != Direction::in)
        for (auto [e, end] = boost::out_edges(actor, view); e != end; ++e) take(*e);
    if (options.direction != Direction::out)
        for (auto [e, end] = boost::in_edges(actor, view); e != end; ++e) take(*e);
    sort_hits(graph, actor, hits, options.limit);
    if (!window.bounded())
        for (RelationHit& h : hits) h = *relation_hit(graph, h.edge, window, options.max_evidence);
    return hits;
}

std::optional<ParticipantRole> role_in(const TimelineGraph& graph, Vertex actor, Vertex event) {
    const Graph& g = graph.graph();
    for (auto [e, end] = boost::in_edges(event, g); e != end; ++e)
        if (g[*e].kind == EdgeKind::participant && boost::source(*e, g) == actor) return g[*e].role;
    return std::nullopt;
}

BetweenResult between(const TimelineGraph& graph, Vertex a, Vertex b, const RelationFilter& filter,
                      std::size_t max_evidence) {
    BetweenResult out;
    const RelationView view = relation_view(graph, filter);
    for (const auto& [from, to] : {std::pair{a, b}, std::pair{b, a}})
        for (auto [e, end] = boost::out_edges(from, view); e != end; ++e)
            if (boost::target(*e, view) == to)
                if (auto hit = relation_hit(graph, *e, filter.window, max_evidence))
                    out.relations.push_back(std::move(*hit));
    std::stable_sort(out.relations.begin(), out.relations.end(),
                     [](const RelationHit& x, const RelationHit& y) {
                         if (x.first && y.first && *x.first != *y.first) return *x.first < *y.first;
                         return x.first.has_value() && !y.first.has_value();
                     });

    // Walk the events of whichever actor has fewer edges, and ask each about the other.
    const Graph& g = graph.graph();
    const bool a_smaller = boost::out_degree(a, g) <= boost::out_degree(b, g);
    const Vertex walk = a_smaller ? a : b, other = a_smaller ? b : a;
    for (auto [e, end] = boost::out_edges(walk, g); e != end; ++e) {
        if (g[*e].kind != EdgeKind::participant) continue;
        const Vertex ev = boost::target(*e, g);
        if (admits_event(filter.window, graph.event(ev)) && role_in(graph, other, ev))
            out.events.push_back(ev);
    }
    std::sort(out.events.begin(), out.events.end(), EventDateOrder{graph});
    out.events.erase(std::unique(out.events.begin(), out.events.end()), out.events.end());
    return out;
}

ActorProfile actor_profile(const TimelineGraph& graph, Vertex actor, std::size_t top) {
    const Graph& g = graph.graph();
    ActorProfile p{actor, 0, 0, 0, {}};
    std::unordered_set<Vertex> others, events;
    std::vector<RelationHit> hits;
    for (auto [e, end] = boost::out_edges(actor, g); e != end; ++e) {
        if (g[*e].kind == EdgeKind::participant) events.insert(boost::target(*e, g));
        if (g[*e].kind != EdgeKind::relation) continue;
        others.insert(boost::target(*e, g));
        hits.push_back(summary_hit(graph, *e));
    }
    for (auto [e, end] = boost::in_edges(actor, g); e != end; ++e) {
        if (g[*e].kind != EdgeKind::relation) continue;
        others.insert(boost::source(*e, g));
        hits.push_back(summary_hit(graph, *e));
    }
    p.relations = hits.size();
    p.neighbors = others.size();
    p.events = events.size();
    // Rank on the totals first, so a hub's evidence is read only for the relations shown.
    sort_hits(graph, actor, hits, top);
    for (const RelationHit& h : hits)
        if (auto full = relation_hit(graph, h.edge, {}, 1)) p.top_relations.push_back(*full);
    return p;
}

namespace {

// Vertex predicate of a filtered_graph: every actor and article, and the events that pass.
struct EventVertices {
    const TimelineGraph* graph = nullptr;
    const EventFilter* filter = nullptr;
    bool operator()(Vertex v) const {
        return graph->kind(v) != NodeKind::event || admits_event(*graph, v, *filter);
    }
};

}  // namespace

std::vector<Vertex> select_events(const TimelineGraph& graph, const EventFilter& filter) {
    std::vector<Vertex> out;
    if (!filter.actor) {
        for (const Vertex v : graph.events_by_date())
            if (admits_event(graph, v, filter)) out.push_back(v);
        return out;
    }
    const boost::filtered_graph<Graph, boost::keep_all, EventVertices> view(
        graph.graph(), boost::keep_all(), EventVertices{&graph, &filter});
    for (auto [e, end] = boost::out_edges(*filter.actor, view); e != end; ++e)
        if (view[*e].kind == EdgeKind::participant) out.push_back(boost::target(*e, view));
    std::sort(out.begin(), out.end(), EventDateOrder{graph});
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace tkg::graph
