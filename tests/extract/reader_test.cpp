#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "tkg/extract/reader.hpp"

using namespace tkg::extract;
namespace fs = std::filesystem;

namespace {

// A scratch directory removed at the end of each test.
struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() /
               ("tkg-reader-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    static int& counter() {
        static int n = 0;
        return n;
    }
    std::string write(const std::string& name, const std::string& content) const {
        const fs::path p = path / name;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << content;
        return p.string();
    }
};

struct Result {
    std::vector<Article> articles;
    std::vector<Rejection> rejections;
};

Result read_all(std::vector<std::string> inputs, ReaderOptions opts = {}) {
    ArticleReader reader(std::move(inputs), opts);
    Result r;
    ReadItem item;
    while (reader.next(item)) {
        if (item.article) r.articles.push_back(*item.article);
        if (item.rejection) r.rejections.push_back(*item.rejection);
    }
    return r;
}

bool has_diagnostic(const Article& a, std::string_view needle) {
    for (const auto& d : a.diagnostics)
        if (d.message.find(needle) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("a .txt article takes its date header off and keeps the rest byte for byte") {
    TempDir dir;
    const auto file = dir.write("2023-story.txt", " date 2023-11-12 In a closed-door meeting.\n");
    const auto r = read_all({file});
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles[0];
    CHECK(a.id == "2023-story");
    CHECK(a.date == date::year{2023} / 11 / 12);
    CHECK(a.text == "In a closed-door meeting.\n");
    CHECK(a.diagnostics.empty());
}

TEST_CASE("JSON Lines: fields, news-please records, broken lines and wrong types") {
    TempDir dir;
    const auto file = dir.write(
        "feed.jsonl",
        "{\"id\": \"a1\", \"date\": \"2023-11-12\", \"text\": \"One.\", \"title\": \"T\"}\r\n"
        "{\"id\": \"a2\", \"text\": \n"
        "\n"
        "{\"maintext\": \"Two.\", \"date_publish\": \"2023-11-27 10:33:00\", "
        "\"source_domain\": \"bbc.com\", \"url\": \"https://x/y\"}\n"
        "{\"id\": \"a4\", \"text\": 42}\n"
        "{\"id\": 5, \"date\": \"2023-13-45\", \"text\": \"Five.\"}\n"
        "[1, 2]\n"
        "{\"id\": \"a7\", \"date\": \"2023-11-12\"}");
    const auto r = read_all({file});
    REQUIRE(r.articles.size() == 3);
    CHECK(r.articles[0].id == "a1");
    CHECK(r.articles[0].title == "T");
    CHECK(r.articles[1].id == "https://x/y");
    CHECK(r.articles[1].source == "bbc.com");
    CHECK(r.articles[1].date == date::year{2023} / 11 / 27);
    CHECK(r.articles[2].id == "5");
    CHECK_FALSE(r.articles[2].date.has_value());
    CHECK(has_diagnostic(r.articles[2], "not a valid YYYY-MM-DD"));
    CHECK(has_diagnostic(r.articles[2], "no date"));
    REQUIRE(r.rejections.size() == 4);
    CHECK(r.rejections[0].reason == "bad_json");
    CHECK(r.rejections[0].where.line == 2u);
    CHECK(r.rejections[0].where.offset.value_or(0) > 0);
    CHECK(r.rejections[1].reason == "bad_field");
    CHECK(r.rejections[1].where.line == 5u);
    CHECK(r.rejections[2].reason == "bad_json");
    CHECK(r.rejections[3].reason == "no_text");
}

TEST_CASE("a .json file holds one article or an array of them") {
    TempDir dir;
    const auto one = dir.write("one.json", "\xEF\xBB\xBF{\"id\": \"x\", \"text\": \"Hi.\"}");
    const auto many = dir.write("many.json",
                                "[{\"id\": \"m1\", \"text\": \"A.\"}, {\"text\": 1}, "
                                "{\"id\": \"m3\", \"text\": \"C.\"}]");
    const auto r =
        read_all({one, many}, ReaderOptions{date::year{2020} / 1 / 2, 16u << 20, nullptr});
    REQUIRE(r.articles.size() == 3);
    CHECK(r.articles[0].id == "x");
    CHECK(r.articles[0].date == date::year{2020} / 1 / 2);  // --date fills the gap
    CHECK(r.articles[1].id == "m1");
    CHECK(r.articles[2].id == "m3");
    REQUIRE(r.rejections.size() == 1);
    CHECK(r.rejections[0].reason == "bad_field");
}

TEST_CASE("directories are read recursively in sorted order; other files are skipped") {
    TempDir dir;
    dir.write("b/2.txt", "date 2023-01-02 Second.");
    dir.write("a.txt", "date 2023-01-01 First.");
    dir.write("c/3.jsonl", "{\"id\": \"third\", \"text\": \"Third.\"}\n");
    dir.write("notes.md", "# not an article");
    fs::create_directory_symlink(dir.path, dir.path / "loop");
    ArticleReader reader({dir.path.string()}, {});
    std::vector<std::string> ids;
    ReadItem item;
    while (reader.next(item))
        if (item.article) ids.push_back(item.article->id);
    CHECK(ids == std::vector<std::string>{"a", "2", "third"});
    CHECK(reader.skipped_files().size() == 2);  // notes.md and the symbolic link
}

TEST_CASE("unreadable inputs, empty and oversized articles are rejected with a reason") {
    TempDir dir;
    const auto empty = dir.write("empty.txt", "date 2023-01-01   \n\n");
    const auto big = dir.write("big.jsonl", "{\"text\": \"" + std::string(5000, 'x') + "\"}\n" +
                                                "{\"id\": \"small\", \"text\": \"ok\"}\n");
    const auto r = read_all({dir.path.string() + "/missing.txt", empty, big},
                            ReaderOptions{std::nullopt, 1000, nullptr});
    REQUIRE(r.rejections.size() == 3);
    CHECK(r.rejections[0].reason == "unreadable");
    CHECK(r.rejections[1].reason == "empty");
    CHECK(r.rejections[2].reason == "too_large");
    CHECK(r.rejections[2].where.line == 1u);
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].id == "small");
}

