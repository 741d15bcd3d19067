// GEXF 1.3 for Gephi (and networkx, graphology). Dynamic: actors exist from their first to their
// last sighting, events over their dates, relations from first to last evidence, so Gephi's
// Timeline plays the story. What Gephi needs, learned from its importer and issue tracker:
// dates always as full YYYY-MM-DD (a bare year would be read as milliseconds in intervals);
// start <= end; the viz elements in the viz namespace; a mixed graph without defaultedgetype
// and with a type on every edge; parallel edges with distinct kinds and ids (else Gephi merges
// them); never a weight of 0 (Gephi drops the edge); attribute ids equal to their titles.
#include <boost/range/iterator_range.hpp>

#include "attributes.hpp"
#include "exporters.hpp"
#include "text.hpp"
#include "tkg/export/xml_escape.hpp"

namespace tkg::exporters {
namespace {

std::string_view gexf_type(AttrType t) {
    switch (t) {
        case AttrType::integer:
            return "integer";
        case AttrType::real:
            return "double";
        case AttrType::string:
            break;
    }
    return "string";
}

// name="value" with the value escaped, on one line (labels are xs:token).
void xml_attr(std::string& out, std::string_view name, std::string_view value) {
    out += ' ';
    out += name;
    out += "=\"";
    append_xml_escaped_line(out, value);
    out += '"';
}

void period_attrs(std::string& out, const std::optional<DayInterval>& p) {
    if (!p) return;
    xml_attr(out, "start", p->start_string());
    xml_attr(out, "end", p->end_string());
}

void attvalues(std::string& out, const std::vector<Attr>& attrs) {
    if (attrs.empty()) return;
    out += "        <attvalues>\n";
    for (const Attr& a : attrs) {
        out += "          <attvalue";
        xml_attr(out, "for", a.name);
        xml_attr(out, "value", a.value);
        out += "/>\n";
    }
    out += "        </attvalues>\n";
}

// Marks in `used` the specs that `attrs` has values for.
void mark_used(std::span<const AttrSpec> specs, const std::vector<Attr>& attrs,
               std::vector<char>& used) {
    for (const Attr& a : attrs)
        for (std::size_t i = 0; i < specs.size(); ++i)
            if (specs[i].name == a.name) used[i] = 1;
}

// Declares the attributes some node (or edge) has, in the shared order; id equals title.
void declarations(std::string& out, std::string_view cls, std::span<const AttrSpec> specs,
                  const std::vector<char>& used) {
    out += "    <attributes class=\"";
    out += cls;
    out += "\" mode=\"static\">\n";
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (!used[i]) continue;
        out += "      <attribute";
        xml_attr(out, "id", specs[i].name);
        xml_attr(out, "title", specs[i].name);
        xml_attr(out, "type", gexf_type(specs[i].type));
        out += "/>\n";
    }
    out += "    </attributes>\n";
}

// r="31" g="119" b="180" from "#1f77b4".
void append_rgb(std::string& out, std::string_view hex) {
    auto nibble = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
    const char* names[] = {"r=\"", "\" g=\"", "\" b=\""};
    for (std::size_t i = 0; i < 3; ++i) {
        out += names[i];
        out += std::to_string(nibble(hex[1 + 2 * i]) * 16 + nibble(hex[2 + 2 * i]));
    }
    out += '"';
}

class GexfExporter final : public SingleFileExporter {
  public:
    GexfExporter() : SingleFileExporter("gexf", "graph.gexf") {}

  protected:
    void write_one(const graph::TimelineGraph& tg, std::ostream& os,
                   const ExportOptions& options) const override {
        const View view = laid_out_view(tg, options);
        write_gexf(view, os);
    }
};

}  // namespace

void write_gexf(const View& view, std::ostream& os) {
    const ViewGraph& g = view.graph;
    // A first pass finds the attributes in use and whether anything is dated; the attribute
    // values are computed again as they are written rather than held for the whole graph.
    const auto node_specs = node_attribute_specs();
    const auto edge_specs = edge_attribute_specs();
    std::vector<char> node_used(node_specs.size(), 0), edge_used(edge_specs.size(), 0);
    bool dynamic = false;
    for (const ViewVertex v : boost::make_iterator_range(boost::vertices(g))) {
        mark_used(node_specs, node_attributes(view, v), node_used);
        dynamic = dynamic || g[v].period.has_value();
    }
    for (const ViewEdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
        mark_used(edge_specs, edge_attributes(view, e), edge_used);
        dynamic = dynamic || g[e].period.has_value();
    }

    std::string out;
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out +=
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
        "version=\"1.3\">\n";
    out += "  <meta>\n    <creator>tkg</creator>\n    <description>";
    append_xml_escaped(out,
                       "tkg event-timeline graph, " + std::string(to_string(view.kind)) + " view");
    out += "</description>\n  </meta>\n";
    out += "  <graph";
    if (dynamic)
        out += " mode=\"dynamic\" timeformat=\"date\"";
    else
        out += " mode=\"static\"";
    // A mixed graph has no default edge type; every edge says its own.
    if (!view.mixed())
        out +=
            view.directed() ? " defaultedgetype=\"directed\"" : " defaultedgetype=\"undirected\"";
    out += ">\n";
    declarations(out, "node", node_specs, node_used);
    declarations(out, "edge", edge_specs, edge_used);
    out += "    <nodes count=\"" + std::to_string(boost::num_vertices(g)) + "\">\n";
    for (const ViewVertex v : boost::make_iterator_range(boost::vertices(g))) {
        const ViewNode& n = g[v];
        out += "      <node";
        xml_attr(out, "id", n.id);
        xml_attr(out, "label", n.label);
        period_attrs(out, n.period);
        out += ">\n";
        attvalues(out, node_attributes(view, v));
        out += "        <viz:color ";
        append_rgb(out, node_color(view, v));
        out += "/>\n        <viz:position x=\"";
        out += format_double(n.x);
        out += "\" y=\"";
        out += format_double(n.y);
        out += "\" z=\"0\"/>\n        <viz:size value=\"";
        out += format_double(node_size(view, v));
        out += "\"/>\n";
        out += "      </node>\n";
        if (out.size() > (1u << 20)) flush(os, out);
    }
    out += "    </nodes>\n";
    out += "    <edges count=\"" + std::to_string(boost::num_edges(g)) + "\">\n";
    std::size_t i = 0;
    for (const ViewEdgeDesc d : boost::make_iterator_range(boost::edges(g))) {
        const ViewEdge& e = g[d];
        out += "      <edge id=\"e";  // not xml_attr("e" + ...): GCC 12 -Wrestrict false positive
        out += std::to_string(i++);
        out += '"';
        xml_attr(out, "source", g[boost::source(d, g)].id);
        xml_attr(out, "target", g[boost::target(d, g)].id);
        xml_attr(out, "type", e.directed ? "directed" : "undirected");
        // The kind tells parallel edges apart (met_with and criticized between the same
        // two actors); Gephi would merge edges of one kind.
        xml_attr(out, "kind", e.label);
        xml_attr(out, "label", e.label);
        xml_attr(out, "weight", std::to_string(e.weight));
        period_attrs(out, e.period);
        out += ">\n";
        attvalues(out, edge_attributes(view, d));
        out += "      </edge>\n";
        if (out.size() > (1u << 20)) flush(os, out);
    }
    out += "    </edges>\n  </graph>\n</gexf>\n";
    flush(os, out);
}

std::unique_ptr<Exporter> make_gexf_exporter() { return std::make_unique<GexfExporter>(); }

}  // namespace tkg::exporters
