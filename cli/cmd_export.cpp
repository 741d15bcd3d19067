// tkg export: read graph.json and write it in another format.
#include <iostream>
#include <optional>

#include "common.hpp"
#include "tkg/atomic_file.hpp"
#include "tkg/export/exporter.hpp"
#include "tkg/graph/graph_json.hpp"

namespace tkg::cli {

Command add_export_command(CLI::App& app) {
    auto graph_file = std::make_shared<std::string>();
    auto format = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("export", "Write a built graph.json in another format");
    cmd->add_option("graph", *graph_file, "graph.json written by tkg build")->required();
    cmd->add_option("--format,-f", *format, "Output format")->required();
    cmd->add_option("-o,--output", *output, "Write to FILE instead of standard output");
    cmd->footer("Example:\n  tkg export out/graph.json --format graphml -o network.graphml");
    return {cmd, [graph_file, format, output]() -> int {
                auto exporter = exporters::make_exporter(*format);
                const graph::TimelineGraph g = graph::read_graph_json_file(*graph_file);
                if (output->empty()) {
                    exporter->write(g, std::cout, {});
                    std::cout.flush();
                    if (!std::cout) throw OutputError("cannot write to standard output");
                } else {
                    AtomicFile file(*output);
                    exporter->write(g, file.stream(), {});
                    file.commit();
                }
                return 0;
            }};
}

}  // namespace tkg::cli
