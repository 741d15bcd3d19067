// The view and filter options shared by `tkg export` and `tkg build --format` (see
// include/tkg/export/view.hpp for what they mean).
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "tkg/export/exporter.hpp"

namespace tkg::cli {

struct ViewArgs {
    std::string view = "full";
    std::string from, to;
    std::string actor;
    unsigned depth = 1;
    unsigned min_weight = 1;
    std::vector<std::string> types;
    bool both_directions = false;
};

void add_view_options(CLI::App& cmd, ViewArgs& args);
// Checks the arguments (throws tkg::UsageError) and turns them into export options.
exporters::ExportOptions export_options(const ViewArgs& args);

}  // namespace tkg::cli
