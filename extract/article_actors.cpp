#include "article_actors.hpp"

#include <algorithm>
#include <string>

namespace tkg::extract {

graph::ActorRecord record_of(const LexiconEntry& e) {
    graph::ActorRecord a;
    a.id = e.id;
    a.name = e.name;
    a.type = e.type;
    a.country = e.country;
    a.sector = e.sector;
    return a;
}

graph::ActorRecord& actor_of_entry(Extraction& out, const LexiconEntry& e) {
    const auto it = std::find_if(out.actors.begin(), out.actors.end(),
                                 [&](const graph::ActorRecord& a) { return a.id == e.id; });
    if (it != out.actors.end()) return *it;
    out.actors.push_back(record_of(e));
    return out.actors.back();
}

bool government_for_seat(Extraction& out, const Lexicon& lexicon, std::int32_t m,
                         std::string_view surface) {
    if (m < 0 || static_cast<std::size_t>(m) >= out.mentions.size()) return false;
    Mention& mention = out.mentions[static_cast<std::size_t>(m)];
    // (Only a place's name can be a seat; most mentions are not, and ask the lexicon nothing.)
    if (mention.form != MentionForm::name || mention.type != graph::ActorType::loc) return false;
    const auto governed = lexicon.governed_from(mention.actor);
    if (!governed) return false;
    const std::string city = mention.actor;
    const std::string government = lexicon.entry(*governed).id;
    std::uint32_t moved = 1;
    mention.actor = government;
    // The pronouns that follow it mean the government too ("Moscow said it would respond"),
    // up to the city's next name. (Mentions are in text order, but for the demonyms the event
    // finder appends, which never name a city.)
    for (Mention& later : out.mentions) {
        if (later.span.begin < mention.span.end || later.actor != city) continue;
        if (later.form != MentionForm::pronoun) break;
        later.actor = government;
        ++moved;
    }
    {
        graph::ActorRecord& a = actor_of_entry(out, lexicon.entry(*governed));
        a.mentions += moved;
        // The name as written is one the government goes by in this article.
        if (surface != a.name &&
            std::find(a.aliases.begin(), a.aliases.end(), surface) == a.aliases.end())
            a.aliases.emplace_back(surface);
    }
    const auto city_actor = std::find_if(out.actors.begin(), out.actors.end(),
                                         [&](const graph::ActorRecord& r) { return r.id == city; });
    if (city_actor == out.actors.end()) return true;
    city_actor->mentions -= std::min(city_actor->mentions, moved);
    // An event of an earlier sentence that names the city keeps a mention of it, so mentions
    // and relations tell whether the city is still an actor of the article.
    const bool named = std::any_of(out.mentions.begin(), out.mentions.end(),
                                   [&](const Mention& x) { return x.actor == city; }) ||
                       std::any_of(out.relations.begin(), out.relations.end(),
                                   [&](const graph::RelationRecord& r) {
                                       return r.source == city || r.target == city;
                                   });
    if (!named) out.actors.erase(city_actor);
    return true;
}

}  // namespace tkg::extract
