#include "tkg/graph/graph_json.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <ostream>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "tkg/error.hpp"

namespace tkg::graph {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;
using Value = rapidjson::Value;

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
    std::vector<std::string> ids(boost::num_vertices(g));
    bool first = true;
    for (const NodeKind kind : {NodeKind::actor, NodeKind::event, NodeKind::article}) {
        for (const Vertex v : graph.vertices_of(kind)) {
            ids[v] = node_id(graph, v);
            out << (first ? "\n" : ",\n");
            first = false;
            Writer w(buf);
            switch (kind) {
                case NodeKind::actor:
                    write_actor(w, ids[v], graph.actor(v));
                    break;
                case NodeKind::event:
                    write_event(w, ids[v], graph.event(v));
                    break;
                case NodeKind::article:
                    write_article(w, ids[v], graph.article(v));
                    break;
            }
            flush();
        }
    }
    out << "\n],\n\"links\": [";
    // networkx multigraph keys count the edges seen so far between the same two nodes.
    std::map<std::pair<Vertex, Vertex>, unsigned> keys;
    first = true;
    for (const Edge e : graph.edges_in_order()) {
        const Vertex s = boost::source(e, g), t = boost::target(e, g);
        const EdgeProps& p = g[e];
        out << (first ? "\n" : ",\n");
        first = false;
        Writer w(buf);
        w.StartObject();
        key(w, "source");
        put(w, ids[s]);
        key(w, "target");
        put(w, ids[t]);
        key(w, "key");
        w.Uint(keys[{s, t}]++);
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

// ------------------------------------------------------------------------------- reading
namespace {

class Reader {
  public:
    explicit Reader(std::string_view origin) : origin_(origin) {}

    [[noreturn]] void fail(const std::string& what) const {
        // The context is formatted only here: building it for every node costs time.
        const std::string where =
            context_ ? std::string(context_) + " #" + std::to_string(index_) + ": " : "";
        throw InputError(where + what, Location{std::string(origin_), {}, {}, {}});
    }

    const Value& member(const Value& obj, const char* name) const {
        const auto it = obj.FindMember(name);
        if (it == obj.MemberEnd()) fail(std::string("missing field \"") + name + "\"");
        return it->value;
    }
    // A view into the parsed text, which lives as long as the parse: no copy for strings that
    // are only compared or looked up.
    std::string_view view(const Value& obj, const char* name) const {
        const Value& v = member(obj, name);
        if (!v.IsString()) fail(std::string("field \"") + name + "\" must be a string");
        return {v.GetString(), v.GetStringLength()};
    }
    std::string_view view_or_empty(const Value& obj, const char* name) const {
        const auto it = obj.FindMember(name);
        if (it == obj.MemberEnd() || it->value.IsNull()) return {};
        if (!it->value.IsString())
            fail(std::string("field \"") + name + "\" must be a string or null");
        return {it->value.GetString(), it->value.GetStringLength()};
    }
    std::string str(const Value& obj, const char* name) const {
        return std::string(view(obj, name));
    }
    std::string str_or_empty(const Value& obj, const char* name) const {
        return std::string(view_or_empty(obj, name));
    }
    std::uint32_t uint(const Value& obj, const char* name) const {
        const Value& v = member(obj, name);
        if (!v.IsUint()) fail(std::string("field \"") + name + "\" must be a non-negative integer");
        return v.GetUint();
    }
    double number(const Value& obj, const char* name) const {
        const Value& v = member(obj, name);
        if (!v.IsNumber()) fail(std::string("field \"") + name + "\" must be a number");
        return v.GetDouble();
    }
    std::optional<DateValue> date(const Value& obj, const char* name) const {
        const std::string_view s = view_or_empty(obj, name);
        if (s.empty()) return std::nullopt;
        auto d = DateValue::parse(s);
        if (!d)
            fail(std::string("field \"") + name + "\" is not a date: \"" + std::string(s) + "\"");
        return d;
    }
    template <typename T>
    T parsed(const Value& obj, const char* name,
             std::optional<T> (*parse)(std::string_view)) const {
        const std::string_view s = view(obj, name);
        const auto v = parse(s);
        if (!v)
            fail(std::string("field \"") + name + "\" has an unknown value \"" + std::string(s) +
                 "\"");
        return *v;
    }
    const Value& array(const Value& obj, const char* name) const {
        const Value& v = member(obj, name);
        if (!v.IsArray()) fail(std::string("field \"") + name + "\" must be an array");
        return v;
    }
    Span span(const Value& obj, const char* name) const {
        const Value& v = member(obj, name);
        if (!v.IsArray() || v.Size() != 2 || !v[0].IsUint() || !v[1].IsUint() ||
            v[0].GetUint() > v[1].GetUint())
            fail(std::string("field \"") + name + "\" must be a span [begin, end]");
        return Span{v[0].GetUint(), v[1].GetUint()};
    }
    std::vector<std::string> strings(const Value& obj, const char* name) const {
        std::vector<std::string> out;
        const Value& list = array(obj, name);
        out.reserve(list.Size());
        for (const Value& s : list.GetArray()) {
            if (!s.IsString()) fail(std::string("field \"") + name + "\" must hold strings");
            out.emplace_back(s.GetString(), s.GetStringLength());
        }
        return out;
    }

    // "node #12" or "link #7" in error messages from now on.
    void set_context(const char* what, std::size_t index) {
        context_ = what;
        index_ = index;
    }

  private:
    std::string_view origin_;
    const char* context_ = nullptr;
    std::size_t index_ = 0;
};

ActorNode read_actor(const Reader& r, const Value& n, std::string id) {
    ActorNode a;
    a.id = std::move(id);
    a.name = r.str(n, "label");
    a.type = r.parsed<ActorType>(n, "type", parse_actor_type);
    a.aliases = r.strings(n, "aliases");
    for (const Value& role : r.array(n, "roles").GetArray()) {
        if (!role.IsObject()) r.fail("roles must be objects");
        a.roles.push_back(Role{r.str(role, "title"), r.str_or_empty(role, "org"),
                               r.date(role, "from"), r.date(role, "to")});
    }
    a.country = r.str_or_empty(n, "country");
    a.sector = r.str_or_empty(n, "sector");
    a.mentions = r.uint(n, "mentions");
    a.articles = r.uint(n, "articles");
    a.first_seen = r.date(n, "first_seen");
    a.last_seen = r.date(n, "last_seen");
    return a;
}

EventNode read_event(const Reader& r, const Value& n, std::string id) {
    EventNode e;
    e.id = std::move(id);
    e.type = r.str(n, "type");
    e.cameo = r.str(n, "cameo");
    e.date = r.date(n, "date");
    e.end = r.date(n, "end");
    e.date_source = r.parsed<DateSource>(n, "date_from", parse_date_source);
    e.polarity = r.parsed<Polarity>(n, "polarity", parse_polarity);
    e.modality = r.parsed<Modality>(n, "modality", parse_modality);
    e.confidence = r.number(n, "confidence");
    for (const Value& m : r.array(n, "mentions").GetArray()) {
        if (!m.IsObject()) r.fail("mentions must be objects");
        e.mentions.push_back(EventMention{r.str(m, "article"), r.span(m, "trigger"),
                                          r.str(m, "text"), r.span(m, "sentence"),
                                          r.str(m, "snippet"), r.date(m, "date")});
    }
    return e;
}

}  // namespace

TimelineGraph read_graph_json(std::string text, std::string_view origin) {
    rapidjson::Document doc;
    // Iterative parsing: a hostile, deeply nested file cannot overflow the stack.
    doc.ParseInsitu<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(
        text.data());
    if (doc.HasParseError())
        throw InputError(
            std::string("not valid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()),
            Location{std::string(origin), {}, {}, doc.GetErrorOffset()});
    Reader r(origin);
    if (!doc.IsObject()) r.fail("a graph file must be a JSON object");
    const Value& graph_info = r.member(doc, "graph");
    if (!graph_info.IsObject() || r.str(graph_info, "schema") != kGraphSchema)
        r.fail("not a tkg graph file (expected graph.schema \"" + std::string(kGraphSchema) +
               "\")");

    TimelineGraph g;
    {
        // The header's counts, when present, size the graph up front. A hostile file could
        // claim anything, so no count is believed beyond what the file's length allows.
        const std::size_t most = text.size() / 32;
        auto count = [&](const char* name) -> std::size_t {
            const auto it = graph_info.FindMember(name);
            if (it == graph_info.MemberEnd() || !it->value.IsUint64()) return 0;
            return static_cast<std::size_t>(std::min<std::uint64_t>(it->value.GetUint64(), most));
        };
        g.reserve(count("actors"), count("events"), count("articles"), count("relations"));
    }
    // Node ids are "<kind>:<id>"; the graph's own id indexes find them, so the reader keeps no
    // index of its own.
    auto find = [&](std::string_view kind, std::string_view id) -> std::optional<Vertex> {
        if (kind == "actor") return g.find_actor(id);
        if (kind == "event") return g.find_event(id);
        if (kind == "article") return g.find_article(id);
        return std::nullopt;
    };
    // Links come grouped by event (its participants, then its article), so the same node id
    // recurs within a few links: remembering the last few saves most index lookups, which
    // are cache misses in a big graph.
    std::array<std::pair<std::string_view, Vertex>, 4> recent{};
    std::size_t next_recent = 0;
    std::size_t i = 0;
    for (const Value& n : r.array(doc, "nodes").GetArray()) {
        r.set_context("node", i++);
        if (!n.IsObject()) r.fail("a node must be an object");
        const std::string_view nid = r.view(n, "id");
        const std::string_view kind = r.view(n, "kind");
        const auto colon = nid.find(':');
        if (colon == std::string_view::npos || nid.substr(0, colon) != kind)
            r.fail("node id \"" + std::string(nid) + "\" must start with its kind \"" +
                   std::string(kind) + ":\"");
        const std::string_view id = nid.substr(colon + 1);
        if (find(kind, id)) r.fail("duplicate node id \"" + std::string(nid) + "\"");
        if (kind == "actor") {
            g.add_actor_node(read_actor(r, n, std::string(id)));
        } else if (kind == "event") {
            g.add_event_node(read_event(r, n, std::string(id)));
        } else if (kind == "article") {
            g.add_article_node(ArticleNode{std::string(id), r.date(n, "date"),
                                           r.str_or_empty(n, "title"), r.str_or_empty(n, "url"),
                                           r.str_or_empty(n, "source")});
        } else {
            r.fail("unknown node kind \"" + std::string(kind) + "\"");
        }
    }
    i = 0;
    for (const Value& l : r.array(doc, "links").GetArray()) {
        r.set_context("link", i++);
        if (!l.IsObject()) r.fail("a link must be an object");
        auto end_of = [&](const char* name) {
            const std::string_view nid = r.view(l, name);
            for (const auto& [seen, v] : recent)
                if (!seen.empty() && seen == nid) return v;
            const auto colon = nid.find(':');
            const auto v = colon == std::string_view::npos
                               ? std::nullopt
                               : find(nid.substr(0, colon), nid.substr(colon + 1));
            if (!v) r.fail(std::string(name) + " \"" + std::string(nid) + "\" is not a node");
            recent[next_recent++ % recent.size()] = {nid, *v};
            return *v;
        };
        const Vertex s = end_of("source"), t = end_of("target");
        const std::string_view kind = r.view(l, "kind");
        auto expect = [&](NodeKind sk, NodeKind tk) {
            if (g.kind(s) != sk || g.kind(t) != tk)
                r.fail("a " + std::string(kind) + " link must go from " +
                       std::string(to_string(sk)) + " to " + std::string(to_string(tk)));
        };
        if (kind == "participant") {
            expect(NodeKind::actor, NodeKind::event);
            g.add_participant_edge(s, t,
                                   r.parsed<ParticipantRole>(l, "role", parse_participant_role));
        } else if (kind == "relation") {
            expect(NodeKind::actor, NodeKind::actor);
            RelationEdge rel;
            rel.type = r.str(l, "type");
            rel.first = r.date(l, "first");
            rel.last = r.date(l, "last");
            rel.count = r.uint(l, "count");
            rel.evidence = r.strings(l, "evidence");
            g.add_relation_edge(s, t, std::move(rel));
        } else if (kind == "provenance") {
            expect(NodeKind::event, NodeKind::article);
            g.add_provenance_edge(s, t);
        } else {
            r.fail("unknown link kind \"" + std::string(kind) + "\"");
        }
    }
    return g;
}

TimelineGraph read_graph_json_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot open the graph file", Location{path.string(), {}, {}, {}});
    std::string text;
    // A regular file is read in one piece into a buffer of its size: graph files run to
    // gigabytes, and growing a stream buffer copies them more than once.
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    if (size >= 0 && in) {
        text.resize(static_cast<std::size_t>(size));
        in.read(text.data(), static_cast<std::streamsize>(size));
        if (in.gcount() != static_cast<std::streamsize>(size)) in.setstate(std::ios::badbit);
    } else {
        in.clear();
        std::ostringstream ss;
        ss << in.rdbuf();
        text = std::move(ss).str();
    }
    if (in.bad())
        throw InputError("cannot read the graph file", Location{path.string(), {}, {}, {}});
    return read_graph_json(std::move(text), path.string());
}

}  // namespace tkg::graph
