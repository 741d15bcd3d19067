// Private: JSON output through RapidJSON for the JSON formats. Strings are made valid UTF-8
// first (RapidJSON would copy malformed bytes through); control characters are escaped by
// RapidJSON; records go one per line so golden-file diffs stay readable.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "attributes.hpp"
#include "text.hpp"

namespace tkg::exporters {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

inline void json_string(JsonWriter& w, std::string_view s) {
    const std::string v = valid_utf8(s);
    w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
}

// A key and a string value.
inline void json_field(JsonWriter& w, std::string_view key, std::string_view value) {
    w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    json_string(w, value);
}

// Each attribute as a key and a value of its type (numbers unquoted).
void json_attributes(JsonWriter& w, const std::vector<Attr>& attrs);

// Builds one JSON value with `f(writer)` and returns its text.
template <typename F>
std::string json_text(F&& f) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    f(w);
    return std::string(buf.GetString(), buf.GetSize());
}

// {"name": "tkg", "view": "full"}: the graph-level data of the JSON graph formats.
std::string graph_meta_json(const View& view);

// "[\n" + items joined by ",\n" + "\n]": one record per line.
std::string json_lines_array(const std::vector<std::string>& items);

// The same array written as it goes: records are appended to `out`, which is flushed to `os`
// past a megabyte, so an export of millions of records never holds them all in memory.
//
//   std::string out = "{\"nodes\":";
//   JsonLinesArray nodes(os, out);
//   for (...) nodes.add([&](JsonWriter& w) { w.StartObject(); ... w.EndObject(); });
//   nodes.close();   // "[]" when nothing was added
class JsonLinesArray {
  public:
    JsonLinesArray(std::ostream& os, std::string& out) : os_(os), out_(out), writer_(buf_) {}

    template <typename F>
    void add(F&& f) {
        out_ += count_++ == 0 ? "[\n" : ",\n";
        buf_.Clear();
        writer_.Reset(buf_);
        f(writer_);
        out_.append(buf_.GetString(), buf_.GetSize());
        if (out_.size() > (1u << 20)) flush_out();
    }
    void close() { out_ += count_ == 0 ? "[]" : "\n]"; }
    std::size_t size() const noexcept { return count_; }

  private:
    void flush_out();

    std::ostream& os_;
    std::string& out_;
    rapidjson::StringBuffer buf_;
    JsonWriter writer_;
    std::size_t count_ = 0;
};

}  // namespace tkg::exporters
