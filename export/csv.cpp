// Gephi's spreadsheet import (File > Import spreadsheet): two comma-separated tables, nodes.csv
// (Id, Label, the shared attributes, timeset) and edges.csv (Source, Target, Type, Kind, Id,
// Label, Weight, timeset, the shared attributes) — the column names Gephi recognizes. timeset
// is Gephi's interval syntax "<[2023-11-12, 2023-11-27]>", so the Timeline works after import.
// Two files: `tkg export --format csv -o DIR` writes DIR/nodes.csv and DIR/edges.csv.
#include <boost/range/iterator_range.hpp>

#include "attributes.hpp"
#include "exporters.hpp"
#include "text.hpp"

namespace tkg::exporters {
namespace {

std::string timeset(const std::optional<DayInterval>& p) {
    if (!p) return {};
    return "<[" + p->start_string() + ", " + p->end_string() + "]>";
}

// The values of `attrs` under the columns of `specs`, empty where missing.
void attribute_cells(std::string& out, std::span<const AttrSpec> specs,
                     const std::vector<Attr>& attrs) {
    for (const AttrSpec& s : specs) {
        out += ',';
        for (const Attr& a : attrs)
            if (a.name == s.name) out += csv_field(a.value);
    }
}

void header(std::string& out, std::string_view fixed, std::span<const AttrSpec> specs) {
    out += fixed;
    for (const AttrSpec& s : specs) {
        out += ',';
        out += s.name;
    }
    out += '\n';
}

class CsvExporter final : public Exporter {
  public:
    std::string_view name() const override { return "csv"; }
    std::vector<std::string_view> file_names() const override { return {"nodes.csv", "edges.csv"}; }
    void write_file(std::size_t part, const graph::TimelineGraph& tg, std::ostream& os,
                    const ExportOptions& options) const override {
        const View view = make_view(tg, options.view);
        const ViewGraph& g = view.graph;
        std::string out;
        if (part == 0) {
            header(out, "Id,Label,timeset", node_attribute_specs());
            for (const ViewVertex v : boost::make_iterator_range(boost::vertices(g))) {
                out += csv_field(g[v].id) + ',' + csv_field(g[v].label) + ',' +
                       csv_field(timeset(g[v].period));
                attribute_cells(out, node_attribute_specs(), node_attributes(view, v));
                out += '\n';
                if (out.size() > (1u << 20)) flush(os, out);
            }
        } else {
            header(out, "Source,Target,Type,Kind,Id,Label,Weight,timeset", edge_attribute_specs());
            std::size_t i = 0;
            for (const ViewEdgeDesc e : boost::make_iterator_range(boost::edges(g))) {
                const ViewEdge& ve = g[e];
                out += csv_field(g[boost::source(e, g)].id) + ',' +
                       csv_field(g[boost::target(e, g)].id) + ',' +
                       (ve.directed ? "Directed" : "Undirected") + ',' + csv_field(ve.label) +
                       ",e" + std::to_string(i++) + ',' + csv_field(ve.label) + ',' +
                       std::to_string(ve.weight) + ',' + csv_field(timeset(ve.period));
                attribute_cells(out, edge_attribute_specs(), edge_attributes(view, e));
                out += '\n';
                if (out.size() > (1u << 20)) flush(os, out);
            }
        }
        flush(os, out);
    }
};

}  // namespace

std::unique_ptr<Exporter> make_csv_exporter() { return std::make_unique<CsvExporter>(); }

}  // namespace tkg::exporters
