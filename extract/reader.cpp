#include "tkg/extract/reader.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <variant>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "line_reader.hpp"
#include "tkg/extract/utf8.hpp"

namespace tkg::extract {

namespace fs = std::filesystem;

std::string_view to_string(Severity s) {
    switch (s) {
        case Severity::info:
            return "info";
        case Severity::warning:
            return "warning";
        case Severity::error:
            return "error";
    }
    return "warning";
}

std::optional<date::year_month_day> parse_article_date(std::string_view text) {
    if (text.size() < 10) return std::nullopt;
    if (text.size() > 10 && text[10] != ' ' && text[10] != 'T') return std::nullopt;
    const auto ymd = graph::parse_iso_day(text.substr(0, 10));
    if (!ymd) return std::nullopt;
    const int y = static_cast<int>(ymd->year());
    if (y < 1800 || y > 2200) return std::nullopt;
    return ymd;
}

namespace {

enum class Format { txt, jsonl, json };

std::optional<Format> format_of(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".txt" || ext == ".text") return Format::txt;
    if (ext == ".jsonl" || ext == ".ndjson") return Format::jsonl;
    if (ext == ".json") return Format::json;
    return std::nullopt;
}

std::uint64_t fnv1a(std::string_view s) {
    std::uint64_t h = 1469598103934665603ull;
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

bool is_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    });
}

void strip_bom(std::string& s) {
    if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.erase(0, 3);
}

// Cleans the text and notes what was changed, in the article's diagnostics.
void sanitize_article_text(Article& a) {
    const SanitizeReport r = sanitize_utf8(a.text);
    if (!r.malformed_at.empty()) {
        std::string where;
        for (std::size_t i = 0; i < r.malformed_at.size() && i < 5; ++i)
            where += (i ? ", " : "") + std::to_string(r.malformed_at[i]);
        if (r.malformed_at.size() > 5) where += ", ...";
        a.diagnostics.push_back({Severity::warning,
                                 std::to_string(r.malformed_at.size()) +
                                     " invalid UTF-8 sequence(s) replaced by U+FFFD at text byte " +
                                     where,
                                 std::nullopt});
    }
    if (r.controls)
        a.diagnostics.push_back(
            {Severity::warning,
             std::to_string(r.controls) + " control character(s) (NUL, ...) replaced by spaces",
             std::nullopt});
}

// Reads a `date YYYY-MM-DD` header off a .txt article; the text starts after it.
void take_txt_header(Article& a) {
    std::size_t i = 0;
    while (i < a.text.size() &&
           (a.text[i] == ' ' || a.text[i] == '\t' || a.text[i] == '\n' || a.text[i] == '\r'))
        ++i;
    if (a.text.compare(i, 5, "date ") != 0 && a.text.compare(i, 5, "date\t") != 0 &&
        a.text.compare(i, 5, "Date:") != 0 && a.text.compare(i, 5, "date:") != 0)
        return;
    std::size_t j = i + 5;
    while (j < a.text.size() && (a.text[j] == ' ' || a.text[j] == '\t')) ++j;
    std::size_t k = j;
    while (k < a.text.size() && !std::isspace(static_cast<unsigned char>(a.text[k]))) ++k;
    const std::string value = a.text.substr(j, k - j);
    if (const auto d = parse_article_date(value)) {
        a.date = d;
    } else {
        a.diagnostics.push_back({Severity::warning,
                                 "the date header '" + value + "' is not a valid YYYY-MM-DD date",
                                 std::nullopt});
    }
    while (k < a.text.size() && std::isspace(static_cast<unsigned char>(a.text[k]))) ++k;
    a.origin.offset = a.origin.offset.value_or(0) + k;
    a.text.erase(0, k);
}

struct JsonFieldError {
    std::string reason;
    std::string message;
};

std::string json_string(const rapidjson::Value& v) { return {v.GetString(), v.GetStringLength()}; }

