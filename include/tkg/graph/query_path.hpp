// The shortest chain of relations between two actors: breadth-first search over the actor
// network (or any view of it), fewest hops first, each hop with the relations that make it and
// their evidence.
//
//   ActorNetwork net(graph);
//   if (auto hops = shortest_path(net, biden, netanyahu, {.max_hops = 4}))
//       for (const PathHop& h : *hops) ...   // h.from -> h.to, h.relations
//
// fewest_hops() is the algorithm itself, for any BGL graph with a vertex index.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/graph_traits.hpp>
#include <boost/property_map/property_map.hpp>

#include "tkg/graph/query.hpp"
#include "tkg/graph/query_network.hpp"

namespace tkg::graph {

namespace detail {
struct PathFound {};
struct PathTooLong {};

// Records the BFS tree and stops the search as soon as it has the answer: BGL's documented way
// to end a search early is to throw from the visitor.
template <class G>
struct PathRecorder : boost::default_bfs_visitor {
    using V = typename boost::graph_traits<G>::vertex_descriptor;
    using E = typename boost::graph_traits<G>::edge_descriptor;
    V goal;
    std::size_t max_hops;
    std::vector<E>* parent;
    std::vector<std::size_t>* hops;

    void tree_edge(const E& e, const G& g) const {
        const V s = boost::source(e, g), t = boost::target(e, g);
        const auto ti = get(boost::vertex_index, g, t);
        (*parent)[ti] = e;
        (*hops)[ti] = (*hops)[get(boost::vertex_index, g, s)] + 1;
        // BFS discovers vertices in order of distance: the first one beyond the limit means
        // the goal is not within it.
        if ((*hops)[ti] > max_hops) throw PathTooLong{};
        if (t == goal) throw PathFound{};
    }
};
}  // namespace detail

// The edges of a shortest path from `from` to `to` with at most `max_hops` edges, in order;
// empty when from == to; nullopt when there is none. Ties go to the edge found first, so the
// answer is the same on every run.
template <class G>
std::optional<std::vector<typename boost::graph_traits<G>::edge_descriptor>> fewest_hops(
    const G& g, typename boost::graph_traits<G>::vertex_descriptor from,
    typename boost::graph_traits<G>::vertex_descriptor to, std::size_t max_hops) {
    using E = typename boost::graph_traits<G>::edge_descriptor;
    std::vector<E> path;
    if (from == to) return path;
    std::vector<E> parent(boost::num_vertices(g));
    std::vector<std::size_t> hops(boost::num_vertices(g), 0);
    detail::PathRecorder<G> recorder;
    recorder.goal = to;
    recorder.max_hops = max_hops;
    recorder.parent = &parent;
    recorder.hops = &hops;
    try {
        boost::breadth_first_search(g, from, boost::visitor(recorder));
        return std::nullopt;  // the search ended without reaching `to`
    } catch (const detail::PathTooLong&) {
        return std::nullopt;
    } catch (const detail::PathFound&) {
    }
    for (auto v = to; v != from;) {
        const E e = parent[get(boost::vertex_index, g, v)];
        path.push_back(e);
        v = boost::source(e, g) == v ? boost::target(e, g) : boost::source(e, g);
    }
    return std::vector<E>(path.rbegin(), path.rend());
}

struct PathHop {
    Vertex from;
    Vertex to;
    std::vector<RelationHit> relations;  // every relation between the two that passes
};

struct PathOptions {
    RelationFilter filter{};
    std::size_t max_hops = 6;
    std::size_t max_evidence = 1;  // per relation; 0 keeps all
};

// The hops of a shortest path from actor `from` to actor `to`, or nullopt if there is none
// within max_hops.
std::optional<std::vector<PathHop>> shortest_path(const ActorNetwork& network, Vertex from,
                                                  Vertex to, const PathOptions& options = {});

}  // namespace tkg::graph
