// Shared helpers for exporter tests: the small graph every format's golden file is made from,
// golden-file comparison, schema validation with xmllint, and structural checks that no schema
// makes (unique ids, declared edge ends, start <= end, no zero weights).
#pragma once

#include <string>
#include <vector>

#include "tkg/export/exporter.hpp"

namespace tkg::test {

// A small graph with everything the formats must survive: two articles, dates of every
// precision (day, week, month, quarter, year, an interval, none), parallel relations between
// the same two actors, an event with two targets, a standing role relation without dates, an
// actor with no edges, and names with '&', '<', quotes, a control character, an emoji and
// right-to-left text.
const graph::TimelineGraph& small_graph();

// The output of `format` for `g`; `part` selects the file of a several-file format.
std::string export_text(const graph::TimelineGraph& g, const std::string& format,
                        const exporters::ExportOptions& options = {}, std::size_t part = 0);

// Diffs `actual` against tests/data/export/<name>. With TKG_UPDATE_GOLDEN=1 in the
// environment it writes the file instead (review the diff before committing it).
void check_golden(const std::string& name, const std::string& actual);

// Runs `xmllint --nonet --noout --schema` on `xml`; true when it validates. `schema` is relative
// to the shared folder: "schemas/graphml/graphml.xsd".
bool validates(const std::string& xml, const std::string& schema);

// The values of attribute `attr` on every <element ...> tag of `xml`, unescaped enough for
// comparing ids (&amp; &lt; &gt; &quot; &apos;).
std::vector<std::string> xml_attribute_values(const std::string& xml, const std::string& element,
                                              const std::string& attr);

// Element tags (the text from '<' to '>') of `xml` named `element`.
std::vector<std::string> xml_tags(const std::string& xml, const std::string& element);
// The value of `attr` in one tag, or "" when absent.
std::string tag_attribute(const std::string& tag, const std::string& attr);

// Checks through doctest: every id unique, every edge end a declared node.
void check_ids_and_ends(const std::vector<std::string>& node_ids,
                        const std::vector<std::string>& edge_ids,
                        const std::vector<std::string>& sources,
                        const std::vector<std::string>& targets);

}  // namespace tkg::test
