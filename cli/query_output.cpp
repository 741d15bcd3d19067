#include "query_output.hpp"

#include <algorithm>
#include <cstdio>
#include <ostream>

#include "tkg/error.hpp"

namespace tkg::cli {
namespace {

// Characters, not bytes, so names with accents line up: UTF-8 continuation bytes do not count.
std::size_t width(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void csv_field(std::ostream& out, std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
        out << s;
        return;
    }
    out << '"';
    for (const char c : s) {
        if (c == '"') out << '"';
        out << c;
    }
    out << '"';
}

}  // namespace

void Table::write_aligned(std::ostream& out) const {
    std::vector<std::size_t> widths(header_.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].empty() ? 1 : width(row[i]));
    };
    measure(header_);
    for (const auto& row : rows_) measure(row);
    auto line = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            const std::string_view cell = row[i].empty() ? std::string_view("-") : row[i];
            out << cell;
            if (i + 1 < row.size()) out << std::string(widths[i] - width(cell) + 2, ' ');
        }
        out << '\n';
    };
    line(header_);
    for (const auto& row : rows_) line(row);
}

void Table::write_csv(std::ostream& out) const {
    auto line = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0) out << ',';
            csv_field(out, row[i]);
        }
        out << '\n';
    };
    line(header_);
    for (const auto& row : rows_) line(row);
}

void Table::write(std::ostream& out, Format format) const {
    if (format == Format::csv)
        write_csv(out);
    else
        write_aligned(out);
}

std::string date_text(const std::optional<graph::DateValue>& d) {
    return d ? d->to_string() : std::string();
}

std::string date_range(const std::optional<graph::DateValue>& first,
                       const std::optional<graph::DateValue>& last) {
    if (!first && !last) return {};
    if (!first || !last || *first == *last) return date_text(first ? first : last);
    return first->to_string() + ".." + last->to_string();
}

std::string shorten(std::string_view text, std::size_t max) {
    if (width(text) <= max) return std::string(text);
    std::size_t chars = 0, cut = 0;
    for (; cut < text.size(); ++cut) {
        if ((static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) continue;
        if (chars++ == max - 3) break;
    }
    return std::string(text.substr(0, cut)) + "...";
}

std::string evidence_cell(const graph::Evidence& e) {
    if (e.article.empty()) return {};
    return std::string(e.article) + ": " + shorten(e.snippet, 90);
}

std::string format_number(double x, const char* format) {
    char buf[32];
    std::snprintf(buf, sizeof buf, format, x);
    return buf;
}

std::string participant_names(const graph::TimelineGraph& g, graph::Vertex event,
                              graph::ParticipantRole role) {
    std::string out;
    for (const graph::Vertex a : g.participants(event, role)) {
        if (!out.empty()) out += "; ";
        out += g.actor(a).name;
    }
    return out;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& s : items) {
        if (!out.empty()) out += separator;
        out += s;
    }
    return out;
}

void QueryJson::key(std::string_view k) { str(k); }

void QueryJson::str(std::string_view s) {
    w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void QueryJson::str_or_null(std::string_view s) {
    if (s.empty())
        w_.Null();
    else
        str(s);
}

void QueryJson::date(const std::optional<graph::DateValue>& d) {
    if (d)
        str(d->to_string());
    else
        w_.Null();
}

void QueryJson::actor_ref(graph::Vertex actor) {
    const graph::ActorNode& a = g_.actor(actor);
    w_.StartObject();
    key("id");
    str(a.id);
    key("name");
    str(a.name);
    key("type");
    str(graph::to_string(a.type));
    w_.EndObject();
}

void QueryJson::evidence(const std::vector<graph::Evidence>& items) {
    w_.StartArray();
    for (const auto& e : items) {
        w_.StartObject();
        key("event");
        str(g_.event(e.event).id);
        key("date");
        date(e.date);
        key("article");
        str_or_null(e.article);
        key("snippet");
        str_or_null(e.snippet);
        w_.EndObject();
    }
    w_.EndArray();
}

void QueryJson::relation_fields(const graph::RelationHit& hit) {
    key("relation");
    str(hit.type);
    key("source");
    actor_ref(hit.source);
    key("target");
    actor_ref(hit.target);
    key("first");
    date(hit.first);
    key("last");
    date(hit.last);
    key("count");
    w_.Uint(hit.count);
    key("evidence");
    evidence(hit.evidence);
}

void QueryJson::event(graph::Vertex v) {
    const graph::EventNode& e = g_.event(v);
    w_.StartObject();
    key("id");
    str(e.id);
    key("date");
    date(e.date);
    key("end");
    date(e.end);
    key("type");
    str(e.type);
    key("cameo");
    str(e.cameo);
    key("summary");
    str(g_.event_summary(v));
    for (const auto& [name, role] : {std::pair{"sources", graph::ParticipantRole::source},
                                     std::pair{"targets", graph::ParticipantRole::target}}) {
        key(name);
        w_.StartArray();
        for (const graph::Vertex a : g_.participants(v, role)) actor_ref(a);
        w_.EndArray();
    }
    key("polarity");
    str(graph::to_string(e.polarity));
    key("modality");
    str(graph::to_string(e.modality));
    key("confidence");
    w_.Double(e.confidence);
    key("mentions");
    w_.StartArray();
    for (const auto& m : e.mentions) {
        w_.StartObject();
        key("article");
        str(m.article);
        key("date");
        date(m.date);
        key("snippet");
        str(m.snippet);
        w_.EndObject();
    }
    w_.EndArray();
    w_.EndObject();
}

void QueryJson::finish(std::ostream& out) {
    out.write(buf_.GetString(), static_cast<std::streamsize>(buf_.GetSize()));
    out << '\n';
}

}  // namespace tkg::cli
