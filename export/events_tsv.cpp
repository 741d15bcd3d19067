// events-tsv: an event table in the column order of GDELT and Phoenix event data, so political
// scientists can load tkg output into the tools they already use:
//   date, source, source_code, target, target_code, event_code, root_code, quad_class,
//   goldstein, article_id, sentence
// then tkg's own columns: event_id, source_id, target_id, event_type, date_precision,
// date_from, polarity, modality, confidence.
// Like those data sets, a row is one dyad: an event with two targets gives two rows with the same
// event_id. With both_directions, a symmetric event ("X and Y met") also gives the row from
// target to source, as Phoenix and PETRARCH code it. The date is the first day of the event's date
// (date_precision says how exact it is; empty for undated events, which come last). Actor codes are
// CAMEO country + agent codes; Goldstein scores and quad classes come from the CAMEO codebook
// compiled into tkg.
#include "exporters.hpp"
#include "text.hpp"
#include "tkg/export/cameo.hpp"

namespace tkg::exporters {
namespace {

constexpr std::string_view kHeader =
    "date\tsource\tsource_code\ttarget\ttarget_code\tevent_code\troot_code\tquad_class\t"
    "goldstein\tarticle_id\tsentence\tevent_id\tsource_id\ttarget_id\tevent_type\t"
    "date_precision\tdate_from\tpolarity\tmodality\tconfidence\n";

// A cell: one line, no tabs.
void cell(std::string& out, std::string_view text, bool last = false) {
    out += one_line(text);
    out += last ? '\n' : '\t';
}

class EventsTsvExporter final : public SingleFileExporter {
  public:
    EventsTsvExporter() : SingleFileExporter("events-tsv", "events.tsv") {}

  protected:
    void write_one(const graph::TimelineGraph& tg, std::ostream& os,
                   const ExportOptions& options) const override {
        using graph::ParticipantRole;
        std::string out(kHeader);
        for (const graph::Vertex v : view_events(tg, options.view)) {
            const graph::EventNode& e = tg.event(v);
            const CameoEvent* code = cameo_event(e.cameo);
            // An event without a named source or target still gets its row, with empty cells.
            std::vector<std::optional<graph::Vertex>> sources, targets;
            for (const auto a : tg.participants(v, ParticipantRole::source)) sources.push_back(a);
            for (const auto a : tg.participants(v, ParticipantRole::target)) targets.push_back(a);
            if (sources.empty()) sources.push_back(std::nullopt);
            if (targets.empty()) targets.push_back(std::nullopt);
            auto actor_cells = [&](const std::optional<graph::Vertex>& a) {
                cell(out, a ? tg.actor(*a).name : std::string());
                cell(out, a ? tg.actor(*a).cameo() : std::string());
            };
            auto row = [&](const std::optional<graph::Vertex>& s,
                           const std::optional<graph::Vertex>& t) {
                cell(out, e.date ? e.date->first_day_string() : std::string());
                actor_cells(s);
                actor_cells(t);
                cell(out, e.cameo);
                cell(out, cameo_root(e.cameo));
                cell(out, code ? std::to_string(code->quad_class) : std::string());
                cell(out, code ? code->goldstein : std::string());
                cell(out, e.mentions.empty() ? std::string() : e.mentions.front().article);
                cell(out, e.mentions.empty() ? std::string() : e.mentions.front().snippet);
                cell(out, e.id);
                cell(out, s ? tg.actor(*s).id : std::string());
                cell(out, t ? tg.actor(*t).id : std::string());
                cell(out, e.type);
                cell(out, e.date ? to_string(e.date->precision()) : std::string_view());
                cell(out, to_string(e.date_source));
                cell(out, to_string(e.polarity));
                cell(out, to_string(e.modality));
                cell(out, format_double(e.confidence), true);
            };
            const bool both = options.both_directions && graph::symmetric_event_type(e.type);
            for (const auto& s : sources)
                for (const auto& t : targets) {
                    row(s, t);
                    if (both && s && t) row(t, s);
                }
            if (out.size() > (1u << 20)) flush(os, out);
        }
        flush(os, out);
    }
};

}  // namespace

std::unique_ptr<Exporter> make_events_tsv_exporter() {
    return std::make_unique<EventsTsvExporter>();
}

}  // namespace tkg::exporters
