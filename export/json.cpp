// Node-link JSON, as D3 and networkx read it. It is tkg's own graph.json, so the exporter is
// the graph library's writer.
#include "exporters.hpp"
#include "tkg/graph/graph_json.hpp"

namespace tkg::exporters {
namespace {

class JsonExporter final : public Exporter {
  public:
    std::string_view name() const override { return "json"; }
    std::string_view file_name() const override { return "graph.json"; }
    void write(const graph::TimelineGraph& g, std::ostream& out,
               const ExportOptions&) const override {
        graph::write_graph_json(g, out);
    }
};

}  // namespace

std::unique_ptr<Exporter> make_json_exporter() { return std::make_unique<JsonExporter>(); }

}  // namespace tkg::exporters
