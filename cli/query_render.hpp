// The answers of `tkg query`'s subcommands in each output format. The JSON written here is the
// schema documented in README.md ("Querying"); change both together.
#pragma once

#include <iosfwd>
#include <optional>
#include <string_view>
#include <vector>

#include "query_output.hpp"
#include "tkg/graph/query.hpp"
#include "tkg/graph/query_centrality.hpp"
#include "tkg/graph/query_communities.hpp"
#include "tkg/graph/query_path.hpp"

namespace tkg::cli {

using graph::TimelineGraph;
using graph::Vertex;

void render_actor(const TimelineGraph& g, const graph::ActorProfile& p, Format f,
                  std::ostream& out);
void render_neighbors(const TimelineGraph& g, Vertex actor,
                      const std::vector<graph::RelationHit>& hits, Format f, std::ostream& out);
void render_between(const TimelineGraph& g, Vertex a, Vertex b, const graph::BetweenResult& r,
                    Format f, std::ostream& out);
void render_path(const TimelineGraph& g, Vertex from, Vertex to, std::size_t max_hops,
                 const std::optional<std::vector<graph::PathHop>>& hops, Format f,
                 std::ostream& out);
// `query` is "timeline" or "events": the same events, told as a story or listed as records.
void render_events(const TimelineGraph& g, std::string_view query,
                   const std::vector<Vertex>& events, Format f, std::ostream& out);
void render_top(const TimelineGraph& g, graph::Centrality by,
                const std::vector<graph::RankedActor>& ranked, Format f, std::ostream& out);
void render_communities(const TimelineGraph& g, const graph::Communities& c, Format f,
                        std::ostream& out);

}  // namespace tkg::cli
