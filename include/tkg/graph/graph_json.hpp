// graph.json: tkg's native graph file, written by `tkg build` and read by `tkg query` and
// `tkg export`. It is node-link JSON as D3 and networkx read it
// (`networkx.node_link_graph(json.load(f), edges="links")`), with every field tkg needs to
// rebuild the TimelineGraph exactly: write -> read -> write gives identical bytes.
//
//   write_graph_json(graph, std::cout);
//   TimelineGraph g = read_graph_json_file("out/graph.json");   // throws tkg::InputError
//
// Layout: {"directed": true, "multigraph": true, "graph": {...}, "nodes": [...], "links": [...]}
// with node ids "actor:<id>", "event:<id>", "article:<id>" and one node or link per line.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>

#include "tkg/graph/timeline_graph.hpp"

namespace tkg::graph {

inline constexpr std::string_view kGraphSchema = "tkg.graph/1";

void write_graph_json(const TimelineGraph& graph, std::ostream& out);

// Parses graph.json text. `origin` names the file in error messages. Throws tkg::InputError
// for anything malformed: bad JSON (with its byte offset), wrong types, dangling edge ends,
// duplicate ids.
TimelineGraph read_graph_json(std::string text, std::string_view origin = "graph.json");
TimelineGraph read_graph_json_file(const std::filesystem::path& path);

}  // namespace tkg::graph
