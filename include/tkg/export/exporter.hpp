// Exporter: writes a TimelineGraph in one file format for one client tool (Gephi, networkx,
// Cytoscape.js ...). Each format is one implementation; make_exporter() picks it by name.
// ExportOptions choose the view and filters (see view.hpp), the same for every format.
//
//   auto ex = tkg::exporters::make_exporter("gexf");   // throws tkg::UsageError if unknown
//   tkg::AtomicFile out("out/graph.gexf");
//   ex->write(graph, out.stream(), {.view = {.kind = ViewKind::actors}});
//   out.commit();
//
// Most formats are one file. A format of several files (csv: nodes.csv and edges.csv) lists
// them in file_names() and writes each with write_file(); write_files() does all of it
// atomically into a directory.
#pragma once

#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "tkg/export/view.hpp"
#include "tkg/graph/timeline_graph.hpp"

namespace tkg::exporters {

class LayoutCache;

struct ExportOptions {
    ViewOptions view = {};
    // events-tsv: a symmetric event (graph::symmetric_event_type) also as a row from its target
    // to its source, as event data sets that code each direction count it.
    bool both_directions = false;
    // Shared by the exports of one run so that a layout is computed once; may be null.
    std::shared_ptr<LayoutCache> layouts = {};
};

class Exporter {
  public:
    virtual ~Exporter() = default;
    virtual std::string_view name() const = 0;  // "graphml"
    // Default output names, in a build directory: {"graph.graphml"}; {"nodes.csv", "edges.csv"}.
    virtual std::vector<std::string_view> file_names() const = 0;
    // Writes file `part` of file_names().
    virtual void write_file(std::size_t part, const graph::TimelineGraph& g, std::ostream& out,
                            const ExportOptions& options) const = 0;

    std::string_view file_name() const { return file_names().front(); }
    bool single_file() const { return file_names().size() == 1; }
    // Writes the only file of a one-file format.
    void write(const graph::TimelineGraph& g, std::ostream& out,
               const ExportOptions& options) const {
        write_file(0, g, out, options);
    }
};

std::unique_ptr<Exporter> make_exporter(std::string_view format);
std::vector<std::string_view> exporter_names();

// Writes every file of the format into `dir` under its default name, each atomically; returns
// the paths written. Throws tkg::OutputError.
std::vector<std::filesystem::path> write_files(const Exporter& exporter,
                                               const graph::TimelineGraph& g,
                                               const std::filesystem::path& dir,
                                               const ExportOptions& options);

}  // namespace tkg::exporters
