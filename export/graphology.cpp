// graphology's serialized format, which sigma.js draws: {"attributes", "options", "nodes":
// [{"key", "attributes"}], "edges": [{"key", "source", "target", "attributes"}]}. Sigma reads
// numeric x, y, size, color and label from node attributes, and would take a node attribute
// named "type" for the name of a drawing program: tkg's kinds go in "kind", "actor_type" and
// "event_type" instead. The graph is a multigraph: parallel relations stay apart.
#include <cmath>

#include <boost/range/iterator_range.hpp>

#include "exporters.hpp"
#include "json_out.hpp"

namespace tkg::exporters {
namespace {

class GraphologyExporter final : public SingleFileExporter {
  public:
    GraphologyExporter() : SingleFileExporter("graphology", "graph.graphology.json") {}

  protected:
    void write_one(const graph::TimelineGraph& tg, std::ostream& os,
                   const ExportOptions& options) const override {
        const View view = laid_out_view(tg, options);
        const ViewGraph& g = view.graph;
        const bool mixed = view.mixed();
        std::string out = "{\"attributes\":";
        out += graph_meta_json(view);
        out += ",\n\"options\":{\"type\":\"";
        out += mixed ? "mixed" : view.directed() ? "directed" : "undirected";
        out += "\",\"multi\":true,\"allowSelfLoops\":true},\n\"nodes\":";
        JsonLinesArray nodes(os, out);
        for (const ViewVertex v : boost::make_iterator_range(boost::vertices(g))) {
            const ViewNode& n = g[v];
            nodes.add([&](JsonWriter& w) {
                w.StartObject();
                json_field(w, "key", n.id);
                w.Key("attributes");
                w.StartObject();
                json_field(w, "label", n.label);
                w.Key("x");
                w.Double(n.x);
                w.Key("y");
                w.Double(n.y);
                w.Key("size");
                w.Double(node_size(view, v));
                json_field(w, "color", node_color(view, v));
                json_attributes(w, node_attributes(view, v));
                w.EndObject();
                w.EndObject();
            });
        }
        std::size_t i = 0;
        nodes.close();
        out += ",\n\"edges\":";
        JsonLinesArray edges(os, out);
        for (const ViewEdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
            const ViewEdge& ve = g[e];
            edges.add([&](JsonWriter& w) {
                w.StartObject();
                json_field(w, "key", "e" + std::to_string(i++));
                json_field(w, "source", g[boost::source(e, g)].id);
                json_field(w, "target", g[boost::target(e, g)].id);
                if (mixed && !ve.directed) {
                    w.Key("undirected");
                    w.Bool(true);
                }
                w.Key("attributes");
                w.StartObject();
                json_field(w, "label", ve.label);
                w.Key("weight");
                w.Uint(ve.weight);
                // Sigma's edge thickness; the square root keeps heavy edges readable.
                w.Key("size");
                w.Double(std::round(std::sqrt(static_cast<double>(ve.weight)) * 100.0) / 100.0);
                json_attributes(w, edge_attributes(view, e));
                w.EndObject();
                w.EndObject();
            });
        }
        edges.close();
        out += "}\n";
        flush(os, out);
    }
};

}  // namespace

std::unique_ptr<Exporter> make_graphology_exporter() {
    return std::make_unique<GraphologyExporter>();
}

}  // namespace tkg::exporters
