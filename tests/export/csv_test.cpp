#include <doctest/doctest.h>

#include <map>
#include <set>

#include "export/export_helpers.hpp"

using namespace tkg::exporters;
using tkg::test::small_graph;

namespace {

// RFC 4180 rows: quoted fields may hold commas and doubled quotes.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false, was_quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = was_quoted = true;
        } else if (c == ',') {
            rows.back().push_back(field);
            field.clear();
        } else if (c == '\n') {
            rows.back().push_back(field);
            field.clear();
            rows.emplace_back();
        } else {
            field += c;
        }
    }
    if (rows.back().empty()) rows.pop_back();
    (void)was_quoted;
    return rows;
}

std::map<std::string, std::string> row_map(const std::vector<std::string>& header,
                                           const std::vector<std::string>& row) {
    std::map<std::string, std::string> out;
    for (std::size_t i = 0; i < header.size(); ++i) out[header[i]] = row.at(i);
    return out;
}

}  // namespace

TEST_CASE("Gephi spreadsheet tables: nodes.csv and edges.csv") {
    const auto ex = make_exporter("csv");
    REQUIRE(ex->file_names() == std::vector<std::string_view>{"nodes.csv", "edges.csv"});
    const std::string nodes_text = tkg::test::export_text(small_graph(), "csv", {}, 0);
    const std::string edges_text = tkg::test::export_text(small_graph(), "csv", {}, 1);
    tkg::test::check_golden("small.nodes.csv", nodes_text);
    tkg::test::check_golden("small.edges.csv", edges_text);

    const auto nodes = parse_csv(nodes_text);
    const auto edges = parse_csv(edges_text);
    REQUIRE(nodes.size() == 1 + 18);
    CHECK(std::vector<std::string>(nodes[0].begin(), nodes[0].begin() + 3) ==
          std::vector<std::string>{"Id", "Label", "timeset"});
    CHECK(std::vector<std::string>(edges[0].begin(), edges[0].begin() + 8) ==
          std::vector<std::string>{"Source", "Target", "Type", "Kind", "Id", "Label", "Weight",
                                   "timeset"});
    std::set<std::string> ids;
    std::map<std::string, std::string> labels;
    for (std::size_t i = 1; i < nodes.size(); ++i) {
        REQUIRE(nodes[i].size() == nodes[0].size());
        const auto row = row_map(nodes[0], nodes[i]);
        CHECK(ids.insert(row.at("Id")).second);
        labels[row.at("Id")] = row.at("Label");
    }
    CHECK(labels["actor:acme"] == "A & B <Co> \"Ltd\" 🙂 שלום");
    CHECK(labels["actor:ctl"] == "ctl name, \"quoted\" and\\slash");  // one line, no controls
    std::set<std::string> edge_ids;
    for (std::size_t i = 1; i < edges.size(); ++i) {
        REQUIRE(edges[i].size() == edges[0].size());
        const auto row = row_map(edges[0], edges[i]);
        CHECK(ids.count(row.at("Source")));
        CHECK(ids.count(row.at("Target")));
        CHECK(edge_ids.insert(row.at("Id")).second);
        CHECK(row.at("Type") == "Directed");
        CHECK(std::stoi(row.at("Weight")) > 0);
        const std::string t = row.at("timeset");
        if (!t.empty()) {
            REQUIRE(t.size() == 26);  // <[YYYY-MM-DD, YYYY-MM-DD]>
            CHECK(t.substr(0, 2) == "<[");
            CHECK(t.substr(2, 10) <= t.substr(14, 10));
        }
    }
}
