#include <doctest/doctest.h>

#include "export/text.hpp"

using namespace tkg::exporters;

TEST_CASE("text helpers escape for each syntax and always give valid UTF-8") {
    CHECK(valid_utf8("ok 🙂 שלום") == "ok 🙂 שלום");
    CHECK(valid_utf8("bad \xff\xc3") == "bad \xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
    CHECK(one_line("a\tb\nc\x01"
                   "d\xC2\x85") == "a b c d ");
    CHECK(html_escape("<b>\"A & B's\"</b>") == "&lt;b&gt;&quot;A &amp; B&#39;s&quot;&lt;/b&gt;");
    CHECK(dot_quoted("say \"hi\" \\ now\nnext") == "\"say \\\"hi\\\" \\\\ now\\nnext\"");
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field(" padded") == "\" padded\"");
    CHECK(csv_field("two\nlines") == "two lines");
}
