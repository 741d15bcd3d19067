// Private text helpers of the exporters: each output syntax has its own escaping, and names
// from news can hold anything (quotes, '&', '<', control characters, emoji, right-to-left
// text, even malformed UTF-8 from a hand-edited graph.json). All of them end in valid UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "tkg/graph/records.hpp"

namespace tkg::exporters {

// Length of the well-formed UTF-8 sequence at s[i] (1 to 4), or 0 if malformed; `cp` gets the
// code point.
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp);

// Malformed bytes become U+FFFD; everything else is kept.
std::string valid_utf8(std::string_view s);
// As valid_utf8, and every control character (tab and newline too) becomes a space: for
// one-line fields (CSV cells, TSV cells, XML tokens).
std::string one_line(std::string_view s);
// Text for HTML (TimelineJS and vis-timeline render names as HTML).
std::string html_escape(std::string_view s);
// A Graphviz double-quoted string, quotes included.
std::string dot_quoted(std::string_view s);
// Items joined by '|', the list separator of flat attribute formats (GraphML, GEXF, CSV).
std::string join_items(const std::vector<std::string>& items);
// An actor's roles as one readable string: "President of united-states (2021-01-20..2025-01-20)".
std::string roles_text(const std::vector<graph::Role>& roles);
// An RFC 4180 CSV field: quoted when it holds a comma, a quote or a leading/trailing space.
std::string csv_field(std::string_view s);

}  // namespace tkg::exporters
