#include <doctest/doctest.h>

#include <set>

#include <rapidjson/document.h>

#include "export/export_helpers.hpp"

using namespace tkg::exporters;
using tkg::test::small_graph;

TEST_CASE("TimelineJS: one slide per dated event, numeric dates, escaped HTML") {
    const std::string text = tkg::test::export_text(small_graph(), "timelinejs");
    tkg::test::check_golden("small.timelinejs.json", text);
    rapidjson::Document doc;
    doc.Parse(text.c_str(), text.size());
    REQUIRE_FALSE(doc.HasParseError());
    const auto& events = doc["events"];
    CHECK(events.Size() == 8);  // nine events, one undated
    std::set<std::string> ids;
    for (const auto& e : events.GetArray()) {
        CHECK(ids.insert(e["unique_id"].GetString()).second);
        for (const char* which : {"start_date", "end_date"}) {
            if (!e.HasMember(which)) continue;
            const auto& d = e[which];
            CHECK(d["year"].IsInt());
            if (d.HasMember("month")) {
                CHECK(d["month"].GetUint() >= 1);
                CHECK(d["month"].GetUint() <= 12);
            }
            if (d.HasMember("day")) {
                CHECK(d["day"].GetUint() >= 1);
                CHECK(d["day"].GetUint() <= 31);
            }
        }
        const std::string html = e["text"]["text"].GetString();
        CHECK(html.find("<Co>") == std::string::npos);
        CHECK(html.find('\t') == std::string::npos);
    }
    CHECK(text.find("&lt;Co&gt;") != std::string::npos);
    // Precision: a month has no day, a year no month, a week and a quarter become spans.
    CHECK(text.find("\"start_date\":{\"year\":2023,\"month\":11},") != std::string::npos);
    CHECK(text.find("\"start_date\":{\"year\":2020}") != std::string::npos);
    CHECK(text.find("\"start_date\":{\"year\":2023,\"month\":11,\"day\":20,\"display_date\":"
                    "\"2023-W47\"},\"end_date\":{\"year\":2023,\"month\":11,\"day\":26}") !=
          std::string::npos);
    CHECK(text.find("\"display_date\":\"2023-Q3\"},\"end_date\":{\"year\":2023,\"month\":9}") !=
          std::string::npos);
    // An interval ends on its end date.
    CHECK(text.find("\"start_date\":{\"year\":2023,\"month\":10,\"day\":7},\"end_date\":{"
                    "\"year\":2023,\"month\":11,\"day\":27}") != std::string::npos);
}