// Turns one JSON object into an article: the spec's fields or a news-please record.
std::variant<Article, JsonFieldError> article_from_json(const rapidjson::Value& obj, Article base) {
    if (!obj.IsObject()) return JsonFieldError{"bad_json", "an article must be a JSON object"};
    Article a = std::move(base);
    auto field = [&](const char* name) -> const rapidjson::Value* {
        const auto it = obj.FindMember(name);
        return it == obj.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
    };
    const rapidjson::Value* text = field("text");
    const char* text_name = "text";
    if (!text) {
        text = field("maintext");
        text_name = "maintext";
    }
    if (!text) return JsonFieldError{"no_text", "no \"text\" (or news-please \"maintext\") field"};
    if (!text->IsString())
        return JsonFieldError{"bad_field",
                              std::string("field \"") + text_name + "\" is not a string"};
    a.text = json_string(*text);

    auto optional_string = [&](std::initializer_list<const char*> names, std::string& into) {
        for (const char* name : names) {
            const rapidjson::Value* v = field(name);
            if (!v) continue;
            if (v->IsString()) {
                into = json_string(*v);
                return;
            }
            a.diagnostics.push_back({Severity::warning,
                                     std::string("field \"") + name + "\" is not a string; ignored",
                                     std::nullopt});
        }
    };
    std::string id;
    if (const rapidjson::Value* v = field("id"); v && (v->IsInt64() || v->IsUint64())) {
        id = v->IsInt64() ? std::to_string(v->GetInt64()) : std::to_string(v->GetUint64());
    } else {
        optional_string({"id", "filename", "url"}, id);
    }
    if (!id.empty()) a.id = id;
    optional_string({"title"}, a.title);
    optional_string({"url"}, a.url);
    optional_string({"source", "source_domain"}, a.source);

    std::string date_text;
    optional_string({"date", "date_publish"}, date_text);
    if (!date_text.empty()) {
        if (const auto d = parse_article_date(date_text)) {
            a.date = d;
        } else {
            a.diagnostics.push_back({Severity::warning,
                                     "the date '" + date_text.substr(0, 40) +
                                         "' is not a valid YYYY-MM-DD date; ignored",
                                     std::nullopt});
        }
    }
    return a;
}

}  // namespace

// One open input: a .txt file (one article), a JSON Lines stream, or a parsed .json file.
struct ArticleReader::Source {
    std::string name;
    Format format = Format::txt;
    std::ifstream file;
    std::istream* in = nullptr;
    std::unique_ptr<detail::LineReader> lines;
    rapidjson::Document doc;
    std::string json_text;
    rapidjson::SizeType json_index = 0;
    bool json_loaded = false;
    bool done = false;
};

ArticleReader::ArticleReader(std::vector<std::string> inputs, ReaderOptions options)
    : options_(options), pending_(inputs.rbegin(), inputs.rend()) {}

ArticleReader::~ArticleReader() = default;

bool ArticleReader::finish(ReadItem& item) {
    if (!item.article) return true;
    Article& a = *item.article;
    if (is_blank(a.text)) {
        item.rejection = Rejection{a.origin, "empty", "the article has no text"};
        item.article.reset();
        return true;
    }
    sanitize_article_text(a);
    if (!a.date) {
        if (options_.default_date) {
            a.date = options_.default_date;
        } else {
            a.diagnostics.push_back({Severity::warning,
                                     "article has no date: relative dates keep unknown parts",
                                     std::nullopt});
        }
    }
    // Ids must be unique: the same text twice is a duplicate; another text gets a new id.
    const std::uint64_t h = fnv1a(a.text);
    auto [it, inserted] = seen_ids_.emplace(a.id, h);
    if (!inserted) {
        if (it->second == h) {
            item.rejection =
                Rejection{a.origin, "duplicate",
                          "article '" + a.id + "' was already read with the same text"};
            item.article.reset();
            return true;
        }
        std::string renamed;
        for (int n = 2;; ++n) {
            renamed = a.id + "~" + std::to_string(n);
            if (seen_ids_.emplace(renamed, h).second) break;
        }
        a.diagnostics.push_back({Severity::warning,
                                 "duplicate article id '" + a.id + "' renamed to '" + renamed + "'",
                                 std::nullopt});
        a.id = renamed;
    }
    a.origin.article = a.id;
    return true;
}

