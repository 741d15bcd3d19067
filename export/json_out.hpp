// Private: JSON output through RapidJSON for the JSON formats. Strings are made valid UTF-8
// first (RapidJSON would copy malformed bytes through); control characters are escaped by
// RapidJSON; records go one per line so golden-file diffs stay readable.
#pragma once

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

// "[\n" + items joined by ",\n" + "\n]": one record per line.
std::string json_lines_array(const std::vector<std::string>& items);

}  // namespace tkg::exporters
