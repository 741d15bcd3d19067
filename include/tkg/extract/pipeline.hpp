// Pipeline: reads articles, extracts them on a pool of threads and hands the results back in
// input order, so what is written is byte-identical whatever the number of threads. The three
// stages overlap: the calling thread reads ahead and consumes results (the sinks run on it)
// while the pool extracts. Memory stays bounded by a window of articles in flight.
//
//   ArticleReader reader(inputs, {});
//   Extractor extractor;
//   PipelineStats stats = run_pipeline(reader, extractor, {.threads = 2},
//       [&](const Article& a, Extraction&& x) { write(a, x); },
//       [&](const Rejection& r) { report(r); });
//
// Work that can run in parallel after extraction (serializing, converting to graph records)
// goes in a `prepare` step, run on the extracting thread; the sink gets its result in order:
//
//   run_pipeline<std::string>(reader, extractor, {},
//       [](const Article& a, Extraction&& x) { return to_json(a, x); },
//       [&](const Article&, std::string&& line) { out << line; }, on_rejection);
#pragma once

#include <any>
#include <cstdint>
#include <functional>
#include <map>
#include <string>

#include "tkg/extract/extractor.hpp"
#include "tkg/extract/reader.hpp"

namespace tkg::extract {

struct PipelineOptions {
    unsigned threads = 0;                  // extraction threads; 0: one per core
    std::size_t window_bytes = 32u << 20;  // article text read ahead of the sink, at most
    std::size_t window_articles = 1024;    // articles read ahead of the sink, at most
};

struct PipelineStats {
    std::uint64_t read = 0;  // accepted + rejected
    std::uint64_t accepted = 0;
    std::uint64_t rejected = 0;
    std::uint64_t warnings = 0;  // warning diagnostics over all accepted articles
    std::uint64_t bytes = 0;     // article text bytes extracted
    std::map<std::string, std::uint64_t> rejected_by_reason;
};

using ArticleSink = std::function<void(const Article&, Extraction&&)>;
using RejectionSink = std::function<void(const Rejection&)>;

PipelineStats run_pipeline(ArticleReader& reader, const Extractor& extractor,
                           const PipelineOptions& options, const ArticleSink& on_article,
                           const RejectionSink& on_rejection);

// The type-erased form of the prepared pipeline below.
using AnyPrepare = std::function<std::any(const Article&, Extraction&&)>;
using AnySink = std::function<void(const Article&, std::any&&)>;
PipelineStats run_pipeline_any(ArticleReader& reader, const Extractor& extractor,
                               const PipelineOptions& options, const AnyPrepare& prepare,
                               const AnySink& on_prepared, const RejectionSink& on_rejection);

// `prepare` runs on the extracting thread (concurrently, for different articles); `on_prepared`
// and `on_rejection` run on the calling thread, in input order. T must be copyable.
template <typename T, typename Prepare, typename Sink>
PipelineStats run_pipeline(ArticleReader& reader, const Extractor& extractor,
                           const PipelineOptions& options, Prepare prepare, Sink on_prepared,
                           const RejectionSink& on_rejection) {
    return run_pipeline_any(
        reader, extractor, options,
        [&prepare](const Article& a, Extraction&& x) -> std::any {
            return std::any(T(prepare(a, std::move(x))));
        },
        [&on_prepared](const Article& a, std::any&& v) {
            on_prepared(a, std::move(*std::any_cast<T>(&v)));
        },
        on_rejection);
}

unsigned default_thread_count();

}  // namespace tkg::extract
