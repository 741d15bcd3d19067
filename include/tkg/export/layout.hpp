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
//
// Forces cost time that grows faster than the graph: a view of more than kForceLayoutLimit
// nodes keeps the fixed starting positions (components still packed apart), which a client's
// own layout (Gephi's ForceAtlas 2, Graphviz's sfdp) can take from there.
#pragma once

#include <cstddef>
#include <mutex>
#include <utility>
#include <vector>

#include "tkg/export/view.hpp"

namespace tkg::exporters {

inline constexpr std::size_t kForceLayoutLimit = 100000;  // nodes in the view

// Positions of one view computed once and reused by every export of the same view in one run
// (tkg build writes gexf, graphology, cytoscape and dot from one layout). Thread-safe.
class LayoutCache {
  public:
    // Sets the positions of `view`: copied when a view with the same nodes was laid out before.
    void apply(View& view);

  private:
    // A view is known by its graph, its kind and its nodes' vertices in the graph.
    struct Entry {
        const graph::TimelineGraph* source;
        ViewKind kind;
        std::vector<graph::Vertex> vertices;
        std::vector<std::pair<double, double>> xy;
    };
    std::mutex mutex_;
    std::vector<Entry> entries_;
};

void layout_view(View& view);
// The same through `cache` when it is not null.
void layout_view(View& view, LayoutCache* cache);

}  // namespace tkg::exporters
