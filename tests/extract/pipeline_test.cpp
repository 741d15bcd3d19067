#include <doctest/doctest.h>

#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "tkg/extract/extraction.hpp"
#include "tkg/extract/extraction_json.hpp"
#include "tkg/extract/pipeline.hpp"

using namespace tkg::extract;

namespace {

ReaderOptions from(std::istream& in) {
    ReaderOptions options;
    options.stdin_stream = &in;
    return options;
}

// JSON Lines of `n` articles of varied shape, with a broken line after every seventh article
// and the first article again at the end, so rejections are interleaved with articles.
std::string corpus(int n) {
    const char* sentences[] = {
        "President Joe Biden met Israeli leaders in Tel Aviv on Oct. 18.",
        "Hamas attacked Israel on Oct. 7, killing hundreds of civilians.",
        "The State Department said on Tuesday that aid would reach Gaza next week.",
        "Protesters in London called for a ceasefire.",
        "Antony Blinken will visit Jordan and Egypt later this month."};
    std::string out;
    for (int i = 0; i < n; ++i) {
        std::string text;
        for (int k = 0; k <= i % 5; ++k) text += std::string(sentences[(i + k) % 5]) + " ";
        out += R"({"id": "a)" + std::to_string(i) + R"(", "date": "2023-11-)" +
               std::to_string(10 + i % 19) + R"(", "text": ")" + text + "\"}\n";
        if (i % 7 == 3) out += "{\"id\": \"broken\", \"text\": \n";
    }
    out += out.substr(0, out.find('\n') + 1);  // the first article again: a duplicate
    return out;
}

// What the sinks saw, in order: "a12" for an article, "!reason" for a rejection, plus each
// article's serialized extraction.
struct Seen {
    std::vector<std::string> order;
    std::vector<std::string> lines;
    PipelineStats stats;
};

Seen run(const std::string& input, PipelineOptions options) {
    std::istringstream in(input);
    ArticleReader reader({"-"}, from(in));
    static const Extractor extractor;
    Seen seen;
    seen.stats = run_pipeline<std::string>(
        reader, extractor, options,
        [](const Article& a, Extraction&& x) {
            std::string line;
            append_extraction_json(line, x, a.text);
            return line;
        },
        [&](const Article& a, std::string&& line) {
            seen.order.push_back(a.id);
            seen.lines.push_back(std::move(line));
        },
        [&](const Rejection& r) { seen.order.push_back("!" + r.reason); });
    return seen;
}

}  // namespace

TEST_CASE("pipeline: any thread count and window gives the serial order and results") {
    const std::string input = corpus(60);
    const Seen serial = run(input, {.threads = 1});
    REQUIRE(serial.stats.accepted == 60);
    CHECK(serial.stats.rejected == 60 / 7 + 1 + 1);  // broken lines and the duplicate
    CHECK(serial.stats.read == serial.stats.accepted + serial.stats.rejected);
    CHECK(serial.order.front() == "a0");
    CHECK(serial.order.back() == "!duplicate");
    for (const unsigned threads : {2u, 3u, 4u})
        for (const std::size_t articles : {std::size_t{1}, std::size_t{2}, std::size_t{1024}})
            for (const std::size_t bytes : {std::size_t{0}, std::size_t{32} << 20}) {
                CAPTURE(threads);
                CAPTURE(articles);
                CAPTURE(bytes);
                const Seen s =
                    run(input,
                        {.threads = threads, .window_bytes = bytes, .window_articles = articles});
                CHECK(s.order == serial.order);
                CHECK(s.lines == serial.lines);
                CHECK(s.stats.read == serial.stats.read);
                CHECK(s.stats.bytes == serial.stats.bytes);
                CHECK(s.stats.warnings == serial.stats.warnings);
                CHECK(s.stats.rejected_by_reason == serial.stats.rejected_by_reason);
            }
}

TEST_CASE("pipeline: the plain sink gets each extraction in order") {
    std::istringstream in(corpus(12));
    ArticleReader reader({"-"}, from(in));
    const Extractor extractor;
    std::vector<std::string> ids;
    std::size_t with_events = 0;
    const PipelineStats stats = run_pipeline(
        reader, extractor, {.threads = 2},
        [&](const Article& a, Extraction&& x) {
            ids.push_back(a.id);
            with_events += x.events.empty() ? 0 : 1;
        },
        [](const Rejection&) {});
    CHECK(stats.accepted == 12);
    REQUIRE(ids.size() == 12);
    for (std::size_t i = 0; i < ids.size(); ++i) CHECK(ids[i] == "a" + std::to_string(i));
    CHECK(with_events == 12);
}

TEST_CASE("pipeline: an exception in the sink stops the workers and reaches the caller") {
    const std::string input = corpus(40);
    for (const unsigned threads : {1u, 2u}) {
        std::istringstream in(input);
        ArticleReader reader({"-"}, from(in));
        const Extractor extractor;
        int delivered = 0;
        auto sink = [&](const Article&, Extraction&&) {
            if (++delivered == 5) throw std::runtime_error("disk full");
        };
        CHECK_THROWS_WITH(
            run_pipeline(reader, extractor, {.threads = threads}, sink, [](const Rejection&) {}),
            "disk full");
        CHECK(delivered == 5);
    }
}