bool ArticleReader::open_next_source(ReadItem& item) {
    while (!pending_.empty()) {
        const std::string input = pending_.back();
        pending_.pop_back();
        auto src = std::make_unique<Source>();
        src->name = input;
        if (input == "-") {
            src->format = Format::jsonl;
            src->in = options_.stdin_stream ? options_.stdin_stream : &std::cin;
            src->lines = std::make_unique<detail::LineReader>(*src->in, options_.max_article_bytes);
            current_ = std::move(src);
            return true;
        }
        const fs::path path(input);
        std::error_code ec;
        const fs::file_status st = fs::status(path, ec);
        if (ec || !fs::exists(st)) {
            item.rejection = Rejection{Location{input, {}, {}, {}}, "unreadable",
                                       ec ? ec.message() : "no such file or directory"};
            return true;
        }
        if (fs::is_directory(st)) {
            std::vector<std::string> children;
            fs::directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
            if (ec) {
                item.rejection = Rejection{Location{input, {}, {}, {}}, "unreadable", ec.message()};
                return true;
            }
            for (; it != fs::directory_iterator(); it.increment(ec)) {
                if (ec) break;
                const fs::path child = it->path();
                std::error_code cec;
                // Symbolic links to directories are not followed: they are how loops happen.
                if (it->is_symlink(cec) && fs::is_directory(child, cec)) {
                    skipped_.push_back(child.string() + " (symbolic link to a directory)");
                    continue;
                }
                if (it->is_directory(cec)) {
                    children.push_back(child.string());
                } else if (format_of(child) && it->is_regular_file(cec)) {
                    children.push_back(child.string());
                } else {
                    skipped_.push_back(child.string());  // other files, pipes, devices
                }
            }
            std::sort(children.begin(), children.end());
            pending_.insert(pending_.end(), children.rbegin(), children.rend());
            continue;
        }
        // A pipe or a device named on the command line could block or never end: only "-"
        // reads a stream.
        if (!fs::is_regular_file(st)) {
            item.rejection = Rejection{Location{input, {}, {}, {}}, "unreadable",
                                       "not a regular file (use - to read a stream from stdin)"};
            return true;
        }
        const Format fmt = format_of(path).value_or(Format::jsonl);
        src->format = fmt;
        src->file.open(path, std::ios::binary);
        if (!src->file) {
            item.rejection = Rejection{Location{input, {}, {}, {}}, "unreadable",
                                       "cannot open the file (permission denied?)"};
            return true;
        }
        if (fmt == Format::jsonl) {
            src->in = &src->file;
            src->lines =
                std::make_unique<detail::LineReader>(src->file, options_.max_article_bytes);
        }
        current_ = std::move(src);
        return true;
    }
    return false;
}

