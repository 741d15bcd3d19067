#include <doctest/doctest.h>

#include "export/export_helpers.hpp"

using namespace tkg::exporters;
using tkg::test::small_graph;

TEST_CASE("Graphviz DOT: golden files, escaped names, positions on every node") {
    const std::string dot = tkg::test::export_text(small_graph(), "dot");
    tkg::test::check_golden("small.graph.dot", dot);
    tkg::test::check_golden(
        "small.actors.dot",
        tkg::test::export_text(small_graph(), "dot", {{.kind = ViewKind::actors}}));
    CHECK(dot.rfind("digraph tkg {", 200) != std::string::npos);
    CHECK(dot.find("label=\"A & B <Co> \\\"Ltd\\\" 🙂 שלום\"") != std::string::npos);
    CHECK(dot.find("label=\"ctl name, \\\"quoted\\\" and\\\\slash\"") != std::string::npos);
    std::size_t nodes = 0;
    for (std::size_t at = dot.find("\n  \""); at != std::string::npos;
         at = dot.find("\n  \"", at + 1)) {
        const std::string line = dot.substr(at + 1, dot.find('\n', at + 1) - at - 1);
        if (line.find(" -> ") != std::string::npos) continue;
        ++nodes;
        CHECK_MESSAGE(line.find(" pos=\"") != std::string::npos, line);
    }
    CHECK(nodes == 18);
}
