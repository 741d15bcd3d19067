#include "tkg/export/layout.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <numeric>
#include <vector>

#include <boost/graph/circle_layout.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/kamada_kawai_spring_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/range/iterator_range.hpp>

namespace tkg::exporters {
namespace {

constexpr double kSpacing = 80.0;             // ideal edge length, in layout units
constexpr std::size_t kSmallComponent = 300;  // nodes; up to here Kamada-Kawai
constexpr std::size_t kBigComponent = 1000;   // nodes; bigger ones start from a spiral
// Between packed components: wider than any edge, so that components read as apart.
constexpr double kGap = 2 * kSpacing;

double round2(double v) {
    const double r = std::round(v * 100.0) / 100.0;
    return r == 0.0 ? 0.0 : r;  // no "-0.00" in the output
}

// The smallest box holding every position (at least one).
struct Bounds {
    double min_x, min_y, max_x, max_y;
};
Bounds bounds(const std::vector<std::pair<double, double>>& pos) {
    Bounds b{pos[0].first, pos[0].second, pos[0].first, pos[0].second};
    for (const auto& [x, y] : pos) {
        b.min_x = std::min(b.min_x, x);
        b.max_x = std::max(b.max_x, x);
        b.min_y = std::min(b.min_y, y);
        b.max_y = std::max(b.max_y, y);
    }
    return b;
}

// Centres positions on the origin and rounds them.
void place(View& view, const std::vector<std::pair<double, double>>& pos) {
    const auto [min_x, min_y, max_x, max_y] = bounds(pos);
    const double cx = (min_x + max_x) / 2, cy = (min_y + max_y) / 2;
    for (std::size_t i = 0; i < pos.size(); ++i) {
        view.graph[i].x = round2(pos[i].first - cx);
        view.graph[i].y = round2(pos[i].second - cy);
    }
}

// Scales positions into a box of side kSpacing * sqrt(n) centred on the origin, keeping the
// aspect ratio, and rounds them: the files stay small and readable.
void fit(View& view, std::vector<std::pair<double, double>>& pos) {
    if (pos.empty()) return;
    const auto [min_x, min_y, max_x, max_y] = bounds(pos);
    const double side = kSpacing * std::sqrt(static_cast<double>(pos.size()));
    const double extent = std::max(max_x - min_x, max_y - min_y);
    const double scale = extent > 0 ? side / extent : 1.0;
    const double cx = (min_x + max_x) / 2, cy = (min_y + max_y) / 2;
    for (std::size_t i = 0; i < pos.size(); ++i) {
        view.graph[i].x = round2((pos[i].first - cx) * scale);
        view.graph[i].y = round2((pos[i].second - cy) * scale);
    }
}

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Box = std::array<double, 4>;  // min x, min y, max x, max y

// Fruchterman-Reingold's forces with the ideal edge length fixed at kSpacing. Boost derives
// the length from the size of the box instead, and in a box just big enough for that length
// the leaves of a star end up squeezed against the border; here the box is three times wider.
struct Attraction {
    template <typename E, typename G>
    double operator()(E, double, double d, const G&) const {
        return d * d / kSpacing;
    }
};
// As in Fruchterman and Reingold's grid variant, nodes farther apart than two ideal lengths do
// not push each other, so long chains do not stretch without end.
struct Repulsion {
    template <typename V, typename G>
    double operator()(V, V, double, double d, const G&) const {
        return d < 2 * kSpacing ? kSpacing * kSpacing / d : 0.0;
    }
};

// The pairs of nodes close enough to push each other (within two ideal lengths), found through
// a grid of cells that wide. Boost's grid_force_pairs sizes its cells from the area of the box
// instead of its side, so large that every pair is visited: quadratic in the node count.
template <typename PositionMap>
struct NearPairs {
    PositionMap position;

    template <typename Graph, typename ApplyForce>
    void operator()(const Graph& g, ApplyForce apply_force) const {
        constexpr double kCell = 2 * kSpacing;
        const std::size_t n = boost::num_vertices(g);
        double min_x = get(position, 0)[0], min_y = get(position, 0)[1];
        double max_x = min_x, max_y = min_y;
        for (std::size_t v = 0; v < n; ++v) {
            min_x = std::min(min_x, get(position, v)[0]);
            min_y = std::min(min_y, get(position, v)[1]);
            max_x = std::max(max_x, get(position, v)[0]);
            max_y = std::max(max_y, get(position, v)[1]);
        }
        const auto columns = static_cast<std::size_t>((max_x - min_x) / kCell) + 1;
        const auto rows = static_cast<std::size_t>((max_y - min_y) / kCell) + 1;
        auto cell_of = [&](std::size_t v) {
            return std::pair{static_cast<std::size_t>((get(position, v)[0] - min_x) / kCell),
                             static_cast<std::size_t>((get(position, v)[1] - min_y) / kCell)};
        };
        std::vector<std::vector<std::size_t>> cells(columns * rows);
        for (std::size_t v = 0; v < n; ++v) {
            const auto [c, r] = cell_of(v);
            cells[r * columns + c].push_back(v);
        }
        for (std::size_t u = 0; u < n; ++u) {
            const auto [c, r] = cell_of(u);
            for (std::size_t rr = r == 0 ? 0 : r - 1; rr <= std::min(r + 1, rows - 1); ++rr)
                for (std::size_t cc = c == 0 ? 0 : c - 1; cc <= std::min(c + 1, columns - 1); ++cc)
                    for (const std::size_t v : cells[rr * columns + cc]) {
                        const double dx = get(position, u)[0] - get(position, v)[0];
                        const double dy = get(position, u)[1] - get(position, v)[1];
                        if (v != u && dx * dx + dy * dy < kCell * kCell) apply_force(u, v);
                    }
        }
    }
};

// Kamada-Kawai's stop rule (energy change under 0.1%), with a cap on the rounds so that an
// oscillating layout still ends.
struct KamadaKawaiDone {
    boost::layout_tolerance<double> tolerance{0.001};
    std::size_t global_rounds = 0, local_rounds = 0;

