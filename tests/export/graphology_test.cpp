#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include "export/export_helpers.hpp"

using namespace tkg::exporters;
using tkg::test::small_graph;

TEST_CASE("graphology serialization for sigma: numeric x/y, no node attribute named type") {
    for (const ViewKind kind : {ViewKind::full, ViewKind::actors, ViewKind::events}) {
        const std::string text =
            tkg::test::export_text(small_graph(), "graphology", {{.kind = kind}});
        if (kind == ViewKind::full) tkg::test::check_golden("small.graph.graphology.json", text);
        rapidjson::Document doc;
        doc.Parse(text.c_str(), text.size());
        REQUIRE_FALSE(doc.HasParseError());
        CHECK(std::string(doc["options"]["type"].GetString()) == "directed");
        CHECK(doc["options"]["multi"].GetBool());
        std::vector<std::string> ids, edge_ids, sources, targets;
        for (const auto& n : doc["nodes"].GetArray()) {
            ids.push_back(n["key"].GetString());
            const auto& a = n["attributes"];
            CHECK(a["x"].IsNumber());
            CHECK(a["y"].IsNumber());
            CHECK(a["size"].GetDouble() > 0);
            CHECK(a["label"].IsString());
            CHECK_FALSE(a.HasMember("type"));
            CHECK(a.HasMember("kind"));
        }
        for (const auto& e : doc["edges"].GetArray()) {
            edge_ids.push_back(e["key"].GetString());
            sources.push_back(e["source"].GetString());
            targets.push_back(e["target"].GetString());
            CHECK_FALSE(e["attributes"].HasMember("type"));
            CHECK(e["attributes"]["weight"].GetUint() > 0);
        }
        tkg::test::check_ids_and_ends(ids, edge_ids, sources, targets);
    }
}

TEST_CASE("positions are spread out: no two nodes share a point") {
    const std::string text = tkg::test::export_text(small_graph(), "graphology");
    rapidjson::Document doc;
    doc.Parse(text.c_str(), text.size());
    std::set<std::pair<double, double>> points;
    for (const auto& n : doc["nodes"].GetArray())
        points.insert({n["attributes"]["x"].GetDouble(), n["attributes"]["y"].GetDouble()});
    CHECK(points.size() == doc["nodes"].Size());
}
