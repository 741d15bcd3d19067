#include "extract/extract_helpers.hpp"

#include <algorithm>

#include "tkg/extract/reader.hpp"

namespace tkg::test {

const extract::Extractor& extractor() {
    static const extract::Extractor instance;
    return instance;
}

extract::Extraction extract_text(const std::string& text, const std::string& date) {
    extract::Article a;
    a.id = "t";
    a.text = text;
    if (!date.empty()) a.date = extract::parse_article_date(date);
    return extractor().extract(a);
}

std::vector<std::string> mention_list(const std::string& text, const std::string& date) {
    const auto x = extract_text(text, date);
    std::vector<std::string> out;
    for (const auto& m : x.mentions)
        out.push_back(text.substr(m.span.begin, m.span.size()) + "|" +
                      std::string(graph::to_string(m.type)) + "|" + m.actor);
    return out;
}

const graph::ActorRecord* find_actor(const extract::Extraction& x, const std::string& id) {
    for (const auto& a : x.actors)
        if (a.id == id) return &a;
    return nullptr;
}

bool has_relation(const extract::Extraction& x, const std::string& type, const std::string& source,
                  const std::string& target) {
    return std::any_of(x.relations.begin(), x.relations.end(), [&](const auto& r) {
        return r.type == type && r.source == source && r.target == target;
    });
}

}  // namespace tkg::test
