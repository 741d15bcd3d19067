// Groups of actors in the network: connected components (Boost.Graph's incremental_components,
// a union-find over the edges, which works for the network's two-way directed edges as for
// undirected graphs), or communities that maximize modularity (Louvain: local moving and
// aggregation, repeated).
//
//   ActorNetwork net(graph);
//   Communities c = find_communities(net, {}, CommunityMethod::louvain);
//   for (const auto& group : c.groups) ...   // actors, best connected first
//
// Louvain here is deterministic: vertices are visited in index order, a vertex moves only for a
// strictly better modularity gain, and ties keep the community seen first, so the same graph
// always gives the same groups. It finds a local optimum of modularity, as Louvain does, not
// the global one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <boost/graph/incremental_components.hpp>
#include <boost/pending/disjoint_sets.hpp>
#include <boost/property_map/property_map.hpp>

#include "tkg/graph/query_network.hpp"

namespace tkg::graph {

enum class CommunityMethod : std::uint8_t { components, louvain };
std::string_view to_string(CommunityMethod m);
std::optional<CommunityMethod> parse_community_method(std::string_view s);

// Undirected edges as pairs of vertex indexes; a pair may repeat (parallel edges weigh more).
using EdgePairs = std::vector<std::pair<std::size_t, std::size_t>>;

template <class G>
EdgePairs edge_pairs(const G& g) {
    EdgePairs out;
    const auto index = get(boost::vertex_index, g);
    for (auto [e, end] = boost::edges(g); e != end; ++e)
        out.emplace_back(get(index, boost::source(*e, g)), get(index, boost::target(*e, g)));
    return out;
}

// A component label per vertex index (0 .. k-1, numbered by their lowest vertex), for any BGL
// graph with a vertex index; an edge joins its ends whichever way it points.
template <class G>
std::vector<std::size_t> component_labels(const G& g) {
    const std::size_t n = boost::num_vertices(g);
    const auto index = get(boost::vertex_index, g);
    std::vector<std::size_t> rank(n, 0), parent(n, 0);
    using Map = boost::iterator_property_map<std::vector<std::size_t>::iterator,
                                             std::remove_const_t<decltype(index)>>;
    boost::disjoint_sets<Map, Map> sets(Map(rank.begin(), index), Map(parent.begin(), index));
    boost::initialize_incremental_components(g, sets);
    boost::incremental_components(g, sets);
    std::vector<std::size_t> label(n, 0), number(n, SIZE_MAX);
    std::size_t count = 0;
    for (auto [v, end] = boost::vertices(g); v != end; ++v) {
        const std::size_t root = get(index, sets.find_set(*v));
        if (number[root] == SIZE_MAX) number[root] = count++;
        label[get(index, *v)] = number[root];
    }
    return label;
}

// A community label per vertex (0 .. k-1, numbered by their lowest vertex).
std::vector<std::size_t> louvain_labels(std::size_t vertices, const EdgePairs& edges);

// Newman's modularity of a labelling: the share of edges inside groups minus the share
// expected if edges were placed at random with the same degrees. 0 for a graph without edges.
double modularity(std::size_t vertices, const EdgePairs& edges,
                  const std::vector<std::size_t>& labels);

struct Communities {
    CommunityMethod method = CommunityMethod::components;
    // Groups of actors that have at least one relation: largest first, ties by their earliest
    // actor; in each, the actors with most relations first.
    std::vector<std::vector<Vertex>> groups;
    std::size_t isolated = 0;  // actors with no relation (under the filter)
    double modularity = 0;     // of the grouping, isolated actors as groups of their own
};

Communities find_communities(const ActorNetwork& network, const RelationFilter& filter,
                             CommunityMethod method);

}  // namespace tkg::graph
