#include "stages.hpp"
#include "tkg/extract/data.hpp"

namespace tkg::extract {

EventFinder::EventFinder() {
    for (const auto line : data::word_list("triggers.tsv")) {
        const auto t1 = line.find('\t');
        const auto t2 = line.find('\t', t1 + 1);
        if (t1 == std::string_view::npos || t2 == std::string_view::npos) continue;
        triggers_.emplace(std::string(line.substr(0, t1)),
                          Trigger{std::string(line.substr(t1 + 1, t2 - t1 - 1)),
                                  std::string(line.substr(t2 + 1))});
    }
}

// A first version: a trigger word, the nearest actor before it in the sentence as source and
// the nearest after it as target, dated by the article.
void EventFinder::find(Document& doc, Extraction& out) const {
    std::string buf;
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const Sentence& sent = doc.sentences[s];
        for (std::uint32_t i = sent.first_token; i < sent.end_token; ++i) {
            if (doc.mention_at[i] != kNone) continue;
            const auto it = triggers_.find(std::string(lookup_key(doc.word(i), buf)));
            if (it == triggers_.end()) continue;
            Event e;
            e.id = out.article_id + "#e" + std::to_string(out.events.size() + 1);
            e.type = it->second.type;
            e.cameo = it->second.cameo;
            e.trigger = doc.tokens[i].span();
            e.sentence = sent.span;
            e.sentence_index = s;
            for (std::uint32_t k = i; k-- > sent.first_token;)
                if (doc.mention_at[k] != kNone) {
                    e.source.push_back(
                        out.mentions[static_cast<std::size_t>(doc.mention_at[k])].actor);
                    break;
                }
            for (std::uint32_t k = i + 1; k < sent.end_token; ++k)
                if (doc.mention_at[k] != kNone) {
                    e.target.push_back(
                        out.mentions[static_cast<std::size_t>(doc.mention_at[k])].actor);
                    break;
                }
            if (!e.source.empty() && !e.target.empty() && e.source == e.target) e.target.clear();
            if (doc.date) {
                e.date = graph::DateValue::of(*doc.date);
                e.date_value = e.date->to_string();
                e.date_from = graph::DateSource::article;
            }
            if (!e.source.empty() && !e.target.empty())
                out.relations.push_back(graph::RelationRecord{
                    e.type, e.source.front(), e.target.front(), e.date, e.id, e.sentence});
            out.events.push_back(std::move(e));
        }
    }
}

}  // namespace tkg::extract
