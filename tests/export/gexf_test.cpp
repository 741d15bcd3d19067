#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <sstream>

#include "export/export_helpers.hpp"
#include "export/exporters.hpp"
#include "tkg/export/layout.hpp"

using namespace tkg::exporters;
using tkg::test::small_graph;

namespace {

std::string gexf(ViewOptions view = {}) {
    return tkg::test::export_text(small_graph(), "gexf", {view});
}

// Everything Gephi needs that no schema checks.
void check_gephi_rules(const std::string& xml) {
    using namespace tkg::test;
    check_ids_and_ends(
        xml_attribute_values(xml, "node", "id"), xml_attribute_values(xml, "edge", "id"),
        xml_attribute_values(xml, "edge", "source"), xml_attribute_values(xml, "edge", "target"));
    const std::regex day(R"(\d{4}-\d{2}-\d{2})");
    for (const char* element : {"node", "edge"})
        for (const auto& tag : xml_tags(xml, element)) {
            const std::string start = tag_attribute(tag, "start"), end = tag_attribute(tag, "end");
            CHECK_MESSAGE(start.empty() == end.empty(), tag);
            if (start.empty()) continue;
            CHECK_MESSAGE(std::regex_match(start, day), "not a full date: " << tag);
            CHECK_MESSAGE(std::regex_match(end, day), "not a full date: " << tag);
            CHECK_MESSAGE(start <= end, "start after end: " << tag);
        }
    std::set<std::tuple<std::string, std::string, std::string>> pairs;
    for (const auto& tag : xml_tags(xml, "edge")) {
        CHECK_MESSAGE(!tag_attribute(tag, "type").empty(), "edge without type: " << tag);
        const std::string weight = tag_attribute(tag, "weight");
        CHECK_MESSAGE((!weight.empty() && std::stod(weight) > 0), "weight must not be 0: " << tag);
        // Parallel edges need distinct kinds, or Gephi merges them.
        CHECK_MESSAGE(pairs
                          .insert({tag_attribute(tag, "source"), tag_attribute(tag, "target"),
                                   tag_attribute(tag, "kind")})
                          .second,
                      "parallel edges of one kind: " << tag);
    }
    for (const auto& tag : xml_tags(xml, "attribute"))
        CHECK(tag_attribute(tag, "id") == tag_attribute(tag, "title"));
}

}  // namespace

TEST_CASE("GEXF golden files: full, actors and events views") {
    tkg::test::check_golden("small.graph.gexf", gexf());
    tkg::test::check_golden("small.actors.gexf", gexf({.kind = ViewKind::actors}));
    tkg::test::check_golden("small.events.gexf", gexf({.kind = ViewKind::events}));
}

TEST_CASE("GEXF is dynamic 1.3 with the viz namespace and validates in every view") {
    const std::string xml = gexf();
    CHECK(xml.find("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
                   "version=\"1.3\">") != std::string::npos);
    CHECK(xml.find("mode=\"dynamic\" timeformat=\"date\" defaultedgetype=\"directed\"") !=
          std::string::npos);
    CHECK(xml.find("<viz:color r=\"31\" g=\"119\" b=\"180\"/>") != std::string::npos);  // person
    CHECK(xml.find("A &amp; B &lt;Co&gt; &quot;Ltd&quot; 🙂 שלום") != std::string::npos);
    CHECK(xml.find('\x01') == std::string::npos);
    // The event of 2020 reported in 2023: the actors exist from 2020 on, so its edges show.
    CHECK(xml.find("label=\"Muslim American leaders\" start=\"2020-01-01\" end=\"2023-11-27\"") !=
          std::string::npos);
    // A month-precise event spans its month; an interval runs to its end.
    CHECK(xml.find("start=\"2023-11-01\" end=\"2023-11-30\"") != std::string::npos);
    CHECK(xml.find("start=\"2023-10-07\" end=\"2023-11-27\"") != std::string::npos);
    for (const ViewOptions& v :
         {ViewOptions{}, ViewOptions{.kind = ViewKind::actors},
          ViewOptions{.kind = ViewKind::events},
          ViewOptions{.from = tkg::graph::DateValue::parse("2023-11"), .actor = "biden"}}) {
        const std::string out = gexf(v);
        CHECK_MESSAGE(tkg::test::validates(out, "schemas/gexf/1.3-patched/gexf.xsd"),
                      "view " << to_string(v.kind));
        check_gephi_rules(out);
    }
    CHECK(gexf() == gexf());  // byte-identical
}

TEST_CASE("GEXF of the actor network: weights count evidence, parallel relations stay apart") {
    const std::string xml = gexf({.kind = ViewKind::actors});
    // Biden met the leaders twice (two events): one edge of weight 2.
    CHECK(xml.find("source=\"actor:joe-biden\" target=\"actor:leaders\" type=\"directed\" "
                   "kind=\"met_with\" label=\"met_with\" weight=\"2\"") != std::string::npos);
    // The leaders appealed to, supported and criticized Biden: three edges, three kinds.
    int parallel = 0;
    for (const auto& tag : tkg::test::xml_tags(xml, "edge"))
        if (tkg::test::tag_attribute(tag, "source") == "actor:leaders" &&
            tkg::test::tag_attribute(tag, "target") == "actor:joe-biden")
            ++parallel;
    CHECK(parallel == 3);
    CHECK(xml.find("Lonely Observer") == std::string::npos);  // no relations, not in the network
}

TEST_CASE("a mixed GEXF graph has no default edge type and a type on every edge") {
    View view = make_view(small_graph(), {.kind = ViewKind::actors});
    layout_view(view);
    const auto first = *boost::edges(view.graph).first;
    view.graph[first].directed = false;
    REQUIRE(view.mixed());
    std::ostringstream out;
    write_gexf(view, out);
    const std::string xml = out.str();
    CHECK(xml.find("defaultedgetype") == std::string::npos);
    CHECK(xml.find("type=\"undirected\"") != std::string::npos);
    CHECK(tkg::test::validates(xml, "schemas/gexf/1.3-patched/gexf.xsd"));
    check_gephi_rules(xml);
}
