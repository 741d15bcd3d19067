#include "tkg/graph/query_lookup.hpp"

#include <algorithm>
#include <limits>
#include <map>

namespace tkg::graph {
namespace {

std::vector<std::string> words_of(const std::string& key) {
    std::vector<std::string> out;
    std::size_t begin = 0;
    while (begin < key.size()) {
        std::size_t end = key.find(' ', begin);
        if (end == std::string::npos) end = key.size();
        out.push_back(key.substr(begin, end - begin));
        begin = end + 1;
    }
    return out;
}

void post(std::unordered_map<std::string, std::vector<std::uint32_t>>& index,
          const std::string& key, std::uint32_t actor) {
    if (key.empty()) return;
    auto& list = index[key];
    if (list.empty() || list.back() != actor) list.push_back(actor);
}

// Levenshtein distance, or limit + 1 once it is certain to exceed `limit`: suggestions only
// care about small distances, and most pairs are rejected after a row or two.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t longer = std::max(a.size(), b.size());
    const std::size_t shorter = std::min(a.size(), b.size());
    if (longer - shorter > limit) return limit + 1;
    std::vector<std::size_t> row(b.size() + 1), next(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        next[0] = i;
        std::size_t best = next[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t subst = row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            next[j] = std::min({row[j] + 1, next[j - 1] + 1, subst});
            best = std::min(best, next[j]);
        }
        if (best > limit) return limit + 1;
        row.swap(next);
    }
    return std::min(row[b.size()], limit + 1);
}

// How far a word may be misspelt and still be suggested.
std::size_t word_tolerance(std::size_t length) { return length >= 6 ? 2 : length >= 3 ? 1 : 0; }

}  // namespace

std::string name_key(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    bool gap = false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        // Typographic apostrophes U+2018 and U+2019 are dropped like the ASCII one.
        if (c == 0xE2 && i + 2 < name.size() && name[i + 1] == '\x80' &&
            (name[i + 2] == '\x98' || name[i + 2] == '\x99')) {
            i += 2;
            continue;
        }
        if (c == '.' || c == '\'') continue;
        const bool word =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (!word) {
            gap = true;
            continue;
        }
        if (gap && !out.empty()) out += ' ';
        gap = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    }
    if (out.starts_with("the ")) out.erase(0, 4);
    return out;
}

ActorLookup::ActorLookup(const TimelineGraph& graph)
    : graph_(graph), actors_(graph.vertices_of(NodeKind::actor)) {
    for (std::uint32_t i = 0; i < actors_.size(); ++i) {
        const ActorNode& a = graph.actor(actors_[i]);
        const std::string name = name_key(a.name);
        post(names_, name, i);
        post(names_, name_key(a.id), i);
        std::vector<std::string> words = words_of(name);
        if (a.type == ActorType::person && words.size() > 1) post(surnames_, words.back(), i);
        for (const auto& alias : a.aliases) {
            const std::string key = name_key(alias);
            post(aliases_, key, i);
            for (auto& w : words_of(key)) words.push_back(std::move(w));
        }
        std::sort(words.begin(), words.end());
        words.erase(std::unique(words.begin(), words.end()), words.end());
        for (const auto& w : words) post(words_, w, i);
        for (const auto& role : a.roles) titles_.insert(name_key(role.title));
    }
    titles_.erase("");
}

ActorMatch ActorLookup::decide(Postings candidates) const {
    ActorMatch m;
    if (candidates.empty()) return m;
    m.status = candidates.size() == 1 ? ActorMatch::found : ActorMatch::ambiguous;
    // Most mentioned first: the likeliest meaning leads the list a person reads.
    std::sort(candidates.begin(), candidates.end(), [&](std::uint32_t x, std::uint32_t y) {
        const ActorNode& a = graph_.actor(actors_[x]);
        const ActorNode& b = graph_.actor(actors_[y]);
        if (a.mentions != b.mentions) return a.mentions > b.mentions;
        if (a.name != b.name) return a.name < b.name;
        return a.id < b.id;
    });
    for (const std::uint32_t i : candidates) m.actors.push_back(actors_[i]);
    return m;
}

ActorMatch ActorLookup::find_key(const std::string& key) const {
    for (const Index* index : {&names_, &aliases_})
        if (const auto it = index->find(key); it != index->end()) return decide(it->second);
    return {};
}

