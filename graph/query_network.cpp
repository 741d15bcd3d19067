#include "tkg/graph/query_network.hpp"

namespace tkg::graph {

ActorNetwork::ActorNetwork(const TimelineGraph& timeline)
    : timeline_(timeline), actors_(timeline.vertices_of(NodeKind::actor)), g_(actors_.size()) {
    const Graph& tg = timeline.graph();
    for (const Vertex a : actors_)
        for (auto [e, end] = boost::out_edges(a, tg); e != end; ++e)
            if (tg[*e].kind == EdgeKind::relation)
                boost::add_edge(vertex(a), vertex(boost::target(*e, tg)),
                                NetworkEdge{*e, tg[*e].index}, g_);
}

NetworkSelection::NetworkSelection(const ActorNetwork& network, const RelationFilter& filter)
    : network_(network),
      view_(network.graph(), AdmittedRelations(network.graph(), nullptr, nullptr)) {
    if (filter.trivial()) return;
    const NetworkGraph& g = network.graph();
    mask_.assign(network.timeline().relation_count(), 0);
    degrees_.assign(boost::num_vertices(g), 0);
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        if (!admits_relation(network.timeline(), g[*e].relation, filter)) continue;
        mask_[g[*e].index] = 1;
        ++degrees_[boost::source(*e, g)];
        ++degrees_[boost::target(*e, g)];
    }
    view_.m_edge_pred = AdmittedRelations(g, &mask_, &degrees_);
}

NetworkView::degree_size_type out_degree(NetworkVertex v, const NetworkView& view) {
    return view.m_edge_pred.degree(v);
}

}  // namespace tkg::graph
