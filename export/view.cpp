#include "tkg/export/view.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_map>
#include <unordered_set>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/range/iterator_range.hpp>

#include "tkg/error.hpp"

namespace tkg::exporters {

using graph::EdgeKind;
using graph::NodeKind;
using graph::TimelineGraph;
using graph::Vertex;

namespace {

constexpr std::array<std::string_view, 3> kViewKinds = {"full", "actors", "events"};
constexpr std::array<std::string_view, 4> kEdgeKinds = {"participant", "relation", "provenance",
                                                        "next"};

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

DayInterval hull(const DayInterval& a, const DayInterval& b) {
    return {std::min(a.start, b.start), std::max(a.end, b.end)};
}

void widen(std::optional<DayInterval>& into, const std::optional<DayInterval>& by) {
    if (!by) return;
    into = into ? hull(*into, *by) : *by;
}

std::optional<DayInterval> day_interval(const std::optional<graph::DateValue>& d) {
    if (!d) return std::nullopt;
    return DayInterval{d->first_day(), d->last_day()};
}

// What the graph keeps before any view is made: events and relation edges that pass the date
// window, the type list and the minimum weight. Indexed by vertex and by edge position in
// edges_in_order().
class Selection {
  public:
    Selection(const TimelineGraph& tg, const ViewOptions& opt)
        : tg_(tg), opt_(opt), edges_(tg.edges_in_order()) {
        if (opt.from) window_.start = opt.from->first_day();
        if (opt.to) window_.end = opt.to->last_day();
        for (const auto& t : opt.types) types_.insert(lower_ascii(t));
        const auto n = boost::num_vertices(tg.graph());
        event_ok_.assign(n, 0);
        // Events that are evidence of a listed relation type count as listed themselves.
        std::unordered_set<std::string> evidence_of_listed;
        for (const graph::Edge e : edges_)
            if (!types_.empty() && tg.graph()[e].kind == EdgeKind::relation &&
                listed(tg.relation(e).type))
                for (const auto& ev : tg.relation(e).evidence) evidence_of_listed.insert(ev);
        for (const Vertex v : tg.vertices_of(NodeKind::event)) {
            const graph::EventNode& ev = tg.event(v);
            event_ok_[v] = in_window(event_period(ev)) &&
                           (types_.empty() || event_listed(ev) || evidence_of_listed.count(ev.id));
        }
        edge_ok_.assign(edges_.size(), 0);
        for (std::size_t i = 0; i < edges_.size(); ++i) {
            const graph::Edge e = edges_[i];
            const Vertex s = boost::source(e, tg.graph()), t = boost::target(e, tg.graph());
            switch (tg.graph()[e].kind) {
                case EdgeKind::participant:
                    edge_ok_[i] = event_ok_[t];
                    break;
                case EdgeKind::provenance:
                    edge_ok_[i] = event_ok_[s];
                    break;
                case EdgeKind::relation:
                    edge_ok_[i] = relation_ok(tg.relation(e));
                    break;
            }
        }
    }

    const std::vector<graph::Edge>& edges() const { return edges_; }
    bool event_ok(Vertex v) const { return event_ok_[v] != 0; }
    bool edge_ok(std::size_t i) const { return edge_ok_[i] != 0; }

  private:
    bool in_window(const std::optional<DayInterval>& p) const {
        if (!opt_.windowed()) return true;
        return p && p->start <= window_.end && window_.start <= p->end;
    }
    bool listed(std::string_view type) const { return types_.count(lower_ascii(type)) != 0; }
    bool event_listed(const graph::EventNode& e) const {
        if (listed(e.type)) return true;
        for (const auto& t : types_)  // a CAMEO code or code prefix: "04" is every consultation
            if (!t.empty() &&
                std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                e.cameo.compare(0, t.size(), t) == 0)
                return true;
        return false;
    }
    bool relation_ok(const graph::RelationEdge& r) const {
        if (std::max<std::uint32_t>(r.count, 1) < opt_.min_weight) return false;
        if (!in_window(relation_period(r))) return false;
        if (types_.empty() || listed(r.type)) return true;
        for (const auto& id : r.evidence)
            if (const auto v = tg_.find_event(id); v && event_listed(tg_.event(*v))) return true;
        return false;
    }

