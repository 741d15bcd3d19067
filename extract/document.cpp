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
    for (std::size_t i = 0; i < n; ++i)
        if (doc.tokens[i].kind == TokenKind::word) doc.classes[i] = wc.classes(doc.word(i));
    doc.sentence_of.assign(n, 0);
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s)
        for (std::uint32_t i = doc.sentences[s].first_token; i < doc.sentences[s].end_token; ++i)
            doc.sentence_of[i] = s;
    doc.mention_at.assign(n, kNone);
    doc.timex_at.assign(n, kNone);
}

}  // namespace tkg::extract