ActorMatch ActorLookup::find_without_title(const std::string& key) const {
    // The longest title first: "secretary of state" before "secretary".
    std::vector<std::string> titles;
    for (const auto& t : titles_)
        if (key.size() > t.size() && key.starts_with(t) && key[t.size()] == ' ')
            titles.push_back(t);
    std::sort(titles.begin(), titles.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    for (const auto& title : titles) {
        const std::string rest = key.substr(title.size() + 1);
        ActorMatch m = find_key(rest);
        if (m.status == ActorMatch::not_found) m = decide(surname_matches(rest));
        if (m.status != ActorMatch::ambiguous) {
            if (m.status == ActorMatch::found) return m;
            continue;
        }
        // "President Smith" with two Smiths: the one who holds the title is meant.
        std::vector<Vertex> holders;
        for (const Vertex v : m.actors) {
            const auto& roles = graph_.actor(v).roles;
            if (std::any_of(roles.begin(), roles.end(),
                            [&](const Role& r) { return name_key(r.title) == title; }))
                holders.push_back(v);
        }
        if (holders.size() == 1) return ActorMatch{ActorMatch::found, holders};
        return m;
    }
    return {};
}

ActorLookup::Postings ActorLookup::surname_matches(const std::string& key) const {
    if (key.find(' ') != std::string::npos) return {};
    const auto it = surnames_.find(key);
    return it == surnames_.end() ? Postings{} : it->second;
}

ActorLookup::Postings ActorLookup::word_matches(const std::string& key) const {
    Postings common;
    bool first = true;
    for (const auto& w : words_of(key)) {
        const auto it = words_.find(w);
        if (it == words_.end()) return {};
        if (first) {
            common = it->second;
            first = false;
            continue;
        }
        Postings both;
        std::set_intersection(common.begin(), common.end(), it->second.begin(), it->second.end(),
                              std::back_inserter(both));
        common.swap(both);
    }
    return common;
}

ActorMatch ActorLookup::find(std::string_view name) const {
    std::string_view id = name;
    if (id.starts_with("actor:")) id.remove_prefix(6);
    if (const auto v = graph_.find_actor(id)) return ActorMatch{ActorMatch::found, {*v}};
    const std::string key = name_key(name);
    if (key.empty()) return {};
    if (ActorMatch m = find_key(key); m.status != ActorMatch::not_found) return m;
    if (ActorMatch m = find_without_title(key); m.status != ActorMatch::not_found) return m;
    if (ActorMatch m = decide(surname_matches(key)); m.status != ActorMatch::not_found) return m;
    if (ActorMatch m = decide(word_matches(key)); m.status != ActorMatch::not_found) return m;
    return ActorMatch{ActorMatch::not_found, suggestions(key)};
}

std::vector<Vertex> ActorLookup::suggestions(const std::string& key) const {
    // Score per actor: the edit distance of a whole name or alias, or one more than that of a
    // single word, so "Joe Bidn" ranks Joe Biden (whole name, 1) before other Joes (word, 1).
    std::map<std::uint32_t, std::size_t> score;
    auto offer = [&](const Postings& actors, std::size_t s) {
        for (const std::uint32_t i : actors) {
            const auto [it, added] = score.emplace(i, s);
            if (!added) it->second = std::min(it->second, s);
        }
    };
    const std::size_t whole = std::max<std::size_t>(1, key.size() / 3);
    for (const Index* index : {&names_, &aliases_})
        for (const auto& [k, actors] : *index)
            if (const std::size_t d = edit_distance(key, k, whole); d <= whole) offer(actors, d);
    for (const auto& q : words_of(key)) {
        const std::size_t tolerance = word_tolerance(q.size());
        if (q.size() < 3) continue;
        for (const auto& [w, actors] : words_)
            if (const std::size_t d = edit_distance(q, w, tolerance); d <= tolerance)
                offer(actors, d + 1);
    }
    std::vector<std::pair<std::size_t, std::uint32_t>> ranked;
    for (const auto& [i, s] : score) ranked.emplace_back(s, i);
    std::sort(ranked.begin(), ranked.end(), [&](const auto& x, const auto& y) {
        if (x.first != y.first) return x.first < y.first;
        const ActorNode& a = graph_.actor(actors_[x.second]);
        const ActorNode& b = graph_.actor(actors_[y.second]);
        if (a.mentions != b.mentions) return a.mentions > b.mentions;
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    std::vector<Vertex> out;
    for (std::size_t k = 0; k < ranked.size() && k < kMaxSuggestions; ++k)
        out.push_back(actors_[ranked[k].second]);
    return out;
}

}  // namespace tkg::graph
