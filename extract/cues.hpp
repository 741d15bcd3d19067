// Cues: the word lists that steer mention detection — titles, group words, name cues, given
// names and common English words — loaded once from extract/data and shared read-only.
// Private to the extract library.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "phrase_table.hpp"
#include "string_map.hpp"

namespace tkg::extract {

enum class TitleKind : std::uint8_t { office, rank, honorific, job };

struct TitleInfo {
    std::string role;      // canonical title: "Spokesperson", "Secretary of State"
    std::string sector;    // CAMEO sector the title implies, empty for none
    std::string relation;  // role relation: "spokesperson_of"
    TitleKind kind = TitleKind::office;
    friend bool operator==(const TitleInfo&, const TitleInfo&) = default;
};

enum class GroupClass : std::uint8_t { head, religion, ethnic, modifier, skip, institution };

struct GroupWord {
    GroupClass cls = GroupClass::head;
    std::string code;       // sector (head, modifier), religion or region code
    bool state = false;     // forces or officials that are always some state's ("police")
    bool placed = false;    // said alone, the people of where the article is ("protesters");
                            // every state word is placed too
    bool opposing = false;  // people against whoever follows "of" ("critics of"), not its members
    bool machine = false;   // a machine of war: one of them ("a Russian drone") is no person
};

// A noun naming what kind of organization the name after it is ("newspaper", "militant group"'s
// "group").
struct OrgKind {
    std::string sector;               // CAMEO sector the kind gives, empty for none
    std::vector<std::string> refers;  // lexicon kinds it names again ("the newspaper": media)
    bool described = false;           // needs a word before it saying whose or what it is ("daily")
    friend bool operator==(const OrgKind&, const OrgKind&) = default;
};

enum class NameCue : std::uint8_t {
    org,
    company,
    org_head,
    facility,
    loc,
    particle,
    suffix,
    event,
    connector,
    product,
    model,
};

class Cues {
  public:
    static const Cues& builtin();

    const PhraseTable<TitleInfo>& titles() const { return titles_; }
    const PhraseTable<OrgKind>& org_kinds() const { return org_kinds_; }
    const GroupWord* group_word(std::string_view word) const;  // exact case first, then lower
    // The same when the word's lookup key is at hand (no lower-casing on the hot path).
    const GroupWord* group_word(std::string_view word, std::string_view key) const;
    std::optional<NameCue> name_cue(std::string_view word) const;
    char given_name(std::string_view word) const;   // 'm', 'f', 'u' or 0 if not a given name
    bool common_word(std::string_view word) const;  // lower-case English word ("officials")
    bool common_key(std::string_view key) const { return common_.count(key) > 0; }
    int month(std::string_view word) const;    // 1..12 for "October", "Oct.", "Oct"; else 0
    int weekday(std::string_view word) const;  // 1..7 (Monday..Sunday); else 0
    // A verb form that reports what its subject says, by lookup key: "said", "claimed",
    // "denied" (what opens a reported clause whose "it" or "they" is the speaker).
    bool reporting_verb(std::string_view key) const { return reporting_.count(key) > 0; }

  private:
    Cues();
    PhraseTable<TitleInfo> titles_;
    PhraseTable<OrgKind> org_kinds_;
    StringMap<GroupWord> groups_;
    StringMap<NameCue> name_cues_;
    StringMap<char> given_names_;
    std::unordered_set<std::string_view> common_;
    StringSet reporting_;
};

}  // namespace tkg::extract
