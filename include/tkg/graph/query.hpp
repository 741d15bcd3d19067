// Questions about one actor or a pair of actors, answered from the TimelineGraph directly:
// an actor's profile, its neighbors in the relation network, everything between two actors,
// and events in time order. Each answer carries its evidence (the event, the article and the
// sentence that reported it), so a reader can check it.
//
//   ActorLookup lookup(graph);
//   Vertex biden = lookup.find("biden").actors.front();
//   NeighborOptions o;
//   o.filter = {.types = {"met_with"}, .window = {DateValue::parse("2023-10"), {}}};
//   for (const RelationHit& h : neighbors(graph, biden, o)) ...
//
// Paths, centrality and communities need the whole actor network: see query_network.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tkg/graph/query_filter.hpp"
#include "tkg/graph/timeline_graph.hpp"

namespace tkg::graph {

// One report of an event that supports a relation. Answers point into the graph (these views,
// the relation type below): they are valid as long as the TimelineGraph is, and cost no copies
// for a hub with tens of thousands of relations.
struct Evidence {
    Vertex event;
    std::optional<DateValue> date;  // the event's date
    std::string_view article;       // the first article that reported it
    std::string_view snippet;       // its sentence there
};

// Evidence of `event` as its first report tells it.
Evidence evidence_of(const TimelineGraph& graph, Vertex event);

// One relation edge as a query sees it. Under a window, first, last and count describe the
// evidence inside the window only.
struct RelationHit {
    Edge edge;
    Vertex source;  // the relation's direction: source criticized target
    Vertex target;
    std::string_view type;
    std::optional<DateValue> first;
    std::optional<DateValue> last;
    std::uint32_t count = 0;
    std::vector<Evidence> evidence;  // the most recent ones, in time order

    // The actor at the other end from `actor`.
    Vertex other(Vertex actor) const { return source == actor ? target : source; }
};

// A hit for relation edge `e` under `window`, keeping at most `max_evidence` evidence items
// (0 keeps all). Returns nullopt when the window leaves none of its evidence.
std::optional<RelationHit> relation_hit(const TimelineGraph& graph, Edge e,
                                        const DateWindow& window, std::size_t max_evidence);

enum class Direction : std::uint8_t { out, in, both };
std::string_view to_string(Direction d);
std::optional<Direction> parse_direction(std::string_view s);

struct NeighborOptions {
    RelationFilter filter{};
    Direction direction = Direction::both;  // out: relations the actor is the source of
    std::size_t max_evidence = 3;
    std::size_t limit = 0;  // at most this many, the first in the order below; 0: all
};

// The actor's relations that pass the options: most frequent first, then most recent, then by
// the other actor's name and the relation type. Without a window the order needs no evidence,
// so with a limit only the relations kept have their evidence read.
std::vector<RelationHit> neighbors(const TimelineGraph& graph, Vertex actor,
                                   const NeighborOptions& options);

struct BetweenResult {
    std::vector<RelationHit> relations;  // both directions, by first date
    std::vector<Vertex> events;          // events both actors take part in, by date
};

// Every relation and event linking actors `a` and `b` that passes the filter (for events, its
// window).
BetweenResult between(const TimelineGraph& graph, Vertex a, Vertex b, const RelationFilter& filter,
                      std::size_t max_evidence = 3);

struct ActorProfile {
    Vertex actor;
    std::size_t relations = 0;               // relation edges in or out
    std::size_t neighbors = 0;               // distinct actors those relations reach
    std::size_t events = 0;                  // events the actor takes part in
    std::vector<RelationHit> top_relations;  // most frequent first
};

// The profile with the `top` most frequent relations (0: all of them).
ActorProfile actor_profile(const TimelineGraph& graph, Vertex actor, std::size_t top = 5);

// Events that pass the filter, in date order (undated last, ties in graph order).
std::vector<Vertex> select_events(const TimelineGraph& graph, const EventFilter& filter);

// The role an actor plays in an event, or nullopt if it takes no part.
std::optional<ParticipantRole> role_in(const TimelineGraph& graph, Vertex actor, Vertex event);

}  // namespace tkg::graph
