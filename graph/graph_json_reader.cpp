// Reading graph.json. The file is parsed as a stream of SAX events, and each node and link is
// built as a small JSON value in a pool that is reused for the next one, then turned into graph
// data at once: a full document tree of a graph file takes more memory than the file itself,
// and for files of gigabytes, allocating (and the kernel zeroing) that memory is most of the
// time a load takes. The parse is in situ and iterative, so strings are not copied twice and
// hostile nesting cannot overflow the stack.
#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "tkg/error.hpp"
#include "tkg/graph/graph_json.hpp"

namespace tkg::graph {
namespace {

using Value = rapidjson::Value;

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

// Builds one JSON value from SAX events in a reusable memory pool: the handler of one node or
// link at a time. The values it builds point into the parsed text (in situ strings).
class ValueBuilder {
  public:
    ValueBuilder() : pool_(buffer_.data(), buffer_.size()) {}
    ValueBuilder(const ValueBuilder&) = delete;
    ValueBuilder& operator=(const ValueBuilder&) = delete;

    bool complete() const noexcept { return open_ == 0 && stack_.size() == 1; }
    const Value& value() const { return stack_.front(); }
    rapidjson::MemoryPoolAllocator<>& allocator() { return pool_; }
    // Forgets the value and reuses its memory for the next one.
    void clear() {
        stack_.clear();
        pool_.Clear();
    }

    bool Null() { return push(Value()); }
    bool Bool(bool b) { return push(Value(b)); }
    bool Int(int i) { return push(Value(i)); }
    bool Uint(unsigned u) { return push(Value(u)); }
    bool Int64(std::int64_t i) { return push(Value(i)); }
    bool Uint64(std::uint64_t u) { return push(Value(u)); }
    bool Double(double d) { return push(Value(d)); }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool) { return push(Value(s, n)); }
    bool String(const char* s, rapidjson::SizeType n, bool) { return push(Value(s, n)); }
    bool Key(const char* s, rapidjson::SizeType n, bool) { return push(Value(s, n)); }
    bool StartObject() {
        ++open_;
        return push(Value(rapidjson::kObjectType));
    }
    bool StartArray() {
        ++open_;
        return push(Value(rapidjson::kArrayType));
    }
    bool EndObject(rapidjson::SizeType members) {
        // The object sits below its members' keys and values on the stack.
        const std::size_t first = stack_.size() - 2 * std::size_t{members};
        Value& object = stack_[first - 1];
        for (std::size_t i = first; i < stack_.size(); i += 2)
            object.AddMember(stack_[i], stack_[i + 1], pool_);
        stack_.resize(first);
        --open_;
        return true;
    }
    bool EndArray(rapidjson::SizeType elements) {
        const std::size_t first = stack_.size() - elements;
        Value& array = stack_[first - 1];
        array.Reserve(elements, pool_);
        for (std::size_t i = first; i < stack_.size(); ++i) array.PushBack(stack_[i], pool_);
        stack_.resize(first);
        --open_;
        return true;
    }

  private:
    bool push(Value&& v) {
        stack_.push_back(std::move(v));
        return true;
    }

    std::array<char, 64 * 1024> buffer_;  // the pool's first chunk, reused for every value
    rapidjson::MemoryPoolAllocator<> pool_;
    std::vector<Value> stack_;
    std::size_t open_ = 0;  // objects and arrays started and not yet ended
};

// Turns nodes and links, one value at a time, into the TimelineGraph.
class GraphAssembler {
  public:
    GraphAssembler(TimelineGraph& g, Reader& r) : g_(g), r_(r) {}

    // The header: its schema must be tkg's; its counts, when present, size the graph up front.
    // A hostile file could claim anything, so no count is believed beyond what `most` allows.
    void header(const Value& info, std::size_t most) {
        r_.set_context(nullptr, 0);
        if (!info.IsObject() || r_.view(info, "schema") != kGraphSchema)
            r_.fail("not a tkg graph file (expected graph.schema \"" + std::string(kGraphSchema) +
                    "\")");
        auto count = [&](const char* name) -> std::size_t {
            const auto it = info.FindMember(name);
            if (it == info.MemberEnd() || !it->value.IsUint64()) return 0;
            return static_cast<std::size_t>(std::min<std::uint64_t>(it->value.GetUint64(), most));
        };
        g_.reserve(count("actors"), count("events"), count("articles"), count("relations"));
    }

