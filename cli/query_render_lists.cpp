// The answers that are lists: timeline and events, top and communities.
#include "query_render.hpp"

#include <algorithm>
#include <ostream>

namespace tkg::cli {
namespace {

using graph::Evidence;

const std::string& name_of(const TimelineGraph& g, Vertex v) { return g.actor(v).name; }

}  // namespace

void render_events(const TimelineGraph& g, std::string_view query,
                   const std::vector<Vertex>& events, Format f, std::ostream& out) {
    if (f == Format::json) {
        QueryJson j(g);
        auto& w = j.w();
        w.StartObject();
        j.key("query");
        j.str(query);
        j.key("events");
        w.StartArray();
        for (const Vertex v : events) j.event(v);
        w.EndArray();
        w.EndObject();
        j.finish(out);
        return;
    }
    const bool story = query == "timeline";
    Table t = f == Format::csv
                  ? (story ? Table({"date", "end", "type", "cameo", "event", "summary", "article",
                                    "snippet"})
                           : Table({"id", "date", "end", "type", "cameo", "sources", "targets",
                                    "polarity", "modality", "confidence", "reports"}))
                  : (story ? Table({"DATE", "TYPE", "EVENT", "ARTICLE"})
                           : Table({"ID", "DATE", "TYPE", "CAMEO", "SOURCE", "TARGET", "POLARITY",
                                    "MODALITY", "CONFIDENCE", "REPORTS"}));
    for (const Vertex v : events) {
        const graph::EventNode& e = g.event(v);
        const Evidence ev = graph::evidence_of(g, v);
        const std::string dates = date_range(e.date, e.end ? e.end : e.date);
        const std::string confidence = format_number(e.confidence, "%.2f");
        const std::string sources = participant_names(g, v, graph::ParticipantRole::source);
        const std::string targets = participant_names(g, v, graph::ParticipantRole::target);
        const std::string reports = std::to_string(e.mentions.size());
        if (f == Format::csv && story)
            t.add({date_text(e.date), date_text(e.end), e.type, e.cameo, e.id, g.event_summary(v),
                   std::string(ev.article), std::string(ev.snippet)});
        else if (f == Format::csv)
            t.add({e.id, date_text(e.date), date_text(e.end), e.type, e.cameo, sources, targets,
                   std::string(graph::to_string(e.polarity)),
                   std::string(graph::to_string(e.modality)), confidence, reports});
        else if (story)
            t.add({dates, e.type, g.event_summary(v), std::string(ev.article)});
        else
            t.add({e.id, dates, e.type, e.cameo, sources, targets,
                   std::string(graph::to_string(e.polarity)),
                   std::string(graph::to_string(e.modality)), confidence, reports});
    }
    t.write(out, f);
}

void render_top(const TimelineGraph& g, graph::Centrality by,
                const std::vector<graph::RankedActor>& ranked, Format f, std::ostream& out) {
    const bool whole = by == graph::Centrality::degree;
    if (f == Format::json) {
        QueryJson j(g);
        auto& w = j.w();
        w.StartObject();
        j.key("query");
        j.str("top");
        j.key("by");
        j.str(graph::to_string(by));
        j.key("actors");
        w.StartArray();
        std::size_t rank = 0;
        for (const auto& r : ranked) {
            w.StartObject();
            j.key("rank");
            w.Uint64(++rank);
            j.key("actor");
            j.actor_ref(r.actor);
            j.key("score");
            w.Double(r.score);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
        j.finish(out);
        return;
    }
    Table t = f == Format::csv ? Table({"rank", "id", "name", "type", "score"})
                               : Table({"RANK", "ACTOR", "ID", "TYPE", "SCORE"});
    std::size_t rank = 0;
    for (const auto& r : ranked) {
        const graph::ActorNode& a = g.actor(r.actor);
        const std::string score = format_number(r.score, whole ? "%.0f" : "%.9g");
        const std::string type(graph::to_string(a.type));
        if (f == Format::csv)
            t.add({std::to_string(++rank), a.id, a.name, type, score});
        else
            t.add({std::to_string(++rank), a.name, a.id, type,
                   whole ? score : format_number(r.score, "%.6g")});
    }
    t.write(out, f);
}

void render_communities(const TimelineGraph& g, const graph::Communities& c, Format f,
                        std::ostream& out) {
    if (f == Format::json) {
        QueryJson j(g);
        auto& w = j.w();
        w.StartObject();
        j.key("query");
        j.str("communities");
        j.key("method");
        j.str(graph::to_string(c.method));
        j.key("modularity");
        w.Double(c.modularity);
        j.key("isolated");
        w.Uint64(c.isolated);
        j.key("communities");
        w.StartArray();
        for (std::size_t i = 0; i < c.groups.size(); ++i) {
            w.StartObject();
            j.key("id");
            w.Uint64(i + 1);
            j.key("size");
            w.Uint64(c.groups[i].size());
            j.key("actors");
            w.StartArray();
            for (const Vertex a : c.groups[i]) j.actor_ref(a);
            w.EndArray();
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
        j.finish(out);
        return;
    }
    if (f == Format::csv) {
        Table t({"community", "actor_id", "actor"});
        for (std::size_t i = 0; i < c.groups.size(); ++i)
            for (const Vertex a : c.groups[i])
                t.add({std::to_string(i + 1), g.actor(a).id, name_of(g, a)});
        t.write_csv(out);
        return;
    }
    constexpr std::size_t kShown = 8;
    Table t({"COMMUNITY", "SIZE", "ACTORS"});
    for (std::size_t i = 0; i < c.groups.size(); ++i) {
        const auto& group = c.groups[i];
        std::vector<std::string> shown;
        for (std::size_t k = 0; k < group.size() && k < kShown; ++k)
            shown.push_back(name_of(g, group[k]));
        std::string members = join(shown, ", ");
        if (group.size() > kShown)
            members += ", +" + std::to_string(group.size() - kShown) + " more";
        t.add({std::to_string(i + 1), std::to_string(group.size()), members});
    }
    t.write_aligned(out);
    out << c.isolated << " actors without relations; modularity "
        << format_number(c.modularity, "%.4f") << '\n';
}

}  // namespace tkg::cli
