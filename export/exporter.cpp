#include "tkg/export/exporter.hpp"

#include <array>
#include <charconv>

#include "exporters.hpp"
#include "tkg/error.hpp"

namespace tkg::exporters {
namespace {

struct Format {
    std::string_view name;
    std::unique_ptr<Exporter> (*make)();
};

constexpr std::array<Format, 2> kFormats = {{
    {"graphml", make_graphml_exporter},
    {"json", make_json_exporter},
}};

}  // namespace

std::string format_double(double v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

std::unique_ptr<Exporter> make_exporter(std::string_view format) {
    for (const Format& f : kFormats)
        if (f.name == format) return f.make();
    std::string known;
    for (const Format& f : kFormats) known += (known.empty() ? "" : ", ") + std::string(f.name);
    throw UsageError("unknown export format '" + std::string(format) + "' (known: " + known + ")");
}

std::vector<std::string_view> exporter_names() {
    std::vector<std::string_view> out;
    for (const Format& f : kFormats) out.push_back(f.name);
    return out;
}

}  // namespace tkg::exporters
