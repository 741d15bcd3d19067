// ArticleReader: streams articles out of the inputs the command line names, one at a time,
// so a corpus of any size passes through in constant memory.
//
// Accepted inputs (see ../shared/spec/extract-jsonl.md): `.txt` with a `date YYYY-MM-DD`
// header, `.jsonl`/`.ndjson` (one article per line), `.json` (one article or an array),
// news-please records, directories (recursively, in sorted path order) and `-` for JSON Lines
// on standard input. Anything that is not a usable article becomes a Rejection naming the
// file, line and byte offset; reading goes on with the next article.
//
//   ArticleReader reader({"examples/articles"}, {});
//   ReadItem item;
//   while (reader.next(item))
//       if (item.article) process(*item.article); else report(*item.rejection);
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <date/date.h>

#include "tkg/error.hpp"
#include "tkg/extract/article.hpp"

namespace tkg::extract {

struct ReaderOptions {
    std::optional<date::year_month_day> default_date;  // --date, for articles without one
    std::uint64_t max_article_bytes = 16u << 20;       // larger articles are rejected unread
    std::istream* stdin_stream = nullptr;              // for "-"; defaults to std::cin
};

// Why an input was not turned into an article. `reason` is a short stable code
// ("unreadable", "bad_json", "no_text", "too_large", "empty", "duplicate", "bad_field").
struct Rejection {
    Location where;
    std::string reason;
    std::string message;
};

struct ReadItem {
    std::optional<Article> article;
    std::optional<Rejection> rejection;
};

class ArticleReader {
  public:
    ArticleReader(std::vector<std::string> inputs, ReaderOptions options);
    ~ArticleReader();
    ArticleReader(const ArticleReader&) = delete;
    ArticleReader& operator=(const ArticleReader&) = delete;

    // Fills `item` with the next article or rejection; false when every input is done.
    bool next(ReadItem& item);

    // Files skipped in directories because their extension is not an input format.
    const std::vector<std::string>& skipped_files() const noexcept { return skipped_; }

  private:
    struct Source;
    bool open_next_source(ReadItem& item);
    bool finish(ReadItem& item);

    ReaderOptions options_;
    std::vector<std::string> pending_;  // inputs not yet opened, back() next
    std::unique_ptr<Source> current_;
    std::vector<std::string> skipped_;
    std::unordered_map<std::string, std::uint64_t> seen_ids_;  // id -> hash of its text
};

// Parses "YYYY-MM-DD", also as the start of a longer timestamp ("2023-11-12 10:33:00",
// "2023-11-12T10:33:00Z"). Years outside 1800..2200 are refused as implausible.
std::optional<date::year_month_day> parse_article_date(std::string_view text);

}  // namespace tkg::extract
