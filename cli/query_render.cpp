// The answers about actors and relations: actor, neighbors, between and path.
#include "query_render.hpp"

#include <algorithm>
#include <ostream>

namespace tkg::cli {
namespace {

using graph::Evidence;
using graph::RelationHit;

const std::string& name_of(const TimelineGraph& g, Vertex v) { return g.actor(v).name; }

// The most recent evidence, which a table shows; JSON has them all.
const Evidence* latest(const RelationHit& h) {
    return h.evidence.empty() ? nullptr : &h.evidence.back();
}

std::vector<std::string> evidence_columns(const TimelineGraph& g, const Evidence* e) {
    if (e == nullptr) return {"", "", ""};
    return {g.event(e->event).id, std::string(e->article), std::string(e->snippet)};
}

std::string role_text(const TimelineGraph& g, const graph::Role& r) {
    std::string out = r.title;
    if (!r.org.empty()) {
        const auto org = g.find_actor(r.org);
        out += " of " + (org ? name_of(g, *org) : r.org);
    }
    if (r.from || r.to) out += " (" + date_text(r.from) + ".." + date_text(r.to) + ")";
    return out;
}

}  // namespace

void render_actor(const TimelineGraph& g, const graph::ActorProfile& p, Format f,
                  std::ostream& out) {
    const graph::ActorNode& a = g.actor(p.actor);
    if (f == Format::json) {
        QueryJson j(g);
        auto& w = j.w();
        w.StartObject();
        j.key("query");
        j.str("actor");
        j.key("actor");
        w.StartObject();
        j.key("id");
        j.str(a.id);
        j.key("name");
        j.str(a.name);
        j.key("type");
        j.str(graph::to_string(a.type));
        j.key("aliases");
        w.StartArray();
        for (const auto& al : a.aliases) j.str(al);
        w.EndArray();
        j.key("roles");
        w.StartArray();
        for (const auto& r : a.roles) {
            w.StartObject();
            j.key("title");
            j.str(r.title);
            j.key("org");
            j.str_or_null(r.org);
            j.key("from");
            j.date(r.from);
            j.key("to");
            j.date(r.to);
            w.EndObject();
        }
        w.EndArray();
        j.key("country");
        j.str_or_null(a.country);
        j.key("sector");
        j.str_or_null(a.sector);
        j.key("cameo");
        j.str_or_null(a.cameo());
        j.key("mentions");
        w.Uint(a.mentions);
        j.key("articles");
        w.Uint(a.articles);
        j.key("first_seen");
        j.date(a.first_seen);
        j.key("last_seen");
        j.date(a.last_seen);
        j.key("relations");
        w.Uint64(p.relations);
        j.key("neighbors");
        w.Uint64(p.neighbors);
        j.key("events");
        w.Uint64(p.events);
        j.key("top_relations");
        w.StartArray();
        for (const RelationHit& h : p.top_relations) {
            w.StartObject();
            j.key("neighbor");
            j.actor_ref(h.other(p.actor));
            j.key("direction");
            j.str(h.source == p.actor ? "out" : "in");
            j.relation_fields(h);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
        w.EndObject();
        j.finish(out);
        return;
    }
    Table fields({"FIELD", "VALUE"});
    auto field = [&](std::string name, std::string value) {
        fields.add({std::move(name), std::move(value)});
    };
    field("id", a.id);
    field("name", a.name);
    field("type", std::string(graph::to_string(a.type)));
    if (f == Format::csv)
        for (const auto& al : a.aliases) field("alias", al);
    else
        field("aliases", join(a.aliases, "; "));
    for (const auto& r : a.roles) field("role", role_text(g, r));
    field("country", a.country);
    field("sector", a.sector);
    field("cameo", a.cameo());
    field("mentions", std::to_string(a.mentions));
    field("articles", std::to_string(a.articles));
    field("first_seen", date_text(a.first_seen));
    field("last_seen", date_text(a.last_seen));
    field("relations", std::to_string(p.relations));
    field("neighbors", std::to_string(p.neighbors));
    field("events", std::to_string(p.events));
    if (f == Format::csv) {
        for (const RelationHit& h : p.top_relations)
            field("relation", std::string(h.source == p.actor ? "out " : "in ") +
                                  std::string(h.type) + " " + name_of(g, h.other(p.actor)) + " (" +
                                  std::to_string(h.count) + ")");
        fields.write_csv(out);
        return;
    }
    fields.write_aligned(out);
    if (p.top_relations.empty()) return;
    out << '\n';
    Table rel({"RELATION", "DIR", "NEIGHBOR", "DATES", "COUNT", "EVIDENCE"});
    for (const RelationHit& h : p.top_relations) {
        const Evidence* e = latest(h);
        rel.add({std::string(h.type), h.source == p.actor ? "out" : "in",
                 name_of(g, h.other(p.actor)), date_range(h.first, h.last), std::to_string(h.count),
                 e ? evidence_cell(*e) : ""});
    }
    rel.write_aligned(out);
}

void render_neighbors(const TimelineGraph& g, Vertex actor, const std::vector<RelationHit>& hits,
                      Format f, std::ostream& out) {
    if (f == Format::json) {
        QueryJson j(g);
        auto& w = j.w();
        w.StartObject();
        j.key("query");
        j.str("neighbors");
        j.key("actor");
        j.actor_ref(actor);
        j.key("neighbors");
        w.StartArray();
        for (const RelationHit& h : hits) {
            w.StartObject();
            j.key("neighbor");
            j.actor_ref(h.other(actor));
            j.key("direction");
            j.str(h.source == actor ? "out" : "in");
            j.relation_fields(h);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
        j.finish(out);
        return;
    }
    if (f == Format::csv) {
        Table t({"neighbor_id", "neighbor", "relation", "direction", "first", "last", "count",
                 "event", "article", "snippet"});
        for (const RelationHit& h : hits) {
            const Vertex other = h.other(actor);
            std::vector<std::string> row = {
                g.actor(other).id,      name_of(g, other),
                std::string(h.type),    h.source == actor ? "out" : "in",
                date_text(h.first),     date_text(h.last),
                std::to_string(h.count)};
            for (auto& c : evidence_columns(g, latest(h))) row.push_back(std::move(c));
            t.add(std::move(row));
        }
        t.write_csv(out);
        return;
    }
    Table t({"NEIGHBOR", "RELATION", "DIR", "DATES", "COUNT", "EVIDENCE"});
    for (const RelationHit& h : hits) {
        const Evidence* e = latest(h);
        t.add({name_of(g, h.other(actor)), std::string(h.type), h.source == actor ? "out" : "in",
               date_range(h.first, h.last), std::to_string(h.count), e ? evidence_cell(*e) : ""});
    }
    t.write_aligned(out);
}

void render_between(const TimelineGraph& g, Vertex a, Vertex b, const graph::BetweenResult& r,
                    Format f, std::ostream& out) {
    if (f == Format::json) {
        QueryJson j(g);
        auto& w = j.w();
        w.StartObject();
        j.key("query");
        j.str("between");
        j.key("actors");
        w.StartArray();
        j.actor_ref(a);
        j.actor_ref(b);
        w.EndArray();
        j.key("relations");
        w.StartArray();
        for (const RelationHit& h : r.relations) {
            w.StartObject();
            j.relation_fields(h);
            w.EndObject();
        }
        w.EndArray();
        j.key("events");
        w.StartArray();
        for (const Vertex e : r.events) j.event(e);
        w.EndArray();
        w.EndObject();
        j.finish(out);
        return;
    }
    // One list in time order: relations and events interleaved by their first date.
    struct Row {
        std::optional<graph::DateValue> start;
        std::vector<std::string> cells;
    };
    std::vector<Row> rows;
    for (const RelationHit& h : r.relations) {
        const Evidence* e = latest(h);
        std::vector<std::string> cells;
        if (f == Format::csv) {
            cells = {"relation",
                     date_text(h.first),
                     date_text(h.last),
                     name_of(g, h.source),
                     std::string(h.type),
                     name_of(g, h.target),
                     std::to_string(h.count)};
            for (auto& c : evidence_columns(g, e)) cells.push_back(std::move(c));
        } else {
            cells = {"relation", date_range(h.first, h.last),
                     name_of(g, h.source) + " " + std::string(h.type) + " " + name_of(g, h.target),
                     std::to_string(h.count), e ? evidence_cell(*e) : ""};
        }
        rows.push_back({h.first, std::move(cells)});
    }
    for (const Vertex v : r.events) {
        const graph::EventNode& ev = g.event(v);
        const Evidence e = graph::evidence_of(g, v);
        std::vector<std::string> cells;
        if (f == Format::csv) {
            cells = {"event",
                     date_text(ev.date),
                     date_text(ev.end),
                     participant_names(g, v, graph::ParticipantRole::source),
                     ev.type,
                     participant_names(g, v, graph::ParticipantRole::target),
                     std::to_string(ev.mentions.size())};
            for (auto& c : evidence_columns(g, &e)) cells.push_back(std::move(c));
        } else {
            cells = {"event", date_range(ev.date, ev.end ? ev.end : ev.date), g.event_summary(v),
                     std::to_string(ev.mentions.size()), evidence_cell(e)};
        }
        rows.push_back({ev.date, std::move(cells)});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
        if (x.start && y.start) return *x.start < *y.start;
        return x.start.has_value() && !y.start.has_value();
    });
    Table t = f == Format::csv ? Table({"kind", "first", "last", "source", "type", "target",
                                        "count", "event", "article", "snippet"})
                               : Table({"KIND", "DATES", "WHAT", "COUNT", "EVIDENCE"});
    for (auto& row : rows) t.add(std::move(row.cells));
    t.write(out, f);
}

void render_path(const TimelineGraph& g, Vertex from, Vertex to, std::size_t max_hops,
                 const std::optional<std::vector<graph::PathHop>>& hops, Format f,
                 std::ostream& out) {
    if (f == Format::json) {
        QueryJson j(g);
        auto& w = j.w();
        w.StartObject();
        j.key("query");
        j.str("path");
        j.key("from");
        j.actor_ref(from);
        j.key("to");
        j.actor_ref(to);
        j.key("max_hops");
        w.Uint64(max_hops);
        j.key("found");
        w.Bool(hops.has_value());
        j.key("hops");
        w.StartArray();
        for (const graph::PathHop& hop : hops ? *hops : std::vector<graph::PathHop>{}) {
            w.StartObject();
            j.key("from");
            j.actor_ref(hop.from);
            j.key("to");
            j.actor_ref(hop.to);
            j.key("relations");
            w.StartArray();
            for (const RelationHit& h : hop.relations) {
                w.StartObject();
                j.key("direction");
                j.str(h.source == hop.from ? "forward" : "backward");
                j.relation_fields(h);
                w.EndObject();
            }
            w.EndArray();
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
        j.finish(out);
        return;
    }
    if (!hops && f == Format::table) {
        out << "no path from " << name_of(g, from) << " to " << name_of(g, to) << " within "
            << max_hops << " hops\n";
        return;
    }
    Table t = f == Format::csv
                  ? Table({"hop", "from_id", "from", "relation", "direction", "to_id", "to",
                           "first", "last", "count", "event", "article", "snippet"})
                  : Table({"HOP", "FROM", "LINK", "TO", "DATES", "COUNT", "EVIDENCE"});
    std::size_t n = 0;
    for (const graph::PathHop& hop : hops ? *hops : std::vector<graph::PathHop>{}) {
        ++n;
        for (const RelationHit& h : hop.relations) {
            const bool forward = h.source == hop.from;
            const Evidence* e = latest(h);
            if (f == Format::csv) {
                std::vector<std::string> row = {std::to_string(n),
                                                g.actor(hop.from).id,
                                                name_of(g, hop.from),
                                                std::string(h.type),
                                                forward ? "forward" : "backward",
                                                g.actor(hop.to).id,
                                                name_of(g, hop.to),
                                                date_text(h.first),
                                                date_text(h.last),
                                                std::to_string(h.count)};
                for (auto& c : evidence_columns(g, e)) row.push_back(std::move(c));
                t.add(std::move(row));
            } else {
                t.add({std::to_string(n), name_of(g, hop.from),
                       forward ? "-[" + std::string(h.type) + "]->"
                               : "<-[" + std::string(h.type) + "]-",
                       name_of(g, hop.to), date_range(h.first, h.last), std::to_string(h.count),
                       e ? evidence_cell(*e) : ""});
            }
        }
    }
    t.write(out, f);
}

}  // namespace tkg::cli
