#include <doctest/doctest.h>

#include "tkg/graph/timeline_graph.hpp"

using namespace tkg::graph;

namespace {

ActorRecord actor(std::string id, std::string name, ActorType type = ActorType::person) {
    ActorRecord a;
    a.id = std::move(id);
    a.name = std::move(name);
    a.type = type;
    a.mentions = 1;
    return a;
}

EventRecord meeting(std::string id, std::string article, const char* date) {
    EventRecord e;
    e.id = std::move(id);
    e.type = "meet";
    e.cameo = "040";
    e.source = {"joe-biden"};
    e.target = {"leaders"};
    e.date = DateValue::parse(date);
    e.date_source = DateSource::timex;
    e.mention.article = std::move(article);
    e.mention.trigger_text = "met";
    e.mention.date = e.date;
    return e;
}

ArticleRecord article(std::string id, const char* date) {
    ArticleRecord r;
    r.id = std::move(id);
    r.date = DateValue::parse(date);
    r.actors = {actor("joe-biden", "Joe Biden"),
                actor("leaders", "Muslim leaders", ActorType::group)};
    return r;
}

}  // namespace

TEST_CASE("actors with the same id from different articles are one vertex") {
    TimelineGraph g;
    auto a1 = article("a1", "2023-11-12");
    a1.actors[0].aliases = {"Biden"};
    auto a2 = article("a2", "2023-11-27");
    a2.actors[0].aliases = {"President Biden", "Biden"};
    a2.actors[0].roles = {Role{"President", "united-states", std::nullopt, std::nullopt}};
    g.add(a1);
    g.add(a2);
    CHECK(g.actor_count() == 2);
    CHECK(g.article_count() == 2);
    const ActorNode& biden = g.actor(*g.find_actor("joe-biden"));
    CHECK(biden.aliases == std::vector<std::string>{"Biden", "President Biden"});
    CHECK(biden.roles.size() == 1);
    CHECK(biden.articles == 2);
    CHECK(biden.first_seen->to_string() == "2023-11-12");
    CHECK(biden.last_seen->to_string() == "2023-11-27");
}

TEST_CASE("the same event reported by two articles is one event with two mentions") {
    TimelineGraph g;
    auto a1 = article("a1", "2023-11-12");
    a1.events = {meeting("a1#e1", "a1", "2023-11")};
    a1.relations = {RelationRecord{"met_with", "joe-biden", "leaders", std::nullopt, "a1#e1", {}}};
    auto a2 = article("a2", "2023-11-27");
    a2.events = {meeting("a2#e1", "a2", "2023-11-07")};
    a2.relations = {RelationRecord{"met_with", "joe-biden", "leaders", std::nullopt, "a2#e1", {}}};
    g.add(a1);
    g.add(a2);
    REQUIRE(g.event_count() == 1);
    const EventNode& e = g.event(*g.find_event("a1#e1"));
    CHECK(e.mentions.size() == 2);
    CHECK(e.date->to_string() == "2023-11-07");           // the more precise compatible date wins
    CHECK(e.mentions[0].date->to_string() == "2023-11");  // each report keeps its own
    // One relation, counted once per distinct event, so a repeated report does not inflate it.
    REQUIRE(g.relation_count() == 1);
    const auto [e_begin, e_end] = boost::edges(g.graph());
    for (auto it = e_begin; it != e_end; ++it)
        if (g.graph()[*it].kind == EdgeKind::relation) {
            CHECK(g.relation(*it).count == 1);
            CHECK(g.relation(*it).evidence == std::vector<std::string>{"a1#e1"});
        }
    CHECK(g.participants(*g.find_event("a1#e1"), ParticipantRole::source).size() == 1);
    CHECK(g.event_summary(*g.find_event("a1#e1")) == "Joe Biden meet Muslim leaders");
}

TEST_CASE("events with incompatible dates or from the same article stay apart") {
    TimelineGraph g;
    auto a1 = article("a1", "2023-11-12");
    a1.events = {meeting("a1#e1", "a1", "2023-11-02"), meeting("a1#e2", "a1", "2023-11-02")};
    auto a2 = article("a2", "2023-11-27");
    a2.events = {meeting("a2#e1", "a2", "2023-10")};
    g.add(a1);
    g.add(a2);
    CHECK(g.event_count() == 3);
}

TEST_CASE("events_by_date orders by date with undated events last") {
    TimelineGraph g;
    auto a1 = article("a1", "2023-11-12");
    a1.events = {meeting("e-late", "a1", "2023-11-20"), meeting("e-none", "a1", "2023-11-20"),
                 meeting("e-early", "a1", "2023-10")};
    a1.events[1].date.reset();
    a1.events[1].type = "visit";
    a1.events[0].type = "call";
    g.add(a1);
    g.finalize();
    std::vector<std::string> order;
    for (const Vertex v : g.events_by_date()) order.push_back(g.event(v).id);
    CHECK(order == std::vector<std::string>{"e-early", "e-late", "e-none"});
}

TEST_CASE("finalize: a bare surname joins the one full name of the corpus with it") {
    TimelineGraph g;
    ArticleRecord a1;
    a1.id = "a1";
    a1.actors = {actor("aaron-david-miller", "Aaron David Miller")};
    ArticleRecord a2;
    a2.id = "a2";
    a2.actors = {actor("miller", "Miller"), actor("leaders", "Muslim leaders", ActorType::group)};
    a2.events = {meeting("a2#e1", "a2", "2023-11")};
    a2.events[0].source = {"miller"};
    a2.relations = {RelationRecord{"met_with", "miller", "leaders", std::nullopt, "a2#e1", {}}};
    g.add(a1);
    g.add(a2);
    g.finalize();
    CHECK(g.actor_count() == 2);
    const auto v = g.find_actor("aaron-david-miller");
    REQUIRE(v);
    CHECK(g.actor(*v).aliases == std::vector<std::string>{"Miller"});
    CHECK(g.actor(*v).mentions == 2);
    CHECK(g.participants(*g.find_event("a2#e1"), ParticipantRole::source) ==
          std::vector<Vertex>{*v});
    CHECK(g.relation_count() == 1);
    CHECK_FALSE(g.find_actor("miller"));
}

TEST_CASE("finalize: an ambiguous surname stays apart") {
    TimelineGraph g;
    ArticleRecord a1;
    a1.id = "a1";
    a1.actors = {actor("aaron-miller", "Aaron Miller"), actor("stephen-miller", "Stephen Miller")};
    ArticleRecord a2;
    a2.id = "a2";
    a2.actors = {actor("miller", "Miller")};
    g.add(a1);
    g.add(a2);
    g.finalize();
    CHECK(g.actor_count() == 3);
}
