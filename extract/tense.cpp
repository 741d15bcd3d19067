#include "tense.hpp"

#include <string>

#include "verbs.hpp"

namespace tkg::extract {
namespace {

bool word_is(const Document& doc, std::uint32_t k, std::initializer_list<std::string_view> words) {
    if (k >= doc.tokens.size()) return false;
    for (const auto w : words)
        if (doc.is_word(k, w)) return true;
    return false;
}

}  // namespace

Tense tense_marker(const Document& doc, std::uint32_t k) {
    const Token& t = doc.tokens[k];
    if (t.kind != TokenKind::word) return Tense::unknown;
    if (word_is(doc, k, {"will", "'ll", "\xE2\x80\x99ll", "shall", "wo", "would", "upcoming"}))
        return Tense::future;
    if (word_is(doc, k,
                {"going", "plan", "plans", "planned", "planning", "expected", "scheduled", "due",
                 "intends", "intend", "aims", "set", "slated", "poised", "about"}) &&
        word_is(doc, k + 1, {"to"}))
        return Tense::future;
    // "is set to begin", "are expected to": the auxiliary belongs to the future construction.
    if (word_is(doc, k, {"is", "are", "am"}) &&
        (tense_marker(doc, k + 1) == Tense::future ||
         (k + 2 < doc.tokens.size() && word_is(doc, k + 1, {"now", "also", "still"}) &&
          tense_marker(doc, k + 2) == Tense::future)))
        return Tense::future;
    // "to be held", "will be released"
    if (word_is(doc, k, {"be"}) && k > 0 && word_is(doc, k - 1, {"to", "will", "would", "'ll"}))
        return Tense::future;
    if (word_is(doc, k, {"was", "were", "had", "did", "ago", "yesterday", "said", "told"}))
        return Tense::past;
    if (word_is(doc, k, {"has", "have", "'ve", "\xE2\x80\x99ve"})) {
        // "has said", "have met": the present perfect reports the past.
        for (std::uint32_t j = k + 1; j < k + 4 && j < doc.tokens.size(); ++j) {
            std::string buf;
            const auto w = lookup_key(doc.word(j), buf);
            if (Verbs::builtin().is_participle(w)) return Tense::past;
        }
        return Tense::present;
    }
    if (word_is(doc, k, {"is", "are", "am", "says", "does", "tells"})) return Tense::present;
    if (!t.has(kLower)) return Tense::unknown;
    std::string buf;
    const auto w = lookup_key(doc.word(k), buf);
    if (w.size() < 3 || !Verbs::builtin().is_past(w)) return Tense::unknown;
    // A participle after a form of "be" is passive, not past: "is expected", "will be held".
    if (k > 1 && word_is(doc, k - 1, {"be"}) && word_is(doc, k - 2, {"to", "will", "would", "'ll"}))
        return Tense::future;
    if (k > 0 && word_is(doc, k - 1, {"is", "are", "be", "being", "am"})) return Tense::present;
    if (k > 0 && word_is(doc, k - 1, {"been"})) return Tense::past;
    return Tense::past;
}

Tense tense_near(const Document& doc, std::uint32_t i, std::uint32_t skip_b, std::uint32_t skip_e) {
    const Sentence& s = doc.sentences[doc.sentence_of[i]];
    Tense best = Tense::unknown;
    std::uint32_t best_distance = ~0u;
    for (std::uint32_t k = s.first_token; k < s.end_token; ++k) {
        if (k >= skip_b && k < skip_e) continue;
        const Tense t = tense_marker(doc, k);
        if (t == Tense::unknown) continue;
        // Markers before the expression win ties: the verb usually precedes its date.
        const std::uint32_t d = k < i ? (i - k) * 2 : (k - i) * 2 + 1;
        if (d < best_distance) {
            best_distance = d;
            best = t;
        }
    }
    return best;
}

}  // namespace tkg::extract
