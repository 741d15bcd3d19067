#include <doctest/doctest.h>

#include <map>
#include <set>

#include <rapidjson/document.h>

#include "export/export_helpers.hpp"

using namespace tkg::exporters;
using tkg::test::small_graph;

TEST_CASE("Cytoscape.js elements: golden file, unique ids, declared ends, positions") {
    const std::string text = tkg::test::export_text(small_graph(), "cytoscape");
    tkg::test::check_golden("small.graph.cyjs", text);
    rapidjson::Document doc;
    doc.Parse(text.c_str(), text.size());
    REQUIRE_FALSE(doc.HasParseError());
    CHECK(doc["directed"].GetBool());
    const auto& nodes = doc["elements"]["nodes"];
    const auto& edges = doc["elements"]["edges"];
    CHECK(nodes.Size() == 7 + 9 + 2);  // actors, events, articles
    std::vector<std::string> ids, edge_ids, sources, targets;
    std::map<std::string, std::string> names;
    for (const auto& n : nodes.GetArray()) {
        const auto& d = n["data"];
        ids.push_back(d["id"].GetString());
        names[d["id"].GetString()] = d["name"].GetString();
        CHECK(std::string(d["value"].GetString()) == d["id"].GetString());
        CHECK(n["position"]["x"].IsNumber());
        CHECK(n["position"]["y"].IsNumber());
    }
    std::set<std::tuple<std::string, std::string, unsigned>> keys;
    for (const auto& e : edges.GetArray()) {
        const auto& d = e["data"];
        edge_ids.push_back(d["id"].GetString());
        sources.push_back(d["source"].GetString());
        targets.push_back(d["target"].GetString());
        CHECK(d["weight"].GetUint() > 0);
        CHECK(keys.insert({sources.back(), targets.back(), d["key"].GetUint()}).second);
    }
    tkg::test::check_ids_and_ends(ids, edge_ids, sources, targets);
    CHECK(names["actor:acme"] == "A & B <Co> \"Ltd\" 🙂 שלום");
    CHECK(names["actor:ctl"] == "ctl\x01name, \"quoted\"\tand\\slash");  // JSON keeps it all
}
