#include "document.hpp"

namespace tkg::extract {

void analyze(Document& doc, std::string_view text, std::optional<date::year_month_day> date) {
    doc.text = text;
    doc.date = date;
    tokenize(text, doc.tokens);
    // Keys: one buffer, then views into it (the buffer no longer grows).
    doc.key_buffer.clear();
    doc.key_buffer.reserve(text.size() + doc.tokens.size());
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    ranges.reserve(doc.tokens.size());
    for (const Token& t : doc.tokens) {
        const std::size_t begin = doc.key_buffer.size();
        ranges.emplace_back(begin, append_lookup_key(t.text(text), doc.key_buffer));
    }
    doc.keys.clear();
    doc.keys.reserve(ranges.size());
    for (const auto& [b, n] : ranges) doc.keys.emplace_back(doc.key_buffer.data() + b, n);
    doc.sentences = split_sentences(text, doc.tokens);
    doc.quotes = find_quotes(text, doc.tokens);
    const std::size_t n = doc.tokens.size();
    const WordClasses& wc = WordClasses::builtin();
    doc.classes.assign(n, 0);
    doc.sentence_of.assign(n, 0);
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const Sentence& sent = doc.sentences[s];
        // In mixed-case text an all-caps word is a name or acronym ("US", "IT", "WHO"), not
        // the function word it spells; in an all-caps headline it is just a word.
        std::size_t words = 0, caps = 0;
        for (std::uint32_t i = sent.first_token; i < sent.end_token; ++i) {
            if (doc.tokens[i].kind != TokenKind::word) continue;
            ++words;
            if (doc.tokens[i].has(kAllCaps)) ++caps;
        }
        const bool shouting = words > 0 && caps * 2 > words;
        for (std::uint32_t i = sent.first_token; i < sent.end_token; ++i) {
            doc.sentence_of[i] = s;
            const Token& t = doc.tokens[i];
            if (t.kind != TokenKind::word) continue;
            if (t.has(kAllCaps) && !shouting) continue;
            doc.classes[i] = wc.classes_of_key(doc.key(i));
        }
    }
    doc.mention_at.assign(n, kNone);
    doc.lexicon_state.assign(n, 0);
    doc.tense_cache.assign(n, -1);
    doc.lexicon_found.resize(n);
    doc.timex_at.assign(n, kNone);
}

}  // namespace tkg::extract
