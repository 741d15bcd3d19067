// GraphML for Gephi, yEd, networkx and igraph. Every <key> declares its domain (node or edge)
// and a type from the GraphML set; labels go through keys named "label"; no domain attribute is
// called size, color, x, y or weight, which Gephi would take for visual properties (the weight
// of a relation is its "count"). One directedness per file: networkx refuses a mixed one.
#include <array>

#include <boost/range/iterator_range.hpp>

#include "exporters.hpp"
#include "text.hpp"
#include "tkg/export/xml_escape.hpp"

namespace tkg::exporters {
namespace {

struct Key {
    const char* id;
    const char* domain;  // "node" or "edge"
    const char* type;    // GraphML attr.type
};

constexpr std::array<Key, 33> kKeys = {{
    {"label", "node", "string"},       {"kind", "node", "string"},
    {"tkg_id", "node", "string"},      {"actor_type", "node", "string"},
    {"aliases", "node", "string"},     {"roles", "node", "string"},
    {"country", "node", "string"},     {"sector", "node", "string"},
    {"cameo_actor", "node", "string"}, {"mentions", "node", "int"},
    {"first_seen", "node", "string"},  {"last_seen", "node", "string"},
    {"event_type", "node", "string"},  {"cameo_event", "node", "string"},
    {"date", "node", "string"},        {"date_end", "node", "string"},
    {"date_from", "node", "string"},   {"polarity", "node", "string"},
    {"modality", "node", "string"},    {"confidence", "node", "double"},
    {"reports", "node", "int"},        {"url", "node", "string"},
    {"first_day", "node", "string"},   {"last_day", "node", "string"},
    {"e_label", "edge", "string"},     {"e_kind", "edge", "string"},
    {"role", "edge", "string"},        {"relation", "edge", "string"},
    {"first", "edge", "string"},       {"last", "edge", "string"},
    {"count", "edge", "int"},          {"e_first_day", "edge", "string"},
    {"e_last_day", "edge", "string"},
}};

class GraphmlWriter {
  public:
    explicit GraphmlWriter(std::string& out) : out_(out) {}

    void data(std::string_view key, std::string_view value) {
        if (value.empty()) return;
        out_ += "      <data key=\"";
        out_ += key;
        out_ += "\">";
        append_xml_escaped(out_, value);
        out_ += "</data>\n";
    }
    void data(std::string_view key, const std::optional<graph::DateValue>& d) {
        if (d) data(key, d->to_string());
    }

  private:
    std::string& out_;
};

class GraphmlExporter final : public SingleFileExporter {
  public:
    GraphmlExporter() : SingleFileExporter("graphml", "graph.graphml") {}

  protected:
    void write_one(const graph::TimelineGraph& tg, std::ostream& os,
                   const ExportOptions& options) const override {
        using namespace graph;
        const View view = make_view(tg, options.view);
        const ViewGraph& g = view.graph;
        std::string out;
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        out +=
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n";
        for (const Key& k : kKeys) {
            // Edge keys carry an "e_" id prefix where a node key has the same name; attr.name
            // is what clients show, so it stays plain.
            std::string_view attr = k.id;
            if (attr.substr(0, 2) == "e_") attr.remove_prefix(2);
            out += "  <key id=\"";
            out += k.id;
            out += "\" for=\"";
            out += k.domain;
            out += "\" attr.name=\"";
            out += attr;
            out += "\" attr.type=\"";
            out += k.type;
            out += "\"/>\n";
        }
        // GraphML has one default directedness; the view never mixes (networkx would refuse).
        out += view.directed() ? "  <graph id=\"tkg\" edgedefault=\"directed\">\n"
                               : "  <graph id=\"tkg\" edgedefault=\"undirected\">\n";
        GraphmlWriter w(out);
        for (const ViewVertex v : boost::make_iterator_range(boost::vertices(g))) {
            const ViewNode& n = g[v];
            // GraphML ids are NMTOKENs; the id as graph.json writes it is kept in tkg_id.
            out += "    <node id=\"";
            out += xml_nmtoken(n.id);
            out += "\">\n";
            w.data("kind", to_string(n.kind));
            w.data("tkg_id", n.id);
            w.data("label", n.label);
            if (n.kind == NodeKind::actor) {
                const ActorNode& a = tg.actor(n.vertex);
                w.data("actor_type", to_string(a.type));
                w.data("aliases", join_items(a.aliases));
                w.data("roles", roles_text(a.roles));
                w.data("country", a.country);
                w.data("sector", a.sector);
                w.data("cameo_actor", a.cameo());
                w.data("mentions", std::to_string(a.mentions));
                w.data("first_seen", a.first_seen);
                w.data("last_seen", a.last_seen);
            } else if (n.kind == NodeKind::event) {
                const EventNode& e = tg.event(n.vertex);
                w.data("event_type", e.type);
                w.data("cameo_event", e.cameo);
                w.data("date", e.date);
                w.data("date_end", e.end);
                w.data("date_from", e.date ? to_string(e.date_source) : std::string_view());
                w.data("polarity", to_string(e.polarity));
                w.data("modality", to_string(e.modality));
                w.data("confidence", format_double(e.confidence));
                w.data("reports", std::to_string(e.mentions.size()));
            } else {
                const ArticleNode& a = tg.article(n.vertex);
                w.data("date", a.date);
                w.data("url", a.url);
            }
            if (n.period) {
                w.data("first_day", n.period->start_string());
                w.data("last_day", n.period->end_string());
            }
            out += "    </node>\n";
            if (out.size() > (1u << 20)) flush(os, out);
        }
        std::size_t i = 0;
        for (const ViewEdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
            const ViewEdge& ve = g[e];
            out += "    <edge id=\"e" + std::to_string(i++) + "\" source=\"";
            out += xml_nmtoken(g[boost::source(e, g)].id);
            out += "\" target=\"";
            out += xml_nmtoken(g[boost::target(e, g)].id);
            out += "\">\n";
            w.data("e_kind", to_string(ve.kind));
            w.data("e_label", ve.label);
            if (ve.kind == ViewEdgeKind::participant) w.data("role", ve.label);
            if (ve.kind == ViewEdgeKind::relation && ve.edge) {
                const RelationEdge& r = tg.relation(*ve.edge);
                w.data("relation", r.type);
                w.data("first", r.first);
                w.data("last", r.last);
                w.data("count", std::to_string(ve.weight));
            }
            if (ve.period) {
                w.data("e_first_day", ve.period->start_string());
                w.data("e_last_day", ve.period->end_string());
            }
            out += "    </edge>\n";
            if (out.size() > (1u << 20)) flush(os, out);
        }
        out += "  </graph>\n</graphml>\n";
        flush(os, out);
    }
};

}  // namespace

std::unique_ptr<Exporter> make_graphml_exporter() { return std::make_unique<GraphmlExporter>(); }

}  // namespace tkg::exporters
