// TimelineGraph: the merged model of everything extracted from a corpus, as one Boost.Graph.
//
// Vertices are actors, events and articles; edges are participation (actor -> event, with the
// role the actor plays), relations (actor -> actor, typed, with first/last date, count and the
// events that are their evidence) and provenance (event -> article). The BGL graph holds small
// bundles {kind, index}; the data of each kind lives in its own vector, so algorithms run over
// the lean graph and memory grows with the number of actors, events and relations.
//
//   TimelineGraph g;
//   for (const ArticleRecord& rec : records) g.add(rec);   // merges actors and events
//   g.finalize();                                          // corpus-level merges and indexes
//   for (Vertex v : g.events_by_date()) std::cout << g.event(v).type << '\n';
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "tkg/graph/date_value.hpp"
#include "tkg/graph/dated_events.hpp"
#include "tkg/graph/flat_index.hpp"
#include "tkg/graph/records.hpp"

namespace tkg::graph {

enum class NodeKind : std::uint8_t { actor, event, article };
enum class EdgeKind : std::uint8_t { participant, relation, provenance };
enum class ParticipantRole : std::uint8_t { source, target, mentioned };

std::string_view to_string(NodeKind k);
std::string_view to_string(EdgeKind k);
std::string_view to_string(ParticipantRole r);
std::optional<ParticipantRole> parse_participant_role(std::string_view s);

struct VertexProps {
    NodeKind kind = NodeKind::actor;
    std::uint32_t index = 0;  // into actors_, events_ or articles_
};

struct EdgeProps {
    EdgeKind kind = EdgeKind::participant;
    ParticipantRole role = ParticipantRole::mentioned;  // participant edges
    std::uint32_t index = 0;                            // relation edges: into relations_
    std::uint32_t seq = 0;                              // insertion order, for stable output
};

using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

struct ActorNode {
    std::string id;
    std::string name;
    ActorType type = ActorType::person;
    std::vector<std::string> aliases;
    std::vector<Role> roles;
    std::string country;
    std::string sector;
    std::uint32_t mentions = 0;           // mentions over all articles
    std::uint32_t articles = 0;           // articles that mention the actor
    std::optional<DateValue> first_seen;  // earliest article date
    std::optional<DateValue> last_seen;   // latest article date
    std::string cameo() const { return country + sector; }
};

struct EventNode {
    std::string id;
    std::string type;
    std::string cameo;
    std::optional<DateValue> date;
    std::optional<DateValue> end;
    DateSource date_source = DateSource::none;
    Polarity polarity = Polarity::positive;
    Modality modality = Modality::asserted;
    double confidence = 0.5;
    std::vector<EventMention> mentions;  // one per report, in input order
};

struct ArticleNode {
    std::string id;
    std::optional<DateValue> date;
    std::string title;
    std::string url;
    std::string source;
};

struct RelationEdge {
    std::string type;
    std::optional<DateValue> first;
    std::optional<DateValue> last;
    std::uint32_t count = 0;            // distinct evidence events, or role mentions
    std::vector<std::string> evidence;  // event ids
};

class TimelineGraph {
  public:
    // Merges one article: actors by id (aliases and roles united), events by identity (same
    // type, participants, polarity and modality, and overlapping dates, reported by another
    // article), relations by (source, target, type).
    void add(const ArticleRecord& record);
    // The same, taking the record's strings instead of copying them (the build's path).
    void add(ArticleRecord&& record);

    // Corpus-level work after the last add(): a PERSON known only by a surname joins the one
    // full-name actor with that surname (if exactly one); events dated only by their article
    // but saying "since the attack" take the date of that attack as another article reports it
    // (date source "inferred"); and the date index is built.
    void finalize();

    const Graph& graph() const noexcept { return *g_; }
    std::size_t actor_count() const noexcept { return actors_.size(); }
    std::size_t event_count() const noexcept { return events_.size(); }
    std::size_t article_count() const noexcept { return articles_.size(); }
    std::size_t relation_count() const noexcept { return relations_.size(); }

    NodeKind kind(Vertex v) const { return (*g_)[v].kind; }
    const ActorNode& actor(Vertex v) const { return actors_.at((*g_)[v].index); }
    const EventNode& event(Vertex v) const { return events_.at((*g_)[v].index); }
    const ArticleNode& article(Vertex v) const { return articles_.at((*g_)[v].index); }
    const RelationEdge& relation(Edge e) const { return relations_.at((*g_)[e].index); }
    // The event-relative phrase ("since the attack") an event was dated by, or is still waiting
    // for; null for most events. finalize() resolves them; graph.json does not keep them.
    const EventAnchor* anchor(Vertex event) const;

