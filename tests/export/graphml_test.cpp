#include <doctest/doctest.h>

#include <sstream>

#include "export/export_helpers.hpp"
#include "tkg/export/exporter.hpp"

using namespace tkg::graph;
using tkg::exporters::ViewKind;
using tkg::exporters::ViewOptions;

namespace {

TimelineGraph hostile_graph() {
    ArticleRecord r;
    r.id = "a&1";
    r.date = DateValue::parse("2023-11-12");
    r.title = "<b>Title</b> \"quoted\"";
    r.actors = {
        ActorRecord{
            "x", "A & B <Co> \"Ltd\" 🙂 שלום", ActorType::org, {"A&B"}, {}, "USA", "BUS", 1},
        ActorRecord{"y", std::string("ctl\x01name", 8), ActorType::person, {}, {}, "", "", 1}};
    EventRecord e;
    e.id = "a&1#e1";
    e.type = "criticize";
    e.cameo = "111";
    e.source = {"x"};
    e.target = {"y"};
    e.date = DateValue::parse("2023-11");
    e.date_source = DateSource::timex;
    e.mention.article = "a&1";
    r.events = {e};
    r.relations = {RelationRecord{"criticized", "x", "y", std::nullopt, "a&1#e1", {}}};
    TimelineGraph g;
    g.add(r);
    g.finalize();
    return g;
}

std::string write(const TimelineGraph& g, ViewOptions view = {}) {
    return tkg::test::export_text(g, "graphml", {view});
}

}  // namespace

TEST_CASE("GraphML keys declare their domain and type; no reserved attribute names") {
    const std::string xml = write(hostile_graph());
    CHECK(xml.find("for=\"all\"") == std::string::npos);
    for (const char* reserved : {"\"size\"", "\"color\"", "\"x\"", "\"y\"", "\"weight\""})
        CHECK(xml.find(std::string("attr.name=") + reserved) == std::string::npos);
    CHECK(xml.find("<edge id=\"e0\"") != std::string::npos);
    CHECK(xml.find(" label=") == std::string::npos);
    CHECK(xml.find("A &amp; B &lt;Co&gt; &quot;Ltd&quot; 🙂 שלום") != std::string::npos);
    CHECK(write(hostile_graph()) == xml);  // deterministic
}

TEST_CASE("GraphML output validates against the GraphML schema") {
    CHECK(tkg::test::validates(write(hostile_graph()), "schemas/graphml/graphml.xsd"));
}

TEST_CASE("GraphML golden files; every view validates, with unique ids and declared ends") {
    const TimelineGraph& g = tkg::test::small_graph();
    tkg::test::check_golden("small.graph.graphml", write(g));
    tkg::test::check_golden("small.actors.graphml", write(g, {.kind = ViewKind::actors}));
    for (const ViewOptions& v :
         {ViewOptions{}, ViewOptions{.kind = ViewKind::actors},
          ViewOptions{.kind = ViewKind::events}, ViewOptions{.types = {"meet"}}}) {
        const std::string xml = write(g, v);
        CHECK(tkg::test::validates(xml, "schemas/graphml/graphml.xsd"));
        tkg::test::check_ids_and_ends(tkg::test::xml_attribute_values(xml, "node", "id"),
                                      tkg::test::xml_attribute_values(xml, "edge", "id"),
                                      tkg::test::xml_attribute_values(xml, "edge", "source"),
                                      tkg::test::xml_attribute_values(xml, "edge", "target"));
        CHECK(xml.find("edgedefault=\"directed\"") != std::string::npos);
    }
}
