// tkg extract: articles in, the JSON Lines contract of ../shared/spec/extract-jsonl.md out.
#include <iostream>
#include <optional>

#include "common.hpp"
#include "tkg/atomic_file.hpp"
#include "tkg/extract/extraction_json.hpp"

namespace tkg::cli {

Command add_extract_command(CLI::App& app) {
    auto opts = std::make_shared<InputOptions>();
    auto output = std::make_shared<std::string>();
    CLI::App* cmd =
        app.add_subcommand("extract", "Extract actors, dates, events and relations as JSON Lines");
    add_input_options(*cmd, *opts);
    cmd->add_option("-o,--output", *output, "Write to FILE instead of standard output");
    cmd->footer(
        "Examples:\n"
        "  tkg extract examples/articles\n"
        "  tkg extract news.jsonl -o news.extract.jsonl --date 2023-11-12\n"
        "  cat news.jsonl | tkg extract - --threads 2");
    return {cmd, [opts, output]() -> int {
                const extract::ReaderOptions ropts = reader_options(*opts);
                extract::Extractor extractor(extractor_options(*opts));
                extract::ArticleReader reader(opts->inputs, ropts);
                const OutputGuard guard(opts->force);
                std::optional<AtomicFile> file;
                if (!output->empty()) {
                    guard.check(*output);
                    file.emplace(*output);
                }
                std::ostream& out = file ? file->stream() : std::cout;
                RejectionLog log(*opts);
                // Each line is serialized by the thread that extracted the article.
                const auto stats = extract::run_pipeline<std::string>(
                    reader, extractor, {.threads = opts->threads},
                    [](const extract::Article& a, extract::Extraction&& x) {
                        std::string line;
                        extract::append_extraction_json(line, x, a.text);
                        return line;
                    },
                    [&](const extract::Article&, std::string&& line) {
                        out.write(line.data(), static_cast<std::streamsize>(line.size()));
                    },
                    [&](const extract::Rejection& r) { log.add(r); });
                out.flush();
                if (!out)
                    throw OutputError("cannot write the output", Location{*output, {}, {}, {}});
                if (file) {
                    file->commit();
                    guard.record(*output);
                }
                log.write_report();
                if (!opts->quiet) std::cerr << "tkg extract: " << describe(stats) << '\n';
                return input_exit_code(stats, *opts);
            }};
}

}  // namespace tkg::cli