    template <typename Graph>
    bool operator()(double delta_p, typename boost::graph_traits<Graph>::vertex_descriptor p,
                    const Graph& g, bool global) {
        if (global ? ++global_rounds > 2000 : ++local_rounds > 200000) return true;
        if (global) local_rounds = 0;
        return tolerance(delta_p, p, g, global);
    }
};

// Fruchterman-Reingold on one connected component, from a fixed start rather than a random one:
// a circle in vertex order, which untangles small graphs best, or for a big component a
// sunflower spiral, whose even density keeps the grid above sparse from the first step.
std::vector<std::pair<double, double>> component_layout(const Undirected& u, bool forces) {
    using Topology = boost::square_topology<>;
    using Point = Topology::point_type;
    const std::size_t n = boost::num_vertices(u);
    if (n == 1) return {{0.0, 0.0}};
    if (n == 2) return {{-0.75 * kSpacing, 0.0}, {0.75 * kSpacing, 0.0}};  // room for labels
    std::vector<Point> points(n);
    auto pmap =
        boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, u));
    // The box only bounds the nodes; it is wide enough never to squeeze them.
    const Topology topology(3 * kSpacing * std::sqrt(static_cast<double>(n)));
    if (n <= kBigComponent) {
        boost::circle_graph_layout(u, pmap, kSpacing * std::sqrt(static_cast<double>(n)) / 2);
    } else {
        constexpr double kGoldenAngle = 2.399963229728653;
        for (std::size_t i = 0; i < n; ++i) {
            const double r = kSpacing * std::sqrt(static_cast<double>(i) + 0.5) / 2;
            const double a = kGoldenAngle * static_cast<double>(i);
            points[i][0] = r * std::cos(a);
            points[i][1] = r * std::sin(a);
        }
    }
    auto positions = [&] {
        std::vector<std::pair<double, double>> pos(n);
        for (std::size_t i = 0; i < n; ++i) pos[i] = {points[i][0], points[i][1]};
        return pos;
    };
    if (!forces) return positions();
    if (n <= kSmallComponent) {
        // Small components: Kamada-Kawai, which places nodes at their graph distance (edges of
        // one ideal length) and untangles small graphs better than forces do. Its cost grows
        // with the cube of the node count, hence only here.
        boost::kamada_kawai_spring_layout(
            u, pmap, boost::make_constant_property<Undirected::edge_descriptor>(1.0), topology,
            boost::edge_length(kSpacing), KamadaKawaiDone());
        return positions();
    }
    // Fewer rounds for big components keep a large export fast; a small one gets 200.
    const auto rounds = static_cast<std::size_t>(
        std::clamp(200.0 * std::sqrt(2000.0 / static_cast<double>(n)), 50.0, 200.0));
    // The topology draws a random point only to separate two nodes that sit exactly on top of
    // each other; its generator has a fixed default seed, so that too is reproducible.
    boost::fruchterman_reingold_force_directed_layout(
        u, pmap, topology,
        boost::attractive_force(Attraction())
            .repulsive_force(Repulsion())
            .force_pairs(NearPairs<decltype(pmap)>{pmap})
            .cooling(boost::linear_cooling<double>(rounds)));
    return positions();
}

