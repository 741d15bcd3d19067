#include "export/export_helpers.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace tkg::test {

using namespace tkg::graph;

namespace {

EventRecord event(std::string id, std::string type, std::string cameo,
                  std::vector<std::string> source, std::vector<std::string> target,
                  std::string date, std::string article, std::string snippet) {
    EventRecord e;
    e.id = std::move(id);
    e.type = std::move(type);
    e.cameo = std::move(cameo);
    e.source = std::move(source);
    e.target = std::move(target);
    e.date = DateValue::parse(date);
    e.date_source = e.date ? DateSource::timex : DateSource::none;
    e.confidence = 0.75;
    e.mention.article = std::move(article);
    e.mention.trigger_text = e.type;
    e.mention.snippet = std::move(snippet);
    e.mention.date = e.date;
    return e;
}

RelationRecord relation(std::string type, std::string source, std::string target,
                        const EventRecord& e) {
    return RelationRecord{std::move(type), std::move(source), std::move(target), e.date, e.id, {}};
}

TimelineGraph build_small_graph() {
    const std::string hostile = "A & B <Co> \"Ltd\" 🙂 שלום";
    const std::vector<ActorRecord> actors = {
        {"joe-biden",
         "Joe Biden",
         ActorType::person,
         {"Biden", "President Biden"},
         {Role{"President", "united-states", DateValue::parse("2021-01-20"), std::nullopt}},
         "USA",
         "GOV",
         4},
        {"leaders", "Muslim American leaders", ActorType::group, {"the leaders"}, {}, "USA", "", 3},
        {"acme", hostile, ActorType::org, {"A&B"}, {}, "USA", "BUS", 2},
        {"ctl", "ctl\x01name, \"quoted\"\tand\\slash", ActorType::person, {}, {}, "", "", 1},
        {"israel", "Israel", ActorType::loc, {}, {}, "ISR", "", 1},
        {"hamas", "Hamas", ActorType::org, {}, {}, "PSE", "REB", 1},
        {"lonely", "Lonely Observer", ActorType::org, {}, {}, "FRA", "MED", 1},
    };
    ArticleRecord a1;
    a1.id = "a1";
    a1.date = DateValue::parse("2023-11-12");
    a1.title = "<b>Biden</b> meets \"leaders\" & allies";
    a1.url = "https://example.org/news?a=1&b=2";
    a1.actors = {actors[0], actors[1], actors[2], actors[3], actors[6]};
    a1.events = {
        event("a1#e1", "meet", "040", {"joe-biden"}, {"leaders", "acme"}, "2023-11-12", "a1",
              "In a closed-door meeting with leaders, Biden listened."),
        event("a1#e2", "criticize", "111", {"acme"}, {"ctl"}, "2023-11", "a1",
              "A & B <Co> criticized the \"plan\"\tlast month."),
        event("a1#e3", "appeal", "0256", {"leaders"}, {"joe-biden"}, "2023-11-12", "a1",
              "They called for a ceasefire."),
        event("a1#e4", "ceasefire", "0871", {}, {}, "", "a1", "They called for a ceasefire."),
        event("a1#e5", "negotiate", "046", {"acme"}, {"ctl"}, "2023-Q3", "a1",
              "Talks went on over the summer quarter."),
    };
    a1.events[3].modality = Modality::demanded;
    a1.relations = {
        relation("met_with", "joe-biden", "leaders", a1.events[0]),
        relation("met_with", "joe-biden", "acme", a1.events[0]),
        relation("criticized", "acme", "ctl", a1.events[1]),
        relation("appealed_to", "leaders", "joe-biden", a1.events[2]),
        relation("negotiated_with", "acme", "ctl", a1.events[4]),
        RelationRecord{"member_of", "ctl", "acme", std::nullopt, "", {}},
    };

    ArticleRecord a2;
    a2.id = "a2";
    a2.date = DateValue::parse("2023-11-27");
    a2.actors = {actors[0], actors[1], actors[4], actors[5]};
    a2.events = {
        event("a2#e1", "support", "051", {"leaders"}, {"joe-biden"}, "2020", "a2",
              "Muslim American leaders backed Biden in 2020."),
        event("a2#e2", "attack", "190", {"israel"}, {"hamas"}, "2023-10-07", "a2",
              "Israel has attacked Hamas since Oct. 7."),
        event("a2#e3", "meet", "040", {"joe-biden"}, {"leaders"}, "2023-W47", "a2",
              "Biden met the leaders again that week."),
        event("a2#e4", "criticize", "111", {"leaders"}, {"joe-biden"}, "2023-11-27", "a2",
              "The leaders criticized Biden."),
    };
    a2.events[1].end = DateValue::parse("2023-11-27");
    a2.events[3].polarity = Polarity::negative;
    a2.relations = {
        relation("supported", "leaders", "joe-biden", a2.events[0]),
        relation("attacked", "israel", "hamas", a2.events[1]),
        relation("met_with", "joe-biden", "leaders", a2.events[2]),
        relation("criticized", "leaders", "joe-biden", a2.events[3]),
    };
    TimelineGraph g;
    g.add(a1);
    g.add(a2);
    g.finalize();
    return g;
}

std::string unescape_xml(std::string s) {
    const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
    for (const auto& [from, to] : entities)
        for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + 1))
            s.replace(at, std::strlen(from), to);
    return s;
}

}  // namespace

