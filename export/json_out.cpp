#include "json_out.hpp"

#include "exporters.hpp"

namespace tkg::exporters {

void json_attributes(JsonWriter& w, const std::vector<Attr>& attrs) {
    for (const Attr& a : attrs) {
        w.Key(a.name.data(), static_cast<rapidjson::SizeType>(a.name.size()));
        if (a.type == AttrType::string)
            json_string(w, a.value);
        else  // written by std::to_chars or std::to_string: a valid JSON number
            w.RawValue(a.value.data(), a.value.size(), rapidjson::kNumberType);
    }
}

std::string graph_meta_json(const View& view) {
    return json_text([&](JsonWriter& w) {
        w.StartObject();
        json_field(w, "name", "tkg");
        json_field(w, "view", to_string(view.kind));
        w.EndObject();
    });
}

void JsonLinesArray::flush_out() { flush(os_, out_); }

std::string json_lines_array(const std::vector<std::string>& items) {
    if (items.empty()) return "[]";
    std::string out = "[\n";
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += items[i];
        out += i + 1 < items.size() ? ",\n" : "\n";
    }
    out += "]";
    return out;
}

}  // namespace tkg::exporters
