// TriggerLexicon: the words that signal events (extract/data/triggers.tsv), every inflection
// of each verb, with their type, CAMEO code, relation and argument frame. Private to the
// extract library.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "phrase_table.hpp"
#include "verbs.hpp"

namespace tkg::extract {

enum TriggerFlag : std::uint16_t {
    kObject = 1 << 0,      // the direct object is the target
    kSpeech = 1 << 1,      // a statement whose clause is reported
    kDemand = 1 << 2,      // its object may be a demanded event
    kLight = 1 << 3,       // passes its subject to the noun it takes ("held talks")
    kReceive = 1 << 4,     // passes its subject as the target ("faced criticism")
    kNeedObject = 1 << 5,  // no event without a target actor ("allow", "give")
    kNoObject = 1 << 6,    // no event with a noun object ("demonstrate compassion")
    kStop = 1 << 7,        // stops the act its noun object names ("halted aid")
    kNeedTo = 1 << 8,      // an event only before "to": "committed to", not "committed crimes"
    kNeedLight = 1 << 9,   // a noun that is an event only as what a light verb takes
    kAvert = 1 << 10,      // what it stops did not happen ("prevented an attack")
    kRepel = 1 << 11,      // ... but force it stops did ("blocked a missile attack")
    kArmed = 1 << 12,      // an event only when done by or with weapons ("missiles hit Kyiv")
    kForces = 1 << 13,     // like kArmed, but a state alone is not armed ("China retaliated")
};

struct TriggerInfo {
    std::string type;      // readable event type: "meet"
    std::string cameo;     // CAMEO code: "040"
    std::string relation;  // relation made between source and target: "met_with"
    bool noun = false;
    VerbForm form = VerbForm::base;  // for verbs: which inflection matched
    std::uint16_t flags = 0;
    std::vector<std::string> target_preps;  // "with", "to" ...
    std::vector<std::string> source_preps;  // "from", "by" ...
    bool between = false;                   // "a meeting between X and Y"
    // Words one of which must follow in the clause, maybe after the object, for this reading:
    // "took 200 people hostage", "held Israel responsible".
    std::vector<std::string> complement;
    friend bool operator==(const TriggerInfo&, const TriggerInfo&) = default;
};

class TriggerLexicon {
  public:
    static const TriggerLexicon& builtin();

    // Every reading of the trigger phrase that starts at token `i` (longest phrase first).
    struct Match {
        const std::vector<TriggerInfo>* readings;
        std::uint32_t length;
    };
    std::optional<Match> match(const std::vector<std::string_view>& keys,
                               const std::vector<Token>& tokens, std::size_t i,
                               std::size_t end) const {
        const auto m = table_.longest(keys, tokens, i, end);
        if (!m) return std::nullopt;
        return Match{m->value, m->length};
    }

    // The CAMEO code of an appeal/demand/pledge (`asker` type) for `object` type, or empty.
    std::string refined_code(std::string_view asker, std::string_view object) const;

  private:
    TriggerLexicon();
    PhraseTable<std::vector<TriggerInfo>> table_;
    std::vector<std::pair<std::string, std::string>> refine_keys_;
    std::vector<std::string> refine_codes_;
};

}  // namespace tkg::extract
