#include "view_options.hpp"

#include "tkg/error.hpp"

namespace tkg::cli {
namespace {

std::optional<graph::DateValue> window_end(const std::string& text, const char* option) {
    if (text.empty()) return std::nullopt;
    const auto d = graph::DateValue::parse(text);
    if (!d)
        throw UsageError(std::string(option) +
                         " must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not '" + text + "'");
    return d;
}

}  // namespace

void add_view_options(CLI::App& cmd, ViewArgs& a) {
    cmd.add_option("--view", a.view,
                   "full (actors, events, articles), actors (the actor network) or events "
                   "(the timeline chain)")
        ->check(CLI::IsMember({"full", "actors", "events"}))
        ->capture_default_str();
    cmd.add_option("--from", a.from, "Keep what is dated on or after this date (YYYY[-MM[-DD]])");
    cmd.add_option("--to", a.to, "Keep what is dated on or before this date (YYYY[-MM[-DD]])");
    cmd.add_option("--actor", a.actor,
                   "Keep the ego network of this actor (id, name or alias, any case)");
    cmd.add_option("--depth", a.depth, "Hops around --actor")->capture_default_str();
    cmd.add_option("--min-weight", a.min_weight,
                   "Keep relations with at least this many evidence events")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    cmd.add_option("--types", a.types,
                   "Keep these event types, relation types or CAMEO code prefixes "
                   "(comma-separated)")
        ->delimiter(',');
    cmd.add_flag("--both-directions", a.both_directions,
                 "events-tsv: write a symmetric event (meet, negotiate, fight, cooperate, sign) "
                 "also from its target to its source, one row per direction as Phoenix codes it");
}

exporters::ExportOptions export_options(const ViewArgs& a) {
    exporters::ExportOptions o;
    o.view.kind = *exporters::parse_view_kind(a.view);
    o.view.from = window_end(a.from, "--from");
    o.view.to = window_end(a.to, "--to");
    if (o.view.from && o.view.to && o.view.to->last_day() < o.view.from->first_day())
        throw UsageError("--to " + a.to + " is before --from " + a.from);
    o.view.actor = a.actor;
    o.view.depth = a.depth;
    o.view.min_weight = a.min_weight;
    o.view.types = a.types;
    o.both_directions = a.both_directions;
    return o;
}

}  // namespace tkg::cli
