#include <doctest/doctest.h>

#include <set>

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

TEST_CASE("events_by_date: one start, the shorter interval first; ties and undated in order") {
    TimelineGraph g;
    auto a1 = article("a1", "2023-11-12");
    const std::vector<std::pair<const char*, const char*>> events = {
        {"year", "2023"},          {"undated-1", nullptr}, {"month", "2023-11"},
        {"day-a", "2023-11-01"},   {"undated-2", nullptr}, {"day-b", "2023-11-01"},
        {"earlier", "2023-10-31"}, {"quarter", "2023-Q4"},
    };
    const char* types[] = {"meet", "call", "visit", "praise", "sign", "warn", "host", "vote"};
    for (std::size_t i = 0; i < events.size(); ++i) {
        auto e = meeting(events[i].first, "a1", events[i].second ? events[i].second : "2023");
        if (!events[i].second) e.date.reset();
        e.type = types[i];  // distinct events, not merged
        a1.events.push_back(e);
    }
    g.add(a1);
    g.finalize();
    std::vector<std::string> order;
    for (const Vertex v : g.events_by_date()) order.push_back(g.event(v).id);
    // The quarter starts on 1 October, before the day of 31 October.
    CHECK(order == std::vector<std::string>{"year", "quarter", "earlier", "day-a", "day-b", "month",
                                            "undated-1", "undated-2"});
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

namespace {

// "Israel has bombarded Gaza since the attack", reported on `article_date` without a date of
// its own; the anchor names an attack.
ArticleRecord bombardment_report(const char* id, const char* article_date) {
    ArticleRecord r;
    r.id = id;
    r.date = DateValue::parse(article_date);
    r.actors = {actor("israel", "Israel", ActorType::loc), actor("gaza", "Gaza", ActorType::loc)};
    EventRecord e;
    e.id = std::string(id) + "#e1";
    e.type = "attack";
    e.cameo = "195";
    e.source = {"israel"};
    e.target = {"gaza"};
    e.date = r.date;
    e.date_source = DateSource::article;
    e.mention.article = id;
    e.anchor = EventAnchor{"since", "attack", {26, 42}, {}};
    r.events = {e};
    r.relations = {RelationRecord{"attacked", "israel", "gaza", e.date, e.id, {}}};
    return r;
}

ArticleRecord attack_report(const char* id, const char* article_date, const char* date,
                            const char* attacker, const char* target) {
    ArticleRecord r;
    r.id = id;
    r.date = DateValue::parse(article_date);
    r.actors = {actor(attacker, attacker, ActorType::org), actor(target, target, ActorType::loc)};
    EventRecord e;
    e.id = std::string(id) + "#e1";
    e.type = "attack";
    e.cameo = "190";
    e.source = {attacker};
    e.target = {target};
    e.date = DateValue::parse(date);
    e.date_source = DateSource::timex;
    e.mention.article = id;
    r.events = {e};
    return r;
}

}  // namespace

TEST_CASE("finalize: 'since the attack' takes the date another article gives that attack") {
    TimelineGraph g;
    g.add(attack_report("early", "2023-10-08", "2023-10-07", "hamas", "israel"));
    g.add(attack_report("unrelated", "2023-11-02", "2023-11-01", "houthis", "eilat"));
    g.add(attack_report("later", "2024-01-03", "2024-01-02", "hamas", "israel"));
    g.add(bombardment_report("b", "2023-11-20"));
    g.finalize();
    const EventNode& e = g.event(*g.find_event("b#e1"));
    // The latest attack sharing an actor (Israel) and happening by the report's date; the
    // Houthi attack shares none, the January attack comes after the report.
    REQUIRE(e.date);
    CHECK(e.date->to_string() == "2023-10-07");
    CHECK(e.date_source == DateSource::inferred);
    REQUIRE(e.end);
    CHECK(e.end->to_string() == "2023-11-20");
    const EventAnchor* anchor = g.anchor(*g.find_event("b#e1"));
    REQUIRE(anchor);
    CHECK(anchor->event == "early#e1");
    // The relation the bombardment is evidence of moves with it.
    const auto israel = *g.find_actor("israel");
    bool seen = false;
    for (auto [oe, end] = boost::out_edges(israel, g.graph()); oe != end; ++oe) {
        if (g.graph()[*oe].kind != EdgeKind::relation) continue;
        seen = true;
        REQUIRE(g.relation(*oe).first);
        CHECK(g.relation(*oe).first->to_string() == "2023-10-07");
    }
    CHECK(seen);
    // Sorted by its new date: before the Houthi attack of November.
    const auto& order = g.events_by_date();
    const auto pos = [&](const char* id) {
        return std::find(order.begin(), order.end(), *g.find_event(id)) - order.begin();
    };
    CHECK(pos("b#e1") < pos("unrelated#e1"));
}

TEST_CASE("finalize: an anchor with no matching attack keeps the article's date") {
    TimelineGraph g;
    g.add(attack_report("other", "2023-10-08", "2023-10-07", "houthis", "eilat"));
    g.add(bombardment_report("b", "2023-11-20"));
    g.finalize();
    const EventNode& e = g.event(*g.find_event("b#e1"));
    CHECK(e.date->to_string() == "2023-11-20");
    CHECK(e.date_source == DateSource::article);
    CHECK_FALSE(e.end);
}

TEST_CASE("an article reporting an event twice merges one report and keeps the other apart") {
    TimelineGraph g;
    auto a1 = article("a1", "2023-11-12");
    a1.events = {meeting("a1#e1", "a1", "2023-11-07")};
    auto a2 = article("a2", "2023-11-27");
    a2.events = {meeting("a2#e1", "a2", "2023-11-07"), meeting("a2#e2", "a2", "2023-11-07")};
    auto a3 = article("a3", "2023-11-28");
    a3.events = {meeting("a3#e1", "a3", "2023-11-07")};
    g.add(a1);
    g.add(a2);
    g.add(a3);
    // a2's first report joins a1's event; its second is not merged with its own first, so it
    // stays an event of its own, which a3's report then joins (the earliest is taken first).
    REQUIRE(g.event_count() == 2);
    const EventNode& first = g.event(*g.find_event("a1#e1"));
    CHECK(first.mentions.size() == 3);
    CHECK(first.mentions[1].article == "a2");
    CHECK(first.mentions[2].article == "a3");
    CHECK(g.event(*g.find_event("a2#e2")).mentions.size() == 1);
    // One provenance edge per event and article that reports it.
    std::set<std::pair<Vertex, Vertex>> provenance;
    std::size_t count = 0;
    for (const Edge e : g.edges_in_order())
        if (g.graph()[e].kind == EdgeKind::provenance) {
            ++count;
            provenance.insert({boost::source(e, g.graph()), boost::target(e, g.graph())});
        }
    CHECK(count == 4);
    CHECK(provenance.size() == 4);
}
