// timeline.json: the events in time order, the basis of the timeline exports and what
// `tkg build` always writes beside graph.json. One event per line:
//   {"id", "date" (TimeML value), "precision", "end", "first_day", "last_day" (the whole
//    interval as YYYY-MM-DD), "date_from", "type", "cameo", "summary", "source" and "target"
//    ([{"id", "name"}]), "polarity", "modality", "confidence", "article", "articles",
//    "sentence"}
// Undated events come last with "date": null, so nothing the graph holds is left out.
#include <algorithm>

#include "exporters.hpp"
#include "json_out.hpp"

namespace tkg::exporters {
namespace {

void put_date(JsonWriter& w, std::string_view key, const std::optional<graph::DateValue>& d) {
    w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    if (d)
        json_string(w, d->to_string());
    else
        w.Null();
}

void put_text(JsonWriter& w, std::string_view key, const std::optional<std::string>& s) {
    w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    if (s)
        json_string(w, *s);
    else
        w.Null();
}

void put_actors(JsonWriter& w, std::string_view key, const graph::TimelineGraph& tg,
                graph::Vertex event, graph::ParticipantRole role) {
    w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    w.StartArray();
    for (const graph::Vertex a : tg.participants(event, role)) {
        w.StartObject();
        json_field(w, "id", tg.actor(a).id);
        json_field(w, "name", tg.actor(a).name);
        w.EndObject();
    }
    w.EndArray();
}

class TimelineExporter final : public SingleFileExporter {
  public:
    TimelineExporter() : SingleFileExporter("timeline", "timeline.json") {}

  protected:
    void write_one(const graph::TimelineGraph& tg, std::ostream& os,
                   const ExportOptions& options) const override {
        std::string out = "{\"schema\": \"tkg.timeline/1\", \"events\": ";
        JsonLinesArray events(os, out);
        for (const graph::Vertex v : view_events(tg, options.view)) {
            const graph::EventNode& e = tg.event(v);
            const auto period = event_period(e);
            events.add([&](JsonWriter& w) {
                w.StartObject();
                json_field(w, "id", e.id);
                put_date(w, "date", e.date);
                put_text(w, "precision",
                         e.date ? std::optional(std::string(to_string(e.date->precision())))
                                : std::nullopt);
                put_date(w, "end", e.end);
                put_text(w, "first_day",
                         period ? std::optional(period->start_string()) : std::nullopt);
                put_text(w, "last_day",
                         period ? std::optional(period->end_string()) : std::nullopt);
                json_field(w, "date_from", to_string(e.date_source));
                json_field(w, "type", e.type);
                json_field(w, "cameo", e.cameo);
                json_field(w, "summary", tg.event_summary(v));
                put_actors(w, "source", tg, v, graph::ParticipantRole::source);
                put_actors(w, "target", tg, v, graph::ParticipantRole::target);
                json_field(w, "polarity", to_string(e.polarity));
                json_field(w, "modality", to_string(e.modality));
                w.Key("confidence");
                w.Double(e.confidence);
                const bool reported = !e.mentions.empty();
                put_text(w, "article",
                         reported ? std::optional(e.mentions.front().article) : std::nullopt);
                w.Key("articles");
                w.StartArray();
                std::vector<std::string_view> seen;
                for (const auto& m : e.mentions) {
                    if (std::find(seen.begin(), seen.end(), m.article) != seen.end()) continue;
                    seen.push_back(m.article);
                    json_string(w, m.article);
                }
                w.EndArray();
                put_text(w, "sentence",
                         reported ? std::optional(e.mentions.front().snippet) : std::nullopt);
                w.EndObject();
            });
        }
        events.close();
        out += "}\n";
        flush(os, out);
    }
};

}  // namespace

std::unique_ptr<Exporter> make_timeline_exporter() { return std::make_unique<TimelineExporter>(); }

}  // namespace tkg::exporters
