#include "tkg/extract/pipeline.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <variant>
#include <vector>

namespace tkg::extract {

unsigned default_thread_count() {
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : n;
}

namespace {

// One input in flight: an article (with its result once extracted) or a rejection.
struct Slot {
    std::variant<Article, Rejection> item;
    std::any result;             // what `prepare` made of the extraction
    std::uint64_t warnings = 0;  // warning diagnostics of the extraction
    bool done = false;           // result ready (a rejection is ready at once)
};

// Extracts the slot's article and prepares the result (on a worker, or serially).
void process(Slot& slot, const Extractor& extractor, const AnyPrepare& prepare) {
    const Article& a = std::get<Article>(slot.item);
    Extraction x = extractor.extract(a);
    for (const auto& d : x.diagnostics)
        if (d.severity != Severity::info) ++slot.warnings;
    slot.result = prepare(a, std::move(x));
}

void deliver(Slot& slot, PipelineStats& stats, const AnySink& on_article,
             const RejectionSink& on_rejection) {
    ++stats.read;
    if (auto* a = std::get_if<Article>(&slot.item)) {
        ++stats.accepted;
        stats.bytes += a->text.size();
        stats.warnings += slot.warnings;
        on_article(*a, std::move(slot.result));
    } else {
        const Rejection& r = std::get<Rejection>(slot.item);
        ++stats.rejected;
        ++stats.rejected_by_reason[r.reason];
        on_rejection(r);
    }
}

// The next input as a slot, or null at the end.
std::unique_ptr<Slot> read_slot(ArticleReader& reader) {
    ReadItem item;
    while (reader.next(item)) {
        if (item.article)
            return std::make_unique<Slot>(Slot{std::move(*item.article), {}, 0, false});
        if (item.rejection)
            return std::make_unique<Slot>(Slot{std::move(*item.rejection), {}, 0, true});
    }
    return nullptr;
}

PipelineStats run_serial(ArticleReader& reader, const Extractor& extractor,
                         const AnyPrepare& prepare, const AnySink& on_article,
                         const RejectionSink& on_rejection) {
    PipelineStats stats;
    while (auto slot = read_slot(reader)) {
        if (!slot->done) process(*slot, extractor, prepare);
        deliver(*slot, stats, on_article, on_rejection);
    }
    return stats;
}

}  // namespace

PipelineStats run_pipeline(ArticleReader& reader, const Extractor& extractor,
                           const PipelineOptions& options, const ArticleSink& on_article,
                           const RejectionSink& on_rejection) {
    return run_pipeline<Extraction>(
        reader, extractor, options, [](const Article&, Extraction&& x) { return std::move(x); },
        on_article, on_rejection);
}

PipelineStats run_pipeline_any(ArticleReader& reader, const Extractor& extractor,
                               const PipelineOptions& options, const AnyPrepare& prepare,
                               const AnySink& on_article, const RejectionSink& on_rejection) {
    const unsigned threads = options.threads == 0 ? default_thread_count() : options.threads;
    if (threads <= 1) return run_serial(reader, extractor, prepare, on_article, on_rejection);

    // The window: slots in input order. Workers take the next slot not yet handed out; the
    // calling thread fills the window from the reader and empties it from the front, in order.
    // Slots are heap cells, so a worker's reference survives the deque growing or shrinking.
    std::deque<std::unique_ptr<Slot>> window;
    std::size_t handed_out = 0;  // slots of `window` given to workers (or needing none)
    std::size_t window_bytes = 0;
    bool input_done = false, stopping = false;
    std::exception_ptr failure;
    std::mutex mutex;
    std::condition_variable work_ready, result_ready;

    auto worker = [&] {
        std::unique_lock lock(mutex);
        for (;;) {
            work_ready.wait(lock, [&] { return stopping || handed_out < window.size(); });
            if (stopping) return;
            Slot& slot = *window[handed_out++];
            if (slot.done) continue;  // a rejection
            lock.unlock();
            std::exception_ptr error;
            try {
                process(slot, extractor, prepare);
            } catch (...) {
                error = std::current_exception();
            }
            lock.lock();
            if (error && !failure) failure = error;
            slot.done = true;
            result_ready.notify_one();
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads);
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
    auto stop = [&] {
        {
            const std::lock_guard lock(mutex);
            stopping = true;
        }
        work_ready.notify_all();
        for (auto& t : pool) t.join();
    };

    PipelineStats stats;
    try {
        for (;;) {
            // Read ahead up to the window's bounds (the reader runs without the lock).
            while (!input_done) {
                {
                    const std::lock_guard lock(mutex);
                    // At least one article is always in flight, whatever the bounds.
                    if (!window.empty() && (window.size() >= options.window_articles ||
                                            window_bytes >= options.window_bytes))
                        break;
                }
                auto slot = read_slot(reader);
                const std::lock_guard lock(mutex);
                if (!slot) {
                    input_done = true;
                    break;
                }
                if (const auto* a = std::get_if<Article>(&slot->item))
                    window_bytes += a->text.size();
                window.push_back(std::move(slot));
                // A rejection needs no worker, but a worker must pass it: wake one either way.
                work_ready.notify_one();
            }
            std::unique_ptr<Slot> front;
            {
                std::unique_lock lock(mutex);
                if (window.empty()) break;
                result_ready.wait(lock, [&] { return window.front()->done || failure; });
                if (failure) std::rethrow_exception(failure);
                front = std::move(window.front());
                window.pop_front();
                // A rejection is done before any worker passes it: it may leave unhanded.
                if (handed_out > 0) --handed_out;
                if (const auto* a = std::get_if<Article>(&front->item))
                    window_bytes -= a->text.size();
            }
            deliver(*front, stats, on_article, on_rejection);
        }
    } catch (...) {
        stop();
        throw;
    }
    stop();
    return stats;
}

}  // namespace tkg::extract
