// Article: one news article as read from the input, before extraction, and Diagnostic: a
// note about one article that is normal to meet (no date, a bad byte) and so is returned,
// not thrown.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <date/date.h>

#include "tkg/error.hpp"
#include "tkg/graph/records.hpp"

namespace tkg::extract {

enum class Severity : std::uint8_t { info, warning, error };
std::string_view to_string(Severity s);

struct Diagnostic {
    Severity severity = Severity::warning;
    std::string message;
    std::optional<graph::Span> span;  // into the article text, when the note is about a place
};

struct Article {
    std::string id;
    std::optional<date::year_month_day> date;  // publication date
    std::string text;                          // UTF-8; spans index into these bytes
    std::string title;
    std::string url;
    std::string source;
    Location origin;                      // file, line and byte offset it was read from
    std::vector<Diagnostic> diagnostics;  // found while reading (bad bytes, no date ...)
};

}  // namespace tkg::extract
