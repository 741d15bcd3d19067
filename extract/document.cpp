#include "document.hpp"

namespace tkg::extract {

bool Document::is_word(std::size_t i, std::string_view lower_word) const {
    const std::string_view w = word(i);
    if (w.size() != lower_word.size()) return false;
    for (std::size_t k = 0; k < w.size(); ++k) {
        char c = w[k];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
        if (c != lower_word[k]) return false;
    }
    return true;
}

void analyze(Document& doc, std::string_view text, std::optional<date::year_month_day> date) {
    doc.text = text;
    doc.date = date;
    tokenize(text, doc.tokens);
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
            doc.classes[i] = wc.classes(doc.word(i));
        }
    }
    doc.mention_at.assign(n, kNone);
    doc.timex_at.assign(n, kNone);
}

}  // namespace tkg::extract
