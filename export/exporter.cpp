#include "tkg/export/exporter.hpp"

#include <array>
#include <charconv>

#include "exporters.hpp"
#include "tkg/atomic_file.hpp"
#include "tkg/error.hpp"
#include "tkg/export/layout.hpp"

namespace tkg::exporters {
namespace {

struct Format {
    std::string_view name;
    std::unique_ptr<Exporter> (*make)();
};

constexpr std::array<Format, 11> kFormats = {{
    {"graphml", make_graphml_exporter},
    {"gexf", make_gexf_exporter},
    {"json", make_json_exporter},
    {"cytoscape", make_cytoscape_exporter},
    {"graphology", make_graphology_exporter},
    {"timelinejs", make_timelinejs_exporter},
    {"vis", make_vis_exporter},
    {"csv", make_csv_exporter},
    {"dot", make_dot_exporter},
    {"events-tsv", make_events_tsv_exporter},
    {"timeline", make_timeline_exporter},
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

View laid_out_view(const graph::TimelineGraph& tg, const ExportOptions& options) {
    View view = make_view(tg, options.view);
    layout_view(view, options.layouts.get());
    return view;
}

std::vector<std::filesystem::path> write_files(const Exporter& exporter,
                                               const graph::TimelineGraph& g,
                                               const std::filesystem::path& dir,
                                               const ExportOptions& options) {
    std::vector<std::filesystem::path> written;
    const auto names = exporter.file_names();
    for (std::size_t i = 0; i < names.size(); ++i) {
        AtomicFile file(dir / names[i]);
        exporter.write_file(i, g, file.stream(), options);
        file.commit();
        written.push_back(file.target());
    }
    return written;
}

}  // namespace tkg::exporters
