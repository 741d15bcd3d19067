// Knight Lab TimelineJS JSON: {"title": slide, "events": [slides]}, one slide per dated event
// with its actors in the text. TimelineJS reads dates as numbers: "year", "month" 1-12, "day",
// down to the precision the date has ("November 2023" has no day); a week, season, quarter or
// decade becomes a span with an end_date and its TimeML value as the display_date. Its text
// fields are HTML, so every name is escaped and wrapped in <bdi> (a right-to-left name must not
// reorder the punctuation around it).
#include <algorithm>

#include <date/date.h>

#include "exporters.hpp"
#include "json_out.hpp"
#include "text.hpp"

namespace tkg::exporters {
namespace {

using graph::Precision;

enum class Grain { day, month, year };

Grain grain_of(Precision p) {
    switch (p) {
        case Precision::day:
        case Precision::week:
            return Grain::day;
        case Precision::month:
        case Precision::season:
        case Precision::quarter:
        case Precision::half:
            return Grain::month;
        default:
            return Grain::year;
    }
}

// A precision no TimelineJS date field can say by itself.
bool is_span(Precision p) {
    return p != Precision::day && p != Precision::month && p != Precision::year;
}

void tl_date(JsonWriter& w, const char* key, date::sys_days day, Grain grain,
             std::string_view display = {}) {
    const date::year_month_day ymd{day};
    w.Key(key);
    w.StartObject();
    w.Key("year");
    w.Int(static_cast<int>(ymd.year()));
    if (grain != Grain::year) {
        w.Key("month");
        w.Uint(static_cast<unsigned>(ymd.month()));
    }
    if (grain == Grain::day) {
        w.Key("day");
        w.Uint(static_cast<unsigned>(ymd.day()));
    }
    if (!display.empty()) json_field(w, "display_date", display);
    w.EndObject();
}

std::string names_html(const graph::TimelineGraph& tg, const std::vector<graph::Vertex>& actors) {
    std::string out;
    for (const graph::Vertex a : actors) {
        if (!out.empty()) out += ", ";
        out += "<bdi>" + html_escape(tg.actor(a).name) + "</bdi>";
    }
    return out;
}

// A unique_id TimelineJS can use as an HTML id and URL fragment: letters, digits and '-' stay,
// any other byte becomes "_XX", so distinct event ids stay distinct.
std::string slide_id(std::string_view id) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out = "event-";
    for (const char c : id) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
            c == '-') {
            out += c;
        } else {
            out += '_';
            out += kHex[u >> 4];
            out += kHex[u & 15];
        }
    }
    return out;
}

std::string slide_text(const graph::TimelineGraph& tg, graph::Vertex v) {
    using graph::ParticipantRole;
    const graph::EventNode& e = tg.event(v);
    const auto sources = tg.participants(v, ParticipantRole::source);
    const auto targets = tg.participants(v, ParticipantRole::target);
    std::string text;
    if (!sources.empty()) text += "<p><b>Who</b>: " + names_html(tg, sources) + "</p>";
    if (!targets.empty()) text += "<p><b>To whom</b>: " + names_html(tg, targets) + "</p>";
    if (!e.mentions.empty())
        text += "<blockquote>" + html_escape(e.mentions.front().snippet) + "</blockquote>";
    text += "<p>" + html_escape(e.type);
    if (!e.cameo.empty()) text += " (CAMEO " + html_escape(e.cameo) + ")";
    if (e.polarity == graph::Polarity::negative) text += ", negated";
    if (e.modality != graph::Modality::asserted)
        text += ", " + html_escape(std::string(to_string(e.modality)));
    if (!e.mentions.empty()) text += "; reported in " + html_escape(e.mentions.front().article);
    text += "</p>";
    return text;
}

class TimelineJsExporter final : public SingleFileExporter {
  public:
    TimelineJsExporter() : SingleFileExporter("timelinejs", "timelinejs.json") {}

  protected:
    void write_one(const graph::TimelineGraph& tg, std::ostream& os,
                   const ExportOptions& options) const override {
        const std::vector<graph::Vertex> events = view_events(tg, options.view);
        // The title counts the slides, so it is known before they are written.
        const auto dated = std::count_if(events.begin(), events.end(), [&](graph::Vertex v) {
            return tg.event(v).date.has_value();
        });
        std::string out = "{\"title\":";
        out += json_text([&](JsonWriter& w) {
            w.StartObject();
            w.Key("text");
            w.StartObject();
            json_field(w, "headline", "Timeline of events");
            json_field(w, "text",
                       "<p>" + std::to_string(dated) + " dated events, built by tkg</p>");
            w.EndObject();
            w.EndObject();
        });
        out += ",\n\"events\":";
        JsonLinesArray slides(os, out);
        for (const graph::Vertex v : events) {
            const graph::EventNode& e = tg.event(v);
            if (!e.date) continue;  // a slide needs a date
            const Precision p = e.date->precision();
            slides.add([&](JsonWriter& w) {
                w.StartObject();
                json_field(w, "unique_id", slide_id(e.id));
                tl_date(w, "start_date", e.date->first_day(), grain_of(p),
                        is_span(p) ? e.date->to_string() : std::string());
                if (e.end && e.end->last_day() >= e.date->first_day())
                    tl_date(w, "end_date", e.end->last_day(), grain_of(e.end->precision()));
                else if (is_span(p))
                    tl_date(w, "end_date", e.date->last_day(), grain_of(p));
                w.Key("text");
                w.StartObject();
                json_field(w, "headline", html_escape(tg.event_summary(v)));
                json_field(w, "text", slide_text(tg, v));
                w.EndObject();
                json_field(w, "group", e.type);
                w.EndObject();
            });
        }
        slides.close();
        out += "}\n";
        flush(os, out);
    }
};

}  // namespace

std::unique_ptr<Exporter> make_timelinejs_exporter() {
    return std::make_unique<TimelineJsExporter>();
}

}  // namespace tkg::exporters
