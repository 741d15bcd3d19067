// Verbs: the inflections of English verbs, from extract/data/irregular_verbs.tsv and the
// regular -s/-ed/-ing rules. Tense estimation and the event trigger lexicon use it.
// Private to the extract library.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "string_map.hpp"

namespace tkg::extract {

enum class VerbForm : std::uint8_t { base, third, past, participle, past_or_participle, gerund };

class Verbs {
  public:
    static const Verbs& builtin();

    // Every form of `lemma`: "meet" -> meet, meets, met, meeting. Regular verbs by rule
    // ("criticize" -> criticizes, criticized, criticizing).
    std::vector<std::pair<std::string, VerbForm>> forms(std::string_view lemma) const;

    // Whether a lower-case word is a past-tense form: an irregular past ("met", "said") or a
    // regular -ed form.
    bool is_past(std::string_view word) const;
    // Whether it is a past participle ("been", "written", "criticized").
    bool is_participle(std::string_view word) const;

  private:
    Verbs();
    struct Irregular {
        std::vector<std::string> past, participle;
    };
    StringMap<Irregular> irregular_;   // by base form
    StringMap<std::uint8_t> form_of_;  // word -> 1 past, 2 participle, 3 both
};

}  // namespace tkg::extract
