// vis-timeline data: {"groups": [{"id", "content", "order"}], "items": [{"id", "group",
// "content", "start", "end", "type", "title"}]}, to be loaded into vis-data DataSets. One group
// per actor; each dated event is an item in the group of every actor taking part in it (an
// event nobody is named in goes to the group "(no actor)"). Dates are ISO days; an event known
// to the day is a box at its start, anything longer a range whose end is the day after its last
// day (vis-timeline's end is an instant, not a day). content and title are HTML in
// vis-timeline, so names are escaped.
#include <map>

#include "exporters.hpp"
#include "json_out.hpp"
#include "text.hpp"

namespace tkg::exporters {
namespace {

constexpr std::string_view kNoActor = "none";

class VisExporter final : public SingleFileExporter {
  public:
    VisExporter() : SingleFileExporter("vis", "vis-timeline.json") {}

  protected:
    void write_one(const graph::TimelineGraph& tg, std::ostream& os,
                   const ExportOptions& options) const override {
        using graph::ParticipantRole;
        std::vector<std::string> items;
        std::map<graph::Vertex, bool> in_group;  // actors with at least one item
        bool unassigned = false;
        for (const graph::Vertex v : view_events(tg, options.view)) {
            const graph::EventNode& e = tg.event(v);
            const auto period = event_period(e);
            if (!period) continue;  // nothing to place on a time axis
            std::vector<graph::Vertex> actors = tg.participants(v, ParticipantRole::source);
            for (const auto a : tg.participants(v, ParticipantRole::target))
                if (std::find(actors.begin(), actors.end(), a) == actors.end()) actors.push_back(a);
            const bool point = period->start == period->end;
            const std::string summary = html_escape(tg.event_summary(v));
            auto item = [&](std::string_view group, std::string_view group_id) {
                items.push_back(json_text([&](JsonWriter& w) {
                    w.StartObject();
                    json_field(w, "id", "event:" + e.id + "@" + std::string(group_id));
                    json_field(w, "group", group);
                    json_field(w, "content", summary);
                    json_field(w, "start", period->start_string());
                    if (!point)
                        json_field(w, "end", graph::format_iso_day(period->end + date::days{1}));
                    json_field(w, "type", point ? "box" : "range");
                    json_field(w, "title", summary + " (" + e.date->to_string() + ")");
                    json_field(w, "event", e.id);
                    json_field(w, "event_type", e.type);
                    w.EndObject();
                }));
            };
            for (const graph::Vertex a : actors) {
                in_group[a] = true;
                const std::string gid = graph::node_id(tg, a);
                item(gid, gid);
            }
            if (actors.empty()) {
                unassigned = true;
                item(kNoActor, kNoActor);
            }
        }
        std::vector<std::string> groups;
        int order = 0;
        for (const graph::Vertex a : tg.vertices_of(graph::NodeKind::actor)) {
            if (!in_group.count(a)) continue;
            groups.push_back(json_text([&](JsonWriter& w) {
                w.StartObject();
                json_field(w, "id", graph::node_id(tg, a));
                json_field(w, "content", html_escape(tg.actor(a).name));
                w.Key("order");
                w.Int(order++);
                w.EndObject();
            }));
        }
        if (unassigned)
            groups.push_back(json_text([&](JsonWriter& w) {
                w.StartObject();
                json_field(w, "id", kNoActor);
                json_field(w, "content", "(no actor)");
                w.Key("order");
                w.Int(order++);
                w.EndObject();
            }));
        std::string out = "{\"groups\":";
        out += json_lines_array(groups);
        out += ",\n\"items\":";
        out += json_lines_array(items);
        out += "}\n";
        flush(os, out);
    }
};

}  // namespace

std::unique_ptr<Exporter> make_vis_exporter() { return std::make_unique<VisExporter>(); }

}  // namespace tkg::exporters
