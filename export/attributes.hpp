// Private: the attributes every format writes for nodes and edges, with one name and one type
// each, so a Gephi, networkx, Cytoscape.js or sigma user sees the same columns whatever the
// format. Names steer clear of what clients reserve: no id, label, type, size, color, x, y,
// weight, start or end (formats write those as their own fields), no source/target on nodes.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tkg/export/view.hpp"

namespace tkg::exporters {

enum class AttrType : std::uint8_t { string, integer, real };

struct AttrSpec {
    std::string_view name;
    AttrType type;
};

// A value a node or edge has (attributes it lacks are left out), in declaration order.
struct Attr {
    std::string_view name;
    AttrType type;
    std::string value;  // as text: "12", "0.8", "2023-11"
};

std::span<const AttrSpec> node_attribute_specs();
std::span<const AttrSpec> edge_attribute_specs();
std::vector<Attr> node_attributes(const View& view, ViewVertex v);
std::vector<Attr> edge_attributes(const View& view, ViewEdgeDesc e);

// Hex colour ("#1f77b4") and drawing size of a node, for every format that draws.
std::string_view node_color(const View& view, ViewVertex v);
double node_size(const View& view, ViewVertex v);

}  // namespace tkg::exporters
