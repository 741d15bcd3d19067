// What the subcommands share: the input options of `extract` and `build`, how rejections are
// reported, and the summary line. The subcommands themselves only wire options to the library.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "tkg/extract/pipeline.hpp"

namespace tkg::cli {

struct InputOptions {
    std::vector<std::string> inputs;
    std::string date;
    std::vector<std::string> lexicons;
    bool no_builtin_lexicon = false;
    unsigned threads = 0;
    std::uint64_t max_article_bytes = 16u << 20;
    std::string report;
    bool strict = false;
    bool force = false;
    bool quiet = false;
    double min_confidence = 0.0;
};

void add_input_options(CLI::App& cmd, InputOptions& opts);
extract::ReaderOptions reader_options(const InputOptions& opts);
extract::ExtractorOptions extractor_options(const InputOptions& opts);

// Prints each rejection as one line on stderr and, with --report, collects it for the
// JSON Lines report written at the end.
class RejectionLog {
  public:
    explicit RejectionLog(const InputOptions& opts) : opts_(opts) {}
    void add(const extract::Rejection& r);
    void write_report() const;  // no-op without --report

  private:
    const InputOptions& opts_;
    std::string report_;
};

// "read 3 articles: 2 accepted, 1 rejected (1 bad_json); 4 warnings"
std::string describe(const extract::PipelineStats& stats);

// 0, or 2 when every article was rejected, or (with --strict) any was.
int input_exit_code(const extract::PipelineStats& stats, const InputOptions& opts);

// Subcommand registration: each adds its subcommand and returns it with the function that
// runs it after parsing.
struct Command {
    CLI::App* app;
    std::function<int()> run;
};
Command add_extract_command(CLI::App& app);
Command add_build_command(CLI::App& app);
Command add_export_command(CLI::App& app);
Command add_query_command(CLI::App& app);

}  // namespace tkg::cli
