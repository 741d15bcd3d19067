#include "tkg/graph/query_path.hpp"

#include <algorithm>

namespace tkg::graph {

std::optional<std::vector<PathHop>> shortest_path(const ActorNetwork& network, Vertex from,
                                                  Vertex to, const PathOptions& options) {
    const NetworkSelection selection(network, options.filter);
    const NetworkView& view = selection.view();
    const auto edges =
        fewest_hops(view, network.vertex(from), network.vertex(to), options.max_hops);
    if (!edges) return std::nullopt;

    const TimelineGraph& timeline = network.timeline();
    std::vector<PathHop> hops;
    NetworkVertex at = network.vertex(from);
    for (const NetworkEdgeId& step : *edges) {
        const NetworkVertex next =
            boost::source(step, view) == at ? boost::target(step, view) : boost::source(step, view);
        PathHop hop{network.actor(at), network.actor(next), {}};
        // The search needed one edge; the reader wants every relation behind the hop.
        for (auto [e, end] = boost::out_edges(at, view); e != end; ++e)
            if (boost::target(*e, view) == next)
                if (auto hit = relation_hit(timeline, view[*e].relation, options.filter.window,
                                            options.max_evidence))
                    hop.relations.push_back(std::move(*hit));
        std::stable_sort(
            hop.relations.begin(), hop.relations.end(),
            [](const RelationHit& x, const RelationHit& y) { return x.count > y.count; });
        hops.push_back(std::move(hop));
        at = next;
    }
    return hops;
}

}  // namespace tkg::graph
