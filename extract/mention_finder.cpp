#include <algorithm>
#include <map>

#include "stages.hpp"

namespace tkg::extract {

MentionFinder::MentionFinder(const Lexicon& lexicon) : lexicon_(lexicon) {}

void MentionFinder::find(Document& doc, Extraction& out) const {
    std::map<std::string, std::size_t> actor_index;
    auto add = [&](std::uint32_t b, std::uint32_t e, graph::ActorType type, std::string id,
                   std::string name, const LexiconEntry* entry, std::uint32_t sentence) {
        auto [it, fresh] = actor_index.emplace(id, out.actors.size());
        if (fresh) {
            graph::ActorRecord a;
            a.id = id;
            a.name = name;
            a.type = type;
            if (entry) {
                a.country = entry->country;
                a.sector = entry->sector;
                a.roles = entry->roles;
            }
            out.actors.push_back(std::move(a));
        }
        graph::ActorRecord& a = out.actors[it->second];
        ++a.mentions;
        const std::string surface(
            doc.text.substr(doc.tokens[b].begin, doc.tokens[e - 1].end - doc.tokens[b].begin));
        if (surface != a.name &&
            std::find(a.aliases.begin(), a.aliases.end(), surface) == a.aliases.end())
            a.aliases.push_back(surface);
        const auto index = static_cast<std::int32_t>(out.mentions.size());
        out.mentions.push_back(Mention{{doc.tokens[b].begin, doc.tokens[e - 1].end},
                                       a.type,
                                       a.id,
                                       MentionForm::name,
                                       sentence});
        for (auto k = b; k < e; ++k) doc.mention_at[k] = index;
    };

    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const Sentence& sent = doc.sentences[s];
        for (std::uint32_t i = sent.first_token; i < sent.end_token;) {
            if (doc.timex_at[i] != kNone) {
                ++i;
                continue;
            }
            if (const auto m = lexicon_.match(doc.text, doc.tokens, i, sent.end_token);
                m && !m->demonym) {
                const LexiconEntry& e = lexicon_.entry(m->entry);
                add(i, i + m->length, e.type, e.id, e.name, &e, s);
                i += m->length;
                continue;
            }
            const Token& t = doc.tokens[i];
            if (t.kind == TokenKind::word && t.has(kCapitalized) && doc.classes[i] == 0) {
                std::uint32_t j = i;
                while (j < sent.end_token && doc.tokens[j].kind == TokenKind::word &&
                       doc.tokens[j].has(kCapitalized) && doc.classes[j] == 0 &&
                       doc.timex_at[j] == kNone)
                    ++j;
                if (j > i + 1) {  // a first version: two or more capitalized words
                    const std::string name(
                        doc.text.substr(t.begin, doc.tokens[j - 1].end - t.begin));
                    add(i, j, graph::ActorType::person, graph::slugify(name), name, nullptr, s);
                }
                i = std::max(j, i + 1);
                continue;
            }
            ++i;
        }
    }
}

}  // namespace tkg::extract