bool ArticleReader::next(ReadItem& item) {
    item = ReadItem{};
    for (;;) {
        if (!current_ || current_->done) {
            current_.reset();
            if (!open_next_source(item)) return false;
            if (item.rejection) return true;
        }
        Source& s = *current_;
        if (s.format == Format::txt) {
            s.done = true;
            std::error_code ec;
            const auto size = fs::file_size(s.name, ec);
            if (!ec && size > options_.max_article_bytes) {
                item.rejection = Rejection{Location{s.name, {}, {}, 0}, "too_large",
                                           "the article has " + std::to_string(size) +
                                               " bytes, more than --max-article-bytes " +
                                               std::to_string(options_.max_article_bytes)};
                return true;
            }
            Article a;
            a.id = fs::path(s.name).stem().string();
            a.origin = Location{s.name, {}, {}, 0};
            std::ostringstream ss;
            ss << s.file.rdbuf();
            a.text = std::move(ss).str();
            if (s.file.bad()) {
                item.rejection = Rejection{a.origin, "unreadable", "read error"};
                return true;
            }
            if (a.text.size() >= 3 && a.text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
                a.text.erase(0, 3);
                a.origin.offset = 3;
            }
            take_txt_header(a);
            item.article = std::move(a);
            return finish(item);
        }
        if (s.format == Format::jsonl) {
            std::string line;
            detail::LineInfo info;
            if (!s.lines->next(line, info)) {
                s.done = true;
                continue;
            }
            const Location where{s.name, {}, info.number, info.offset};
            if (info.too_long) {
                item.rejection = Rejection{where, "too_large",
                                           "the line has " + std::to_string(info.length) +
                                               " bytes, more than --max-article-bytes " +
                                               std::to_string(options_.max_article_bytes)};
                return true;
            }
            if (info.number == 1) strip_bom(line);
            if (is_blank(line)) continue;  // blank lines separate nothing and hold nothing
            rapidjson::Document doc;
            doc.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
            if (doc.HasParseError()) {
                Location at = where;
                at.offset = info.offset + doc.GetErrorOffset();
                item.rejection = Rejection{at, "bad_json",
                                           std::string("not valid JSON: ") +
                                               rapidjson::GetParseError_En(doc.GetParseError())};
                return true;
            }
            Article base;
            base.id = (s.name == "-" ? std::string("stdin") : fs::path(s.name).stem().string()) +
                      ":" + std::to_string(info.number);
            base.origin = where;
            auto parsed = article_from_json(doc, std::move(base));
            if (auto* err = std::get_if<JsonFieldError>(&parsed)) {
                item.rejection = Rejection{where, err->reason, err->message};
                return true;
            }
            item.article = std::move(std::get<Article>(parsed));
            return finish(item);
        }
        // Format::json: one object or an array of objects, parsed as a whole.
        if (!s.json_loaded) {
            s.json_loaded = true;
            std::error_code ec;
            const auto size = fs::file_size(s.name, ec);
            const std::uint64_t limit =
                std::max<std::uint64_t>(options_.max_article_bytes, 256u << 20);
            if (!ec && size > limit) {
                s.done = true;
                item.rejection = Rejection{Location{s.name, {}, {}, 0}, "too_large",
                                           "the JSON file has " + std::to_string(size) +
                                               " bytes; split it into JSON Lines"};
                return true;
            }
            std::ostringstream ss;
            ss << s.file.rdbuf();
            s.json_text = std::move(ss).str();
            strip_bom(s.json_text);
            s.doc.Parse<rapidjson::kParseIterativeFlag>(s.json_text.data(), s.json_text.size());
            if (s.doc.HasParseError() || (!s.doc.IsArray() && !s.doc.IsObject())) {
                s.done = true;
                const bool parse_error = s.doc.HasParseError();
                item.rejection = Rejection{
                    Location{s.name, {}, {}, parse_error ? s.doc.GetErrorOffset() : 0}, "bad_json",
                    parse_error ? std::string("not valid JSON: ") +
                                      rapidjson::GetParseError_En(s.doc.GetParseError())
                                : "expected an article object or an array of them"};
                return true;
            }
        }
        const bool is_array = s.doc.IsArray();
        if ((is_array && s.json_index >= s.doc.Size()) || (!is_array && s.json_index > 0)) {
            s.done = true;
            continue;
        }
        const rapidjson::Value& v = is_array ? s.doc[s.json_index] : s.doc;
        const auto index = s.json_index++;
        Article base;
        base.id = fs::path(s.name).stem().string() + (is_array ? ":" + std::to_string(index) : "");
        base.origin = Location{s.name, {}, {}, {}};
        base.origin.article = is_array ? "#" + std::to_string(index) : "";
        auto parsed = article_from_json(v, std::move(base));
        if (auto* err = std::get_if<JsonFieldError>(&parsed)) {
            Location at{s.name, is_array ? "element #" + std::to_string(index) : "", {}, {}};
            item.rejection = Rejection{at, err->reason, err->message};
            return true;
        }
        Article a = std::move(std::get<Article>(parsed));
        if (a.text.size() > options_.max_article_bytes) {
            item.rejection = Rejection{a.origin, "too_large",
                                       "the article text has " + std::to_string(a.text.size()) +
                                           " bytes, more than --max-article-bytes"};
            return true;
        }
        item.article = std::move(a);
        return finish(item);
    }
}

}  // namespace tkg::extract