    const TimelineGraph& tg_;
    const ViewOptions& opt_;
    std::vector<graph::Edge> edges_;
    DayInterval window_{date::sys_days::min(), date::sys_days::max()};
    std::unordered_set<std::string> types_;
    std::vector<char> event_ok_, edge_ok_;
};

// The nodes and edges of a view before it becomes a ViewGraph: TimelineGraph vertices in output
// order and positions into Selection::edges().
struct Picked {
    std::vector<Vertex> nodes;
    std::vector<std::size_t> edges;
};

Picked pick_full(const TimelineGraph& tg, const Selection& sel, bool drop_isolated) {
    Picked p;
    for (std::size_t i = 0; i < sel.edges().size(); ++i)
        if (sel.edge_ok(i)) p.edges.push_back(i);
    std::vector<char> linked(boost::num_vertices(tg.graph()), 0);
    for (const std::size_t i : p.edges) {
        linked[boost::source(sel.edges()[i], tg.graph())] = 1;
        linked[boost::target(sel.edges()[i], tg.graph())] = 1;
    }
    for (const NodeKind kind : {NodeKind::actor, NodeKind::event, NodeKind::article})
        for (const Vertex v : tg.vertices_of(kind)) {
            if (kind == NodeKind::event ? sel.event_ok(v) : (!drop_isolated || linked[v]))
                p.nodes.push_back(v);
        }
    return p;
}

Picked pick_actors(const TimelineGraph& tg, const Selection& sel) {
    Picked p;
    std::vector<char> linked(boost::num_vertices(tg.graph()), 0);
    for (std::size_t i = 0; i < sel.edges().size(); ++i) {
        const graph::Edge e = sel.edges()[i];
        if (!sel.edge_ok(i) || tg.graph()[e].kind != EdgeKind::relation) continue;
        p.edges.push_back(i);
        linked[boost::source(e, tg.graph())] = 1;
        linked[boost::target(e, tg.graph())] = 1;
    }
    for (const Vertex v : tg.vertices_of(NodeKind::actor))
        if (linked[v]) p.nodes.push_back(v);
    return p;
}

// Keeps what lies within `depth` hops of `center`, direction ignored, and the edges among it.
Picked ego_network(const TimelineGraph& tg, const Selection& sel, const Picked& in, Vertex center,
                   unsigned depth) {
    using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> local(boost::num_vertices(tg.graph()), kNone);
    for (std::size_t i = 0; i < in.nodes.size(); ++i) local[in.nodes[i]] = i;
    Picked out;
    if (local[center] == kNone) {  // filtered away: the actor alone
        out.nodes.push_back(center);
        return out;
    }
    Undirected u(in.nodes.size());
    for (const std::size_t i : in.edges) {
        const graph::Edge e = sel.edges()[i];
        boost::add_edge(local[boost::source(e, tg.graph())], local[boost::target(e, tg.graph())],
                        u);
    }
    std::vector<std::size_t> dist(in.nodes.size(), kNone);
    dist[local[center]] = 0;
    boost::breadth_first_search(u, local[center],
                                boost::visitor(boost::make_bfs_visitor(
                                    boost::record_distances(dist.data(), boost::on_tree_edge()))));
    auto near = [&](Vertex v) { return local[v] != kNone && dist[local[v]] <= depth; };
    for (const Vertex v : in.nodes)
        if (near(v)) out.nodes.push_back(v);
    for (const std::size_t i : in.edges) {
        const graph::Edge e = sel.edges()[i];
        if (near(boost::source(e, tg.graph())) && near(boost::target(e, tg.graph())))
            out.edges.push_back(i);
    }
    return out;
}

std::string node_label(const TimelineGraph& tg, Vertex v) {
    switch (tg.kind(v)) {
        case NodeKind::actor:
            return tg.actor(v).name;
        case NodeKind::event:
            return tg.event_summary(v);
        case NodeKind::article: {
            const auto& a = tg.article(v);
            return a.title.empty() ? a.id : a.title;
        }
    }
    return {};
}

std::optional<DayInterval> node_period(const TimelineGraph& tg, Vertex v) {
    switch (tg.kind(v)) {
        case NodeKind::actor: {
            std::optional<DayInterval> p = day_interval(tg.actor(v).first_seen);
            widen(p, day_interval(tg.actor(v).last_seen));
            return p;
        }
        case NodeKind::event:
            return event_period(tg.event(v));
        case NodeKind::article:
            return day_interval(tg.article(v).date);
    }
    return std::nullopt;
}

ViewNode view_node(const TimelineGraph& tg, Vertex v) {
    ViewNode n;
    n.vertex = v;
    n.kind = tg.kind(v);
    n.id = graph::node_id(tg, v);
    n.label = node_label(tg, v);
    n.period = node_period(tg, v);
    return n;
}

ViewEdgeKind view_kind(EdgeKind k) {
    switch (k) {
        case EdgeKind::participant:
            return ViewEdgeKind::participant;
        case EdgeKind::relation:
            return ViewEdgeKind::relation;
        case EdgeKind::provenance:
            return ViewEdgeKind::provenance;
    }
    return ViewEdgeKind::participant;
}

std::string_view edge_label(const TimelineGraph& tg, graph::Edge e) {
    const graph::EdgeProps& p = tg.graph()[e];
    switch (p.kind) {
        case EdgeKind::participant:
            return to_string(p.role);
        case EdgeKind::relation:
            return tg.relation(e).type;
        case EdgeKind::provenance:
            return "reported_in";
    }
    return {};
}

// For each picked edge (by position in p.edges), the position of the first picked edge with the
// same two ends, kind and label: itself unless it repeats an earlier one. Found by sorting small
// keys rather than through a map of every edge, which took as much memory as the view itself.
std::vector<std::uint32_t> first_parallels(const TimelineGraph& tg, const Selection& sel,
                                           const Picked& p, const std::vector<ViewVertex>& local) {
    struct Key {
        std::uint32_t s, t, label, at;  // label: kind and label text, numbered
        auto operator<=>(const Key&) const = default;
    };
    // Label numbers by edge kind and label text (a hash lookup: relation types are many, and a
    // list searched per edge was the largest cost of an export).
    std::array<std::unordered_map<std::string_view, std::uint32_t>, 3> labels;
    std::uint32_t next_label = 0;
    std::vector<Key> keys;
    keys.reserve(p.edges.size());
    for (std::uint32_t k = 0; k < p.edges.size(); ++k) {
        const graph::Edge e = sel.edges()[p.edges[k]];
        auto& of_kind = labels[static_cast<std::size_t>(tg.graph()[e].kind)];
        const auto [label, added] = of_kind.try_emplace(edge_label(tg, e), next_label);
        if (added) ++next_label;
        keys.push_back({static_cast<std::uint32_t>(local[boost::source(e, tg.graph())]),
                        static_cast<std::uint32_t>(local[boost::target(e, tg.graph())]),
                        label->second, k});
    }
    std::sort(keys.begin(), keys.end());
    std::vector<std::uint32_t> first(p.edges.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const bool repeats = i > 0 && keys[i - 1].s == keys[i].s && keys[i - 1].t == keys[i].t &&
                             keys[i - 1].label == keys[i].label;
        first[keys[i].at] = repeats ? first[keys[i - 1].at] : keys[i].at;
    }
    return first;
}

View to_view(const TimelineGraph& tg, ViewKind kind, const Selection& sel, const Picked& p) {
    View view;
    view.source = &tg;
    view.kind = kind;
    ViewGraph& g = view.graph;
    std::vector<ViewVertex> local(boost::num_vertices(tg.graph()), 0);
    for (const Vertex v : p.nodes) local[v] = boost::add_vertex(view_node(tg, v), g);
    // One edge per (source, target, kind, label): a client would merge such parallels anyway
    // (Gephi does), so they are merged here, adding their weights.
    const std::vector<std::uint32_t> first = first_parallels(tg, sel, p, local);
    std::vector<ViewEdgeDesc> added(p.edges.size());
    for (std::uint32_t k = 0; k < p.edges.size(); ++k) {
        const graph::Edge e = sel.edges()[p.edges[k]];
        ViewEdge ve;
        ve.kind = view_kind(tg.graph()[e].kind);
        ve.edge = e;
        if (ve.kind == ViewEdgeKind::relation) {
            ve.weight = std::max<std::uint32_t>(tg.relation(e).count, 1);
            ve.period = relation_period(tg.relation(e));
        }
        if (first[k] != k) {
            ViewEdge& into = g[added[first[k]]];
            into.weight += ve.weight;
            widen(into.period, ve.period);
            continue;
        }
        ve.label = edge_label(tg, e);
        added[k] = boost::add_edge(local[boost::source(e, tg.graph())],
                                   local[boost::target(e, tg.graph())], std::move(ve), g)
                       .first;
    }
    // An actor exists on the timeline from its first to its last sighting, and also while its
    // events and relations happen: a 2020 event reported in 2023 must not show a lone edge.
    for (const ViewEdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
        const ViewVertex s = boost::source(e, g), t = boost::target(e, g);
        if (g[e].kind == ViewEdgeKind::participant) widen(g[s].period, g[t].period);
        if (g[e].kind == ViewEdgeKind::relation) {
            widen(g[s].period, g[e].period);
            widen(g[t].period, g[e].period);
        }
    }
    return view;
}

View events_chain(const TimelineGraph& tg, const Picked& p) {
    std::vector<char> in(boost::num_vertices(tg.graph()), 0);
    for (const Vertex v : p.nodes) in[v] = 1;
    View view;
    view.source = &tg;
    view.kind = ViewKind::events;
    ViewGraph& g = view.graph;
    for (const Vertex v : tg.events_by_date()) {
        if (!in[v] || !tg.event(v).date) continue;
        const ViewVertex u = boost::add_vertex(view_node(tg, v), g);
        if (u == 0) continue;
        ViewEdge next;
        next.kind = ViewEdgeKind::next;
        next.label = "next";
        boost::add_edge(u - 1, u, std::move(next), g);
    }
    return view;
}

}  // namespace

std::string_view to_string(ViewKind k) { return kViewKinds[static_cast<std::size_t>(k)]; }
std::string_view to_string(ViewEdgeKind k) { return kEdgeKinds[static_cast<std::size_t>(k)]; }

std::optional<ViewKind> parse_view_kind(std::string_view name) {
    for (std::size_t i = 0; i < kViewKinds.size(); ++i)
        if (kViewKinds[i] == name) return static_cast<ViewKind>(i);
    return std::nullopt;
}

std::string DayInterval::start_string() const { return graph::format_iso_day(start); }
std::string DayInterval::end_string() const { return graph::format_iso_day(end); }

std::optional<DayInterval> event_period(const graph::EventNode& e) {
    std::optional<DayInterval> p = day_interval(e.date);
    // An end before the start says nothing usable: the event keeps its own date.
    if (p && e.end && e.end->last_day() >= p->start) p->end = std::max(p->end, e.end->last_day());
    return p;
}

std::optional<DayInterval> relation_period(const graph::RelationEdge& r) {
    std::optional<DayInterval> p = day_interval(r.first);
    widen(p, day_interval(r.last));
    return p;
}

bool View::directed() const {
    for (const ViewEdgeDesc e : boost::make_iterator_range(boost::edges(graph)))
        if (!graph[e].directed) return false;
    return true;
}

bool View::mixed() const {
    bool some_directed = false, some_undirected = false;
    for (const ViewEdgeDesc e : boost::make_iterator_range(boost::edges(graph)))
        (graph[e].directed ? some_directed : some_undirected) = true;
    return some_directed && some_undirected;
}

Vertex find_actor_by_name(const TimelineGraph& g, std::string_view name) {
    if (const auto v = g.find_actor(name)) return *v;
    const std::string want = lower_ascii(name);
    std::vector<Vertex> by_name, by_alias;
    for (const Vertex v : g.vertices_of(NodeKind::actor)) {
        const graph::ActorNode& a = g.actor(v);
        if (lower_ascii(a.id) == want || lower_ascii(a.name) == want)
            by_name.push_back(v);
        else if (std::any_of(a.aliases.begin(), a.aliases.end(),
                             [&](const std::string& al) { return lower_ascii(al) == want; }))
            by_alias.push_back(v);
    }
    const std::vector<Vertex>& found = by_name.empty() ? by_alias : by_name;
    if (found.size() == 1) return found.front();
    // The same exit codes as `tkg query`: 4 for nobody by that name, 5 for several.
    if (found.empty())
        throw NotFoundError("no actor named '" + std::string(name) + "' in the graph");
    std::string ids;
    for (const Vertex v : found) ids += (ids.empty() ? "" : ", ") + g.actor(v).id;
    throw AmbiguousError("the name '" + std::string(name) + "' fits several actors: " + ids +
                         " (give the id)");
}

namespace {

// The nodes and edges a view keeps, before its graph is built.
Picked pick(const TimelineGraph& g, const ViewOptions& options, const Selection& sel) {
    const bool ego = !options.actor.empty();
    const std::optional<Vertex> center =
        ego ? std::optional<Vertex>(find_actor_by_name(g, options.actor)) : std::nullopt;
    Picked p = options.kind == ViewKind::actors ? pick_actors(g, sel)
                                                : pick_full(g, sel, options.filtered());
    if (center) p = ego_network(g, sel, p, *center, options.depth);
    return p;
}

}  // namespace

View make_view(const TimelineGraph& g, const ViewOptions& options) {
    const Selection sel(g, options);
    const Picked p = pick(g, options, sel);
    View view =
        options.kind == ViewKind::events ? events_chain(g, p) : to_view(g, options.kind, sel, p);
    for (const ViewVertex v : boost::make_iterator_range(boost::vertices(view.graph)))
        view.graph[v].degree = boost::degree(v, view.graph);
    return view;
}

std::vector<Vertex> view_events(const TimelineGraph& g, ViewOptions options) {
    // The events of the full view, without building its graph.
    options.kind = ViewKind::full;
    const Selection sel(g, options);
    std::vector<char> kept(boost::num_vertices(g.graph()), 0);
    for (const Vertex v : pick(g, options, sel).nodes) kept[v] = 1;
    std::vector<Vertex> out;
    for (const Vertex v : g.events_by_date())
        if (kept[v] && g.kind(v) == NodeKind::event) out.push_back(v);
    return out;
}

}  // namespace tkg::exporters
