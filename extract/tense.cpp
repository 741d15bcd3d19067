#include "tense.hpp"

#include <string>

#include "string_map.hpp"
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

namespace {

// The words that mark a tense by themselves, or lead into a construction that does.
enum class Cue : std::uint8_t { none, future, future_to, past, perfect, present, be, future_aux };

const StringMap<Cue>& cues() {
    static const StringMap<Cue> map = [] {
        StringMap<Cue> m;
        for (const char* w : {"will", "'ll", "shall", "wo", "would", "upcoming"})
            m.emplace(w, Cue::future);
        for (const char* w :
             {"going", "plan",    "plans",  "planned", "planning", "expected",  "scheduled",
              "due",   "intends", "intend", "aims",    "set",      "slated",    "poised",
              "about", "plot",    "plots",  "plotted", "plotting", "conspired", "conspiring"})
            m.emplace(w, Cue::future_to);
        for (const char* w : {"was", "were", "had", "did", "ago", "yesterday", "said", "told"})
            m.emplace(w, Cue::past);
        for (const char* w : {"has", "have", "'ve"}) m.emplace(w, Cue::perfect);
        for (const char* w : {"is", "are", "am"}) m.emplace(w, Cue::be);
        for (const char* w : {"says", "does", "tells"}) m.emplace(w, Cue::present);
        return m;
    }();
    return map;
}

Cue cue_of(const Document& doc, std::uint32_t k) {
    if (k >= doc.tokens.size()) return Cue::none;
    const auto it = cues().find(doc.key(k));
    return it == cues().end() ? Cue::none : it->second;
}

}  // namespace

Tense tense_marker(const Document& doc, std::uint32_t k) {
    const Token& t = doc.tokens[k];
    if (t.kind != TokenKind::word) return Tense::unknown;
    const Cue cue = cue_of(doc, k);
    switch (cue) {
        case Cue::future:
            return Tense::future;
        case Cue::future_to:
            if (word_is(doc, k + 1, {"to"})) return Tense::future;
            break;
        case Cue::past:
            return Tense::past;
        case Cue::perfect:
            // "has said", "have met": the present perfect reports the past.
            for (std::uint32_t j = k + 1; j < k + 4 && j < doc.tokens.size(); ++j)
                if (Verbs::builtin().is_participle(doc.key(j))) return Tense::past;
            return Tense::present;
        case Cue::be:
            // "is set to begin", "are expected to": the auxiliary belongs to the future.
            if (cue_of(doc, k + 1) == Cue::future_to && word_is(doc, k + 2, {"to"}))
                return Tense::future;
            if (cue_of(doc, k + 1) == Cue::future) return Tense::future;
            if (word_is(doc, k + 1, {"now", "also", "still"}) &&
                cue_of(doc, k + 2) == Cue::future_to && word_is(doc, k + 3, {"to"}))
                return Tense::future;
            return Tense::present;
        case Cue::present:
            return Tense::present;
        default:
            break;
    }
    // "to be held", "will be released"
    if (word_is(doc, k, {"be"}) && k > 0 && word_is(doc, k - 1, {"to", "will", "would", "'ll"}))
        return Tense::future;
    if (!t.has(kLower)) return Tense::unknown;
    const std::string_view w = doc.key(k);
    if (w.size() < 3 || !Verbs::builtin().is_past(w)) return Tense::unknown;
    // A participle after a form of "be" is passive, not past: "is expected", "will be held".
    if (k > 1 && word_is(doc, k - 1, {"be"}) && word_is(doc, k - 2, {"to", "will", "would", "'ll"}))
        return Tense::future;
    if (k > 0 && word_is(doc, k - 1, {"is", "are", "be", "being", "am"})) return Tense::present;
    return Tense::past;
}

Tense tense_near(const Document& doc, std::uint32_t i, std::uint32_t skip_b, std::uint32_t skip_e) {
    const Sentence& s = doc.sentences[doc.sentence_of[i]];
    Tense best = Tense::unknown;
    std::uint32_t best_distance = ~0u;
    for (std::uint32_t k = s.first_token; k < s.end_token; ++k) {
        if (k >= skip_b && k < skip_e) continue;
        if (doc.tense_cache[k] < 0)
            doc.tense_cache[k] = static_cast<std::int8_t>(tense_marker(doc, k));
        const auto t = static_cast<Tense>(doc.tense_cache[k]);
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
