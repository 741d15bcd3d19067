// Pipeline: reads articles, extracts them on a pool of threads and hands the results back in
// input order, so what is written is byte-identical whatever the number of threads. Memory
// stays bounded: at most one batch of articles is in flight.
//
//   ArticleReader reader(inputs, {});
//   Extractor extractor;
//   PipelineStats stats = run_pipeline(reader, extractor, {.threads = 2},
//       [&](const Article& a, Extraction&& x) { write(a, x); },
//       [&](const Rejection& r) { report(r); });
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>

#include "tkg/extract/extractor.hpp"
#include "tkg/extract/reader.hpp"

namespace tkg::extract {

struct PipelineOptions {
    unsigned threads = 0;                // 0: one per core
    std::size_t batch_bytes = 8u << 20;  // text read ahead per batch
    std::size_t batch_articles = 4096;
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

unsigned default_thread_count();

}  // namespace tkg::extract
