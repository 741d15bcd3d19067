// Multigraph edge keys as networkx numbers them: each edge's position among the edges that join
// the same two nodes (in that direction), in the order the edges are given. graph.json and the
// Cytoscape.js export write them so that parallel edges stay apart when loaded.
//
//   multigraph_keys({{1, 2}, {2, 1}, {1, 2}})  // {0, 0, 1}
#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace tkg::graph {

// Found by sorting rather than through a map of every edge: a graph of millions of edges needs
// a few bytes per edge for a moment, not a tree node each.
std::vector<std::uint32_t> multigraph_keys(
    std::span<const std::pair<std::uint64_t, std::uint64_t>> ends);

// The keys of `edges` (a range of edges of the Boost graph `g`), in their order.
template <class Graph, class Edges>
std::vector<std::uint32_t> multigraph_keys(const Graph& g, const Edges& edges) {
    std::vector<std::pair<std::uint64_t, std::uint64_t>> ends;
    for (const auto e : edges) ends.emplace_back(source(e, g), target(e, g));  // Boost, by ADL
    return multigraph_keys(ends);
}

}  // namespace tkg::graph
