#include "verbs.hpp"

#include <algorithm>

#include "tkg/extract/data.hpp"

namespace tkg::extract {
namespace {

std::vector<std::string> split_bar(std::string_view s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const auto bar = s.find('|', start);
        out.emplace_back(s.substr(start, bar == std::string_view::npos ? bar : bar - start));
        if (bar == std::string_view::npos) return out;
        start = bar + 1;
    }
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Longer verbs stressed on their last syllable double it too ("expel" -> "expelled"); the
// ones news uses, since stress is not in the spelling.
bool stressed_final(std::string_view w) {
    static constexpr std::string_view kVerbs[] = {
        "acquit", "admit",  "commit", "compel", "confer", "control", "defer",  "deter",
        "embed",  "emit",   "equip",  "expel",  "kidnap", "occur",   "omit",   "patrol",
        "permit", "propel", "rebel",  "refer",  "regret", "repel",   "submit", "transfer"};
    return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
}

// Short verbs ending consonant-vowel-consonant double it: "stop" -> "stopped".
bool doubles_final(std::string_view w) {
    if (stressed_final(w)) return true;
    if (w.size() < 3 || w.size() > 4) return false;
    // A four-letter verb opening with a vowel has two syllables, stressed on the first:
    // "open" -> "opened", "edit" -> "edited" ("omit", "emit" are listed above).
    if (w.size() == 4 && is_vowel(w[0])) return false;
    const char a = w[w.size() - 3], b = w[w.size() - 2], c = w[w.size() - 1];
    return !is_vowel(a) && is_vowel(b) && !is_vowel(c) && c != 'w' && c != 'x' && c != 'y';
}

// British spelling doubles a final l after one vowel in longer verbs too: "cancelled",
// "travelling", "labelled" (American "canceled"); both are generated.
bool british_double_l(std::string_view w) {
    if (w.size() < 5 || w.back() != 'l' || stressed_final(w)) return false;
    return is_vowel(w[w.size() - 2]) && !is_vowel(w[w.size() - 3]);
}

}  // namespace

const Verbs& Verbs::builtin() {
    static const Verbs instance;
    return instance;
}

Verbs::Verbs() {
    for (const auto line : data::word_list("irregular_verbs.tsv")) {
        const auto t1 = line.find('\t');
        const auto t2 = line.find('\t', t1 + 1);
        if (t1 == std::string_view::npos || t2 == std::string_view::npos) continue;
        Irregular v{split_bar(line.substr(t1 + 1, t2 - t1 - 1)), split_bar(line.substr(t2 + 1))};
        for (const auto& p : v.past) form_of_[p] |= 1;
        for (const auto& p : v.participle) form_of_[p] |= 2;
        irregular_.emplace(std::string(line.substr(0, t1)), std::move(v));
    }
}

std::vector<std::pair<std::string, VerbForm>> Verbs::forms(std::string_view lemma_view) const {
    const std::string lemma(lemma_view);
    std::vector<std::pair<std::string, VerbForm>> out;
    out.emplace_back(lemma, VerbForm::base);
    const char last = lemma.empty() ? ' ' : lemma.back();
    const bool consonant_y = last == 'y' && lemma.size() > 1 && !is_vowel(lemma[lemma.size() - 2]);
    // Third person singular.
    if (consonant_y)
        out.emplace_back(lemma.substr(0, lemma.size() - 1) + "ies", VerbForm::third);
    else if (last == 's' || last == 'x' || last == 'z' || lemma.ends_with("ch") ||
             lemma.ends_with("sh"))
        out.emplace_back(lemma + "es", VerbForm::third);
    else
        out.emplace_back(lemma + "s", VerbForm::third);
    // Gerund.
    if (last == 'e' && !lemma.ends_with("ee") && lemma.size() > 2)
        out.emplace_back(lemma.substr(0, lemma.size() - 1) + "ing", VerbForm::gerund);
    else if (doubles_final(lemma))
        out.emplace_back(lemma + lemma.back() + "ing", VerbForm::gerund);
    else
        out.emplace_back(lemma + "ing", VerbForm::gerund);
    // Past and participle.
    if (const auto it = irregular_.find(lemma); it != irregular_.end()) {
        for (const auto& p : it->second.past) out.emplace_back(p, VerbForm::past);
        for (const auto& p : it->second.participle)
            if (std::find_if(out.begin(), out.end(), [&](const auto& f) { return f.first == p; }) ==
                out.end())
                out.emplace_back(p, VerbForm::participle);
    } else if (last == 'e') {
        out.emplace_back(lemma + "d", VerbForm::past_or_participle);
    } else if (consonant_y) {
        out.emplace_back(lemma.substr(0, lemma.size() - 1) + "ied", VerbForm::past_or_participle);
    } else if (doubles_final(lemma)) {
        out.emplace_back(lemma + lemma.back() + "ed", VerbForm::past_or_participle);
    } else {
        out.emplace_back(lemma + "ed", VerbForm::past_or_participle);
    }
    if (british_double_l(lemma)) {
        out.emplace_back(lemma + "ling", VerbForm::gerund);
        out.emplace_back(lemma + "led", VerbForm::past_or_participle);
    }
    return out;
}

bool Verbs::is_past(std::string_view word) const {
    if (const auto it = form_of_.find(word); it != form_of_.end()) return (it->second & 1) != 0;
    return word.size() > 4 && word.ends_with("ed");
}

bool Verbs::is_participle(std::string_view word) const {
    if (const auto it = form_of_.find(word); it != form_of_.end()) return (it->second & 2) != 0;
    return word.size() > 4 && word.ends_with("ed");
}

}  // namespace tkg::extract
