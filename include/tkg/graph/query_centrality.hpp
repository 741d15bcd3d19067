// The most central actors of the network by degree, PageRank or betweenness, computed by
// Boost.Graph's own algorithms (all_degree_centralities, page_rank,
// brandes_betweenness_centrality) over the actor network or any view of it.
//
//   ActorNetwork net(graph);
//   for (const RankedActor& r : top_actors(net, {.by = Centrality::pagerank, .n = 10})) ...
//
// The network links actors both ways (see query_network.hpp). PageRank is normalized to sum to 1
// over the actors; betweenness counts each pair of actors once; degree counts relations, so two
// actors linked by "met_with" and "criticized" add 2 to each other's degree. Betweenness is
// exact and costs O(actors x relations): fine for thousands of actors, slow for millions.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/degree_centrality.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/property_map/property_map.hpp>

#include "tkg/graph/query_network.hpp"

namespace tkg::graph {

enum class Centrality : std::uint8_t { degree, pagerank, betweenness };
std::string_view to_string(Centrality c);
std::optional<Centrality> parse_centrality(std::string_view s);

// Scores by vertex index, for any BGL graph with a vertex index. Vertices a view leaves out
// score 0.
template <class G>
std::vector<double> degree_scores(const G& g) {
    std::vector<double> score(boost::num_vertices(g), 0.0);
    boost::all_degree_centralities(
        g, boost::make_iterator_property_map(score.begin(), get(boost::vertex_index, g)));
    return score;
}

namespace detail {
// page_rank's stopping rule: the ranks moved less than `tolerance` in total (relative to their
// sum) since the last step, or `max_steps` were taken.
template <class G>
struct RanksSettled {
    const G* g;
    double tolerance;
    std::size_t max_steps;
    std::vector<double> previous;
    std::size_t steps = 0;

    template <class RankMap>
    bool operator()(const RankMap& rank, const G&) {
        double moved = 0, total = 0;
        const bool first = previous.empty();
        if (first) previous.assign(boost::num_vertices(*g), 0.0);
        for (auto [v, end] = boost::vertices(*g); v != end; ++v) {
            const auto i = get(boost::vertex_index, *g, *v);
            const double r = get(rank, *v);
            moved += std::abs(r - previous[i]);
            total += r;
            previous[i] = r;
        }
        return (!first && moved <= tolerance * total) || steps++ >= max_steps;
    }
};
}  // namespace detail

// PageRank with damping 0.85. BGL's page_rank iterates r = (1 - d) + d * sum(r(u) / deg(u))
// and lets the rank of actors without relations leak away; normalized, that fixed point is
// exactly the PageRank in which such actors jump to a random actor, so it is normalized here.
template <class G>
std::vector<double> pagerank_scores(const G& g, double damping = 0.85, double tolerance = 1e-10,
                                    std::size_t max_steps = 1000) {
    std::vector<double> score(boost::num_vertices(g), 0.0);
    std::size_t n = 0;
    for (auto [v, end] = boost::vertices(g); v != end; ++v) ++n;
    if (n == 0) return score;
    auto rank = boost::make_iterator_property_map(score.begin(), get(boost::vertex_index, g));
    boost::graph::page_rank(g, rank, detail::RanksSettled<G>{&g, tolerance, max_steps, {}}, damping,
                            n);
    double total = 0;
    for (const double s : score) total += s;
    if (total > 0)
        for (double& s : score) s /= total;
    return score;
}

// Brandes' betweenness as BGL defines it: on a directed graph the pairs (s, t) and (t, s)
// count apart.
template <class G>
std::vector<double> betweenness_scores(const G& g) {
    std::vector<double> score(boost::num_vertices(g), 0.0);
    boost::brandes_betweenness_centrality(
        g, boost::centrality_map(
               boost::make_iterator_property_map(score.begin(), get(boost::vertex_index, g)))
               .vertex_index_map(get(boost::vertex_index, g)));
    return score;
}

struct RankedActor {
    Vertex actor;
    double score = 0;
};

struct TopOptions {
    Centrality by = Centrality::degree;
    std::size_t n = 10;               // 0: all
    std::optional<ActorType> kind{};  // only actors of this type are listed (scores use all)
    RelationFilter filter{};          // which relations make the network
};

// The n highest-scoring actors, highest first; equal scores (to 9 significant digits) by
// mentions, then name.
std::vector<RankedActor> top_actors(const ActorNetwork& network, const TopOptions& options);

}  // namespace tkg::graph
