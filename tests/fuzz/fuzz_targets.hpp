// The fuzz targets: one entry point per input surface tkg exposes to untrusted bytes. Built
// as libFuzzer binaries with clang (TKG_FUZZ=ON, see tests/fuzz/CMakeLists.txt) and, with any
// compiler, into a replay test that runs every file of the seed corpus through them, so a crash
// once found stays a regression test.
#pragma once

#include <cstddef>
#include <cstdint>

namespace tkg::fuzz {

int article_reader(const std::uint8_t* data, std::size_t size);  // JSON Lines / .json / .txt
int extractor(const std::uint8_t* data, std::size_t size);       // any text as an article
int timex(const std::uint8_t* data, std::size_t size);           // the time normalizer
int graph_json(const std::uint8_t* data, std::size_t size);      // the graph.json loader

}  // namespace tkg::fuzz
