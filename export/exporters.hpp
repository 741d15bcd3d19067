// Private helpers shared by the exporter implementations, and their factories.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "tkg/export/exporter.hpp"

namespace tkg::exporters {

std::unique_ptr<Exporter> make_graphml_exporter();
std::unique_ptr<Exporter> make_gexf_exporter();
std::unique_ptr<Exporter> make_json_exporter();
std::unique_ptr<Exporter> make_cytoscape_exporter();
std::unique_ptr<Exporter> make_graphology_exporter();
std::unique_ptr<Exporter> make_timelinejs_exporter();
std::unique_ptr<Exporter> make_vis_exporter();
std::unique_ptr<Exporter> make_csv_exporter();
std::unique_ptr<Exporter> make_dot_exporter();
std::unique_ptr<Exporter> make_events_tsv_exporter();
std::unique_ptr<Exporter> make_timeline_exporter();

// The view the options ask for, with node positions (shared through options.layouts).
View laid_out_view(const graph::TimelineGraph& tg, const ExportOptions& options);

// The GEXF writer itself, for a view already laid out (tests give it mixed views).
void write_gexf(const View& view, std::ostream& os);

// Shortest round-trip text of a double ("0.8", not "0.80000000000000004").
std::string format_double(double v);

// Writes `buf` to `os` and empties it.
inline void flush(std::ostream& os, std::string& buf) {
    os.write(buf.data(), static_cast<std::streamsize>(buf.size()));
    buf.clear();
}

// A one-file format: name, file name and write(). Implementations override write_one().
class SingleFileExporter : public Exporter {
  public:
    SingleFileExporter(std::string_view name, std::string_view file) : name_(name), file_(file) {}
    std::string_view name() const override { return name_; }
    std::vector<std::string_view> file_names() const override { return {file_}; }
    void write_file(std::size_t, const graph::TimelineGraph& g, std::ostream& out,
                    const ExportOptions& options) const override {
        write_one(g, out, options);
    }

  protected:
    virtual void write_one(const graph::TimelineGraph& g, std::ostream& out,
                           const ExportOptions& options) const = 0;

  private:
    std::string_view name_, file_;
};

}  // namespace tkg::exporters
