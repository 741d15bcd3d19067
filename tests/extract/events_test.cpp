// Events on short sentences of our own: each trigger class, active and passive voice, nouns
// and light verbs, coordination, negation, modality, reported speech, demanded events, dates
// — and sentences that must give no event.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "extract/extract_helpers.hpp"

using tkg::test::extract_text;

namespace {

// "type cameo [sources] -> [targets] date modality polarity" for every event.
std::vector<std::string> events_of(const std::string& text,
                                   const std::string& date = "2023-11-12") {
    const auto x = extract_text(text, date);
    std::vector<std::string> out;
    for (const auto& e : x.events) {
        std::ostringstream s;
        auto ids = [&](const std::vector<std::string>& v) {
            std::string r = "[";
            for (const auto& id : v) r += (r.size() > 1 ? "," : "") + id;
            return r + "]";
        };
        s << e.type << " " << e.cameo << " " << ids(e.source) << "->" << ids(e.target) << " "
          << (e.date_value.empty() ? "-" : e.date_value) << " " << to_string(e.modality) << " "
          << to_string(e.polarity);
        out.push_back(s.str());
    }
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("meetings: verbs, nouns, light verbs, 'between', fronted phrases") {
    CHECK(has(events_of("Biden met Netanyahu on Tuesday."),
              "meet 040 [joe-biden]->[benjamin-netanyahu] 2023-11-07 asserted positive"));
    CHECK(has(events_of("Blinken met with Jordanian officials in Amman."),
              "meet 040 [antony-blinken]->[jordanian-officials] 2023-11-12 asserted positive"));
    CHECK(has(events_of("Egyptian officials held talks with Hamas leaders."),
              "negotiate 046 [egyptian-officials]->[hamas-leaders] 2023-11-12 asserted positive"));
    CHECK(has(events_of("A meeting between Macron and Scholz took place in Paris."),
              "meet 040 [emmanuel-macron]->[olaf-scholz] 2023-11-12 asserted positive"));
    CHECK(has(events_of("In a meeting with union leaders, Governor Tom Reyes promised more funds."),
              "meet 040 [tom-reyes]->[union-leaders] 2023-11-12 asserted positive"));
    CHECK(has(events_of("Blinken met leaders of Jewish, Arab, and Palestinian-American groups."),
              "meet 040 [antony-blinken]->[jewish-groups,arab-groups,palestinian-american-groups] "
              "2023-11-12 asserted positive"));
}

TEST_CASE("criticism and accusations: active, passive, nouns, possessors") {
    CHECK(has(events_of("Turkey condemned Israel."),
              "criticize 111 [turkey]->[israel] 2023-11-12 asserted positive"));
    CHECK(has(events_of("Israel was condemned by Turkey."),
              "criticize 111 [turkey]->[israel] 2023-11-12 asserted positive"));
    CHECK(has(events_of("Biden faced criticism from Muslim American leaders."),
              "criticize 111 [muslim-american-leaders]->[joe-biden] 2023-11-12 asserted positive"));
    CHECK(has(events_of("Biden's remark drew condemnation from Arab American groups."),
              "criticize 111 [arab-american-groups]->[joe-biden] 2023-11-12 asserted positive"));
    const auto k = events_of("John Kirby accused Hamas of using civilians as human shields.");
    CHECK(has(k, "accuse 112 [john-kirby]->[hamas] 2023-11-12 asserted positive"));
    CHECK(has(k, "human shield 184 [hamas]->[] 2023-11-12 reported positive"));
    // A passive never flips who acts: the agent after "by" is the source.
    const auto p = events_of("Palestinian civilians were killed by Israeli forces.");
    CHECK(std::none_of(p.begin(), p.end(), [](const std::string& e) {
        return e.find("[palestinian-civilians]->") != std::string::npos;
    }));
}

TEST_CASE("statements, reported speech and the accusations they carry") {
    const auto e = events_of("Russia said Ukraine attacked a hospital.");
    CHECK(has(e, "statement 010 [russia]->[] 2023-11-12 asserted positive"));
    CHECK(has(e, "attack 190 [ukraine]->[] 2023-11-12 reported positive"));
    // Telling of another's attack accuses them of aggression (1123).
    CHECK(has(e, "accuse 1123 [russia]->[ukraine] 2023-11-12 asserted positive"));
    const auto q = events_of("“We will not stop,” said Yoav Gallant.");
    CHECK(has(q, "statement 010 [yoav-gallant]->[] 2023-11-12 asserted positive"));
    // An unknown speaker after the comma is nobody, not the last actor of the clause.
    const auto o = events_of("Israel has bombarded Gaza for weeks, officials said.");
    CHECK(has(o, "attack 195 [israel]->[gaza] 2023-11-12 asserted positive"));
    CHECK_FALSE(std::any_of(o.begin(), o.end(), [](const std::string& s) {
        return s.starts_with("statement 010 [gaza]") || s.starts_with("accuse");
    }));
    const auto a = events_of("Israel struck Gaza, according to the Gaza health ministry.");
    CHECK(has(a, "attack 190 [israel]->[gaza] 2023-11-12 reported positive"));
    CHECK(has(a, "statement 010 [gaza-health-ministry]->[] 2023-11-12 asserted positive"));
}

TEST_CASE("appeals and demands: the demanded act is an event that has not happened") {
    const auto e = events_of("Qatar called for a ceasefire between Israel and Hamas.");
    CHECK(has(e, "appeal 0256 [qatar]->[] 2023-11-12 asserted positive"));
    CHECK(has(e, "ceasefire 0871 [israel]->[hamas] - demanded positive"));
    const auto d = events_of("Ireland demanded a ceasefire.");
    CHECK(has(d, "demand 107 [ireland]->[] 2023-11-12 asserted positive"));
    CHECK(has(events_of("Macron urged Netanyahu to allow aid into Gaza."),
              "appeal 020 [emmanuel-macron]->[benjamin-netanyahu] 2023-11-12 asserted positive"));
}

TEST_CASE("negation, modality and intent") {
    CHECK(has(events_of("Biden did not meet Netanyahu."),
              "meet 040 [joe-biden]->[benjamin-netanyahu] 2023-11-12 asserted negative"));
    CHECK(
        has(events_of("Erdogan refused to meet Netanyahu."),
            "meet 040 [recep-tayyip-erdogan]->[benjamin-netanyahu] 2023-11-12 asserted negative"));
    // A visit to come is coded as the intent to meet (036).
    CHECK(has(events_of("Biden will visit Israel next week."),
              "visit 036 [joe-biden]->[israel] 2023-W46 planned positive"));
    CHECK(has(events_of("Iran could attack Israel."),
              "attack 190 [iran]->[israel] - hypothetical positive"));
    CHECK(has(events_of("Russia wants to attack Moldova."),
              "threaten 138 [russia]->[moldova] - planned positive"));
}

TEST_CASE("a participle clause after a comma acts with the clause's subject") {
    CHECK(has(events_of("Hamas attacked Israel on Oct. 7, killing hundreds of civilians."),
              "kill 190 [hamas]->[] 2023-10-07 asserted positive"));
    CHECK(has(events_of("Blinken met Netanyahu in Jerusalem, urging Israel to protect civilians."),
              "appeal 020 [antony-blinken]->[israel] 2023-11-12 asserted positive"));
}

TEST_CASE("coordinated actors: one event per actor acting, together for meetings") {
    const auto e = events_of("France and Germany condemned the strike on Kyiv.");
    CHECK(has(e, "criticize 111 [france]->[] 2023-11-12 asserted positive"));
    CHECK(has(e, "criticize 111 [germany]->[] 2023-11-12 asserted positive"));
    CHECK(has(events_of("Biden and Xi met in California."),
              "meet 040 [joe-biden]->[xi-jinping] 2023-11-12 asserted positive"));
}

TEST_CASE("dates: the clause's time expression, intervals, the article, an earlier event") {
    const auto since = extract_text("Israel has bombarded Gaza since Oct. 7.", "2023-11-27");
    REQUIRE_FALSE(since.events.empty());
    CHECK(since.events[0].date_value == "2023-10-07");
    CHECK(since.events[0].date_from == tkg::graph::DateSource::timex);
    REQUIRE(since.events[0].end);
    CHECK(since.events[0].end->to_string() == "2023-11-27");
    const auto until =
        extract_text("The truce between Israel and Hamas lasts until Dec. 1.", "2023-11-27");
    REQUIRE_FALSE(until.events.empty());
    CHECK(until.events[0].date_value.empty());
    REQUIRE(until.events[0].end);
    CHECK(until.events[0].end->to_string() == "2023-12-01");
    const auto inferred = extract_text(
        "Hamas attacked Israel on Oct. 7. Israel has killed thousands in Gaza since that attack.",
        "2023-11-27");
    const auto killed = std::find_if(inferred.events.begin(), inferred.events.end(),
                                     [](const auto& e) { return e.type == "kill"; });
    REQUIRE(killed != inferred.events.end());
    CHECK(killed->date_value == "2023-10-07");
    CHECK(killed->date_from == tkg::graph::DateSource::inferred);
    REQUIRE(killed->anchor);
    CHECK(killed->anchor->relation == "since");
    CHECK(killed->anchor->event == inferred.events[0].id);
    // No attack dated in the article: the anchor stays for the graph to resolve.
    const auto open_anchor =
        extract_text("Houthi rebels have shelled Aden after the attack.", "2023-11-27");
    REQUIRE_FALSE(open_anchor.events.empty());
    REQUIRE(open_anchor.events[0].anchor);
    CHECK(open_anchor.events[0].anchor->type == "attack");
    CHECK(open_anchor.events[0].anchor->event.empty());
    CHECK(open_anchor.events[0].date_from == tkg::graph::DateSource::article);
    const auto none = extract_text("Biden will meet Netanyahu.", "2023-11-27");
    REQUIRE_FALSE(none.events.empty());
    CHECK(none.events[0].date_value.empty());  // planned, with no date given
}

TEST_CASE("relations follow events in their direction") {
    const auto x = extract_text("Turkey condemned Israel. Biden backed Israel.");
    CHECK(tkg::test::has_relation(x, "criticized", "turkey", "israel"));
    CHECK(tkg::test::has_relation(x, "supported", "joe-biden", "israel"));
    CHECK_FALSE(tkg::test::has_relation(x, "criticized", "israel", "turkey"));
}

TEST_CASE("sentences that must give no event") {
    for (const char* s :
         {"He feared World War III.", "The channel dates from the Vietnam war.",
          "The essential supplies ran low.", "She came back home.", "The weather was mild.",
          "Prices of wheat went up.", "Officials in several states counted ballots."}) {
        INFO(std::string(s));
        CHECK(events_of(s).empty());
    }
}
