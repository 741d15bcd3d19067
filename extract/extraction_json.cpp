#include "tkg/extract/extraction_json.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace tkg::extract {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void put(Writer& w, std::string_view s) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
void put_or_null(Writer& w, std::string_view s) {
    if (s.empty())
        w.Null();
    else
        put(w, s);
}
void put_span(Writer& w, graph::Span s) {
    w.StartArray();
    w.Uint(s.begin);
    w.Uint(s.end);
    w.EndArray();
}
void put_date(Writer& w, const std::optional<graph::DateValue>& d) {
    if (d)
        put(w, d->to_string());
    else
        w.Null();
}
void put_ids(Writer& w, const std::vector<std::string>& ids) {
    w.StartArray();
    for (const auto& id : ids) put(w, id);
    w.EndArray();
}
std::string_view slice(std::string_view text, graph::Span s) {
    if (s.begin > text.size() || s.end > text.size() || s.begin > s.end) return {};
    return text.substr(s.begin, s.end - s.begin);
}
std::string_view form_name(MentionForm f) {
    switch (f) {
        case MentionForm::name:
            return "name";
        case MentionForm::title:
            return "title";
        case MentionForm::pronoun:
            return "pronoun";
        case MentionForm::nominal:
            return "nominal";
        case MentionForm::group:
            return "group";
        case MentionForm::modifier:
            return "modifier";
    }
    return "name";
}

}  // namespace

std::string_view to_string(TimexType t) {
    switch (t) {
        case TimexType::date:
            return "DATE";
        case TimexType::time:
            return "TIME";
        case TimexType::duration:
            return "DURATION";
        case TimexType::set:
            return "SET";
    }
    return "DATE";
}

void append_extraction_json(std::string& out, const Extraction& x, std::string_view text) {
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.StartObject();
    put(w, "schema");
    put(w, kExtractSchema);

    put(w, "article");
    w.StartObject();
    put(w, "id");
    put(w, x.article_id);
    put(w, "date");
    if (x.article_date)
        put(w, graph::format_iso_day(date::sys_days{*x.article_date}));
    else
        w.Null();
    put(w, "title");
    put_or_null(w, x.title);
    put(w, "source");
    put_or_null(w, x.source);
    put(w, "url");
    put_or_null(w, x.url);
    w.EndObject();

    put(w, "mentions");
    w.StartArray();
    for (const Mention& m : x.mentions) {
        w.StartObject();
        put(w, "span");
        put_span(w, m.span);
        put(w, "text");
        put(w, slice(text, m.span));
        put(w, "type");
        put(w, graph::to_string(m.type));
        put(w, "actor");
        put(w, m.actor);
        put(w, "form");
        put(w, form_name(m.form));
        w.EndObject();
    }
    w.EndArray();

    put(w, "actors");
    w.StartArray();
    for (const auto& a : x.actors) {
        w.StartObject();
        put(w, "id");
        put(w, a.id);
        put(w, "name");
        put(w, a.name);
        put(w, "type");
        put(w, graph::to_string(a.type));
        put(w, "aliases");
        put_ids(w, a.aliases);
        put(w, "roles");
        w.StartArray();
        for (const auto& r : a.roles) {
            w.StartObject();
            put(w, "title");
            put(w, r.title);
            put(w, "org");
            put_or_null(w, r.org);
            put(w, "from");
            put_date(w, r.from);
            put(w, "to");
            put_date(w, r.to);
            w.EndObject();
        }
        w.EndArray();
        put(w, "country");
        put_or_null(w, a.country);
        put(w, "sector");
        put_or_null(w, a.sector);
        put(w, "cameo");
        put_or_null(w, a.cameo());
        put(w, "mentions");
        w.Uint(a.mentions);
        w.EndObject();
    }
    w.EndArray();

    put(w, "timexes");
    w.StartArray();
    for (const Timex& t : x.timexes) {
        w.StartObject();
        put(w, "span");
        put_span(w, t.span);
        put(w, "text");
        put(w, slice(text, t.span));
        put(w, "type");
        put(w, to_string(t.type));
        put(w, "value");
        put(w, t.value);
        if (!t.mod.empty()) {
            put(w, "mod");
            put(w, t.mod);
        }
        w.EndObject();
    }
    w.EndArray();

    put(w, "events");
    w.StartArray();
    for (const Event& e : x.events) {
        w.StartObject();
        put(w, "id");
        put(w, e.id);
        put(w, "type");
        put(w, e.type);
        put(w, "cameo");
        put(w, e.cameo);
        put(w, "trigger");
        w.StartObject();
        put(w, "span");
        put_span(w, e.trigger);
        put(w, "text");
        put(w, slice(text, e.trigger));
        w.EndObject();
        put(w, "sentence");
        put_span(w, e.sentence);
        put(w, "source");
        put_ids(w, e.source);
        put(w, "target");
        put_ids(w, e.target);
        put(w, "date");
        put_or_null(w, e.date_value);
        put(w, "date_from");
        if (e.date_value.empty())
            w.Null();
        else
            put(w, graph::to_string(e.date_from));
        put(w, "end");
        put_date(w, e.end);
        put(w, "polarity");
        put(w, graph::to_string(e.polarity));
        put(w, "modality");
        put(w, graph::to_string(e.modality));
        put(w, "confidence");
        w.Double(e.confidence);
        if (e.anchor) {
            // Added field: the event-relative phrase that dates (or could date) the event.
            put(w, "anchor");
            w.StartObject();
            put(w, "relation");
            put(w, e.anchor->relation);
            put(w, "type");
            put(w, e.anchor->type);
            put(w, "span");
            put_span(w, e.anchor->span);
            put(w, "text");
            put(w, slice(text, e.anchor->span));
            put(w, "event");
            put_or_null(w, e.anchor->event);
            w.EndObject();
        }
        w.EndObject();
    }
    w.EndArray();

    put(w, "relations");
    w.StartArray();
    for (const auto& r : x.relations) {
        w.StartObject();
        put(w, "type");
        put(w, r.type);
        put(w, "source");
        put(w, r.source);
        put(w, "target");
        put(w, r.target);
        put(w, "date");
        put_date(w, r.date);
        put(w, "event");
        put_or_null(w, r.event);
        put(w, "span");
        put_span(w, r.span);
        w.EndObject();
    }
    w.EndArray();

    put(w, "diagnostics");
    w.StartArray();
    for (const Diagnostic& d : x.diagnostics) {
        w.StartObject();
        put(w, "severity");
        put(w, to_string(d.severity));
        put(w, "message");
        put(w, d.message);
        put(w, "span");
        if (d.span)
            put_span(w, *d.span);
        else
            w.Null();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    out.append(buf.GetString(), buf.GetSize());
    out += '\n';
}

std::string extraction_to_json(const Extraction& x, std::string_view text) {
    std::string out;
    append_extraction_json(out, x, text);
    return out;
}

}  // namespace tkg::extract
