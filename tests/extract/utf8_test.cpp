#include <doctest/doctest.h>

#include "tkg/extract/utf8.hpp"

using namespace tkg::extract;

TEST_CASE("sanitize_utf8 replaces malformed bytes and control characters") {
    std::string text = "ok\xff then\x01 ok \xc3\xa9 \xed\xa0\x80 \xe2\x80";
    const auto report = sanitize_utf8(text);
    CHECK(report.malformed_at == std::vector<std::size_t>{2, 16, 17, 18, 20, 21});
    CHECK(report.controls == 1);
    CHECK(text ==
          "ok\xEF\xBF\xBD then  ok \xc3\xa9 \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD "
          "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("sanitize_utf8 leaves clean text alone") {
    std::string text = "Biden’s “comment” — 40 % 🙂 שלום\tnext\r\nline";
    const std::string before = text;
    CHECK_FALSE(sanitize_utf8(text).changed());
    CHECK(text == before);
}

TEST_CASE("decode_utf8 rejects overlong forms and truncated sequences") {
    std::size_t len = 0;
    CHECK(decode_utf8("\xc0\xaf", 0, len) == kReplacementChar);
    CHECK(len == 1);
    CHECK(decode_utf8("\xe2\x80\x99", 0, len) == 0x2019);
    CHECK(len == 3);
    CHECK(decode_utf8("\xf0\x9f\x99", 0, len) == kReplacementChar);
}
