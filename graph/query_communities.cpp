#include "tkg/graph/query_communities.hpp"

#include <algorithm>
#include <array>
#include <numeric>

namespace tkg::graph {
namespace {

constexpr std::array<std::string_view, 2> kMethods = {"components", "louvain"};

// One level of Louvain: a weighted graph whose vertices are the communities of the level
// below. Each edge is in both endpoints' lists; the weight inside a vertex is `inside`.
struct Level {
    std::vector<std::vector<std::pair<std::size_t, double>>> adj;
    std::vector<double> inside;  // weight of the edges merged into this vertex, each once

    std::size_t size() const { return adj.size(); }
    double strength(std::size_t u) const {
        double k = 2 * inside[u];
        for (const auto& [v, w] : adj[u]) k += w;
        return k;
    }
};

// Moves vertices between communities while modularity strictly improves. Returns the
// community of each vertex and whether any moved.
std::pair<std::vector<std::size_t>, bool> local_moving(const Level& level) {
    const std::size_t n = level.size();
    std::vector<double> k(n), total(n);
    double two_m = 0;
    for (std::size_t u = 0; u < n; ++u) {
        k[u] = level.strength(u);
        total[u] = k[u];
        two_m += k[u];
    }
    std::vector<std::size_t> community(n);
    std::iota(community.begin(), community.end(), std::size_t{0});
    if (two_m == 0) return {community, false};

    std::vector<double> weight_to(n, 0.0);  // u's edge weight to each community, per visit
    std::vector<std::size_t> seen;          // communities touched, in order of first sight
    bool any = false;
    constexpr double kMinGain = 1e-12;  // a move must beat rounding noise, or passes never end
    for (int pass = 0; pass < 1000; ++pass) {
        bool moved = false;
        for (std::size_t u = 0; u < n; ++u) {
            if (k[u] == 0) continue;
            const std::size_t own = community[u];
            seen.clear();
            seen.push_back(own);
            for (const auto& [v, w] : level.adj[u]) {
                const std::size_t c = community[v];
                if (weight_to[c] == 0 && c != own) seen.push_back(c);
                weight_to[c] += w;
            }
            total[own] -= k[u];
            // Gain of joining c, up to a positive factor: w(u, c) - total(c) * k(u) / 2m.
            std::size_t best = own;
            double best_gain = weight_to[own] - total[own] * k[u] / two_m;
            for (const std::size_t c : seen) {
                const double gain = weight_to[c] - total[c] * k[u] / two_m;
                if (gain > best_gain + kMinGain) {
                    best = c;
                    best_gain = gain;
                }
            }
            for (const std::size_t c : seen) weight_to[c] = 0;
            total[best] += k[u];
            if (best != own) {
                community[u] = best;
                moved = any = true;
            }
        }
        if (!moved) break;
    }
    return {community, any};
}

// The graph of communities: one vertex per community, numbered by their lowest member.
Level aggregate(const Level& level, std::vector<std::size_t>& community) {
    std::vector<std::size_t> number(level.size(), SIZE_MAX);
    std::size_t count = 0;
    for (auto& c : community) {
        if (number[c] == SIZE_MAX) number[c] = count++;
        c = number[c];
    }
    Level up;
    up.adj.resize(count);
    up.inside.assign(count, 0.0);
    for (std::size_t u = 0; u < level.size(); ++u) {
        const std::size_t cu = community[u];
        up.inside[cu] += level.inside[u];
        for (const auto& [v, w] : level.adj[u]) {
            const std::size_t cv = community[v];
            if (cu != cv)
                up.adj[cu].emplace_back(cv, w);
            else if (u < v)
                up.inside[cu] += w;
        }
    }
    for (auto& list : up.adj) {
        std::sort(list.begin(), list.end());
        std::vector<std::pair<std::size_t, double>> merged;
        for (const auto& [v, w] : list) {
            if (!merged.empty() && merged.back().first == v)
                merged.back().second += w;
            else
                merged.emplace_back(v, w);
        }
        list.swap(merged);
    }
    return up;
}

}  // namespace

std::string_view to_string(CommunityMethod m) { return kMethods[static_cast<std::size_t>(m)]; }

std::optional<CommunityMethod> parse_community_method(std::string_view s) {
    for (std::size_t i = 0; i < kMethods.size(); ++i)
        if (kMethods[i] == s) return static_cast<CommunityMethod>(i);
    return std::nullopt;
}

std::vector<std::size_t> louvain_labels(std::size_t vertices, const EdgePairs& edges) {
    Level level;
    level.adj.resize(vertices);
    level.inside.assign(vertices, 0.0);
    for (const auto& [u, v] : edges) {
        if (u == v) {
            level.inside[u] += 1;
            continue;
        }
        level.adj[u].emplace_back(v, 1.0);
        level.adj[v].emplace_back(u, 1.0);
    }
    std::vector<std::size_t> label(vertices);
    std::iota(label.begin(), label.end(), std::size_t{0});
    while (true) {
        auto [community, moved] = local_moving(level);
        if (!moved) break;
        level = aggregate(level, community);
        for (auto& l : label) l = community[l];
    }
    // Number the final groups by their lowest vertex.
    std::vector<std::size_t> number(vertices, SIZE_MAX);
    std::size_t count = 0;
    for (auto& l : label) {
        if (number[l] == SIZE_MAX) number[l] = count++;
        l = number[l];
    }
    return label;
}

double modularity(std::size_t vertices, const EdgePairs& edges,
                  const std::vector<std::size_t>& labels) {
    if (edges.empty()) return 0;
    std::vector<double> inside(vertices, 0.0), total(vertices, 0.0);
    for (const auto& [u, v] : edges) {
        if (labels[u] == labels[v]) inside[labels[u]] += 1;
        total[labels[u]] += 1;
        total[labels[v]] += 1;
    }
    const double m = static_cast<double>(edges.size());
    double q = 0;
    for (std::size_t c = 0; c < vertices; ++c)
        q += inside[c] / m - (total[c] / (2 * m)) * (total[c] / (2 * m));
    return q;
}

Communities find_communities(const ActorNetwork& network, const RelationFilter& filter,
                             CommunityMethod method) {
    const NetworkSelection selection(network, filter);
    const NetworkView& view = selection.view();
    const std::size_t n = boost::num_vertices(view);
    // The network holds each relation both ways; groups count it once.
    EdgePairs edges;
    for (auto [e, end] = boost::edges(view); e != end; ++e)
        if (network.forward(*e))
            edges.emplace_back(boost::source(*e, view), boost::target(*e, view));
    const std::vector<std::size_t> labels =
        method == CommunityMethod::louvain ? louvain_labels(n, edges) : component_labels(view);

    Communities out;
    out.method = method;
    out.modularity = modularity(n, edges, labels);
    std::vector<std::vector<NetworkVertex>> groups(n);
    for (NetworkVertex v = 0; v < n; ++v) {
        if (out_degree(v, view) == 0)
            ++out.isolated;
        else
            groups[labels[v]].push_back(v);
    }
    std::erase_if(groups, [](const auto& g) { return g.empty(); });
    // Members are in vertex order, so front() is each group's earliest actor.
    std::stable_sort(groups.begin(), groups.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
    const TimelineGraph& g = network.timeline();
    for (auto& group : groups) {
        std::stable_sort(group.begin(), group.end(), [&](NetworkVertex x, NetworkVertex y) {
            const auto dx = out_degree(x, view), dy = out_degree(y, view);
            if (dx != dy) return dx > dy;
            const ActorNode& a = g.actor(network.actor(x));
            const ActorNode& b = g.actor(network.actor(y));
            if (a.mentions != b.mentions) return a.mentions > b.mentions;
            return a.name < b.name;
        });
        std::vector<Vertex> actors;
        actors.reserve(group.size());
        for (const NetworkVertex v : group) actors.push_back(network.actor(v));
        out.groups.push_back(std::move(actors));
    }
    return out;
}

}  // namespace tkg::graph
