#include "tkg/graph/graph_json.hpp"

#include <ostream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "tkg/graph/multigraph_keys.hpp"

namespace tkg::graph {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void put(Writer& w, std::string_view s) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
void key(Writer& w, std::string_view k) { put(w, k); }
void put_or_null(Writer& w, std::string_view s) {
    if (s.empty())
        w.Null();
    else
        put(w, s);
}
void put_date(Writer& w, const std::optional<DateValue>& d) {
    if (d)
        put(w, d->to_string());
    else
        w.Null();
}
void put_span(Writer& w, Span s) {
    w.StartArray();
    w.Uint(s.begin);
    w.Uint(s.end);
    w.EndArray();
}

void write_actor(Writer& w, const std::string& nid, const ActorNode& a) {
    w.StartObject();
    key(w, "id");
    put(w, nid);
    key(w, "kind");
    put(w, "actor");
    key(w, "label");
    put(w, a.name);
    key(w, "type");
    put(w, to_string(a.type));
    key(w, "aliases");
    w.StartArray();
    for (const auto& al : a.aliases) put(w, al);
    w.EndArray();
    key(w, "roles");
    w.StartArray();
    for (const auto& r : a.roles) {
        w.StartObject();
        key(w, "title");
        put(w, r.title);
        key(w, "org");
        put_or_null(w, r.org);
        key(w, "from");
        put_date(w, r.from);
        key(w, "to");
        put_date(w, r.to);
        w.EndObject();
    }
    w.EndArray();
    key(w, "country");
    put_or_null(w, a.country);
    key(w, "sector");
    put_or_null(w, a.sector);
    key(w, "cameo");
    put_or_null(w, a.cameo());
    key(w, "mentions");
    w.Uint(a.mentions);
    key(w, "articles");
    w.Uint(a.articles);
    key(w, "first_seen");
    put_date(w, a.first_seen);
    key(w, "last_seen");
    put_date(w, a.last_seen);
    w.EndObject();
}

void write_event(Writer& w, const std::string& nid, const EventNode& e) {
    w.StartObject();
    key(w, "id");
    put(w, nid);
    key(w, "kind");
    put(w, "event");
    key(w, "label");
    put(w, e.mentions.empty() ? e.type : e.mentions.front().trigger_text);
    key(w, "type");
    put(w, e.type);
    key(w, "cameo");
    put(w, e.cameo);
    key(w, "date");
    put_date(w, e.date);
    key(w, "end");
    put_date(w, e.end);
    key(w, "date_from");
    put(w, to_string(e.date_source));
    key(w, "polarity");
    put(w, to_string(e.polarity));
    key(w, "modality");
    put(w, to_string(e.modality));
    key(w, "confidence");
    w.Double(e.confidence);
    key(w, "mentions");
    w.StartArray();
    for (const auto& m : e.mentions) {
        w.StartObject();
        key(w, "article");
        put(w, m.article);
        key(w, "trigger");
        put_span(w, m.trigger);
        key(w, "text");
        put(w, m.trigger_text);
        key(w, "sentence");
        put_span(w, m.sentence);
        key(w, "snippet");
        put(w, m.snippet);
        key(w, "date");
        put_date(w, m.date);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

void write_article(Writer& w, const std::string& nid, const ArticleNode& a) {
    w.StartObject();
    key(w, "id");
    put(w, nid);
    key(w, "kind");
    put(w, "article");
    key(w, "label");
    put(w, a.title.empty() ? a.id : a.title);
    key(w, "date");
    put_date(w, a.date);
    key(w, "title");
    put_or_null(w, a.title);
    key(w, "url");
    put_or_null(w, a.url);
    key(w, "source");
    put_or_null(w, a.source);
    w.EndObject();
}

}  // namespace

void write_graph_json(const TimelineGraph& graph, std::ostream& out) {
    rapidjson::StringBuffer buf;
    auto flush = [&] {
        out.write(buf.GetString(), static_cast<std::streamsize>(buf.GetSize()));
        buf.Clear();
    };
    out << "{\"directed\": true, \"multigraph\": true, \"graph\": {\"schema\": \"" << kGraphSchema
        << "\", \"actors\": " << graph.actor_count() << ", \"events\": " << graph.event_count()
        << ", \"articles\": " << graph.article_count()
        << ", \"relations\": " << graph.relation_count() << "},\n\"nodes\": [";
    const Graph& g = graph.graph();
    // Node ids are made again for each link end, not kept: a string per node was ~100 MB of
    // the 2 GB a 30,000-article build peaks at.
    std::string id, source_id, target_id;
    bool first = true;
    for (const NodeKind kind : {NodeKind::actor, NodeKind::event, NodeKind::article}) {
        for (const Vertex v : graph.vertices_of(kind)) {
            node_id(graph, v, id);
            out << (first ? "\n" : ",\n");
            first = false;
            Writer w(buf);
            switch (kind) {
                case NodeKind::actor:
                    write_actor(w, id, graph.actor(v));
                    break;
                case NodeKind::event:
                    write_event(w, id, graph.event(v));
                    break;
                case NodeKind::article:
                    write_article(w, id, graph.article(v));
                    break;
            }
            flush();
        }
    }
    out << "\n],\n\"links\": [";
    const std::vector<Edge> edges = graph.edges_in_order();
    const std::vector<std::uint32_t> keys = multigraph_keys(g, edges);
    first = true;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const Edge e = edges[i];
        const Vertex s = boost::source(e, g), t = boost::target(e, g);
        const EdgeProps& p = g[e];
        out << (first ? "\n" : ",\n");
        first = false;
        Writer w(buf);
        w.StartObject();
        node_id(graph, s, source_id);
        node_id(graph, t, target_id);
        key(w, "source");
        put(w, source_id);
        key(w, "target");
        put(w, target_id);
        key(w, "key");
        w.Uint(keys[i]);
        key(w, "kind");
        put(w, to_string(p.kind));
        if (p.kind == EdgeKind::participant) {
            key(w, "role");
            put(w, to_string(p.role));
        } else if (p.kind == EdgeKind::relation) {
            const RelationEdge& r = graph.relation(e);
            key(w, "type");
            put(w, r.type);
            key(w, "first");
            put_date(w, r.first);
            key(w, "last");
            put_date(w, r.last);
            key(w, "count");
            w.Uint(r.count);
            key(w, "evidence");
            w.StartArray();
            for (const auto& ev : r.evidence) put(w, ev);
            w.EndArray();
        }
        w.EndObject();
        flush();
    }
    out << "\n]}\n";
}

}  // namespace tkg::graph
