// How `tkg query` prints its answers: an aligned table for people, CSV for spreadsheets, and
// JSON (one documented object per subcommand, see README "Querying") for programs. The table
// and CSV forms come from the same Table; JSON is written field by field with QueryJson.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "tkg/graph/query.hpp"
#include "tkg/graph/timeline_graph.hpp"

namespace tkg::cli {

enum class Format : std::uint8_t { table, json, csv };

class Table {
  public:
    explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
    void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
    bool empty() const noexcept { return rows_.empty(); }

    // Columns padded to their widest cell (in characters, not bytes), two spaces apart, the
    // last one unpadded; an empty cell shows as "-".
    void write_aligned(std::ostream& out) const;
    // RFC 4180: a header line, fields quoted when they hold a comma, quote or line break.
    void write_csv(std::ostream& out) const;
    void write(std::ostream& out, Format format) const;

  private:
    std::vector<std::string> header_;
    std::vector<std::vector<std::string>> rows_;
};

// "2023-11", or "" when there is no date.
std::string date_text(const std::optional<graph::DateValue>& d);
// "2023-10-03" when both ends are the same date, "2023-10-03..2023-11-20" otherwise.
std::string date_range(const std::optional<graph::DateValue>& first,
                       const std::optional<graph::DateValue>& last);
// At most `max` characters, cut at a character boundary and marked with "...".
std::string shorten(std::string_view text, std::size_t max);
// "article-id: the sentence", shortened for a table cell.
std::string evidence_cell(const graph::Evidence& e);
// A number in a printf format: "%.6g" by default.
std::string format_number(double x, const char* format = "%.6g");
// The names of an event's participants in a role, "; "-separated.
std::string participant_names(const graph::TimelineGraph& g, graph::Vertex event,
                              graph::ParticipantRole role);
std::string join(const std::vector<std::string>& items, std::string_view separator);

// A JSON object written with RapidJSON, with the pieces the query schemas share.
class QueryJson {
  public:
    explicit QueryJson(const graph::TimelineGraph& g) : g_(g), w_(buf_) {}

    rapidjson::Writer<rapidjson::StringBuffer>& w() { return w_; }
    void key(std::string_view k);
    void str(std::string_view s);
    void str_or_null(std::string_view s);
    void date(const std::optional<graph::DateValue>& d);

    // {"id": "joe-biden", "name": "Joe Biden", "type": "PERSON"}
    void actor_ref(graph::Vertex actor);
    // [{"event", "date", "article", "snippet"}, ...]
    void evidence(const std::vector<graph::Evidence>& items);
    // The fields of a relation hit, inside an object the caller opened.
    void relation_fields(const graph::RelationHit& hit);
    // {"id", "date", "end", "type", "cameo", "summary", "sources", "targets", ...}
    void event(graph::Vertex event);

    // Writes the document and a newline.
    void finish(std::ostream& out);

  private:
    const graph::TimelineGraph& g_;
    rapidjson::StringBuffer buf_;
    rapidjson::Writer<rapidjson::StringBuffer> w_;
};

}  // namespace tkg::cli
