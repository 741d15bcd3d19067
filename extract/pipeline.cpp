#include "tkg/extract/pipeline.hpp"

#include <atomic>
#include <exception>
#include <thread>
#include <variant>
#include <vector>

namespace tkg::extract {

unsigned default_thread_count() {
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : n;
}

PipelineStats run_pipeline(ArticleReader& reader, const Extractor& extractor,
                           const PipelineOptions& options, const ArticleSink& on_article,
                           const RejectionSink& on_rejection) {
    PipelineStats stats;
    const unsigned threads = options.threads == 0 ? default_thread_count() : options.threads;

    // A batch keeps input order: each slot is an article (with its result) or a rejection.
    struct Slot {
        std::variant<Article, Rejection> item;
        Extraction result;
    };
    std::vector<Slot> batch;
    bool more = true;
    while (more) {
        batch.clear();
        std::size_t bytes = 0;
        ReadItem item;
        while (batch.size() < options.batch_articles && bytes < options.batch_bytes) {
            if (!reader.next(item)) {
                more = false;
                break;
            }
            if (item.article) {
                bytes += item.article->text.size();
                batch.push_back(Slot{std::move(*item.article), {}});
            } else if (item.rejection) {
                batch.push_back(Slot{std::move(*item.rejection), {}});
            }
        }

        std::atomic<std::size_t> next{0};
        std::exception_ptr failure;
        std::atomic<bool> failed{false};
        auto work = [&] {
            for (;;) {
                const std::size_t i = next.fetch_add(1);
                if (i >= batch.size() || failed.load()) return;
                if (auto* a = std::get_if<Article>(&batch[i].item)) {
                    try {
                        batch[i].result = extractor.extract(*a);
                    } catch (...) {
                        if (!failed.exchange(true)) failure = std::current_exception();
                        return;
                    }
                }
            }
        };
        const unsigned helpers =
            std::min<std::size_t>(threads, batch.size()) > 1
                ? static_cast<unsigned>(std::min<std::size_t>(threads, batch.size())) - 1
                : 0;
        std::vector<std::thread> pool;
        pool.reserve(helpers);
        for (unsigned t = 0; t < helpers; ++t) pool.emplace_back(work);
        work();
        for (auto& t : pool) t.join();
        if (failure) std::rethrow_exception(failure);

        for (Slot& slot : batch) {
            ++stats.read;
            if (auto* a = std::get_if<Article>(&slot.item)) {
                ++stats.accepted;
                stats.bytes += a->text.size();
                for (const auto& d : slot.result.diagnostics)
                    if (d.severity != Severity::info) ++stats.warnings;
                on_article(*a, std::move(slot.result));
            } else {
                const Rejection& r = std::get<Rejection>(slot.item);
                ++stats.rejected;
                ++stats.rejected_by_reason[r.reason];
                on_rejection(r);
            }
        }
    }
    return stats;
}

}  // namespace tkg::extract
