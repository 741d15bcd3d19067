#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tkg/export/exporter.hpp"

using namespace tkg::graph;

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

std::string write(const TimelineGraph& g) {
    std::ostringstream out;
    tkg::exporters::make_exporter("graphml")->write(g, out, {});
    return out.str();
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
    const std::string shared = TKG_SHARED_DIR;
    const std::string schema = shared + "/schemas/graphml/graphml.xsd";
    REQUIRE_MESSAGE(std::filesystem::exists(schema),
                    "the GraphML schema is missing: set TKG_SHARED_DIR to the shared/ folder");
    const auto file = std::filesystem::temp_directory_path() / "tkg-graphml-test.graphml";
    std::ofstream(file) << write(hostile_graph());
    const std::string cmd =
        "xmllint --nonet --noout --schema '" + schema + "' '" + file.string() + "' 2>&1";
    CHECK(std::system(cmd.c_str()) == 0);
    std::filesystem::remove(file);
}