// The connected component of every vertex (direction ignored), numbered in the order of their
// first vertex as Boost's connected_components numbers them; returns how many there are.
// Union-find over the edge list: no copy of the graph, four bytes or so per vertex.
std::size_t components(const ViewGraph& g, std::vector<std::size_t>& comp) {
    const std::size_t n = boost::num_vertices(g);
    std::vector<std::size_t> parent(n);
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    auto root = [&](std::size_t v) {
        while (parent[v] != v) v = parent[v] = parent[parent[v]];
        return v;
    };
    for (const auto e : boost::make_iterator_range(boost::edges(g))) {
        const std::size_t a = root(boost::source(e, g)), b = root(boost::target(e, g));
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
    comp.assign(n, 0);
    std::vector<std::size_t> number(n, n);
    std::size_t count = 0;
    for (std::size_t v = 0; v < n; ++v) {
        const std::size_t r = root(v);
        if (number[r] == n) number[r] = count++;
        comp[v] = number[r];
    }
    return count;
}

// Each connected component is laid out on its own (left together, small components would be
// pushed to the border and pile up there), then the components are packed in rows, largest
// first, like words on a page.
void force_directed(View& view, bool forces) {
    const ViewGraph& g = view.graph;
    const std::size_t n = boost::num_vertices(g);
    if (n == 0) return;
    std::vector<std::size_t> comp;
    const std::size_t count = components(g, comp);
    std::vector<std::vector<std::size_t>> members(count);
    for (std::size_t v = 0; v < n; ++v) members[comp[v]].push_back(v);
    std::stable_sort(members.begin(), members.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });

    std::vector<std::pair<double, double>> pos(n);
    std::vector<Box> boxes;
    std::vector<std::size_t> local(n);
    double area = 0, widest = 0;
    // Without forces a component's edges do not matter: only its size does.
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> links(forces ? count : 0);
    if (forces)
        for (const auto e : boost::make_iterator_range(boost::edges(g)))
            links[comp[boost::source(e, g)]].emplace_back(boost::source(e, g), boost::target(e, g));
    for (const auto& m : members) {
        for (std::size_t i = 0; i < m.size(); ++i) local[m[i]] = i;
        Undirected u(m.size());
        if (forces)
            for (const auto& [a, b] : links[comp[m.front()]])
                boost::add_edge(local[a], local[b], u);
        const auto p = component_layout(u, forces);
        Box box{p[0].first, p[0].second, p[0].first, p[0].second};
        for (std::size_t i = 0; i < m.size(); ++i) {
            pos[m[i]] = p[i];
            box = {std::min(box[0], p[i].first), std::min(box[1], p[i].second),
                   std::max(box[2], p[i].first), std::max(box[3], p[i].second)};
        }
        boxes.push_back(box);
        area += (box[2] - box[0] + kGap) * (box[3] - box[1] + kGap);
        widest = std::max(widest, box[2] - box[0] + kGap);
    }
    // Rows about as wide as the packed picture is tall; y goes down from row to row.
    const double row_width = std::max(widest, 1.2 * std::sqrt(area));
    double x = 0, y = 0, row_height = 0;
    for (std::size_t c = 0; c < members.size(); ++c) {
        const Box& b = boxes[c];
        const double w = b[2] - b[0] + kGap, h = b[3] - b[1] + kGap;
        if (x > 0 && x + w > row_width) {
            x = 0;
            y -= row_height;
            row_height = 0;
        }
        for (const std::size_t v : members[c])
            pos[v] = {pos[v].first - b[0] + x, pos[v].second - b[3] + y};
        x += w;
        row_height = std::max(row_height, h);
    }
    place(view, pos);
}

// x from the date (a day is one unit before fitting), y stacks the events of one start day.
void timeline(View& view) {
    const ViewGraph& g = view.graph;
    const std::size_t n = boost::num_vertices(g);
    std::vector<std::pair<double, double>> pos(n);
    std::vector<int> lane(n);
    std::map<date::sys_days, int> per_day;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& p = g[i].period;
        const date::sys_days day = p ? p->start : date::sys_days{};
        lane[i] = per_day[day]++;
        pos[i] = {static_cast<double>(day.time_since_epoch().count()), 0.0};
    }
    fit(view, pos);
    for (std::size_t i = 0; i < n; ++i) view.graph[i].y = round2(-lane[i] * kSpacing);
}

}  // namespace

void layout_view(View& view) {
    if (view.kind == ViewKind::events)
        timeline(view);
    else
        force_directed(view, boost::num_vertices(view.graph) <= kForceLayoutLimit);
    view.positioned = true;
}

void layout_view(View& view, LayoutCache* cache) {
    if (cache)
        cache->apply(view);
    else
        layout_view(view);
}

void LayoutCache::apply(View& view) {
    ViewGraph& g = view.graph;
    const std::size_t n = boost::num_vertices(g);
    const std::lock_guard lock(mutex_);
    for (const Entry& e : entries_) {
        if (e.source != view.source || e.kind != view.kind || e.vertices.size() != n) continue;
        bool same = true;
        for (std::size_t i = 0; i < n && same; ++i) same = e.vertices[i] == g[i].vertex;
        if (!same) continue;
        for (std::size_t i = 0; i < n; ++i) {
            g[i].x = e.xy[i].first;
            g[i].y = e.xy[i].second;
        }
        view.positioned = true;
        return;
    }
    layout_view(view);
    Entry e;
    e.source = view.source;
    e.kind = view.kind;
    e.vertices.reserve(n);
    e.xy.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        e.vertices.push_back(g[i].vertex);
        e.xy.emplace_back(g[i].x, g[i].y);
    }
    entries_.push_back(std::move(e));
}

}  // namespace tkg::exporters
