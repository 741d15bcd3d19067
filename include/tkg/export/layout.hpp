// Node positions for a View, so a file opened in Gephi, sigma, Cytoscape.js or Graphviz shows a
// readable picture at once instead of a heap of nodes at the origin.
//
//   View view = make_view(graph, options);
//   layout_view(view);        // sets x and y of every node; same graph -> same positions
//
// Networks (full and actors views) get Boost.Graph's Fruchterman-Reingold force-directed layout,
// started from a circle in output order (no random start, so every run gives the same bytes).
// The events view is a timeline: x is the date, events of the same day stack up in y.
// Coordinates are rounded to hundredths, in a box that grows with the square root of the node
// count (about 60 units per node along each side), centred on the origin, y pointing up.
#pragma once

#include "tkg/export/view.hpp"

namespace tkg::exporters {

void layout_view(View& view);

}  // namespace tkg::exporters
