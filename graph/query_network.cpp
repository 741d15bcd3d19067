#include "tkg/graph/query_network.hpp"

#include <utility>

namespace tkg::graph {
namespace {

NetworkGraph build_network(const TimelineGraph& timeline, const std::vector<Vertex>& actors) {
    const Graph& tg = timeline.graph();
    std::vector<std::pair<std::size_t, std::size_t>> ends;
    std::vector<NetworkEdge> props;
    ends.reserve(2 * timeline.relation_count());
    props.reserve(2 * timeline.relation_count());
    // Actors in order, each relation from its source and then back: the edge order, and so
    // which of two equally short paths a search finds, is the same on every run.
    for (std::size_t a = 0; a < actors.size(); ++a)
        for (auto [e, end] = boost::out_edges(actors[a], tg); e != end; ++e) {
            if (tg[*e].kind != EdgeKind::relation) continue;
            const std::size_t b = tg[boost::target(*e, tg)].index;
            const NetworkEdge edge{*e, tg[*e].index};
            ends.emplace_back(a, b);
            props.push_back(edge);
            ends.emplace_back(b, a);
            props.push_back(edge);
        }
    return NetworkGraph(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(),
                        props.begin(), actors.size());
}

}  // namespace

ActorNetwork::ActorNetwork(const TimelineGraph& timeline)
    : timeline_(timeline),
      actors_(timeline.vertices_of(NodeKind::actor)),
      g_(build_network(timeline, actors_)) {}

NetworkSelection::NetworkSelection(const ActorNetwork& network, const RelationFilter& filter)
    : network_(network),
      view_(network.graph(), AdmittedRelations(network.graph(), nullptr, nullptr)) {
    if (filter.trivial()) return;
    const NetworkGraph& g = network.graph();
    // Each relation is judged once, though it is two edges.
    enum : char { unknown = 2 };
    std::vector<char> admitted(network.timeline().relation_count(), unknown);
    mask_.assign(boost::num_edges(g), 0);
    degrees_.assign(boost::num_vertices(g), 0);
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        char& verdict = admitted[g[*e].index];
        if (verdict == unknown)
            verdict = admits_relation(network.timeline(), g[*e].relation, filter) ? 1 : 0;
        if (verdict == 0) continue;
        mask_[get(boost::edge_index, g, *e)] = 1;
        ++degrees_[boost::source(*e, g)];
    }
    view_.m_edge_pred = AdmittedRelations(g, &mask_, &degrees_);
}

NetworkView::degree_size_type out_degree(NetworkVertex v, const NetworkView& view) {
    return view.m_edge_pred.degree(v);
}

}  // namespace tkg::graph
