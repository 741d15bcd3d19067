// tkg query: questions to a built graph.json — an actor's profile, its neighbors, what lies
// between two actors, the path that links them, timelines, the most central actors, events
// and communities. Options are wired to the library's query functions here; the answers are
// printed by query_render.cpp.
#include <algorithm>
#include <cctype>
#include <iostream>
#include <memory>

#include "common.hpp"
#include "query_render.hpp"
#include "tkg/error.hpp"
#include "tkg/graph/graph_json.hpp"
#include "tkg/graph/query_lookup.hpp"

namespace tkg::cli {
namespace {

struct QueryArgs {
    std::string graph_file;
    bool json = false;
    bool csv = false;
    std::string name, other;
    std::vector<std::string> relations, types, cameo;
    std::string direction = "both";
    std::string from, to;
    std::size_t max_hops = 6;
    std::size_t evidence = 3;
    std::string actor;
    std::string by = "degree";
    std::size_t n = 10;
    std::size_t limit = 0;
    std::string kind;
    double min_confidence = 0.0;
    std::string method = "components";
};

constexpr std::size_t kListedCandidates = 10;

std::string candidate_lines(const graph::TimelineGraph& g, const std::vector<Vertex>& actors) {
    std::size_t id_width = 0;
    const std::size_t shown = std::min(actors.size(), kListedCandidates);
    for (std::size_t i = 0; i < shown; ++i)
        id_width = std::max(id_width, g.actor(actors[i]).id.size());
    std::string out;
    for (std::size_t i = 0; i < shown; ++i) {
        const graph::ActorNode& a = g.actor(actors[i]);
        out += "\n  " + a.id + std::string(id_width - a.id.size() + 2, ' ') + a.name + " (" +
               std::string(graph::to_string(a.type)) + ", " + std::to_string(a.mentions) +
               " mention" + (a.mentions == 1 ? "" : "s") + ")";
    }
    if (actors.size() > shown)
        out += "\n  ... and " + std::to_string(actors.size() - shown) + " more";
    return out;
}

// The actor a name means, or the documented error: not found (4) with near matches, or
// ambiguous (5) with the candidates.
Vertex resolve(const graph::TimelineGraph& g, const graph::ActorLookup& lookup,
               const std::string& name) {
    const graph::ActorMatch m = lookup.find(name);
    if (m.status == graph::ActorMatch::found) return m.actors.front();
    if (m.status == graph::ActorMatch::ambiguous)
        throw AmbiguousError("'" + name + "' fits " + std::to_string(m.actors.size()) +
                             " actors; name one by its id:" + candidate_lines(g, m.actors));
    std::string message = "no actor named '" + name + "'";
    if (!m.actors.empty()) message += "; did you mean:" + candidate_lines(g, m.actors);
    throw NotFoundError(message);
}

graph::DateWindow window_of(const QueryArgs& a) {
    graph::DateWindow w;
    if (!a.from.empty()) w.from = graph::parse_window_date(a.from, "--from");
    if (!a.to.empty()) w.to = graph::parse_window_date(a.to, "--to");
    if (w.from && w.to && w.to->end_day() <= w.from->first_day())
        throw UsageError("--to " + a.to + " is before --from " + a.from);
    return w;
}

graph::RelationFilter relation_filter(const QueryArgs& a) {
    return graph::RelationFilter{a.relations, window_of(a)};
}

int run(const QueryArgs& a, const std::string& sub) {
    const Format f = a.json ? Format::json : a.csv ? Format::csv : Format::table;
    // Arguments are checked before the graph is read: a graph file may take seconds to load.
    const graph::RelationFilter relations = relation_filter(a);
    const graph::DateWindow window = relations.window;
    const graph::TimelineGraph g = graph::read_graph_json_file(a.graph_file);
    const graph::ActorLookup lookup(g);
    std::ostream& out = std::cout;

    if (sub == "actor") {
        render_actor(g, graph::actor_profile(g, resolve(g, lookup, a.name)), f, out);
    } else if (sub == "neighbors") {
        const Vertex actor = resolve(g, lookup, a.name);
        graph::NeighborOptions o{relations, *graph::parse_direction(a.direction), a.evidence,
                                 a.limit};
        render_neighbors(g, actor, graph::neighbors(g, actor, o), f, out);
    } else if (sub == "between") {
        const Vertex x = resolve(g, lookup, a.name), y = resolve(g, lookup, a.other);
        render_between(g, x, y, graph::between(g, x, y, relations, a.evidence), f, out);
    } else if (sub == "path") {
        const Vertex x = resolve(g, lookup, a.name), y = resolve(g, lookup, a.other);
        const graph::ActorNetwork network(g);
        const auto hops = graph::shortest_path(network, x, y, {relations, a.max_hops, a.evidence});
        render_path(g, x, y, a.max_hops, hops, f, out);
    } else if (sub == "timeline" || sub == "events") {
        graph::EventFilter filter{window, a.types, a.cameo, a.min_confidence, {}};
        if (!a.actor.empty()) filter.actor = resolve(g, lookup, a.actor);
        render_events(g, sub, graph::select_events(g, filter), f, out);
    } else if (sub == "top") {
        graph::TopOptions o{*graph::parse_centrality(a.by), a.n, {}, relations};
        if (!a.kind.empty()) {
            std::string upper = a.kind;
            std::transform(upper.begin(), upper.end(), upper.begin(),
                           [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
            o.kind = graph::parse_actor_type(upper);
        }
        const graph::ActorNetwork network(g);
        render_top(g, o.by, graph::top_actors(network, o), f, out);
    } else if (sub == "communities") {
        const graph::ActorNetwork network(g);
        render_communities(
            g,
            graph::find_communities(network, relations, *graph::parse_community_method(a.method)),
            f, out);
    }
    out.flush();
    if (!out) throw OutputError("cannot write to standard output");
    return 0;
}

void add_window(CLI::App* cmd, QueryArgs& a, std::string_view what) {
    cmd->add_option("--from", a.from,
                    "Only " + std::string(what) + " on or after this date (2023, 2023-11, ...)");
    cmd->add_option("--to", a.to,
                    "Only " + std::string(what) + " on or before this date (2023, 2023-11, ...)");
}

void add_relation_types(CLI::App* cmd, QueryArgs& a) {
    cmd->add_option("--relation", a.relations,
                    "Only relations of these types (met_with, criticized ...), comma-separated")
        ->delimiter(',');
}

void add_evidence(CLI::App* cmd, QueryArgs& a) {
    cmd->add_option("--evidence", a.evidence,
                    "Evidence items per relation in JSON, most recent (0: all)")
        ->capture_default_str();
}

}  // namespace

Command add_query_command(CLI::App& app) {
    auto a = std::make_shared<QueryArgs>();
    CLI::App* cmd = app.add_subcommand(
        "query", "Ask a built graph.json about actors, their relations and events");
    cmd->add_option("graph", a->graph_file, "graph.json written by tkg build")->required();
    auto* json = cmd->add_flag("--json", a->json, "Print JSON (schemas in README)");
    cmd->add_flag("--csv", a->csv, "Print CSV")->excludes(json);
    cmd->require_subcommand(1);
    cmd->footer(
        "Names match ids, names and aliases in any case ('biden', 'President Biden').\n"
        "Exit codes: 4 no actor by that name (near matches are listed),\n"
        "            5 the name fits several actors (they are listed).\n"
        "Examples:\n"
        "  tkg query out/graph.json actor biden\n"
        "  tkg query out/graph.json neighbors biden --relation met_with --from 2023-10\n"
        "  tkg query out/graph.json path 'Antony Blinken' Hamas --json");

    std::vector<CLI::App*> subs;
    auto sub = [&](const char* name, const char* help) {
        CLI::App* s = cmd->add_subcommand(name, help);
        s->fallthrough();  // --json and --csv may come after the subcommand too
        subs.push_back(s);
        return s;
    };
    CLI::App* actor = sub("actor", "Profile: names, roles, dates, degree and top relations");
    actor->add_option("name", a->name, "Actor id, name or alias")->required();

    CLI::App* neighbors = sub("neighbors", "Actors linked to one actor: how, when, how often");
    neighbors->add_option("name", a->name, "Actor id, name or alias")->required();
    add_relation_types(neighbors, *a);
    neighbors->add_option("--direction", a->direction, "out: the actor did it; in: done to it")
        ->check(CLI::IsMember({"in", "out", "both"}))
        ->capture_default_str();
    add_window(neighbors, *a, "relations with evidence");
    add_evidence(neighbors, *a);
    neighbors->add_option("-n", a->limit, "Only the first N (most frequent) relations; 0: all")
        ->capture_default_str();

    CLI::App* between = sub("between", "Every relation and event between two actors");
    between->add_option("a", a->name, "First actor")->required();
    between->add_option("b", a->other, "Second actor")->required();
    add_relation_types(between, *a);
    add_window(between, *a, "relations and events");
    add_evidence(between, *a);

    CLI::App* path = sub("path", "The shortest chain of relations between two actors");
    path->add_option("a", a->name, "From this actor")->required();
    path->add_option("b", a->other, "To this actor")->required();
    path->add_option("--max-hops", a->max_hops, "Longest chain to look for")
        ->check(CLI::Range(1, 1000))
        ->capture_default_str();
    add_relation_types(path, *a);
    add_window(path, *a, "relations with evidence");
    add_evidence(path, *a);

    CLI::App* timeline = sub("timeline", "Events in time order, told as a story");
    timeline->add_option("--actor", a->actor, "Only events this actor takes part in");
    timeline->add_option("--type", a->types, "Only these event types (meet, criticize ...)")
        ->delimiter(',');
    add_window(timeline, *a, "events");

    CLI::App* top = sub("top", "The most central actors of the relation network");
    top->add_option("--by", a->by, "Centrality")
        ->check(CLI::IsMember({"degree", "pagerank", "betweenness"}))
        ->capture_default_str();
    top->add_option("-n", a->n, "How many (0: all)")->capture_default_str();
    top->add_option("--kind", a->kind, "Only list actors of this type")
        ->check(CLI::IsMember({"person", "org", "loc", "group"}, CLI::ignore_case));
    add_relation_types(top, *a);
    add_window(top, *a, "relations with evidence");

    CLI::App* events = sub("events", "Events with their codes, participants and confidence");
    events->add_option("--type", a->types, "Only these event types (meet, criticize ...)")
        ->delimiter(',');
    events->add_option("--cameo", a->cameo, "Only CAMEO codes starting with these (04, 111 ...)")
        ->delimiter(',');
    events->add_option("--min-confidence", a->min_confidence, "Only events at least this sure")
        ->check(CLI::Range(0.0, 1.0));
    add_window(events, *a, "events");

    CLI::App* communities = sub("communities", "Groups of connected actors");
    communities->add_option("--method", a->method, "components (connected) or louvain (modularity)")
        ->check(CLI::IsMember({"components", "louvain"}))
        ->capture_default_str();
    add_relation_types(communities, *a);
    add_window(communities, *a, "relations with evidence");

    return {cmd, [a, subs]() -> int {
                for (CLI::App* s : subs)
                    if (s->parsed()) return run(*a, s->get_name());
                return 0;
            }};
}

}  // namespace tkg::cli
