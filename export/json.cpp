// Node-link JSON, as D3 and networkx read it. It is tkg's own graph.json, so the exporter is the
// graph library's writer: without a view or filter the output is graph.json byte for byte;
// with one, it is the graph.json of the part the view keeps, which every tkg command reads
// again (filter once, then export the result in any format). The events view keeps its events;
// their chain is their date order, which graph.json does not store as links.
#include <boost/range/iterator_range.hpp>

#include "exporters.hpp"
#include "tkg/graph/graph_json.hpp"

namespace tkg::exporters {
namespace {

graph::TimelineGraph subgraph(const View& view) {
    using namespace graph;
    const TimelineGraph& tg = view.tg();
    const ViewGraph& g = view.graph;
    TimelineGraph out;
    std::vector<Vertex> local(boost::num_vertices(g));
    for (const ViewVertex v : boost::make_iterator_range(boost::vertices(g))) {
        const Vertex src = g[v].vertex;
        switch (g[v].kind) {
            case NodeKind::actor:
                local[v] = out.add_actor_node(tg.actor(src));
                break;
            case NodeKind::event:
                local[v] = out.add_event_node(tg.event(src));
                break;
            case NodeKind::article:
                local[v] = out.add_article_node(tg.article(src));
                break;
        }
    }
    for (const ViewEdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
        const ViewEdge& ve = g[e];
        if (!ve.edge) continue;  // "next" links of the events view
        const Vertex s = local[boost::source(e, g)], t = local[boost::target(e, g)];
        switch (ve.kind) {
            case ViewEdgeKind::participant:
                out.add_participant_edge(s, t, tg.graph()[*ve.edge].role);
                break;
            case ViewEdgeKind::relation:
                out.add_relation_edge(s, t, tg.relation(*ve.edge));
                break;
            case ViewEdgeKind::provenance:
                out.add_provenance_edge(s, t);
                break;
            case ViewEdgeKind::next:
                break;
        }
    }
    return out;
}

class JsonExporter final : public SingleFileExporter {
  public:
    JsonExporter() : SingleFileExporter("json", "graph.json") {}

  protected:
    void write_one(const graph::TimelineGraph& g, std::ostream& out,
                   const ExportOptions& options) const override {
        if (options.view.kind == ViewKind::full && !options.view.filtered()) {
            graph::write_graph_json(g, out);
            return;
        }
        graph::write_graph_json(subgraph(make_view(g, options.view)), out);
    }
};

}  // namespace

std::unique_ptr<Exporter> make_json_exporter() { return std::make_unique<JsonExporter>(); }

}  // namespace tkg::exporters
