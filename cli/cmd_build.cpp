// tkg build: extract, merge into one TimelineGraph, write graph.json and timeline.json (always,
// for the whole graph) and the chosen exports (for the chosen view).
#include <filesystem>
#include <iostream>
#include <set>

#include "build_stats.hpp"
#include "common.hpp"
#include "tkg/atomic_file.hpp"
#include "tkg/export/exporter.hpp"
#include "tkg/export/layout.hpp"
#include "tkg/extract/extraction.hpp"
#include "tkg/graph/graph_json.hpp"
#include "view_options.hpp"

namespace tkg::cli {

namespace fs = std::filesystem;

Command add_build_command(CLI::App& app) {
    auto opts = std::make_shared<InputOptions>();
    auto out_dir = std::make_shared<std::string>();
    auto formats = std::make_shared<std::vector<std::string>>(std::vector<std::string>{"graphml"});
    auto view = std::make_shared<ViewArgs>();
    CLI::App* cmd =
        app.add_subcommand("build", "Build the event-timeline graph and write its files");
    add_input_options(*cmd, *opts);
    cmd->add_option("-o,--output", *out_dir, "Output directory (created if missing)")->required();
    cmd->add_option("--format,-f", *formats,
                    "Export formats besides graph.json and timeline.json, comma-separated")
        ->delimiter(',')
        ->capture_default_str();
    add_view_options(*cmd, *view);
    auto show_stats = std::make_shared<bool>(false);
    cmd->add_flag("--stats", *show_stats,
                  "Print the time of each phase, throughput and peak memory on stderr");
    cmd->footer(
        "graph.json and timeline.json always hold the whole graph; --view and the filters apply\n"
        "to the --format exports (tkg export writes a view of graph.json itself).\n"
        "Examples:\n"
        "  tkg build examples/articles -o out/\n"
        "  tkg build news.jsonl -o out/ --format graphml,gexf,csv --threads 2\n"
        "  tkg build news.jsonl -o out/ --format gexf,dot --view actors --min-weight 2");
    return {cmd, [opts, out_dir, formats, view, show_stats]() -> int {
                // Check everything that can be wrong with the arguments before the long part.
                std::vector<std::unique_ptr<exporters::Exporter>> exports;
                exporters::ExportOptions export_opts = export_options(*view);
                // gexf, graphology, cytoscape and dot share one layout.
                export_opts.layouts = std::make_shared<exporters::LayoutCache>();
                // graph.json and timeline.json are always written, for the whole graph: a view
                // of them is for `tkg export`, which cannot overwrite the build's own files.
                std::set<std::string> seen{"json", "timeline"};
                for (const auto& f : *formats)
                    if (seen.insert(f).second) exports.push_back(exporters::make_exporter(f));
                const extract::ReaderOptions ropts = reader_options(*opts);
                extract::Extractor extractor(extractor_options(*opts));

                std::error_code ec;
                fs::create_directories(*out_dir, ec);
                if (ec || !fs::is_directory(*out_dir))
                    throw OutputError("cannot create the output directory",
                                      Location{*out_dir, {}, {}, {}});
                // Refuse to replace someone else's files now, not after the long part.
                const OutputGuard guard(opts->force);
                std::vector<std::unique_ptr<exporters::Exporter>> always;
                for (const char* f : {"json", "timeline"})
                    always.push_back(exporters::make_exporter(f));
                for (const auto* list : {&always, &exports})
                    for (const auto& ex : *list)
                        for (const auto& name : ex->file_names())
                            guard.check(fs::path(*out_dir) / name);
                if (!opts->report.empty()) guard.check(opts->report);
                Stopwatch clock;

                extract::ArticleReader reader(opts->inputs, ropts);
                graph::TimelineGraph graph;
                RejectionLog log(*opts);
                // Records are made by the extracting threads; only merging is serial.
                const auto stats = extract::run_pipeline<graph::ArticleRecord>(
                    reader, extractor, {.threads = opts->threads},
                    [](const extract::Article& a, extract::Extraction&& x) {
                        return extract::to_article_record(x, a.text);
                    },
                    [&](const extract::Article&, graph::ArticleRecord&& rec) {
                        graph.add(std::move(rec));
                    },
                    [&](const extract::Rejection& r) { log.add(r); });
                const PhaseStats extract_phase{clock.lap(), peak_rss_bytes()};
                graph.finalize();
                const PhaseStats finalize_phase{clock.lap(), peak_rss_bytes()};

                std::vector<WrittenFiles> written;
                auto write = [&](const exporters::Exporter& ex, const exporters::ExportOptions& o) {
                    const auto paths = exporters::write_files(ex, graph, *out_dir, o);
                    for (const auto& path : paths) guard.record(path);
                    written.push_back({paths, clock.lap(), peak_rss_bytes()});
                };
                for (const auto& ex : always) write(*ex, {});
                for (const auto& ex : exports) write(*ex, export_opts);
                log.write_report();
                if (!opts->quiet) {
                    std::cerr << "tkg build: " << describe(stats) << '\n'
                              << "  graph: " << graph.actor_count() << " actors, "
                              << graph.event_count() << " events, " << graph.relation_count()
                              << " relations, " << graph.article_count() << " articles\n";
                    for (const auto& w : written)
                        for (const auto& path : w.paths)
                            std::cerr << "  wrote " << path.string() << '\n';
                }
                if (*show_stats)
                    print_build_stats(std::cerr, stats, extract_phase, finalize_phase, written,
                                      opts->threads);
                return input_exit_code(stats, *opts);
            }};
}

}  // namespace tkg::cli
