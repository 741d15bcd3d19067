// Groups of actors in the network: connected components (Boost.Graph's connected_components),
// or communities that maximize modularity (Louvain: local moving and aggregation, repeated).
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
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/graph/connected_components.hpp>
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

// A component label per vertex index, for any undirected BGL graph with a vertex index.
template <class G>
std::vector<std::size_t> component_labels(const G& g) {
    std::vector<std::size_t> label(boost::num_vertices(g), 0);
    boost::connected_components(
        g, boost::make_iterator_property_map(label.begin(), get(boost::vertex_index, g)));
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
