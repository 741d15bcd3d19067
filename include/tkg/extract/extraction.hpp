// Extraction: everything found in one article, in the shape of the `tkg extract` contract
// (../shared/spec/extract-jsonl.md): mentions, actors, timexes, events, relations and
// diagnostics. to_article_record() turns it into what the graph merges.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tkg/extract/article.hpp"
#include "tkg/graph/records.hpp"

namespace tkg::extract {

enum class MentionForm : std::uint8_t {
    name,      // "Joe Biden", "Biden", "the White House"
    title,     // "the president", "the secretary"
    pronoun,   // "he", "his"
    nominal,   // "the administration", "the territory"
    group,     // "Muslim American leaders"
    modifier,  // a demonym naming an event's agent: "Israeli" in "Israeli shelling"
};

struct Mention {
    graph::Span span;
    graph::ActorType type = graph::ActorType::person;
    std::string actor;  // actor id
    MentionForm form = MentionForm::name;
    std::uint32_t sentence = 0;
};

enum class TimexType : std::uint8_t { date, time, duration, set };
std::string_view to_string(TimexType t);

struct Timex {
    graph::Span span;
    TimexType type = TimexType::date;
    std::string value;  // TimeML value: "2023-10-07", "2023-11", "P25Y", "PAST_REF", "XXXX-11"
    std::string mod;    // TimeML mod: "START", "MID", "END", "APPROX", "MORE_THAN" ... or empty
    std::uint32_t sentence = 0;
};

struct Event {
    std::string id;  // "<article>#e<n>"
    std::string type;
    std::string cameo;
    graph::Span trigger;
    std::string trigger_text;
    graph::Span sentence;
    std::uint32_t sentence_index = 0;
    std::vector<std::string> source;
    std::vector<std::string> target;
    std::string date_value;                // TimeML value, empty for null
    std::optional<graph::DateValue> date;  // the same when it names a calendar position
    std::optional<graph::DateValue> end;
    graph::DateSource date_from = graph::DateSource::none;
    graph::Polarity polarity = graph::Polarity::positive;
    graph::Modality modality = graph::Modality::asserted;
    double confidence = 0.5;
    std::optional<graph::EventAnchor> anchor;  // "since the war began"
};

struct Extraction {
    std::string article_id;
    std::optional<date::year_month_day> article_date;
    std::string title, source, url;
    std::vector<Mention> mentions;
    std::vector<graph::ActorRecord> actors;
    std::vector<Timex> timexes;
    std::vector<Event> events;
    std::vector<graph::RelationRecord> relations;
    std::vector<Diagnostic> diagnostics;
};

// What the graph merges from one article. `text` is the article text, for evidence snippets.
graph::ArticleRecord to_article_record(const Extraction& x, std::string_view text);

}  // namespace tkg::extract
