#include <doctest/doctest.h>

#include <sstream>

#include "tkg/error.hpp"
#include "tkg/graph/graph_json.hpp"

using namespace tkg::graph;

namespace {

TimelineGraph sample_graph() {
    ArticleRecord r;
    r.id = "a1";
    r.date = DateValue::parse("2023-11-12");
    r.title = "Biden meets \"leaders\" & <allies>";
    ActorRecord biden{
        "joe-biden",
        "Joe Biden",
        ActorType::person,
        {"Biden", "the president"},
        {Role{"President", "united-states", DateValue::parse("2021-01-20"), std::nullopt}},
        "USA",
        "GOV",
        3};
    ActorRecord leaders{"muslim-american-leaders",
                        "Muslim American leaders",
                        ActorType::group,
                        {},
                        {},
                        "USA",
                        "",
                        2};
    r.actors = {biden, leaders};
    EventRecord e;
    e.id = "a1#e1";
    e.type = "meet";
    e.cameo = "040";
    e.source = {"joe-biden"};
    e.target = {"muslim-american-leaders"};
    e.date = DateValue::parse("2023-11");
    e.date_source = DateSource::timex;
    e.modality = Modality::asserted;
    e.confidence = 0.8;
    e.mention = EventMention{"a1",
                             {3, 10},
                             "meeting",
                             {0, 40},
                             "In a closed-door meeting …",
                             DateValue::parse("2023-11")};
    r.events = {e};
    r.relations = {RelationRecord{
        "met_with", "joe-biden", "muslim-american-leaders", std::nullopt, "a1#e1", {0, 40}}};
    TimelineGraph g;
    g.add(r);
    g.finalize();
    return g;
}

std::string to_json(const TimelineGraph& g) {
    std::ostringstream out;
    write_graph_json(g, out);
    return out.str();
}

}  // namespace

TEST_CASE("graph.json round-trips byte for byte") {
    const std::string first = to_json(sample_graph());
    const TimelineGraph back = read_graph_json(first);
    CHECK(back.actor_count() == 2);
    CHECK(back.event_count() == 1);
    CHECK(back.relation_count() == 1);
    CHECK(back.article_count() == 1);
    CHECK(back.actor(*back.find_actor("joe-biden")).roles.front().from->to_string() ==
          "2021-01-20");
    CHECK(to_json(back) == first);
}

TEST_CASE("graph.json is node-link JSON with kind-prefixed string ids") {
    const std::string json = to_json(sample_graph());
    CHECK(json.find("\"directed\": true") != std::string::npos);
    CHECK(json.find("\"id\":\"actor:joe-biden\"") != std::string::npos);
    CHECK(json.find("\"source\":\"event:a1#e1\",\"target\":\"article:a1\"") != std::string::npos);
    CHECK(json.find("\\\"leaders\\\" & <allies>") != std::string::npos);
}

TEST_CASE("a corrupt graph file is an InputError, never a crash") {
    const std::string good = to_json(sample_graph());
    auto rejects = [](std::string text, const char* expected) {
        try {
            read_graph_json(std::move(text), "bad.json");
            FAIL("accepted a bad graph file");
        } catch (const tkg::InputError& e) {
            CHECK_MESSAGE(std::string(e.what()).find(expected) != std::string::npos,
                          (std::string(expected) + " <- " + e.what()));
        }
    };
    rejects(good.substr(0, good.size() / 2), "not valid JSON");
    rejects("[]", "must be a JSON object");
    rejects("{\"graph\": {\"schema\": \"other\"}, \"nodes\": [], \"links\": []}",
            "not a tkg graph");
    auto replaced = [&](std::string_view from, std::string_view to) {
        std::string out = good;
        out.replace(out.find(from), from.size(), to);
        return out;
    };
    const std::string dangling = replaced("\"target\":\"article:a1\"", "\"target\":\"article:zz\"");
    rejects(dangling, "is not a node");
    rejects(replaced("\"mentions\":3", "\"mentions\":\"3\""), "non-negative integer");
    rejects(replaced("\"mentions\":3", "\"mentions\":1e999"), "not valid JSON");
    rejects(replaced("\"mentions\":3", "\"mentions\":-3"), "non-negative integer");
    std::string deep = "{\"graph\": " + std::string(100000, '[');
    rejects(deep, "not valid JSON");
    std::string dup = good;
    const auto nodes_at = dup.find("[\n") + 2;
    const auto first_node_end = dup.find(",\n", nodes_at);  // lines end in the separator
    dup.insert(nodes_at, dup.substr(nodes_at, first_node_end - nodes_at) + ",\n");
    rejects(dup, "duplicate node id");
}

