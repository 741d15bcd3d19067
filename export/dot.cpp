// Graphviz DOT. Nodes are filled with their kind's colour and placed where layout_view() put
// them ("pos", in points), so `neato -n2` draws tkg's layout as it is, while `dot`, `neato` or
// `sfdp` lay the graph out themselves. Every name is a double-quoted DOT string with quotes and
// backslashes escaped; tkg's own fields (kind, dates) ride along as extra attributes, which
// Graphviz keeps in its output and otherwise ignores.
#include <cmath>

#include <boost/range/iterator_range.hpp>

#include "attributes.hpp"
#include "exporters.hpp"
#include "text.hpp"

namespace tkg::exporters {
namespace {

constexpr double kPointsPerUnit = 2.0;  // layout units are too tight for 10-point labels

std::string fixed2(double v) {
    const double r = std::round(v * 100.0) / 100.0;
    return format_double(r == 0.0 ? 0.0 : r);
}

void attr(std::string& out, std::string_view name, std::string_view quoted_value) {
    out += out.back() == '[' ? "" : ", ";
    out += name;
    out += '=';
    out += quoted_value;
}

class DotExporter final : public SingleFileExporter {
  public:
    DotExporter() : SingleFileExporter("dot", "graph.dot") {}

  protected:
    void write_one(const graph::TimelineGraph& tg, std::ostream& os,
                   const ExportOptions& options) const override {
        const View view = laid_out_view(tg, options);
        const ViewGraph& g = view.graph;
        const bool directed = view.directed() || view.mixed();
        const std::string_view arrow = directed ? " -> " : " -- ";
        std::string out;
        out += "// tkg event-timeline graph, " + std::string(to_string(view.kind)) + " view.\n";
        out += "// As laid out by tkg: neato -n2 -Tpng graph.dot -o graph.png\n";
        out += directed ? "digraph tkg {\n" : "graph tkg {\n";
        out +=
            "  graph [outputorder=edgesfirst, overlap=false, splines=true, pad=0.3, "
            "fontname=\"Helvetica\"];\n"
            "  node [shape=ellipse, style=filled, color=\"#ffffff\", fontname=\"Helvetica\", "
            "fontsize=10, fontcolor=\"#ffffff\"];\n"
            "  edge [color=\"#00000066\", fontname=\"Helvetica\", fontsize=8, "
            "fontcolor=\"#444444\"];\n";
        for (const ViewVertex v : boost::make_iterator_range(boost::vertices(g))) {
            const ViewNode& n = g[v];
            out += "  " + dot_quoted(n.id) + " [";
            attr(out, "label", dot_quoted(n.label));
            attr(out, "fillcolor", dot_quoted(node_color(view, v)));
            attr(out, "pos",
                 dot_quoted(fixed2(n.x * kPointsPerUnit) + "," + fixed2(n.y * kPointsPerUnit)));
            attr(out, "kind", dot_quoted(to_string(n.kind)));
            if (n.period) {
                attr(out, "first_day", dot_quoted(n.period->start_string()));
                attr(out, "last_day", dot_quoted(n.period->end_string()));
            }
            out += "];\n";
            if (out.size() > (1u << 20)) flush(os, out);
        }
        for (const ViewEdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
            const ViewEdge& ve = g[e];
            out += "  " + dot_quoted(g[boost::source(e, g)].id) + std::string(arrow) +
                   dot_quoted(g[boost::target(e, g)].id) + " [";
            attr(out, "label", dot_quoted(ve.label));
            attr(out, "weight", std::to_string(ve.weight));
            attr(out, "penwidth",
                 fixed2(1.0 + std::log2(static_cast<double>(ve.weight))));  // 1, 2, 2.58 ...
            attr(out, "kind", dot_quoted(to_string(ve.kind)));
            if (directed && !ve.directed) attr(out, "dir", "none");
            if (ve.period) {
                attr(out, "first_day", dot_quoted(ve.period->start_string()));
                attr(out, "last_day", dot_quoted(ve.period->end_string()));
            }
            out += "];\n";
            if (out.size() > (1u << 20)) flush(os, out);
        }
        out += "}\n";
        flush(os, out);
    }
};

}  // namespace

std::unique_ptr<Exporter> make_dot_exporter() { return std::make_unique<DotExporter>(); }

}  // namespace tkg::exporters
