// The vocabulary shared by the extractors and the graph: what one article contributes
// (its actors, events and relations) before it is merged into a TimelineGraph.
//
//   ArticleRecord rec{.id = "a1", .date = DateValue::parse("2023-11-12")};
//   rec.actors.push_back({.id = "joe-biden", .name = "Joe Biden", .type = ActorType::person});
//   graph.add(rec);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tkg/graph/date_value.hpp"

namespace tkg::graph {

// Half-open byte range [begin, end) into an article's text as read.
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::uint32_t size() const noexcept { return end - begin; }
    bool contains(Span o) const noexcept { return begin <= o.begin && o.end <= end; }
    bool overlaps(Span o) const noexcept { return begin < o.end && o.begin < end; }
    friend bool operator==(Span, Span) = default;
    friend auto operator<=>(Span, Span) = default;
};

enum class ActorType : std::uint8_t { person, org, loc, group };
std::string_view to_string(ActorType t);  // "PERSON", "ORG", "LOC", "GROUP"
std::optional<ActorType> parse_actor_type(std::string_view name);

// A position held by an actor: "President" of "united-states" from 2021-01-20.
struct Role {
    std::string title;
    std::string org;  // actor id of the organization or country; empty if unknown
    std::optional<DateValue> from;
    std::optional<DateValue> to;
    friend bool operator==(const Role&, const Role&) = default;
};

struct ActorRecord {
    std::string id;  // lexicon id or a slug of the canonical name
    std::string name;
    ActorType type = ActorType::person;
    std::vector<std::string> aliases;
    std::vector<Role> roles;
    std::string country;  // ISO 3166-1 alpha-3, empty when unknown
    std::string sector;   // CAMEO agent code (GOV, MIL, MED ...), empty when unknown
    std::uint32_t mentions = 0;
    std::string cameo() const { return country + sector; }
};

enum class Polarity : std::uint8_t { positive, negative };
enum class Modality : std::uint8_t { asserted, reported, hypothetical, planned, demanded };
enum class DateSource : std::uint8_t { none, timex, article, inferred };

std::string_view to_string(Polarity p);
std::string_view to_string(Modality m);
std::string_view to_string(DateSource s);
std::optional<Polarity> parse_polarity(std::string_view s);
std::optional<Modality> parse_modality(std::string_view s);
std::optional<DateSource> parse_date_source(std::string_view s);

// Where one article reports an event: the evidence a user can read.
struct EventMention {
    std::string article;
    Span trigger;
    std::string trigger_text;
    Span sentence;
    std::string snippet;            // the sentence text, shortened for long sentences
    std::optional<DateValue> date;  // the date this report gives
};

// An event dated by another event: "since the war began", "after the attack". `type` is the
// kind of event the phrase names; `event` is the event it was resolved to, if any.
struct EventAnchor {
    std::string relation;  // "since" or "after"
    std::string type;
    Span span;          // the phrase, in the reporting article
    std::string event;  // id of the event that dated it; empty while unresolved
    friend bool operator==(const EventAnchor&, const EventAnchor&) = default;
};

// Whether an event of type `type` can be what an anchor phrase of type `wanted` names: the same
// type, or war and attack for each other ("since the war began" after "the attack").
bool anchor_matches(std::string_view wanted, std::string_view type);
// Every type anchor_matches() accepts for `wanted`.
std::vector<std::string_view> anchor_types(std::string_view wanted);

// Whether events of this type are done together, the same act for every side ("X and Y met",
// "signed an agreement", "fought"): meet, negotiate, fight, war, cooperate, military
// cooperation, sign agreement, exchange prisoners, ceasefire. tkg writes one event for them, source
// and target in the order the text names them; event data sets such as Phoenix write one per
// direction.
bool symmetric_event_type(std::string_view type);

struct EventRecord {
    std::string id;                   // "<article>#e<n>"
    std::string type;                 // readable: "meet", "criticize", "demand" ...
    std::string cameo;                // CAMEO event code, 2 to 4 digits
    std::vector<std::string> source;  // actor ids
    std::vector<std::string> target;
    std::optional<DateValue> date;  // the event's date, or the start of its interval
    std::optional<DateValue> end;   // the end of its interval ("until ...", or ongoing)
    DateSource date_source = DateSource::none;
    Polarity polarity = Polarity::positive;
    Modality modality = Modality::asserted;
    double confidence = 0.5;
    EventMention mention;
    std::optional<EventAnchor> anchor;
};

struct RelationRecord {
    std::string type;  // "met_with", "criticized", "spokesperson_of" ...
    std::string source;
    std::string target;
    std::optional<DateValue> date;
    std::string event;  // id of the event it derives from, empty for role relations
    Span span;
};

struct ArticleRecord {
    std::string id;
    std::optional<DateValue> date;
    std::string title;
    std::string url;
    std::string source;
    std::vector<ActorRecord> actors;
    std::vector<EventRecord> events;
    std::vector<RelationRecord> relations;
};

// Lowercase ASCII slug used for actor ids: "Muslim American leaders" -> "muslim-american-leaders".
// Non-ASCII letters are kept as they are; punctuation becomes a single '-'.
std::string slugify(std::string_view name);

}  // namespace tkg::graph
