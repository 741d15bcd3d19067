// tkg build: extract, merge into one TimelineGraph, write graph.json and timeline.json (always,
// for the whole graph) and the chosen exports (for the chosen view).
#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <functional>
#include <iostream>
#include <numeric>
#include <set>
#include <thread>

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

namespace {

// Runs task(i) for every i of `order`, started in that order on up to `threads` threads. A
// task's exception does not stop the others; the first one in `order` is rethrown at the end.
void run_tasks(const std::vector<std::size_t>& order, unsigned threads,
               const std::function<void(std::size_t)>& task) {
    const std::size_t count = order.size();
    std::vector<std::exception_ptr> errors(count);
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t k = next++; k < count; k = next++) {
            try {
                task(order[k]);
            } catch (...) {
                errors[k] = std::current_exception();
            }
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < std::min<std::size_t>(threads, count); ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    for (const auto& e : errors)
        if (e) std::rethrow_exception(e);
}

}  // namespace

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

                // The files are independent readings of the finished graph, so they are
                // written side by side, one exporter per task; what each wrote is kept in task
                // order, so messages and the output guard do not depend on timing. The chosen
                // exports start first: they build a view and take longest.
                struct Write {
                    const exporters::Exporter* exporter;
                    exporters::ExportOptions options;
                };
                std::vector<Write> writes;
                for (const auto& ex : always) writes.push_back({ex.get(), {}});
                for (const auto& ex : exports) writes.push_back({ex.get(), export_opts});
                std::vector<WrittenFiles> written(writes.size());
                const unsigned writers =
                    opts->threads == 0 ? extract::default_thread_count() : opts->threads;
                std::vector<std::size_t> start_order(writes.size());
                std::iota(start_order.begin(), start_order.end(), std::size_t{0});
                std::rotate(start_order.begin(),
                            start_order.begin() + static_cast<std::ptrdiff_t>(always.size()),
                            start_order.end());
                std::exception_ptr failed;  // the files written before it are still recorded
                try {
                    run_tasks(start_order, writers, [&](std::size_t i) {
                        Stopwatch own;
                        written[i].paths = exporters::write_files(*writes[i].exporter, graph,
                                                                  *out_dir, writes[i].options);
                        written[i].seconds = own.lap();
                        written[i].peak_bytes = peak_rss_bytes();
                    });
                } catch (...) {
                    failed = std::current_exception();
                }
                for (const auto& w : written)
                    for (const auto& path : w.paths) guard.record(path);
                if (failed) std::rethrow_exception(failed);
                const PhaseStats write_phase{clock.lap(), peak_rss_bytes()};
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
                                      write_phase, opts->threads);
                return input_exit_code(stats, *opts);
            }};
}

}  // namespace tkg::cli
