// ActorNetwork: the actors and the relations between them, as a Boost.Graph for the questions
// that look at the whole network (paths, centrality, communities). "Joe Biden met X" and "X
// criticized Joe Biden" both link the two, whichever way the relation points, so every
// relation is stored both ways: out_edges(v) are all of v's relations, and BGL's algorithms
// for directed graphs see the undirected network. Each edge remembers its relation edge in the
// TimelineGraph, which keeps the real direction, dates and evidence. Network vertex i is actor
// i of the TimelineGraph.
//
// The network is a compressed sparse row graph, built once per loaded graph: PageRank walks
// every edge a hundred times, and contiguous arrays make each walk several times faster than
// linked edge lists. A date window or a choice of relation types is then a NetworkSelection: a
// boost::filtered_graph view of the network (a mask over its edges), not a copy.
//
//   ActorNetwork net(graph);
//   RelationFilter november{{}, {DateValue::parse("2023-11"), DateValue::parse("2023-11")}};
//   NetworkSelection selection(net, november);
//   auto ranks = pagerank_scores(selection.view());
#pragma once

#include <cstdint>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/filtered_graph.hpp>

#include "tkg/graph/query_filter.hpp"
#include "tkg/graph/timeline_graph.hpp"

namespace tkg::graph {

struct NetworkEdge {
    Edge relation;            // the relation edge in the TimelineGraph
    std::uint32_t index = 0;  // its relation index
};

using NetworkGraph =
    boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, NetworkEdge>;
using NetworkVertex = NetworkGraph::vertex_descriptor;
using NetworkEdgeId = NetworkGraph::edge_descriptor;

class ActorNetwork {
  public:
    explicit ActorNetwork(const TimelineGraph& timeline);
    ActorNetwork(const ActorNetwork&) = delete;
    ActorNetwork& operator=(const ActorNetwork&) = delete;

    const TimelineGraph& timeline() const noexcept { return timeline_; }
    const NetworkGraph& graph() const noexcept { return g_; }
    Vertex actor(NetworkVertex v) const { return actors_.at(v); }
    NetworkVertex vertex(Vertex actor) const { return timeline_.graph()[actor].index; }
    // Each relation is two edges, one each way; this is the one from its source.
    bool forward(const NetworkEdgeId& e) const {
        return actor(boost::source(e, g_)) == boost::source(g_[e].relation, timeline_.graph());
    }

  private:
    const TimelineGraph& timeline_;
    std::vector<Vertex> actors_;  // by network vertex
    NetworkGraph g_;
};

// Edge predicate of a NetworkSelection's view: an edge passes when the mask admits it (no mask
// admits all). It also carries the view's degrees; see out_degree below.
class AdmittedRelations {
  public:
    AdmittedRelations() = default;  // filtered_graph's iterators need a default-constructible one
    AdmittedRelations(const NetworkGraph& g, const std::vector<char>* mask,
                      const std::vector<std::uint32_t>* degrees)
        : g_(&g), mask_(mask), degrees_(degrees) {}

    bool operator()(const NetworkEdgeId& e) const {
        return mask_ == nullptr || (*mask_)[get(boost::edge_index, *g_, e)] != 0;
    }
    std::size_t degree(NetworkVertex v) const {
        return degrees_ == nullptr ? boost::out_degree(v, *g_) : (*degrees_)[v];
    }

  private:
    const NetworkGraph* g_ = nullptr;
    const std::vector<char>* mask_ = nullptr;
    const std::vector<std::uint32_t>* degrees_ = nullptr;
};

using NetworkView = boost::filtered_graph<NetworkGraph, AdmittedRelations>;

// The relations of a network that pass a filter, as a view. Not copyable: the view points
// into it. A trivial filter (every type, no window) needs no mask.
class NetworkSelection {
  public:
    NetworkSelection(const ActorNetwork& network, const RelationFilter& filter);
    NetworkSelection(const NetworkSelection&) = delete;
    NetworkSelection& operator=(const NetworkSelection&) = delete;

    const ActorNetwork& network() const noexcept { return network_; }
    const NetworkView& view() const noexcept { return view_; }

  private:
    const ActorNetwork& network_;
    std::vector<char> mask_;              // by edge index
    std::vector<std::uint32_t> degrees_;  // by network vertex, under the mask
    NetworkView view_;
};

// The degree of `v` in a selection, in constant time. BGL's out_degree for any filtered_graph
// counts the edges that pass one by one, and page_rank asks for degrees in its inner loop.
// Found by argument-dependent lookup from inside BGL's algorithms, and preferred to BGL's
// template as a non-template.
NetworkView::degree_size_type out_degree(NetworkVertex v, const NetworkView& view);

}  // namespace tkg::graph
