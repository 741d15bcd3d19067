#include <doctest/doctest.h>

#include <sstream>

#include "export/export_helpers.hpp"

using namespace tkg::exporters;
using tkg::test::small_graph;

namespace {

std::vector<std::vector<std::string>> rows(const std::string& text) {
    std::vector<std::vector<std::string>> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        out.emplace_back();
        std::size_t start = 0;
        for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
            out.back().push_back(line.substr(start, tab - start));
        out.back().push_back(line.substr(start));
    }
    return out;
}

}  // namespace

TEST_CASE("events-tsv: GDELT/Phoenix column order, one dyad per row, codebook facts") {
    const std::string text = tkg::test::export_text(small_graph(), "events-tsv");
    tkg::test::check_golden("small.events.tsv", text);
    const auto table = rows(text);
    const std::vector<std::string> lead = {"date",        "source",     "source_code", "target",
                                           "target_code", "event_code", "root_code",   "quad_class",
                                           "goldstein",   "article_id", "sentence"};
    REQUIRE(table.size() == 1 + 10);  // nine events; the meeting with two targets makes two rows
    CHECK(std::vector<std::string>(table[0].begin(), table[0].begin() + 11) == lead);
    for (const auto& r : table) CHECK(r.size() == table[0].size());
    // In date order: the 2020 support first, the undated ceasefire last.
    CHECK(table[1][0] == "2020-01-01");
    CHECK(table[1][8] == "3.4");  // 051 praise or endorse
    CHECK(table.back()[0].empty());
    CHECK(table.back()[5] == "0871");
    CHECK(table.back()[7] == "2");  // material cooperation
    int meeting_rows = 0;
    for (const auto& r : table)
        if (r[11] == "a1#e1") {
            ++meeting_rows;
            CHECK(r[1] == "Joe Biden");
            CHECK(r[2] == "USAGOV");
            CHECK(r[5] == "040");
            CHECK(r[6] == "04");
            CHECK(r[7] == "1");
            CHECK(r[8] == "1.0");
        }
    CHECK(meeting_rows == 2);
    // 0256 is listed in CAMEO; the appeal keeps its own Goldstein score.
    for (const auto& r : table)
        if (r[5] == "0256") CHECK(r[8] == "-0.3");
}

TEST_CASE("events-tsv --both-directions: symmetric events one row per direction") {
    ExportOptions both;
    both.both_directions = true;
    const auto one = rows(tkg::test::export_text(small_graph(), "events-tsv"));
    const auto two = rows(tkg::test::export_text(small_graph(), "events-tsv", both));
    // The meetings and the talks are symmetric: their four dyads (the first meeting has two)
    // come back reversed; nothing else changes.
    CHECK(two.size() == one.size() + 4);
    std::vector<std::pair<std::string, std::string>> meeting;
    for (const auto& r : two)
        if (r[11] == "a1#e1") meeting.emplace_back(r[12], r[13]);
    REQUIRE(meeting.size() == 4);
    CHECK(meeting[1] == std::pair(meeting[0].second, meeting[0].first));
    CHECK(meeting[3] == std::pair(meeting[2].second, meeting[2].first));
    // A one-way act keeps one row per dyad.
    for (const auto& r : two)
        if (r[14] == "criticize") CHECK(std::count(two.begin(), two.end(), r) == 1);
}