    std::optional<Vertex> find_actor(std::string_view id) const;
    std::optional<Vertex> find_event(std::string_view id) const;
    std::optional<Vertex> find_article(std::string_view id) const;

    // Actors taking part in an event in a role, in edge insertion order.
    std::vector<Vertex> participants(Vertex event, ParticipantRole role) const;
    // A readable one-line summary: "Joe Biden meet Muslim American leaders".
    std::string event_summary(Vertex event) const;

    // Events sorted by date (undated last), ties in insertion order.
    const std::vector<Vertex>& events_by_date() const;
    // Vertices of one kind in insertion order.
    std::vector<Vertex> vertices_of(NodeKind kind) const;
    // Edges in insertion order.
    std::vector<Edge> edges_in_order() const;

    // Room for this many nodes and relations, so a reader that knows the sizes in advance
    // does not grow and rehash as it goes.
    void reserve(std::size_t actors, std::size_t events, std::size_t articles,
                 std::size_t relations);

    // Low-level construction, used by the graph.json reader. Ids must be unique per kind.
    Vertex add_actor_node(ActorNode node);
    Vertex add_event_node(EventNode node);
    Vertex add_article_node(ArticleNode node);
    Edge add_participant_edge(Vertex actor, Vertex event, ParticipantRole role);
    Edge add_relation_edge(Vertex source, Vertex target, RelationEdge relation);
    Edge add_provenance_edge(Vertex event, Vertex article);

  private:
    Vertex merge_actor(ActorRecord&& rec, const std::optional<DateValue>& article_date,
                       std::string_view article_id);
    // `repeated_article`: the article's id was added before (see add()).
    Vertex merge_event(EventRecord&& rec, const std::vector<Vertex>& sources,
                       const std::vector<Vertex>& targets, bool repeated_article);
    // Whether event `event` has the type, stance and participants of `rec`.
    bool same_identity(std::uint32_t event, const EventRecord& rec,
                       const std::vector<Vertex>& sources,
                       const std::vector<Vertex>& targets) const;
    // `new_event`: the evidence event was created by this article, so no relation has it yet.
    void merge_relation(Vertex source, Vertex target, const RelationRecord& rec,
                        const std::string& event_id, const std::optional<DateValue>& date,
                        bool new_event);
    Edge add_edge(Vertex a, Vertex b, EdgeProps props);
    bool has_participant(Vertex actor, Vertex event, ParticipantRole role) const;
    void merge_surnames();
    void resolve_anchors();
    // Rebuilds the graph with actor i merged into actor into[i] (into[i] == i keeps it).
    void rebuild_with(const std::vector<std::uint32_t>& into);

    std::optional<std::uint32_t> find_relation(std::uint32_t source, std::uint32_t target,
                                               std::string_view type) const;

    // An event identity (type, stance, participants), by the 64-bit hash of its key, and the
    // events that have it.
    struct Identity {
        std::uint64_t hash = 0;
        DatedEvents events;
    };

    // Held by pointer: this Boost's adjacency_list has no move operations, so moving a
    // TimelineGraph (rebuild_with(), returning one) would copy every vertex and edge.
    std::unique_ptr<Graph> g_ = std::make_unique<Graph>();
    std::vector<ActorNode> actors_;
    std::vector<EventNode> events_;
    std::vector<ArticleNode> articles_;
    std::vector<RelationEdge> relations_;
    // Few events have an anchor: kept beside them (by event index), not in every EventNode.
    std::unordered_map<std::uint32_t, EventAnchor> anchors_;
    std::vector<Vertex> actor_vertex_, event_vertex_, article_vertex_;
    // Positions in actors_, events_, articles_ by id; in relations_ by ends and type.
    FlatIndex actor_index_, event_index_, article_index_, relation_index_;
    // Each relation's source and target, as positions in actors_.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> relation_ends_;
    std::vector<Identity> identities_;
    FlatIndex identity_index_;  // positions in identities_ by hash
    std::uint32_t next_seq_ = 0;
    std::string key_buffer_;  // merge_event()'s identity key, reused
    mutable std::vector<Vertex> date_order_;
    mutable bool date_order_valid_ = false;
};

// A vertex's id in exported files, unique across kinds: "actor:joe-biden", "event:a1#e3",
// "article:a1".
std::string node_id(const TimelineGraph& graph, Vertex v);
// The same, written into `out` (a buffer a writer reuses for every node and link).
void node_id(const TimelineGraph& graph, Vertex v, std::string& out);

}  // namespace tkg::graph
