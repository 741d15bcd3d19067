// Exporter: writes a TimelineGraph in one file format for one client tool (Gephi, networkx,
// Cytoscape.js ...). Each format is one implementation; make_exporter() picks it by name.
//
//   auto ex = tkg::exporters::make_exporter("graphml");   // throws tkg::UsageError if unknown
//   tkg::AtomicFile out("out/graph.graphml");
//   ex->write(graph, out.stream(), {});
//   out.commit();
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "tkg/graph/timeline_graph.hpp"

namespace tkg::exporters {

struct ExportOptions {};

class Exporter {
  public:
    virtual ~Exporter() = default;
    virtual std::string_view name() const = 0;       // "graphml"
    virtual std::string_view file_name() const = 0;  // default output name: "graph.graphml"
    virtual void write(const graph::TimelineGraph& g, std::ostream& out,
                       const ExportOptions& options) const = 0;
};

std::unique_ptr<Exporter> make_exporter(std::string_view format);
std::vector<std::string_view> exporter_names();

}  // namespace tkg::exporters
