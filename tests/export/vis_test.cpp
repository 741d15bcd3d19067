#include <doctest/doctest.h>

#include <map>
#include <set>

#include <rapidjson/document.h>

#include "export/export_helpers.hpp"

using namespace tkg::exporters;
using tkg::test::small_graph;

TEST_CASE("vis-timeline: one group per actor, items in the groups of their actors") {
    const std::string text = tkg::test::export_text(small_graph(), "vis");
    tkg::test::check_golden("small.vis-timeline.json", text);
    rapidjson::Document doc;
    doc.Parse(text.c_str(), text.size());
    REQUIRE_FALSE(doc.HasParseError());
    std::set<std::string> groups, items;
    for (const auto& g : doc["groups"].GetArray()) CHECK(groups.insert(g["id"].GetString()).second);
    std::map<std::string, int> groups_of_event;
    for (const auto& i : doc["items"].GetArray()) {
        CHECK(items.insert(i["id"].GetString()).second);
        CHECK(groups.count(i["group"].GetString()));
        const std::string start = i["start"].GetString();
        CHECK(start.size() == 10);
        if (i.HasMember("end")) CHECK(start < std::string(i["end"].GetString()));
        CHECK(std::string(i["type"].GetString()) == (i.HasMember("end") ? "range" : "box"));
        ++groups_of_event[i["event"].GetString()];
    }
    CHECK(groups.size() == 6);                   // every actor with a dated event; not the observer
    CHECK(groups_of_event["a1#e1"] == 3);        // Biden, the leaders and A & B
    CHECK(groups_of_event.count("a1#e4") == 0);  // undated
    CHECK(text.find("A &amp; B &lt;Co&gt; &quot;Ltd&quot; 🙂 שלום") != std::string::npos);
}
