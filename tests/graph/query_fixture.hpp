// A small world for the query tests, built from article records so that every answer is
// known exactly:
//
//   a1 2023-09-15  Joe Biden met Antony Blinken (2023-09-14).
//   a2 2023-10-20  Hamas attacked Israel (2023-10-07). Biden met Benjamin Netanyahu (2023-10-18).
//   a3 2023-11-20  Elizabeth Warren criticized Biden (2023-11-20). Biden met Blinken
//                  (2023-11, month only). Blinken met Netanyahu (2023-11-03).
//   a4 2023-12-01  John Kirby, White House spokesperson, defended Biden (2023-12-01).
//                  Aaron Miller criticized Stephen Miller (2023-12-01).
//   a5 2022-05-01  Arab Americans supported Biden (2020, year only). Arab groups and the
//                  Electoral College are mentioned with no relation.
//
// Relations are the events' (met_with, attacked, criticized, defended, supported) plus
// Kirby spokesperson_of White House, which has no evidence event and no date.
#pragma once

#include "tkg/graph/timeline_graph.hpp"

namespace tkg::test {

const graph::TimelineGraph& query_world();

// The vertex of actor `id` in query_world(); fails the test if there is none.
graph::Vertex world_actor(const char* id);
// The ids of `vertices` (actors or events) of query_world(), in order.
std::vector<std::string> ids(const std::vector<graph::Vertex>& vertices);

}  // namespace tkg::test