const TimelineGraph& small_graph() {
    static const TimelineGraph g = build_small_graph();
    return g;
}

std::string export_text(const TimelineGraph& g, const std::string& format,
                        const exporters::ExportOptions& options, std::size_t part) {
    std::ostringstream out;
    exporters::make_exporter(format)->write_file(part, g, out, options);
    return out.str();
}

void check_golden(const std::string& name, const std::string& actual) {
    const std::filesystem::path path =
        std::filesystem::path(TKG_SOURCE_DIR) / "tests" / "data" / "export" / name;
    const char* update = std::getenv("TKG_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << actual;
        MESSAGE("updated golden file " << path.string());
        return;
    }
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(),
                    "missing golden file " << path.string() << " (run with TKG_UPDATE_GOLDEN=1)");
    const std::string expected((std::istreambuf_iterator<char>(in)), {});
    if (expected == actual) return;
    // Report the first differing line, which is what a reviewer needs.
    std::istringstream e(expected), a(actual);
    std::string el, al;
    int line = 1;
    while (std::getline(e, el) && std::getline(a, al) && el == al) ++line;
    FAIL_CHECK(name << " differs from its golden file at line " << line << ":\n  expected: "
                    << el.substr(0, 300) << "\n  actual:   " << al.substr(0, 300)
                    << "\n(regenerate with TKG_UPDATE_GOLDEN=1 if the change is intended)");
}

bool validates(const std::string& xml, const std::string& schema) {
    const std::filesystem::path xsd = std::filesystem::path(TKG_SHARED_DIR) / schema;
    REQUIRE_MESSAGE(std::filesystem::exists(xsd),
                    "schema missing: " << xsd.string() << " (set TKG_SHARED_DIR)");
    static int counter = 0;
    const auto file =
        std::filesystem::temp_directory_path() / ("tkg-export-test-" + std::to_string(::getpid()) +
                                                  "-" + std::to_string(counter++) + ".xml");
    std::ofstream(file, std::ios::binary) << xml;
    const std::string cmd =
        "xmllint --nonet --noout --schema '" + xsd.string() + "' '" + file.string() + "' 2>&1";
    const int status = std::system(cmd.c_str());
    std::filesystem::remove(file);
    return status == 0;
}

std::vector<std::string> xml_tags(const std::string& xml, const std::string& element) {
    std::vector<std::string> out;
    const std::string open = "<" + element;
    for (auto at = xml.find(open); at != std::string::npos; at = xml.find(open, at + 1)) {
        const char next = xml[at + open.size()];
        if (next != ' ' && next != '>' && next != '/') continue;  // <edges> is not <edge>
        out.push_back(xml.substr(at, xml.find('>', at) - at + 1));
    }
    return out;
}

std::string tag_attribute(const std::string& tag, const std::string& attr) {
    const std::string key = " " + attr + "=\"";
    const auto at = tag.find(key);
    if (at == std::string::npos) return {};
    const auto start = at + key.size();
    return unescape_xml(tag.substr(start, tag.find('"', start) - start));
}

std::vector<std::string> xml_attribute_values(const std::string& xml, const std::string& element,
                                              const std::string& attr) {
    std::vector<std::string> out;
    for (const auto& tag : xml_tags(xml, element)) out.push_back(tag_attribute(tag, attr));
    return out;
}

void check_ids_and_ends(const std::vector<std::string>& node_ids,
                        const std::vector<std::string>& edge_ids,
                        const std::vector<std::string>& sources,
                        const std::vector<std::string>& targets) {
    const std::set<std::string> nodes(node_ids.begin(), node_ids.end());
    CHECK_MESSAGE(nodes.size() == node_ids.size(), "duplicate node ids");
    const std::set<std::string> edges(edge_ids.begin(), edge_ids.end());
    CHECK_MESSAGE(edges.size() == edge_ids.size(), "duplicate edge ids");
    REQUIRE(sources.size() == targets.size());
    for (std::size_t i = 0; i < sources.size(); ++i) {
        CHECK_MESSAGE(nodes.count(sources[i]), "undeclared edge source " << sources[i]);
        CHECK_MESSAGE(nodes.count(targets[i]), "undeclared edge target " << targets[i]);
    }
}

}  // namespace tkg::test
