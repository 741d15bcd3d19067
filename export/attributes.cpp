#include "attributes.hpp"

#include <array>
#include <cmath>

#include "exporters.hpp"
#include "text.hpp"

namespace tkg::exporters {

using graph::NodeKind;

namespace {

constexpr std::array<AttrSpec, 25> kNodeSpecs = {{
    {"kind", AttrType::string},        {"actor_type", AttrType::string},
    {"aliases", AttrType::string},     {"roles", AttrType::string},
    {"country", AttrType::string},     {"sector", AttrType::string},
    {"cameo_actor", AttrType::string}, {"mentions", AttrType::integer},
    {"articles", AttrType::integer},   {"first_seen", AttrType::string},
    {"last_seen", AttrType::string},   {"event_type", AttrType::string},
    {"cameo_event", AttrType::string}, {"date", AttrType::string},
    {"date_end", AttrType::string},    {"precision", AttrType::string},
    {"date_from", AttrType::string},   {"polarity", AttrType::string},
    {"modality", AttrType::string},    {"confidence", AttrType::real},
    {"reports", AttrType::integer},    {"url", AttrType::string},
    {"first_day", AttrType::string},   {"last_day", AttrType::string},
    {"degree", AttrType::integer},
}};

constexpr std::array<AttrSpec, 9> kEdgeSpecs = {{
    {"edge_kind", AttrType::string},
    {"relation", AttrType::string},
    {"role", AttrType::string},
    {"first", AttrType::string},
    {"last", AttrType::string},
    {"first_day", AttrType::string},
    {"last_day", AttrType::string},
    {"count", AttrType::integer},
    {"evidence", AttrType::string},
}};

// Collects values in spec order, skipping empty ones.
class Collector {
  public:
    explicit Collector(std::span<const AttrSpec> specs) : specs_(specs), values_(specs.size()) {}
    void add(std::string_view name, std::string value) {
        if (value.empty()) return;
        for (std::size_t i = 0; i < specs_.size(); ++i)
            if (specs_[i].name == name) {
                values_[i] = std::move(value);
                return;
            }
    }
    void add(std::string_view name, const std::optional<graph::DateValue>& d) {
        if (d) add(name, d->to_string());
    }
    void add_period(const std::optional<DayInterval>& p) {
        if (!p) return;
        add("first_day", p->start_string());
        add("last_day", p->end_string());
    }
    std::vector<Attr> take() {
        std::vector<Attr> sorted;
        sorted.reserve(specs_.size());
        for (std::size_t i = 0; i < specs_.size(); ++i)
            if (!values_[i].empty())
                sorted.push_back({specs_[i].name, specs_[i].type, std::move(values_[i])});
        return sorted;
    }

  private:
    std::span<const AttrSpec> specs_;
    std::vector<std::string> values_;  // by spec
};

}  // namespace

std::span<const AttrSpec> node_attribute_specs() { return kNodeSpecs; }
std::span<const AttrSpec> edge_attribute_specs() { return kEdgeSpecs; }

std::vector<Attr> node_attributes(const View& view, ViewVertex v) {
    const ViewNode& n = view.graph[v];
    const graph::TimelineGraph& tg = view.tg();
    Collector c(kNodeSpecs);
    c.add("kind", std::string(to_string(n.kind)));
    if (n.kind == NodeKind::actor) {
        const graph::ActorNode& a = tg.actor(n.vertex);
        c.add("actor_type", std::string(to_string(a.type)));
        c.add("aliases", join_items(a.aliases));
        c.add("roles", roles_text(a.roles));
        c.add("country", a.country);
        c.add("sector", a.sector);
        c.add("cameo_actor", a.cameo());
        c.add("mentions", std::to_string(a.mentions));
        c.add("articles", std::to_string(a.articles));
        c.add("first_seen", a.first_seen);
        c.add("last_seen", a.last_seen);
    } else if (n.kind == NodeKind::event) {
        const graph::EventNode& e = tg.event(n.vertex);
        c.add("event_type", e.type);
        c.add("cameo_event", e.cameo);
        c.add("date", e.date);
        c.add("date_end", e.end);
        if (e.date) c.add("precision", std::string(to_string(e.date->precision())));
        c.add("date_from", std::string(to_string(e.date_source)));
        c.add("polarity", std::string(to_string(e.polarity)));
        c.add("modality", std::string(to_string(e.modality)));
        c.add("confidence", format_double(e.confidence));
        c.add("reports", std::to_string(e.mentions.size()));
    } else {
        const graph::ArticleNode& a = tg.article(n.vertex);
        c.add("date", a.date);
        c.add("url", a.url);
    }
    c.add_period(n.period);
    c.add("degree", std::to_string(n.degree));
    return c.take();
}

std::vector<Attr> edge_attributes(const View& view, ViewEdgeDesc e) {
    const ViewEdge& ve = view.graph[e];
    Collector c(kEdgeSpecs);
    c.add("edge_kind", std::string(to_string(ve.kind)));
    if (ve.kind == ViewEdgeKind::participant) c.add("role", std::string(ve.label));
    if (ve.kind == ViewEdgeKind::relation && ve.edge) {
        const graph::RelationEdge& r = view.tg().relation(*ve.edge);
        c.add("relation", r.type);
        c.add("first", r.first);
        c.add("last", r.last);
        c.add("count", std::to_string(ve.weight));
        c.add("evidence", join_items(r.evidence));
    }
    c.add_period(ve.period);
    return c.take();
}

std::string_view node_color(const View& view, ViewVertex v) {
    const ViewNode& n = view.graph[v];
    switch (n.kind) {
        case NodeKind::actor:
            switch (view.tg().actor(n.vertex).type) {
                case graph::ActorType::person:
                    return "#1f77b4";  // blue
                case graph::ActorType::org:
                    return "#2ca02c";  // green
                case graph::ActorType::loc:
                    return "#8c564b";  // brown
                case graph::ActorType::group:
                    return "#9467bd";  // purple
            }
            break;
        case NodeKind::event:
            return "#ff7f0e";  // orange
        case NodeKind::article:
            return "#7f7f7f";  // grey
    }
    return "#7f7f7f";
}

double node_size(const View& view, ViewVertex v) {
    // Square root: a hub of 40 edges should stand out, not cover the picture.
    const double s = 5.0 + 3.0 * std::sqrt(static_cast<double>(view.graph[v].degree));
    return std::round(s * 100.0) / 100.0;
}

}  // namespace tkg::exporters