TEST_CASE("the reader names the node or link at fault and trusts no size in the header") {
    const std::string good = to_json(sample_graph());
    auto error_of = [](std::string text) -> std::string {
        try {
            read_graph_json(std::move(text), "bad.json");
        } catch (const tkg::InputError& e) {
            return e.what();
        }
        return "accepted";
    };
    auto replaced = [&](std::string_view from, std::string_view to) {
        std::string out = good;
        out.replace(out.find(from), from.size(), to);
        return out;
    };
    CHECK(error_of(replaced("\"kind\":\"actor\"", "\"kind\":\"person\"")) ==
          "bad.json: node #0: node id \"actor:joe-biden\" must start with its kind "
          "\"person:\"");
    // An id of the right form but the wrong kind is no node, nor is an empty one.
    CHECK(error_of(replaced("\"target\":\"article:a1\"", "\"target\":\"actor:a1\"")) ==
          "bad.json: link #2: target \"actor:a1\" is not a node");
    CHECK(error_of(replaced("\"source\":\"event:a1#e1\"", "\"source\":\"\"")) ==
          "bad.json: link #2: source \"\" is not a node");
    // Counts in the header only size the graph up front; absurd ones change nothing.
    const TimelineGraph g =
        read_graph_json(replaced("\"events\": 1", "\"events\": 99999999999999"));
    CHECK(g.event_count() == 1);
}

TEST_CASE("any member order and extra members read the same graph") {
    const std::string good = to_json(sample_graph());
    const auto nodes_at = good.find("\"nodes\": ");
    const auto links_at = good.find(",\n\"links\": ");
    const std::string nodes = good.substr(nodes_at, links_at - nodes_at);
    const std::string links =
        good.substr(links_at + 2, good.size() - links_at - 2 - 2);  // no "}\n"
    // Links before nodes, the header last, members tkg does not know anywhere.
    const std::string shuffled =
        "{\"extra\": {\"a\": [1, {\"b\": null}], \"nodes\": 3}, " + links +
        ", \"more\": [[], \"x\"], " + nodes +
        ", \"directed\": true, \"graph\": {\"schema\": \"tkg.graph/1\", \"actors\": \"?\"}}";
    const TimelineGraph g = read_graph_json(shuffled);
    CHECK(to_json(g) == to_json(read_graph_json(good)));
}

TEST_CASE("the streaming reader rejects wrong shapes with the field named") {
    auto error_of = [](std::string text) -> std::string {
        try {
            read_graph_json(std::move(text), "bad.json");
        } catch (const tkg::InputError& e) {
            return e.what();
        }
        return "accepted";
    };
    const std::string header = "\"graph\": {\"schema\": \"tkg.graph/1\"}";
    CHECK(error_of("{" + header + ", \"nodes\": {}, \"links\": []}") ==
          "bad.json: field \"nodes\" must be an array");
    CHECK(error_of("{" + header + ", \"nodes\": [], \"links\": 7}") ==
          "bad.json: field \"links\" must be an array");
    CHECK(error_of("{" + header + ", \"nodes\": []}") == "bad.json: missing field \"links\"");
    CHECK(error_of("{\"nodes\": [], \"links\": []}") == "bad.json: missing field \"graph\"");
    CHECK(error_of("{" + header + ", \"nodes\": [42], \"links\": []}") ==
          "bad.json: node #0: a node must be an object");
    CHECK(error_of("{" + header + ", \"nodes\": [], \"links\": [[]]}") ==
          "bad.json: link #0: a link must be an object");
    CHECK(error_of("{\"graph\": \"tkg.graph/1\", \"nodes\": [], \"links\": []}") ==
          "bad.json: not a tkg graph file (expected graph.schema \"tkg.graph/1\")");
    CHECK(error_of("\"graph\"") == "bad.json: a graph file must be a JSON object");
    CHECK(error_of("{" + header + ", \"nodes\": [], \"links\": []}") == "accepted");
}
