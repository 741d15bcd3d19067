#include "fuzz_targets.hpp"

#include <sstream>
#include <string>

#include "tkg/error.hpp"
#include "tkg/extract/extraction_json.hpp"
#include "tkg/extract/extractor.hpp"
#include "tkg/extract/reader.hpp"
#include "tkg/extract/timex.hpp"
#include "tkg/extract/utf8.hpp"
#include "tkg/graph/graph_json.hpp"

namespace tkg::fuzz {
namespace {

const extract::Extractor& shared_extractor() {
    static const extract::Extractor ex;
    return ex;
}

}  // namespace

int article_reader(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    extract::ReaderOptions opts;
    opts.stdin_stream = &in;
    opts.max_article_bytes = 1u << 16;
    extract::ArticleReader reader({"-"}, opts);
    extract::ReadItem item;
    while (reader.next(item)) {
        if (item.article) {
            // What the reader accepts must be extractable and serializable.
            const auto x = shared_extractor().extract(*item.article);
            (void)extract::extraction_to_json(x, item.article->text);
        }
    }
    return 0;
}

int extractor(const std::uint8_t* data, std::size_t size) {
    extract::Article a;
    a.id = "fuzz";
    a.text.assign(reinterpret_cast<const char*>(data), size);
    // The reader cleans bytes before extraction; the extractor must cope with clean text.
    (void)extract::sanitize_utf8(a.text);
    a.date = date::year{2023} / 11 / 12;
    const auto x = shared_extractor().extract(a);
    const std::string json = extract::extraction_to_json(x, a.text);
    graph::TimelineGraph g;
    g.add(extract::to_article_record(x, a.text));
    g.finalize();
    return json.empty() ? 1 : 0;
}

int timex(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    (void)extract::sanitize_utf8(text);
    (void)extract::find_timexes(text, date::year{2023} / 11 / 12);
    (void)extract::find_timexes(text, std::nullopt);
    return 0;
}

int graph_json(const std::uint8_t* data, std::size_t size) {
    try {
        const auto g =
            graph::read_graph_json(std::string(reinterpret_cast<const char*>(data), size), "fuzz");
        std::ostringstream out;
        graph::write_graph_json(g, out);
    } catch (const tkg::Error&) {
        // A clear error is the expected answer to a bad file.
    }
    return 0;
}

}  // namespace tkg::fuzz
