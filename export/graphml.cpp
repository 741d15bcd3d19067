// GraphML for Gephi, yEd, networkx and igraph. Every <key> declares its domain (node or edge)
// and a type from the GraphML set; labels go through keys named "label"; no domain attribute is
// called size, color, x, y or weight, which Gephi would take for visual properties.
#include <array>

#include "exporters.hpp"
#include "tkg/export/xml_escape.hpp"

namespace tkg::exporters {
namespace {

struct Key {
    const char* id;
    const char* domain;  // "node" or "edge"
    const char* type;    // GraphML attr.type
};

constexpr std::array<Key, 28> kKeys = {{
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
    {"e_label", "edge", "string"},     {"e_kind", "edge", "string"},
    {"role", "edge", "string"},        {"relation", "edge", "string"},
    {"first", "edge", "string"},       {"last", "edge", "string"},
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

std::string join(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    for (const auto& s : items) {
        if (!out.empty()) out += sep;
        out += s;
    }
    return out;
}

std::string roles_text(const std::vector<graph::Role>& roles) {
    std::string out;
    for (const auto& r : roles) {
        if (!out.empty()) out += "; ";
        out += r.title;
        if (!r.org.empty()) out += " of " + r.org;
        if (r.from || r.to)
            out += " (" + (r.from ? r.from->to_string() : std::string()) + ".." +
                   (r.to ? r.to->to_string() : std::string()) + ")";
    }
    return out;
}

class GraphmlExporter final : public Exporter {
  public:
    std::string_view name() const override { return "graphml"; }
    std::string_view file_name() const override { return "graph.graphml"; }

    void write(const graph::TimelineGraph& tg, std::ostream& os,
               const ExportOptions&) const override {
        using namespace graph;
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
        out += "  <key id=\"count\" for=\"edge\" attr.name=\"count\" attr.type=\"int\"/>\n";
        out += "  <graph id=\"tkg\" edgedefault=\"directed\">\n";
        GraphmlWriter w(out);
        const Graph& g = tg.graph();
        for (const NodeKind kind : {NodeKind::actor, NodeKind::event, NodeKind::article}) {
            for (const Vertex v : tg.vertices_of(kind)) {
                // GraphML ids are NMTOKENs; the id as graph.json writes it is kept in tkg_id.
                const std::string id = node_id(tg, v);
                out += "    <node id=\"";
                out += xml_nmtoken(id);
                out += "\">\n";
                w.data("kind", to_string(kind));
                w.data("tkg_id", id);
                if (kind == NodeKind::actor) {
                    const ActorNode& a = tg.actor(v);
                    w.data("label", a.name);
                    w.data("actor_type", to_string(a.type));
                    w.data("aliases", join(a.aliases, "|"));
                    w.data("roles", roles_text(a.roles));
                    w.data("country", a.country);
                    w.data("sector", a.sector);
                    w.data("cameo_actor", a.cameo());
                    w.data("mentions", std::to_string(a.mentions));
                    w.data("first_seen", a.first_seen);
                    w.data("last_seen", a.last_seen);
                } else if (kind == NodeKind::event) {
                    const EventNode& e = tg.event(v);
                    w.data("label", tg.event_summary(v));
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
                    const ArticleNode& a = tg.article(v);
                    w.data("label", a.title.empty() ? a.id : a.title);
                    w.data("date", a.date);
                    w.data("url", a.url);
                }
                out += "    </node>\n";
            }
            flush(os, out);
        }
        std::size_t n = 0;
        for (const Edge e : tg.edges_in_order()) {
            const EdgeProps& p = g[e];
            out += "    <edge id=\"e" + std::to_string(n++) + "\" source=\"";
            out += xml_nmtoken(node_id(tg, boost::source(e, g)));
            out += "\" target=\"";
            out += xml_nmtoken(node_id(tg, boost::target(e, g)));
            out += "\">\n";
            w.data("e_kind", to_string(p.kind));
            if (p.kind == EdgeKind::participant) {
                w.data("e_label", to_string(p.role));
                w.data("role", to_string(p.role));
            } else if (p.kind == EdgeKind::relation) {
                const RelationEdge& r = tg.relation(e);
                w.data("e_label", r.type);
                w.data("relation", r.type);
                w.data("first", r.first);
                w.data("last", r.last);
                w.data("count", std::to_string(r.count));
            } else {
                w.data("e_label", "reported in");
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
