// Private helpers shared by the exporter implementations, and their factories.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "tkg/export/exporter.hpp"

namespace tkg::exporters {

std::unique_ptr<Exporter> make_graphml_exporter();
std::unique_ptr<Exporter> make_json_exporter();

// Shortest round-trip text of a double ("0.8", not "0.80000000000000004").
std::string format_double(double v);

// Writes `buf` to `os` and empties it.
inline void flush(std::ostream& os, std::string& buf) {
    os.write(buf.data(), static_cast<std::streamsize>(buf.size()));
    buf.clear();
}

}  // namespace tkg::exporters
