#include "tkg/graph/query_centrality.hpp"

#include <algorithm>
#include <array>

namespace tkg::graph {
namespace {

constexpr std::array<std::string_view, 3> kCentralities = {"degree", "pagerank", "betweenness"};

// Symmetric actors get scores that differ only in the last bits of floating-point sums; rounding
// to 9 significant digits makes them equal, so the tie-breaking by name decides, on any machine.
double round_significant(double x) {
    if (x == 0 || !std::isfinite(x)) return x;
    const double scale = std::pow(10.0, 8 - std::floor(std::log10(std::abs(x))));
    return std::round(x * scale) / scale;
}

}  // namespace

std::string_view to_string(Centrality c) { return kCentralities[static_cast<std::size_t>(c)]; }

std::optional<Centrality> parse_centrality(std::string_view s) {
    for (std::size_t i = 0; i < kCentralities.size(); ++i)
        if (kCentralities[i] == s) return static_cast<Centrality>(i);
    return std::nullopt;
}

std::vector<RankedActor> top_actors(const ActorNetwork& network, const TopOptions& options) {
    const NetworkSelection selection(network, options.filter);
    std::vector<double> score;
    switch (options.by) {
        case Centrality::degree:
            score = degree_scores(selection.view());
            break;
        case Centrality::pagerank:
            // Without a filter the network itself is the view; page_rank then skips the
            // predicate on each of its many passes over every edge.
            score = options.filter.trivial() ? pagerank_scores(network.graph())
                                             : pagerank_scores(selection.view());
            break;
        case Centrality::betweenness:
            // Brandes counts ordered pairs on a directed graph; the network has every relation
            // both ways, so each pair of actors is counted twice.
            score = betweenness_scores(selection.view());
            for (double& s : score) s /= 2;
            break;
    }
    const TimelineGraph& g = network.timeline();
    std::vector<RankedActor> ranked;
    for (NetworkVertex v = 0; v < score.size(); ++v) {
        const Vertex a = network.actor(v);
        if (options.kind && g.actor(a).type != *options.kind) continue;
        ranked.push_back({a, round_significant(score[v])});
    }
    auto before = [&](const RankedActor& x, const RankedActor& y) {
        if (x.score != y.score) return x.score > y.score;
        const ActorNode& a = g.actor(x.actor);
        const ActorNode& b = g.actor(y.actor);
        if (a.mentions != b.mentions) return a.mentions > b.mentions;
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    };
    const std::size_t n = options.n == 0 ? ranked.size() : std::min(options.n, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(n), ranked.end(),
                      before);
    ranked.resize(n);
    return ranked;
}

}  // namespace tkg::graph
