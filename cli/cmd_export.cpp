// tkg export: read graph.json and write it in another format, for a view of the graph.
#include <filesystem>
#include <iostream>
#include <optional>

#include "common.hpp"
#include "tkg/atomic_file.hpp"
#include "tkg/export/exporter.hpp"
#include "tkg/graph/graph_json.hpp"
#include "view_options.hpp"

namespace tkg::cli {

namespace fs = std::filesystem;

Command add_export_command(CLI::App& app) {
    auto graph_file = std::make_shared<std::string>();
    auto format = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    auto view = std::make_shared<ViewArgs>();
    CLI::App* cmd = app.add_subcommand("export", "Write a built graph.json in another format");
    cmd->add_option("graph", *graph_file, "graph.json written by tkg build")->required();
    std::string formats;
    for (const auto f : exporters::exporter_names())
        formats += (formats.empty() ? "" : ", ") + std::string(f);
    cmd->add_option("--format,-f", *format, "Output format: " + formats)->required();
    cmd->add_option("-o,--output", *output,
                    "Write to FILE instead of standard output (csv: a directory, which gets "
                    "nodes.csv and edges.csv)");
    add_view_options(*cmd, *view);
    auto force = std::make_shared<bool>(false);
    cmd->add_flag("--force", *force, "Replace output files that tkg did not write");
    // export writes nothing but errors to stderr already; the flag is accepted so that one
    // script can pass -q to every command.
    auto quiet = std::make_shared<bool>(false);
    cmd->add_flag("--quiet,-q", *quiet, "Print only errors (export prints nothing else)");
    cmd->footer(
        "Examples:\n"
        "  tkg export out/graph.json --format gexf -o story.gexf\n"
        "  tkg export out/graph.json --format dot --view actors --min-weight 2 -o actors.dot\n"
        "  tkg export out/graph.json --format csv --actor Biden --depth 2 -o gephi-tables/\n"
        "  tkg export out/graph.json --format timelinejs --from 2023-10 --to 2023-11");
    // (Every option's storage is captured, so it lives as long as the command.)
    return {cmd, [graph_file, format, output, view, force, quiet]() -> int {
                auto exporter = exporters::make_exporter(*format);
                const exporters::ExportOptions options = export_options(*view);
                if (!exporter->single_file() && output->empty())
                    throw UsageError("--format " + *format +
                                     " writes several files: give -o DIRECTORY");
                const OutputGuard guard(*force);
                std::vector<fs::path> targets;
                if (exporter->single_file() && !output->empty())
                    targets.emplace_back(*output);
                else if (!output->empty())
                    for (const auto& name : exporter->file_names())
                        targets.push_back(fs::path(*output) / name);
                for (const auto& t : targets) guard.check(t);
                const graph::TimelineGraph g = graph::read_graph_json_file(*graph_file);
                if (output->empty()) {
                    exporter->write(g, std::cout, options);
                    std::cout.flush();
                    if (!std::cout) throw OutputError("cannot write to standard output");
                } else if (exporter->single_file()) {
                    AtomicFile file(*output);
                    exporter->write(g, file.stream(), options);
                    file.commit();
                } else {
                    std::error_code ec;
                    fs::create_directories(*output, ec);
                    if (ec || !fs::is_directory(*output))
                        throw OutputError("cannot create the output directory",
                                          Location{*output, {}, {}, {}});
                    exporters::write_files(*exporter, g, *output, options);
                }
                for (const auto& t : targets) guard.record(t);
                (void)*quiet;  // nothing is printed on success either way
                return 0;
            }};
}

}  // namespace tkg::cli