TEST_CASE("duplicate ids: the same text is a duplicate, another text is renamed") {
    TempDir dir;
    const auto file = dir.write("d.jsonl",
                                "{\"id\": \"x\", \"text\": \"Same.\"}\n"
                                "{\"id\": \"x\", \"text\": \"Same.\"}\n"
                                "{\"id\": \"x\", \"text\": \"Other.\"}\n");
    const auto r = read_all({file});
    REQUIRE(r.articles.size() == 2);
    CHECK(r.articles[1].id == "x~2");
    CHECK(has_diagnostic(r.articles[1], "renamed"));
    REQUIRE(r.rejections.size() == 1);
    CHECK(r.rejections[0].reason == "duplicate");
}

TEST_CASE("bad bytes are replaced with a diagnostic; stdin is read with -") {
    std::istringstream in("{\"id\": \"s\", \"text\": \"bad \xff byte and \\u0000 nul\"}\n");
    ReaderOptions opts;
    opts.stdin_stream = &in;
    const auto r = read_all({"-"}, opts);
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].text == "bad \xEF\xBF\xBD byte and   nul");
    CHECK(has_diagnostic(r.articles[0], "invalid UTF-8"));
    CHECK(has_diagnostic(r.articles[0], "control character"));
}

TEST_CASE("parse_article_date") {
    CHECK(parse_article_date("2023-11-12") == date::year{2023} / 11 / 12);
    CHECK(parse_article_date("2023-11-12T08:00:00Z") == date::year{2023} / 11 / 12);
    CHECK_FALSE(parse_article_date("2023-11-123"));
    CHECK_FALSE(parse_article_date("9999-12-31"));
    CHECK_FALSE(parse_article_date("0000-00-00"));
    CHECK_FALSE(parse_article_date("121108"));
}

TEST_CASE("line ends: CRLF and a lone CR both end a JSON line") {
    TempDir dir;
    const auto file = dir.write("ends.jsonl",
                                "{\"id\": \"a\", \"text\": \"One.\"}\r\n"
                                "{\"id\": \"b\", \"text\": \"Two.\"}\r"
                                "{\"id\": \"c\", \"text\": \"Three.\"}");
    const auto r = read_all({file});
    REQUIRE(r.articles.size() == 3);
    CHECK(r.articles[2].id == "c");
    CHECK(r.rejections.empty());
}

TEST_CASE("a 100 MB line is rejected without being held, and the next line is read") {
    TempDir dir;
    const auto path = dir.path / "huge.jsonl";
    {
        std::ofstream out(path, std::ios::binary);
        out << "{\"id\": \"huge\", \"text\": \"";
        const std::string block(1 << 20, 'x');
        for (int i = 0; i < 100; ++i) out << block;
        out << "\"}\n{\"id\": \"after\", \"text\": \"Still read.\"}\n";
    }
    const auto r = read_all({path.string()});
    REQUIRE(r.rejections.size() == 1);
    CHECK(r.rejections[0].reason == "too_large");
    CHECK(r.rejections[0].where.line == 1u);
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].id == "after");
}

TEST_CASE("deeply nested JSON is rejected or ignored, never a stack overflow") {
    TempDir dir;
    const std::string deep(200000, '[');
    const auto file =
        dir.write("deep.jsonl", deep + "\n{\"id\": \"ok\", \"text\": \"Fine.\", \"x\": " +
                                    std::string(100000, '[') + std::string(100000, ']') + "}\n");
    const auto r = read_all({file});
    REQUIRE(r.rejections.size() == 1);
    CHECK(r.rejections[0].reason == "bad_json");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].id == "ok");
}

TEST_CASE("empty files and files that are not regular") {
    TempDir dir;
    const auto empty_jsonl = dir.write("empty.jsonl", "");
    const auto blank_txt = dir.write("blank.txt", "  \n\t\n");
    const auto r = read_all({empty_jsonl, blank_txt, "/dev/zero"});
    CHECK(r.articles.empty());
    REQUIRE(r.rejections.size() == 2);  // the empty JSON Lines file holds no article at all
    CHECK(r.rejections[0].reason == "empty");
    CHECK(r.rejections[1].reason == "unreadable");
    CHECK(r.rejections[1].message.find("not a regular file") != std::string::npos);
}
