// Cytoscape.js elements JSON, in the .cyjs layout Cytoscape desktop also opens:
// {"format_version", "data", "elements": {"nodes": [{"data", "position"}], "edges": [{"data"}]}}.
// Nodes carry "name" (Cytoscape's label column) and "value" (the key networkx's
// cytoscape_graph() reads); edges a per-pair "key", so networkx keeps parallel relations apart.
// Positions come from layout_view(), with y flipped: Cytoscape.js draws y downwards.

#include <boost/range/iterator_range.hpp>

#include "exporters.hpp"
#include "json_out.hpp"
#include "tkg/graph/multigraph_keys.hpp"

namespace tkg::exporters {
namespace {

class CytoscapeExporter final : public SingleFileExporter {
  public:
    CytoscapeExporter() : SingleFileExporter("cytoscape", "graph.cyjs") {}

  protected:
    void write_one(const graph::TimelineGraph& tg, std::ostream& os,
                   const ExportOptions& options) const override {
        const View view = laid_out_view(tg, options);
        const ViewGraph& g = view.graph;
        std::string out =
            "{\"format_version\":\"1.0\",\"generated_by\":\"tkg\","
            "\"target_cytoscapejs_version\":\"~3.0\",";
        out += view.directed() ? "\"directed\":true," : "\"directed\":false,";
        out += "\"multigraph\":true,\"data\":";
        out += graph_meta_json(view);
        out += ",\n\"elements\":{\"nodes\":";
        JsonLinesArray nodes(os, out);
        for (const ViewVertex v : boost::make_iterator_range(boost::vertices(g))) {
            const ViewNode& n = g[v];
            nodes.add([&](JsonWriter& w) {
                w.StartObject();
                w.Key("data");
                w.StartObject();
                json_field(w, "id", n.id);
                json_field(w, "value", n.id);
                json_field(w, "name", n.label);
                json_field(w, "label", n.label);
                json_attributes(w, node_attributes(view, v));
                json_field(w, "color", node_color(view, v));
                w.Key("size");
                w.Double(node_size(view, v));
                w.EndObject();
                w.Key("position");
                w.StartObject();
                w.Key("x");
                w.Double(n.x);
                w.Key("y");
                w.Double(n.y == 0 ? 0.0 : -n.y);
                w.EndObject();
                w.EndObject();
            });
        }
        const std::vector<std::uint32_t> keys =
            graph::multigraph_keys(g, boost::make_iterator_range(boost::edges(g)));
        std::size_t i = 0;
        nodes.close();
        out += ",\n\"edges\":";
        JsonLinesArray edges(os, out);
        for (const ViewEdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
            const ViewEdge& ve = g[e];
            const ViewVertex s = boost::source(e, g), t = boost::target(e, g);
            edges.add([&](JsonWriter& w) {
                w.StartObject();
                w.Key("data");
                w.StartObject();
                std::string id = std::to_string(i);
                id.insert(id.begin(), 'e');  // not "e" + ...: GCC 12 -Wrestrict false positive
                json_field(w, "id", id);
                json_field(w, "source", g[s].id);
                json_field(w, "target", g[t].id);
                w.Key("key");
                w.Uint(keys[i]);
                json_field(w, "label", ve.label);
                w.Key("weight");
                w.Uint(ve.weight);
                json_attributes(w, edge_attributes(view, e));
                w.EndObject();
                w.EndObject();
            });
            ++i;
        }
        edges.close();
        out += "}}\n";
        flush(os, out);
    }
};

}  // namespace

std::unique_ptr<Exporter> make_cytoscape_exporter() {
    return std::make_unique<CytoscapeExporter>();
}

}  // namespace tkg::exporters