    void node(const Value& n) {
        r_.set_context("node", nodes_++);
        if (!n.IsObject()) r_.fail("a node must be an object");
        const std::string_view nid = r_.view(n, "id");
        const std::string_view kind = r_.view(n, "kind");
        const auto colon = nid.find(':');
        if (colon == std::string_view::npos || nid.substr(0, colon) != kind)
            r_.fail("node id \"" + std::string(nid) + "\" must start with its kind \"" +
                    std::string(kind) + ":\"");
        const std::string_view id = nid.substr(colon + 1);
        if (find(kind, id)) r_.fail("duplicate node id \"" + std::string(nid) + "\"");
        if (kind == "actor") {
            g_.add_actor_node(read_actor(r_, n, std::string(id)));
        } else if (kind == "event") {
            g_.add_event_node(read_event(r_, n, std::string(id)));
        } else if (kind == "article") {
            g_.add_article_node(ArticleNode{std::string(id), r_.date(n, "date"),
                                            r_.str_or_empty(n, "title"), r_.str_or_empty(n, "url"),
                                            r_.str_or_empty(n, "source")});
        } else {
            r_.fail("unknown node kind \"" + std::string(kind) + "\"");
        }
    }

    void link(const Value& l) {
        r_.set_context("link", links_++);
        if (!l.IsObject()) r_.fail("a link must be an object");
        const Vertex s = end_of(l, "source"), t = end_of(l, "target");
        const std::string_view kind = r_.view(l, "kind");
        auto expect = [&](NodeKind sk, NodeKind tk) {
            if (g_.kind(s) != sk || g_.kind(t) != tk)
                r_.fail("a " + std::string(kind) + " link must go from " +
                        std::string(to_string(sk)) + " to " + std::string(to_string(tk)));
        };
        if (kind == "participant") {
            expect(NodeKind::actor, NodeKind::event);
            g_.add_participant_edge(s, t,
                                    r_.parsed<ParticipantRole>(l, "role", parse_participant_role));
        } else if (kind == "relation") {
            expect(NodeKind::actor, NodeKind::actor);
            RelationEdge rel;
            rel.type = r_.str(l, "type");
            rel.first = r_.date(l, "first");
            rel.last = r_.date(l, "last");
            rel.count = r_.uint(l, "count");
            rel.evidence = r_.strings(l, "evidence");
            g_.add_relation_edge(s, t, std::move(rel));
        } else if (kind == "provenance") {
            expect(NodeKind::event, NodeKind::article);
            g_.add_provenance_edge(s, t);
        } else {
            r_.fail("unknown link kind \"" + std::string(kind) + "\"");
        }
    }

  private:
    // Node ids are "<kind>:<id>"; the graph's own id indexes find them.
    std::optional<Vertex> find(std::string_view kind, std::string_view id) const {
        if (kind == "actor") return g_.find_actor(id);
        if (kind == "event") return g_.find_event(id);
        if (kind == "article") return g_.find_article(id);
        return std::nullopt;
    }

    Vertex end_of(const Value& l, const char* name) {
        const std::string_view nid = r_.view(l, name);
        // Links come grouped by event (its participants, then its article), so the same node
        // recurs within a few links: remembering the last few saves most index lookups, which
        // are cache misses in a big graph. Ids are copied, since a link's text is reused.
        for (const auto& [seen, v] : recent_)
            if (!seen.empty() && seen == nid) return v;
        const auto colon = nid.find(':');
        const auto v = colon == std::string_view::npos
                           ? std::nullopt
                           : find(nid.substr(0, colon), nid.substr(colon + 1));
        if (!v) r_.fail(std::string(name) + " \"" + std::string(nid) + "\" is not a node");
        auto& slot = recent_[next_recent_++ % recent_.size()];
        slot.first.assign(nid);
        slot.second = *v;
        return *v;
    }

    TimelineGraph& g_;
    Reader& r_;
    std::size_t nodes_ = 0, links_ = 0;
    std::array<std::pair<std::string, Vertex>, 4> recent_{};
    std::size_t next_recent_ = 0;
};

// The SAX handler of the whole file: hands the root object's "graph" value and each element of
// its "nodes" and "links" to the assembler, one value at a time, and skips anything else.
class GraphHandler {
  public:
    GraphHandler(GraphAssembler& assembler, Reader& r, std::size_t text_size)
        : assembler_(assembler), r_(r), most_(text_size / 32) {}

    // After the parse: what a complete graph file must have had.
    void finish() {
        r_.set_context(nullptr, 0);
        if (!seen_graph_) r_.fail("missing field \"graph\"");
        if (!seen_nodes_) r_.fail("missing field \"nodes\"");
        if (!seen_links_) r_.fail("missing field \"links\"");
        // Links that came before the nodes they join: valid JSON, though tkg never writes it.
        for (const Value& l : deferred_.GetArray()) assembler_.link(l);
    }

