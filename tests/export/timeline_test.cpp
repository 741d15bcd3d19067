#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include "export/export_helpers.hpp"

using namespace tkg::exporters;
using tkg::test::small_graph;

TEST_CASE("timeline.json: every event in time order, undated last, with its actors") {
    const std::string text = tkg::test::export_text(small_graph(), "timeline");
    tkg::test::check_golden("small.timeline.json", text);
    rapidjson::Document doc;
    doc.Parse(text.c_str(), text.size());
    REQUIRE_FALSE(doc.HasParseError());
    CHECK(std::string(doc["schema"].GetString()) == "tkg.timeline/1");
    const auto& events = doc["events"];
    REQUIRE(events.Size() == 9);
    std::string previous;
    bool undated_seen = false;
    for (const auto& e : events.GetArray()) {
        if (e["date"].IsNull()) {
            undated_seen = true;
            continue;
        }
        CHECK_FALSE(undated_seen);  // undated events come last
        const std::string first = e["first_day"].GetString();
        CHECK(previous <= first);
        CHECK(first <= std::string(e["last_day"].GetString()));
        previous = first;
        for (const char* field : {"precision", "type", "cameo", "summary", "article"})
            CHECK(e[field].IsString());
        CHECK(e["source"].IsArray());
    }
    const auto& first = events[0];
    CHECK(std::string(first["date"].GetString()) == "2020");
    CHECK(std::string(first["precision"].GetString()) == "year");
    CHECK(std::string(first["source"][0]["name"].GetString()) == "Muslim American leaders");
    CHECK(std::string(first["target"][0]["id"].GetString()) == "joe-biden");
}

TEST_CASE("timeline.json follows the filters") {
    const std::string text =
        tkg::test::export_text(small_graph(), "timeline", {{.types = {"meet"}}});
    rapidjson::Document doc;
    doc.Parse(text.c_str(), text.size());
    CHECK(doc["events"].Size() == 2);
}
