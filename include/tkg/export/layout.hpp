// Node positions for a View, so a file opened in Gephi, sigma, Cytoscape.js or Graphviz shows a
// readable picture at once instead of a heap of nodes at the origin.
//
//   View view = make_view(graph, options);
//   layout_view(view);        // sets x and y of every node; same graph -> same positions
//
// Networks (full and actors views) are laid out one connected component at a time, and the
// components packed in rows, largest first: Boost.Graph's Kamada-Kawai spring layout for
// components of up to 300 nodes (it untangles small graphs best), its Fruchterman-Reingold
// force-directed layout for bigger ones. Both start from fixed positions (a circle, or a spiral
// past 1000 nodes), never random ones, so every run gives the same bytes. The ideal edge length
// is 80 units. The events view is a timeline: x is the date (the span scaled to a box growing
// with the square root of the event count), events of the same day stack up in y.
// Coordinates are rounded to hundredths, centred on the origin, y up.
#pragma once

#include "tkg/export/view.hpp"

namespace tkg::exporters {

void layout_view(View& view);

}  // namespace tkg::exporters
