#include "common.hpp"

#include <iostream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "tkg/atomic_file.hpp"
#include "tkg/error.hpp"

namespace tkg::cli {

void add_input_options(CLI::App& cmd, InputOptions& o) {
    cmd.add_option("inputs", o.inputs,
                   "Articles: .txt (with a 'date YYYY-MM-DD' header), .jsonl, .json, "
                   "directories, or - for JSON Lines on stdin")
        ->required();
    cmd.add_option("--date", o.date, "Publication date for articles that have none (YYYY-MM-DD)");
    cmd.add_option("--lexicon", o.lexicons,
                   "Extra actors, aliases and roles (TSV or JSON Lines; see README); repeatable")
        ->check(CLI::ExistingFile);
    cmd.add_flag("--no-builtin-lexicon", o.no_builtin_lexicon,
                 "Use only the --lexicon files, not tkg's built-in lexicon");
    cmd.add_option(
        "--threads,-j", o.threads,
        "Extraction threads; build also writes its files on as many (default: one per core)");
    cmd.add_option("--max-article-bytes", o.max_article_bytes,
                   "Reject (without reading) articles larger than this")
        ->capture_default_str();
    cmd.add_option("--min-confidence", o.min_confidence, "Drop events below this confidence")
        ->check(CLI::Range(0.0, 1.0));
    cmd.add_option("--report", o.report, "Write rejected inputs as JSON Lines to FILE");
    cmd.add_flag("--strict", o.strict, "Exit with code 2 if any input is rejected");
    cmd.add_flag("--force", o.force, "Replace output files that tkg did not write");
    cmd.add_flag("--quiet,-q", o.quiet, "Print only errors");
}

extract::ReaderOptions reader_options(const InputOptions& o) {
    extract::ReaderOptions r;
    if (!o.date.empty()) {
        const auto d = extract::parse_article_date(o.date);
        if (!d || o.date.size() != 10)
            throw UsageError("--date must be a real date as YYYY-MM-DD, not '" + o.date + "'");
        r.default_date = d;
    }
    r.max_article_bytes = o.max_article_bytes;
    return r;
}

extract::ExtractorOptions extractor_options(const InputOptions& o) {
    extract::ExtractorOptions e;
    e.builtin_lexicon = !o.no_builtin_lexicon;
    for (const auto& f : o.lexicons) e.lexicon_files.emplace_back(f);
    e.min_confidence = o.min_confidence;
    return e;
}

void RejectionLog::add(const extract::Rejection& r) {
    std::cerr << "tkg: rejected " << (r.where.describe().empty() ? "input" : r.where.describe())
              << ": " << r.reason << ": " << r.message << '\n';
    if (opts_.report.empty()) return;
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    w.Key("file");
    w.String(r.where.file.c_str());
    w.Key("line");
    if (r.where.line)
        w.Uint64(*r.where.line);
    else
        w.Null();
    w.Key("offset");
    if (r.where.offset)
        w.Uint64(*r.where.offset);
    else
        w.Null();
    w.Key("article");
    if (r.where.article.empty())
        w.Null();
    else
        w.String(r.where.article.c_str());
    w.Key("reason");
    w.String(r.reason.c_str());
    w.Key("message");
    w.String(r.message.c_str());
    w.EndObject();
    report_.append(buf.GetString(), buf.GetSize());
    report_ += '\n';
}

void RejectionLog::write_report() const {
    if (opts_.report.empty()) return;
    const OutputGuard guard(opts_.force);
    guard.check(opts_.report);
    write_file_atomically(opts_.report, report_);
    guard.record(opts_.report);
}

std::string describe(const extract::PipelineStats& s) {
    std::string out = "read " + std::to_string(s.read) + " article" + (s.read == 1 ? "" : "s") +
                      ": " + std::to_string(s.accepted) + " accepted, " +
                      std::to_string(s.rejected) + " rejected";
    if (!s.rejected_by_reason.empty()) {
        out += " (";
        bool first = true;
        for (const auto& [reason, n] : s.rejected_by_reason) {
            out += (first ? "" : ", ") + std::to_string(n) + " " + reason;
            first = false;
        }
        out += ")";
    }
    out += "; " + std::to_string(s.warnings) + " warning" + (s.warnings == 1 ? "" : "s");
    return out;
}

int input_exit_code(const extract::PipelineStats& s, const InputOptions& o) {
    if (s.rejected > 0 && (o.strict || s.accepted == 0)) return static_cast<int>(ExitCode::input);
    return 0;
}

}  // namespace tkg::cli
