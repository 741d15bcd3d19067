#include "tkg/graph/timeline_graph.hpp"

#include <algorithm>
#include <array>
#include <numeric>
#include <stdexcept>
#include <tuple>
#include <unordered_set>

#include <boost/range/iterator_range.hpp>

namespace tkg::graph {
namespace {

constexpr std::array<std::string_view, 3> kNodeKinds = {"actor", "event", "article"};
constexpr std::array<std::string_view, 3> kEdgeKinds = {"participant", "relation", "provenance"};
constexpr std::array<std::string_view, 3> kRoles = {"source", "target", "mentioned"};

template <typename T, typename U>
void append_unique(std::vector<T>& into, U&& value) {
    if (std::find(into.begin(), into.end(), value) == into.end())
        into.push_back(std::forward<U>(value));
}

void widen(std::optional<DateValue>& first, std::optional<DateValue>& last,
           const std::optional<DateValue>& d) {
    if (!d) return;
    if (!first || *d < *first) first = d;
    if (!last || last->end_day() < d->end_day()) last = d;
}

bool dates_compatible(const std::optional<DateValue>& a, const std::optional<DateValue>& b) {
    if (!a && !b) return true;
    if (!a || !b) return false;
    return a->overlaps(*b);
}

// Written into `key` (a buffer the caller reuses): most events are new, and their lookup
// then builds no string.
void identity_key(const EventRecord& rec, std::string& key) {
    std::vector<std::string_view> src(rec.source.begin(), rec.source.end());
    std::vector<std::string_view> tgt(rec.target.begin(), rec.target.end());
    std::sort(src.begin(), src.end());
    std::sort(tgt.begin(), tgt.end());
    key.assign(rec.type).append(1, '\x1f').append(rec.cameo).append(1, '\x1f');
    key.append(to_string(rec.polarity)).append(1, '\x1f').append(to_string(rec.modality));
    for (const auto s : src) key.append("\x1fs").append(s);
    for (const auto t : tgt) key.append("\x1ft").append(t);
}

std::uint64_t id_hash(std::string_view id) { return std::hash<std::string_view>{}(id); }

// The position of the node with this id, in `nodes` (actors_, events_ or articles_).
template <class Nodes>
std::optional<std::uint32_t> find_id(const FlatIndex& index, const Nodes& nodes,
                                     std::string_view id) {
    return index.find(id_hash(id), [&](std::uint32_t i) { return nodes[i].id == id; });
}

// Indexes the node about to be appended to `nodes`; a repeated id keeps its first node.
template <class Nodes>
void index_id(FlatIndex& index, const Nodes& nodes, std::string_view id) {
    index.insert(id_hash(id), static_cast<std::uint32_t>(nodes.size()),
                 [&](std::uint32_t i) { return nodes[i].id == id; });
}

// SplitMix64's finalizer: every input bit moves about half of the output bits.
std::uint64_t mix(std::uint64_t h) {
    h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
    h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
    return h ^ (h >> 31);
}

std::uint64_t relation_hash(std::uint32_t source, std::uint32_t target, std::string_view type) {
    return mix(id_hash(type) ^ mix((std::uint64_t{source} << 32) | target));
}

}  // namespace

void node_id(const TimelineGraph& graph, Vertex v, std::string& out) {
    const NodeKind kind = graph.kind(v);
    out.assign(to_string(kind)).append(1, ':');
    switch (kind) {
        case NodeKind::actor:
            out.append(graph.actor(v).id);
            break;
        case NodeKind::event:
            out.append(graph.event(v).id);
            break;
        case NodeKind::article:
            out.append(graph.article(v).id);
            break;
    }
}

std::string node_id(const TimelineGraph& graph, Vertex v) {
    std::string out;
    node_id(graph, v, out);
    return out;
}

std::string_view to_string(NodeKind k) { return kNodeKinds[static_cast<std::size_t>(k)]; }
std::string_view to_string(EdgeKind k) { return kEdgeKinds[static_cast<std::size_t>(k)]; }
std::string_view to_string(ParticipantRole r) { return kRoles[static_cast<std::size_t>(r)]; }

std::optional<ParticipantRole> parse_participant_role(std::string_view s) {
    for (std::size_t i = 0; i < kRoles.size(); ++i)
        if (kRoles[i] == s) return static_cast<ParticipantRole>(i);
    return std::nullopt;
}

void TimelineGraph::reserve(std::size_t actors, std::size_t events, std::size_t articles,
                            std::size_t relations) {
    actors_.reserve(actors);
    actor_vertex_.reserve(actors);
    actor_index_.reserve(actors);
    events_.reserve(events);
    event_vertex_.reserve(events);
    event_index_.reserve(events);
    articles_.reserve(articles);
    article_vertex_.reserve(articles);
    article_index_.reserve(articles);
    relations_.reserve(relations);
    relation_ends_.reserve(relations);
    relation_index_.reserve(relations);
}

Vertex TimelineGraph::add_actor_node(ActorNode node) {
    const Vertex v = boost::add_vertex(
        VertexProps{NodeKind::actor, static_cast<std::uint32_t>(actors_.size())}, (*g_));
    index_id(actor_index_, actors_, node.id);
    actors_.push_back(std::move(node));
    actor_vertex_.push_back(v);
    return v;
}

Vertex TimelineGraph::add_event_node(EventNode node) {
    const Vertex v = boost::add_vertex(
        VertexProps{NodeKind::event, static_cast<std::uint32_t>(events_.size())}, (*g_));
    index_id(event_index_, events_, node.id);
    events_.push_back(std::move(node));
    event_vertex_.push_back(v);
    date_order_valid_ = false;
    return v;
}

Vertex TimelineGraph::add_article_node(ArticleNode node) {
    const Vertex v = boost::add_vertex(
        VertexProps{NodeKind::article, static_cast<std::uint32_t>(articles_.size())}, (*g_));
    index_id(article_index_, articles_, node.id);
    articles_.push_back(std::move(node));
    article_vertex_.push_back(v);
    return v;
}

bool TimelineGraph::has_participant(Vertex actor, Vertex event, ParticipantRole role) const {
    for (const Edge e : boost::make_iterator_range(boost::in_edges(event, (*g_)))) {
        const EdgeProps& p = (*g_)[e];
        if (p.kind == EdgeKind::participant && p.role == role && boost::source(e, (*g_)) == actor)
            return true;
    }
    return false;
}

Edge TimelineGraph::add_edge(Vertex a, Vertex b, EdgeProps props) {
    props.seq = next_seq_++;
    return boost::add_edge(a, b, props, (*g_)).first;
}

Edge TimelineGraph::add_participant_edge(Vertex actor, Vertex event, ParticipantRole role) {
    return add_edge(actor, event, EdgeProps{EdgeKind::participant, role, 0, 0});
}

Edge TimelineGraph::add_relation_edge(Vertex source, Vertex target, RelationEdge relation) {
    const auto index = static_cast<std::uint32_t>(relations_.size());
    const std::pair ends{(*g_)[source].index, (*g_)[target].index};
    relation_index_.insert(
        relation_hash(ends.first, ends.second, relation.type), index, [&](std::uint32_t i) {
            return relation_ends_[i] == ends && relations_[i].type == relation.type;
        });
    relation_ends_.push_back(ends);
    relations_.push_back(std::move(relation));
    return add_edge(source, target,
                    EdgeProps{EdgeKind::relation, ParticipantRole::mentioned, index, 0});
}

Edge TimelineGraph::add_provenance_edge(Vertex event, Vertex article) {
    return add_edge(event, article,
                    EdgeProps{EdgeKind::provenance, ParticipantRole::mentioned, 0, 0});
}

const EventAnchor* TimelineGraph::anchor(Vertex event) const {
    const auto it = anchors_.find((*g_)[event].index);
    return it == anchors_.end() ? nullptr : &it->second;
}

std::optional<Vertex> TimelineGraph::find_actor(std::string_view id) const {
    const auto pos = find_id(actor_index_, actors_, id);
    return pos ? std::optional<Vertex>(actor_vertex_[*pos]) : std::nullopt;
}
std::optional<Vertex> TimelineGraph::find_event(std::string_view id) const {
    const auto pos = find_id(event_index_, events_, id);
    return pos ? std::optional<Vertex>(event_vertex_[*pos]) : std::nullopt;
}
std::optional<Vertex> TimelineGraph::find_article(std::string_view id) const {
    const auto pos = find_id(article_index_, articles_, id);
    return pos ? std::optional<Vertex>(article_vertex_[*pos]) : std::nullopt;
}

std::optional<std::uint32_t> TimelineGraph::find_relation(std::uint32_t source,
                                                          std::uint32_t target,
                                                          std::string_view type) const {
    const std::pair ends{source, target};
    return relation_index_.find(relation_hash(source, target, type), [&](std::uint32_t i) {
        return relation_ends_[i] == ends && relations_[i].type == type;
    });
}

Vertex TimelineGraph::merge_actor(ActorRecord&& rec, const std::optional<DateValue>& date,
                                  std::string_view /*article_id*/) {
    Vertex v;
    if (const auto found = find_actor(rec.id)) {
        v = *found;
    } else {
        ActorNode node;
        node.id = rec.id;
        node.name = std::move(rec.name);
        node.type = rec.type;
        v = add_actor_node(std::move(node));
    }
    ActorNode& a = actors_[(*g_)[v].index];
    for (auto& alias : rec.aliases) append_unique(a.aliases, std::move(alias));
    for (auto& role : rec.roles) append_unique(a.roles, std::move(role));
    if (a.country.empty()) a.country = std::move(rec.country);
    if (a.sector.empty()) a.sector = std::move(rec.sector);
    a.mentions += rec.mentions;
    a.articles += 1;
    widen(a.first_seen, a.last_seen, date);
    return v;
}

Vertex TimelineGraph::merge_event(EventRecord&& rec, const std::vector<Vertex>& sources,
                                  const std::vector<Vertex>& targets, bool repeated_article) {
    // Identities are kept as 64-bit hashes of their keys, not the keys: a key is longer than the
    // event itself, and there is one per event. Two identities sharing a hash are told apart
    // by same_identity() below, so a collision costs a comparison, never a wrong merge.
    identity_key(rec, key_buffer_);
    const std::uint64_t hash = id_hash(key_buffer_);
    const auto next = static_cast<std::uint32_t>(identities_.size());
    const std::uint32_t at = identity_index_.insert(
        hash, next, [&](std::uint32_t i) { return identities_[i].hash == hash; });
    if (at == next) identities_.push_back(Identity{hash, {}});
    DatedEvents& candidates = identities_[at].events;
    // The earliest event of the same identity, from another article, whose date overlaps.
    std::optional<std::uint32_t> same;
    candidates.for_candidates(rec.date, [&](std::uint32_t idx) {
        if (same && *same < idx) return;
        const EventNode& e = events_[idx];
        const auto reported_here = [&](const EventMention& m) {
            return m.article == rec.mention.article;
        };
        const bool same_article =
            repeated_article ? std::any_of(e.mentions.begin(), e.mentions.end(), reported_here)
                             : !e.mentions.empty() && reported_here(e.mentions.back());
        if (!same_article && dates_compatible(e.date, rec.date) &&
            same_identity(idx, rec, sources, targets))
            same = idx;
    });
    if (same) {
        EventNode& e = events_[*same];
        // Same event reported again: keep every report; prefer the more precise date.
        e.mentions.push_back(std::move(rec.mention));
        if (rec.date && e.date && rec.date->precision() < e.date->precision() &&
            e.date->contains(*rec.date)) {
            candidates.move(*same, e.date, rec.date);
            e.date = rec.date;
            e.date_source = rec.date_source;
            date_order_valid_ = false;
        }
        e.confidence = std::max(e.confidence, rec.confidence);
        return event_vertex_[*same];
    }
    EventNode node;
    node.id = rec.id;
    node.type = std::move(rec.type);
    node.cameo = std::move(rec.cameo);
    node.date = rec.date;
    node.end = rec.end;
    node.date_source = rec.date_source;
    node.polarity = rec.polarity;
    node.modality = rec.modality;
    node.confidence = rec.confidence;
    node.mentions.push_back(std::move(rec.mention));
    const auto index = static_cast<std::uint32_t>(events_.size());
    if (rec.anchor && rec.anchor->event.empty()) anchors_.emplace(index, std::move(*rec.anchor));
    candidates.insert(index, rec.date);
    const Vertex v = add_event_node(std::move(node));
    for (const Vertex s : sources) add_participant_edge(s, v, ParticipantRole::source);
    for (const Vertex t : targets) add_participant_edge(t, v, ParticipantRole::target);
    return v;
}

bool TimelineGraph::same_identity(std::uint32_t event, const EventRecord& rec,
                                  const std::vector<Vertex>& sources,
                                  const std::vector<Vertex>& targets) const {
    const EventNode& e = events_[event];
    if (e.type != rec.type || e.cameo != rec.cameo || e.polarity != rec.polarity ||
        e.modality != rec.modality)
        return false;
    std::vector<Vertex> has_sources, has_targets;
    for (const Edge in : boost::make_iterator_range(boost::in_edges(event_vertex_[event], (*g_)))) {
        const EdgeProps& p = (*g_)[in];
        if (p.kind != EdgeKind::participant) continue;
        if (p.role == ParticipantRole::source) has_sources.push_back(boost::source(in, (*g_)));
        if (p.role == ParticipantRole::target) has_targets.push_back(boost::source(in, (*g_)));
    }
    auto same_set = [](std::vector<Vertex> a, std::vector<Vertex> b) {
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        return a == b;
    };
    return same_set(std::move(has_sources), sources) && same_set(std::move(has_targets), targets);
}

void TimelineGraph::merge_relation(Vertex source, Vertex target, const RelationRecord& rec,
                                   const std::string& event_id,
                                   const std::optional<DateValue>& date, bool new_event) {
    const auto found = find_relation((*g_)[source].index, (*g_)[target].index, rec.type);
    if (!found) {
        RelationEdge rel;
        rel.type = rec.type;
        rel.count = 1;
        widen(rel.first, rel.last, date);
        if (!event_id.empty()) rel.evidence.push_back(event_id);
        add_relation_edge(source, target, std::move(rel));
        return;
    }
    RelationEdge& rel = relations_[*found];
    widen(rel.first, rel.last, date);
    if (event_id.empty()) {
        ++rel.count;
    } else if (new_event ? rel.evidence.empty() || rel.evidence.back() != event_id
                         : std::find(rel.evidence.begin(), rel.evidence.end(), event_id) ==
                               rel.evidence.end()) {
        // A new event can only be the last evidence (the same article giving the relation
        // twice); an event reported before may be anywhere in the list.
        rel.evidence.push_back(event_id);
        ++rel.count;
    }
}

void TimelineGraph::add(const ArticleRecord& record) { add(ArticleRecord(record)); }

void TimelineGraph::add(ArticleRecord&& record) {
    // A new article has no reports yet, so an event it reports twice is one it reported last,
    // and merge_event() never hands it the same event twice (the second report of an identity
    // from one article is another event). Only a repeated article id (the reader renames them;
    // tolerated here anyway) needs the full scans, which grow with an event's reports.
    const std::optional<Vertex> existing = find_article(record.id);
    const bool repeated = existing.has_value();
    const Vertex article_v =
        repeated ? *existing
                 : add_article_node(ArticleNode{record.id, record.date, std::move(record.title),
                                                std::move(record.url), std::move(record.source)});

    // Actor id -> vertex, for this article. The keys view the record's ids, which merge_actor()
    // copies and never moves.
    std::unordered_map<std::string_view, Vertex> local;
    local.reserve(record.actors.size());
    for (auto& actor : record.actors) {
        if (local.count(actor.id)) continue;
        const std::string_view id = actor.id;
        local.emplace(id, merge_actor(std::move(actor), record.date, record.id));
    }
    auto vertices_of_ids = [&](const std::vector<std::string>& ids) {
        std::vector<Vertex> out;
        for (const auto& id : ids)
            if (const auto it = local.find(id); it != local.end()) append_unique(out, it->second);
        return out;
    };

    // Article event id (a view of the record's, which merge_event() keeps) -> the graph's event
    // index, and whether this article created that event.
    std::unordered_map<std::string_view, std::pair<std::uint32_t, bool>> merged;
    merged.reserve(record.events.size());
    for (auto& ev : record.events) {
        const std::size_t before = events_.size();
        const std::vector<Vertex> sources = vertices_of_ids(ev.source);
        const std::vector<Vertex> targets = vertices_of_ids(ev.target);
        const std::string_view id = ev.id;
        const Vertex v = merge_event(std::move(ev), sources, targets, repeated);
        merged.emplace(id, std::pair{(*g_)[v].index, events_.size() > before});
        bool linked = false;
        if (repeated)
            for (auto [oe, oe_end] = boost::out_edges(v, (*g_)); oe != oe_end && !linked; ++oe)
                linked = (*g_)[*oe].kind == EdgeKind::provenance &&
                         boost::target(*oe, (*g_)) == article_v;
        if (!linked) add_provenance_edge(v, article_v);
    }

    static const std::string no_event;
    for (const auto& rel : record.relations) {
        const auto s = local.find(rel.source), t = local.find(rel.target);
        if (s == local.end() || t == local.end() || s->second == t->second) continue;
        const std::string* event_id = nullptr;
        bool new_event = false;
        std::optional<DateValue> date = rel.date;
        if (!rel.event.empty()) {
            if (const auto m = merged.find(rel.event); m != merged.end()) {
                const EventNode& e = events_[m->second.first];
                event_id = &e.id;
                new_event = m->second.second;
                if (!date) date = e.date;
            }
        }
        merge_relation(s->second, t->second, rel, event_id ? *event_id : no_event, date, new_event);
    }
}

const std::vector<Vertex>& TimelineGraph::events_by_date() const {
    if (date_order_valid_) return date_order_;
    // One key per event, computed once: comparing two DateValues works out the end of a month
    // or a season each time, and that calendar work (with the walk from vertex to event for
    // every comparison) was most of the sort, which grew faster than the corpus.
    struct Key {
        bool undated;
        std::int32_t first, end;
        Precision precision;
        std::uint32_t index;  // ties keep insertion order
        auto tie() const { return std::tie(undated, first, end, precision, index); }
    };
    std::vector<Key> keys;
    keys.reserve(events_.size());
    for (std::uint32_t i = 0; i < events_.size(); ++i) {
        const auto& d = events_[i].date;
        if (!d) {
            keys.push_back({true, 0, 0, Precision::day, i});
            continue;
        }
        keys.push_back({false, d->first_day().time_since_epoch().count(),
                        d->end_day().time_since_epoch().count(), d->precision(), i});
    }
    std::sort(keys.begin(), keys.end(),
              [](const Key& a, const Key& b) { return a.tie() < b.tie(); });
    date_order_.clear();
    date_order_.reserve(keys.size());
    for (const Key& k : keys) date_order_.push_back(event_vertex_[k.index]);
    date_order_valid_ = true;
    return date_order_;
}

std::vector<Vertex> TimelineGraph::vertices_of(NodeKind kind) const {
    switch (kind) {
        case NodeKind::actor:
            return actor_vertex_;
        case NodeKind::event:
            return event_vertex_;
        case NodeKind::article:
            return article_vertex_;
    }
    return {};
}

std::vector<Edge> TimelineGraph::edges_in_order() const {
    // Every edge gets the next sequence number and none is ever removed (merging rebuilds the
    // graph), so the numbers are 0 .. E-1 and each edge goes straight to its place.
    std::vector<Edge> out(boost::num_edges((*g_)));
    for (auto [e, e_end] = boost::edges((*g_)); e != e_end; ++e) {
        const std::uint32_t seq = (*g_)[*e].seq;
        if (seq >= out.size()) throw std::logic_error("TimelineGraph: edge numbers have a gap");
        out[seq] = *e;
    }
    return out;
}

std::vector<Vertex> TimelineGraph::participants(Vertex event, ParticipantRole role) const {
    std::vector<std::pair<std::uint32_t, Vertex>> found;
    for (auto [e, e_end] = boost::in_edges(event, (*g_)); e != e_end; ++e)
        if ((*g_)[*e].kind == EdgeKind::participant && (*g_)[*e].role == role)
            found.emplace_back((*g_)[*e].seq, boost::source(*e, (*g_)));
    std::sort(found.begin(), found.end());
    std::vector<Vertex> out;
    out.reserve(found.size());
    for (const auto& [seq, v] : found) out.push_back(v);
    return out;
}

std::string TimelineGraph::event_summary(Vertex event) const {
    auto names = [&](ParticipantRole role) {
        std::string out;
        for (const Vertex v : participants(event, role)) {
            if (!out.empty()) out += ", ";
            out += actor(v).name;
        }
        return out;
    };
    const EventNode& e = this->event(event);
    std::string out = names(ParticipantRole::source);
    if (!out.empty()) out += ' ';
    if (e.polarity == Polarity::negative) out += "not ";
    out += e.type;
    const std::string targets = names(ParticipantRole::target);
    if (!targets.empty()) out += ' ' + targets;
    return out;
}

void TimelineGraph::finalize() {
    merge_surnames();
    resolve_anchors();
    events_by_date();
}

void TimelineGraph::resolve_anchors() {
    // "Israel has bombarded Gaza since the attack", in an article that does not date the
    // attack: the attack is the latest one, dated by a time expression in some article, that
    // shares an actor with the bombardment and happened by the reporting article's date.
    auto open = [&](std::uint32_t i) {
        const EventNode& e = events_[i];
        return e.date_source != DateSource::timex && e.date_source != DateSource::inferred &&
               !e.mentions.empty();
    };
    std::vector<std::uint32_t> waiting;  // in event order, so the result never depends on hashing
    for (const auto& [i, a] : anchors_)
        if (open(i)) waiting.push_back(i);
    if (waiting.empty()) return;
    std::sort(waiting.begin(), waiting.end());
    // Events dated by a time expression, by actor and type, in date order (ties: smaller id
    // first), so each anchor is a binary search, whatever the actor's number of events.
    std::unordered_map<std::string, std::vector<std::uint32_t>> dated;
    auto key = [](Vertex actor, std::string_view type) {
        return std::to_string(actor) + '\x1f' + std::string(type);
    };
    for (std::uint32_t i = 0; i < events_.size(); ++i) {
        const EventNode& e = events_[i];
        if (e.date_source != DateSource::timex || !e.date) continue;
        for (auto [ie, ie_end] = boost::in_edges(event_vertex_[i], (*g_)); ie != ie_end; ++ie)
            if ((*g_)[*ie].kind == EdgeKind::participant)
                dated[key(boost::source(*ie, (*g_)), e.type)].push_back(i);
    }
    auto earlier = [&](std::uint32_t a, std::uint32_t b) {
        const auto da = events_[a].date->first_day(), db = events_[b].date->first_day();
        return da != db ? da < db : events_[a].id < events_[b].id;
    };
    for (auto& [k, list] : dated) {
        std::sort(list.begin(), list.end(), earlier);
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }

    std::vector<std::uint32_t> changed;
    for (const std::uint32_t i : waiting) {
        EventNode& e = events_[i];
        EventAnchor& anchor = anchors_.at(i);
        std::optional<DateValue> reported;
        if (const auto a = find_article(e.mentions.front().article)) reported = article(*a).date;
        const EventNode* best = nullptr;
        auto better = [&](const EventNode& other) {
            if (!best) return true;
            const auto d = other.date->first_day(), bd = best->date->first_day();
            return d != bd ? bd < d : other.id < best->id;
        };
        for (auto [ie, ie_end] = boost::in_edges(event_vertex_[i], (*g_)); ie != ie_end; ++ie) {
            if ((*g_)[*ie].kind != EdgeKind::participant) continue;
            for (const std::string_view type : anchor_types(anchor.type)) {
                const auto found = dated.find(key(boost::source(*ie, (*g_)), type));
                if (found == dated.end()) continue;
                const auto& list = found->second;
                // The first event of the latest start day by the report's date.
                auto end = list.end();
                if (reported)
                    end = std::upper_bound(list.begin(), list.end(), reported->last_day(),
                                           [&](date::sys_days day, std::uint32_t x) {
                                               return day < events_[x].date->first_day();
                                           });
                if (end == list.begin()) continue;
                auto it = std::prev(end);
                while (it != list.begin() &&
                       events_[*std::prev(it)].date->first_day() == events_[*it].date->first_day())
                    --it;
                if (better(events_[*it])) best = &events_[*it];
            }
        }
        if (!best) continue;
        e.date = best->date;
        e.date_source = DateSource::inferred;
        if (anchor.relation == "since" && reported) e.end = reported;
        anchor.event = best->id;
        changed.push_back(i);
    }
    if (changed.empty()) return;
    date_order_valid_ = false;
    // The relations these events are evidence of span the new dates.
    std::unordered_map<std::string, std::uint32_t> event_at;
    for (const std::uint32_t i : changed) event_at.emplace(events_[i].id, i);
    for (RelationEdge& rel : relations_) {
        if (std::none_of(rel.evidence.begin(), rel.evidence.end(),
                         [&](const std::string& id) { return event_at.count(id) > 0; }))
            continue;
        rel.first.reset();
        rel.last.reset();
        for (const std::string& id : rel.evidence)
            if (const auto ev = find_event(id)) widen(rel.first, rel.last, event(*ev).date);
    }
}

void TimelineGraph::merge_surnames() {
    // A person known only by one word ("Miller") joins the one person of the corpus whose full
    // name ends (or starts) with it; with two candidates ("Aaron Miller", "Stephen Miller") it
    // stays apart, since the corpus cannot tell which one is meant.
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_word;
    for (std::uint32_t i = 0; i < actors_.size(); ++i) {
        const ActorNode& a = actors_[i];
        if (a.type != ActorType::person) continue;
        const auto space = a.name.rfind(' ');
        if (space == std::string::npos) continue;
        by_word[a.name.substr(space + 1)].push_back(i);
        const auto first = a.name.substr(0, a.name.find(' '));
        if (first != a.name.substr(space + 1)) by_word[first].push_back(i);
    }
    std::vector<std::uint32_t> into(actors_.size());
    std::iota(into.begin(), into.end(), 0u);
    bool any = false;
    for (std::uint32_t i = 0; i < actors_.size(); ++i) {
        const ActorNode& a = actors_[i];
        if (a.type != ActorType::person || a.name.find(' ') != std::string::npos) continue;
        const auto it = by_word.find(a.name);
        if (it == by_word.end()) continue;
        std::vector<std::uint32_t> people = it->second;
        std::sort(people.begin(), people.end());
        people.erase(std::unique(people.begin(), people.end()), people.end());
        if (people.size() != 1) continue;
        into[i] = people[0];
        any = true;
    }
    if (any) rebuild_with(into);
}

void TimelineGraph::rebuild_with(const std::vector<std::uint32_t>& into) {
    // Unite the merged actors' data in their target.
    for (std::uint32_t i = 0; i < actors_.size(); ++i) {
        if (into[i] == i) continue;
        ActorNode& from = actors_[i];
        ActorNode& to = actors_[into[i]];
        append_unique(to.aliases, from.name);
        for (const auto& al : from.aliases) append_unique(to.aliases, al);
        for (const auto& r : from.roles) append_unique(to.roles, r);
        if (to.country.empty()) to.country = from.country;
        if (to.sector.empty()) to.sector = from.sector;
        to.mentions += from.mentions;
        to.articles += from.articles;  // an upper bound: both may appear in one article
        widen(to.first_seen, to.last_seen, from.first_seen);
        widen(to.first_seen, to.last_seen, from.last_seen);
    }
    TimelineGraph g;
    std::vector<Vertex> actor_v(actors_.size());
    for (std::uint32_t i = 0; i < actors_.size(); ++i)
        if (into[i] == i) actor_v[i] = g.add_actor_node(std::move(actors_[i]));
    for (std::uint32_t i = 0; i < actors_.size(); ++i) actor_v[i] = actor_v[into[i]];
    std::vector<Vertex> remap(boost::num_vertices((*g_)));
    for (std::uint32_t i = 0; i < actors_.size(); ++i) remap[actor_vertex_[i]] = actor_v[i];
    // Events and articles keep their order, so their vectors and id indexes move over whole
    // and only their vertices are new: the largest data is never held twice.
    for (std::uint32_t i = 0; i < events_.size(); ++i) {
        const Vertex v = boost::add_vertex(VertexProps{NodeKind::event, i}, (*g.g_));
        g.event_vertex_.push_back(v);
        remap[event_vertex_[i]] = v;
    }
    for (std::uint32_t i = 0; i < articles_.size(); ++i) {
        const Vertex v = boost::add_vertex(VertexProps{NodeKind::article, i}, (*g.g_));
        g.article_vertex_.push_back(v);
        remap[article_vertex_[i]] = v;
    }
    g.events_ = std::move(events_);
    g.articles_ = std::move(articles_);
    g.event_index_ = std::move(event_index_);  // positions, which do not change
    g.article_index_ = std::move(article_index_);
    // The old edges, in order and by their new ends, in a compact list; the old graph is
    // freed before the new one is built, so the two are never held at once.
    struct OldEdge {
        std::uint32_t source, target;
        EdgeProps props;
    };
    std::vector<OldEdge> old_edges;
    {
        const std::vector<Edge> ordered = edges_in_order();
        old_edges.reserve(ordered.size());
        for (const Edge e : ordered)
            old_edges.push_back({static_cast<std::uint32_t>(remap[boost::source(e, *g_)]),
                                 static_cast<std::uint32_t>(remap[boost::target(e, *g_)]),
                                 (*g_)[e]});
    }
    g_ = std::make_unique<Graph>();
    for (const OldEdge& old : old_edges) {
        const Vertex s = old.source, t = old.target;
        const EdgeProps& p = old.props;
        switch (p.kind) {
            case EdgeKind::participant:
                // Two merged actors may both have taken part in one event: keep one edge. An
                // event has few participants, so its in-edges are the cheapest index.
                if (!g.has_participant(s, t, p.role)) g.add_participant_edge(s, t, p.role);
                break;
            case EdgeKind::provenance:
                g.add_provenance_edge(s, t);
                break;
            case EdgeKind::relation: {
                if (s == t) break;
                RelationEdge& rel = relations_[p.index];
                const auto found = g.find_relation((*g.g_)[s].index, (*g.g_)[t].index, rel.type);
                if (!found) {
                    g.add_relation_edge(s, t, std::move(rel));
                } else {
                    RelationEdge& into_rel = g.relations_[*found];
                    const std::unordered_set<std::string> known(into_rel.evidence.begin(),
                                                                into_rel.evidence.end());
                    for (const auto& ev : rel.evidence)
                        if (!known.count(ev)) into_rel.evidence.push_back(ev);
                    // Counts are distinct evidence events where there are events.
                    into_rel.count = into_rel.evidence.empty()
                                         ? into_rel.count + rel.count
                                         : static_cast<std::uint32_t>(into_rel.evidence.size());
                    widen(into_rel.first, into_rel.last, rel.first);
                    widen(into_rel.first, into_rel.last, rel.last);
                }
                break;
            }
        }
    }
    g.identities_ = std::move(identities_);
    g.identity_index_ = std::move(identity_index_);
    g.anchors_ = std::move(anchors_);
    g.date_order_valid_ = false;
    *this = std::move(g);
}

}  // namespace tkg::graph
