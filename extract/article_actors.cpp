#include "article_actors.hpp"

#include <algorithm>
#include <string>
#include <string_view>

namespace tkg::extract {

graph::ActorRecord& actor_of_entry(Extraction& out, const LexiconEntry& e) {
    const auto it = std::find_if(out.actors.begin(), out.actors.end(),
                                 [&](const graph::ActorRecord& a) { return a.id == e.id; });
    if (it != out.actors.end()) return *it;
    graph::ActorRecord a;
    a.id = e.id;
    a.name = e.name;
    a.type = e.type;
    a.country = e.country;
    a.sector = e.sector;
    out.actors.push_back(std::move(a));
    return out.actors.back();
}

bool country_for_capital(Extraction& out, const Lexicon& lexicon, std::int32_t m,
                         std::string_view surface) {
    if (m < 0 || static_cast<std::size_t>(m) >= out.mentions.size()) return false;
    Mention& mention = out.mentions[static_cast<std::size_t>(m)];
    if (mention.form != MentionForm::name) return false;
    const std::string_view code = lexicon.country_of_capital(mention.actor);
    const auto country = code.empty() ? std::nullopt : lexicon.country_by_code(code);
    if (!country) return false;
    const std::string city = mention.actor;
    graph::ActorRecord& a = actor_of_entry(out, lexicon.entry(*country));
    ++a.mentions;
    mention.actor = a.id;
    // The pronouns that follow it mean the government too ("Moscow said it would respond"),
    // up to the city's next name.
    std::uint32_t moved = 1;
    for (Mention& later : out.mentions) {
        if (later.span.begin < mention.span.end || later.actor != city) continue;
        if (later.form != MentionForm::pronoun) break;
        later.actor = a.id;
        ++a.mentions;
        ++moved;
    }
    // The name as written is one the country goes by in this article.
    if (surface != a.name &&
        std::find(a.aliases.begin(), a.aliases.end(), surface) == a.aliases.end())
        a.aliases.emplace_back(surface);
    const auto still = std::find_if(out.actors.begin(), out.actors.end(),
                                    [&](const graph::ActorRecord& r) { return r.id == city; });
    if (still == out.actors.end()) return true;
    still->mentions -= std::min(still->mentions, moved);
    const bool named = std::any_of(out.mentions.begin(), out.mentions.end(),
                                   [&](const Mention& x) { return x.actor == city; }) ||
                       std::any_of(out.relations.begin(), out.relations.end(),
                                   [&](const graph::RelationRecord& r) {
                                       return r.source == city || r.target == city;
                                   });
    if (!named) out.actors.erase(still);
    return true;
}

}  // namespace tkg::extract