    bool Null() {
        return scalar([&] { value_.Null(); });
    }
    bool Bool(bool b) {
        return scalar([&] { value_.Bool(b); });
    }
    bool Int(int i) {
        return scalar([&] { value_.Int(i); });
    }
    bool Uint(unsigned u) {
        return scalar([&] { value_.Uint(u); });
    }
    bool Int64(std::int64_t i) {
        return scalar([&] { value_.Int64(i); });
    }
    bool Uint64(std::uint64_t u) {
        return scalar([&] { value_.Uint64(u); });
    }
    bool Double(double d) {
        return scalar([&] { value_.Double(d); });
    }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) {
        return scalar([&] { value_.RawNumber(s, n, copy); });
    }
    bool String(const char* s, rapidjson::SizeType n, bool copy) {
        return scalar([&] { value_.String(s, n, copy); });
    }
    bool Key(const char* s, rapidjson::SizeType n, bool copy) {
        if (capturing_) return value_.Key(s, n, copy);
        if (depth_ == 1) member_ = std::string_view(s, n);
        return true;
    }
    bool StartObject() {
        begin(false);
        ++depth_;
        return !capturing_ || value_.StartObject();
    }
    bool StartArray() {
        begin(true);
        ++depth_;
        return !capturing_ || value_.StartArray();
    }
    bool EndObject(rapidjson::SizeType members) {
        --depth_;
        if (capturing_) value_.EndObject(members);
        return ended();
    }
    bool EndArray(rapidjson::SizeType elements) {
        --depth_;
        if (capturing_) {
            value_.EndArray(elements);
        } else if (depth_ == 1 && list_ != List::none) {
            if (list_ == List::nodes) nodes_done_ = true;
            list_ = List::none;
        }
        return ended();
    }

  private:
    enum class List : std::uint8_t { none, nodes, links };

    // A value starts at the current depth: decide what it is for.
    void begin(bool is_array) {
        if (capturing_) return;
        if (depth_ == 0) {
            if (is_array) r_.fail("a graph file must be a JSON object");
            return;  // the root object itself
        }
        if (depth_ == 1) {
            if (member_ == "nodes" || member_ == "links") {
                if (!is_array) {
                    r_.set_context(nullptr, 0);
                    r_.fail("field \"" + std::string(member_) + "\" must be an array");
                }
                list_ = member_ == "nodes" ? List::nodes : List::links;
                (list_ == List::nodes ? seen_nodes_ : seen_links_) = true;
            } else if (member_ == "graph") {
                capturing_ = true;
            }
            return;
        }
        if (depth_ == 2 && list_ != List::none) capturing_ = true;
    }
    template <class Event>
    bool scalar(Event event) {
        if (depth_ == 0) r_.fail("a graph file must be a JSON object");
        begin(false);
        if (capturing_) event();
        return ended();
    }
    // After an event: a value just completed goes to the assembler, and its memory is reused.
    bool ended() {
        if (!capturing_ || !value_.complete()) return true;
        capturing_ = false;
        const Value& v = value_.value();
        if (list_ == List::none) {
            seen_graph_ = true;
            assembler_.header(v, most_);
        } else if (list_ == List::nodes) {
            assembler_.node(v);
        } else if (nodes_done_) {
            assembler_.link(v);
        } else {
            Value copy(v, deferred_.GetAllocator());
            deferred_.PushBack(copy, deferred_.GetAllocator());
        }
        value_.clear();
        return true;
    }

    GraphAssembler& assembler_;
    Reader& r_;
    std::size_t most_;  // no size in the header is believed beyond this
    ValueBuilder value_;
    rapidjson::Document deferred_{rapidjson::kArrayType};
    std::size_t depth_ = 0;
    std::string_view member_;  // the root member being read
    List list_ = List::none;
    bool capturing_ = false;
    bool seen_graph_ = false, seen_nodes_ = false, seen_links_ = false, nodes_done_ = false;
};

}  // namespace

TimelineGraph read_graph_json(std::string text, std::string_view origin) {
    TimelineGraph g;
    Reader r(origin);
    GraphAssembler assembler(g, r);
    GraphHandler handler(assembler, r, text.size());
    rapidjson::Reader parser;
    rapidjson::InsituStringStream stream(text.data());
    constexpr unsigned kFlags = rapidjson::kParseInsituFlag | rapidjson::kParseIterativeFlag |
                                rapidjson::kParseValidateEncodingFlag;
    if (const auto result = parser.Parse<kFlags>(stream, handler); result.IsError())
        throw InputError(
            std::string("not valid JSON: ") + rapidjson::GetParseError_En(result.Code()),
            Location{std::string(origin), {}, {}, result.Offset()});
    handler.finish();
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
