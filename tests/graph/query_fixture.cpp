#include "graph/query_fixture.hpp"

#include <map>

#include <doctest/doctest.h>

namespace tkg::test {
namespace {

using namespace tkg::graph;

ActorRecord person(const char* id, const char* name, std::vector<std::string> aliases = {},
                   std::vector<Role> roles = {}) {
    return ActorRecord{id,    name, ActorType::person, std::move(aliases), std::move(roles), "USA",
                       "GOV", 1};
}

ActorRecord other(const char* id, const char* name, ActorType type,
                  std::vector<std::string> aliases = {}) {
    return ActorRecord{id, name, type, std::move(aliases), {}, "", "", 1};
}

const std::map<std::string, ActorRecord>& catalogue() {
    static const std::map<std::string, ActorRecord> actors = [] {
        std::map<std::string, ActorRecord> m;
        for (auto a : {
                 person("joe-biden", "Joe Biden", {"Biden", "President Joe Biden"},
                        {Role{"President", "united-states", DateValue::parse("2021-01-20"),
                              DateValue::parse("2025-01-20")}}),
                 person("antony-blinken", "Antony Blinken", {"Blinken"},
                        {Role{"Secretary of State", "united-states", {}, {}}}),
                 person("benjamin-netanyahu", "Benjamin Netanyahu", {},
                        {Role{"Prime Minister", "israel", {}, {}}}),
                 person("elizabeth-warren", "Elizabeth Warren", {},
                        {Role{"Senator", "", DateValue::parse("2013-01-03"), {}}}),
                 person("john-kirby", "John Kirby", {},
                        {Role{"Spokesperson", "white-house", {}, {}}}),
                 person("aaron-miller", "Aaron Miller"),
                 person("stephen-miller", "Stephen Miller"),
                 other("hamas", "Hamas", ActorType::org),
                 other("israel", "Israel", ActorType::loc),
                 other("white-house", "White House", ActorType::org, {"the White House"}),
                 other("arab-americans", "Arab Americans", ActorType::group, {"Arab"}),
                 other("arab-groups", "Arab groups", ActorType::group, {"Arab"}),
                 other("electoral-college", "Electoral College", ActorType::org),
             })
            m.emplace(a.id, a);
        return m;
    }();
    return actors;
}

struct Ev {
    const char* type;
    const char* cameo;
    const char* source;
    const char* target;
    const char* date;
    double confidence;
    const char* relation;
    const char* snippet;
};

ArticleRecord article(const char* id, const char* date, std::vector<const char*> actors,
                      std::vector<Ev> events) {
    ArticleRecord r;
    r.id = id;
    r.date = DateValue::parse(date);
    for (const char* a : actors) r.actors.push_back(catalogue().at(a));
    int n = 0;
    for (const Ev& e : events) {
        EventRecord ev;
        ev.id = std::string(id) + "#e" + std::to_string(++n);
        ev.type = e.type;
        ev.cameo = e.cameo;
        ev.source = {e.source};
        ev.target = {e.target};
        ev.date = DateValue::parse(e.date);
        ev.date_source = DateSource::timex;
        ev.confidence = e.confidence;
        ev.mention = EventMention{id, {}, e.type, {}, e.snippet, ev.date};
        r.relations.push_back(RelationRecord{e.relation, e.source, e.target, {}, ev.id, {}});
        r.events.push_back(std::move(ev));
    }
    return r;
}

TimelineGraph build() {
    TimelineGraph g;
    g.add(article("a1", "2023-09-15", {"joe-biden", "antony-blinken"},
                  {{"meet", "040", "joe-biden", "antony-blinken", "2023-09-14", 0.8, "met_with",
                    "Biden met Blinken on Thursday."}}));
    g.add(article("a2", "2023-10-20", {"hamas", "israel", "joe-biden", "benjamin-netanyahu"},
                  {{"attack", "190", "hamas", "israel", "2023-10-07", 0.9, "attacked",
                    "Hamas attacked Israel on October 7."},
                   {"meet", "040", "joe-biden", "benjamin-netanyahu", "2023-10-18", 0.7, "met_with",
                    "Biden met Netanyahu in Tel Aviv."}}));
    g.add(article("a3", "2023-11-20",
                  {"elizabeth-warren", "joe-biden", "antony-blinken", "benjamin-netanyahu"},
                  {{"criticize", "111", "elizabeth-warren", "joe-biden", "2023-11-20", 0.8,
                    "criticized", "Warren criticized Biden on Monday."},
                   {"meet", "040", "joe-biden", "antony-blinken", "2023-11", 0.6, "met_with",
                    "Biden met Blinken again in November."},
                   {"meet", "040", "antony-blinken", "benjamin-netanyahu", "2023-11-03", 0.75,
                    "met_with", "Blinken met Netanyahu on November 3."}}));
    auto a4 = article("a4", "2023-12-01",
                      {"john-kirby", "joe-biden", "white-house", "aaron-miller", "stephen-miller"},
                      {{"defend", "0", "john-kirby", "joe-biden", "2023-12-01", 0.7, "defended",
                        "Kirby defended Biden."},
                       {"criticize", "111", "aaron-miller", "stephen-miller", "2023-12-01", 0.5,
                        "criticized", "Aaron Miller criticized Stephen Miller."}});
    a4.relations.push_back(
        RelationRecord{"spokesperson_of", "john-kirby", "white-house", {}, "", {}});
    g.add(a4);
    g.add(article("a5", "2022-05-01",
                  {"arab-americans", "joe-biden", "arab-groups", "electoral-college"},
                  {{"support", "05", "arab-americans", "joe-biden", "2020", 0.6, "supported",
                    "Arab Americans backed Biden in 2020."}}));
    g.finalize();
    return g;
}

}  // namespace

const graph::TimelineGraph& query_world() {
    static const graph::TimelineGraph g = build();
    return g;
}

graph::Vertex world_actor(const char* id) {
    const auto v = query_world().find_actor(id);
    REQUIRE_MESSAGE(v.has_value(), "no actor " << id);
    return *v;
}

std::vector<std::string> ids(const std::vector<graph::Vertex>& vertices) {
    const auto& g = query_world();
    std::vector<std::string> out;
    for (const auto v : vertices)
        out.push_back(g.kind(v) == graph::NodeKind::actor ? g.actor(v).id : g.event(v).id);
    return out;
}

}  // namespace tkg::test
