// Lexicon: the actors tkg knows by name — countries (with demonyms), places, organizations,
// well-known people with time-bounded roles — and the aliases that name them. The built-in
// part is compiled from extract/data/*.tsv; users add or override entries with --lexicon.
//
// User lexicon files are TSV (or JSON Lines with the same keys), one actor per line:
//   id  type  name  aliases  country  sector  roles  gender
//   gina-abercrombie-winstanley  PERSON  Gina Abercrombie-Winstanley  Abercrombie-Winstanley
//       USA  CVL  President@middle-east-policy-council:2021..  f
// `aliases` are '|'-separated; `roles` are ';'-separated `Title@org-id:FROM..TO` with dates
// YYYY, YYYY-MM or YYYY-MM-DD (either side may be empty). An entry with the id of a built-in
// one replaces it.
//
//   Lexicon lex = Lexicon::builtin();
//   lex.load_file("my-actors.tsv");        // throws tkg::InputError naming file and line
//   lex.compile();
//   if (auto m = lex.match(text, tokens, i)) use(lex.entry(m->entry), m->length);
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tkg/extract/tokenizer.hpp"
#include "tkg/graph/records.hpp"

namespace tkg::extract {

enum class EntryKind : std::uint8_t { country, place, organization, person, other };

struct LexiconEntry {
    std::string id;
    std::string name;
    graph::ActorType type = graph::ActorType::org;
    EntryKind kind = EntryKind::other;
    std::string subkind;  // "city", "media", "armed-group" ...
    std::vector<std::string> aliases;
    std::vector<std::string> demonyms;  // countries: "Israeli", "Israelis"
    std::string country;                // ISO alpha-3
    std::string sector;                 // CAMEO agent code
    std::vector<graph::Role> roles;
    char gender = 0;  // 'm', 'f' or 0
};

// A lexicon match: `length` tokens starting at the queried token name entry `entry`.
struct LexiconMatch {
    std::uint32_t entry = 0;
    std::uint32_t length = 0;
    bool demonym = false;  // matched a demonym ("Israeli"), not a name
};

class Lexicon {
  public:
    // The built-in lexicon (countries, places, organizations, people), not yet compiled.
    static Lexicon builtin();

    // Adds the actors of a user file (.tsv, .jsonl or .json); an existing id is replaced.
    void load_file(const std::filesystem::path& path);
    void add(LexiconEntry entry);

    // Builds the alias index. Call after the last add()/load_file().
    void compile();

    // Longest alias or demonym starting at token `i`. Capitalized alias words must be
    // capitalized in the text (all-caps text matches too); lower-case ones match any case.
    std::optional<LexiconMatch> match(std::string_view text, const std::vector<Token>& tokens,
                                      std::size_t i, std::size_t end) const;
    // The same with every token's lookup key made beforehand (see word_classes.hpp).
    std::optional<LexiconMatch> match(const std::vector<std::string_view>& keys,
                                      const std::vector<Token>& tokens, std::size_t i,
                                      std::size_t end) const;

    const LexiconEntry& entry(std::uint32_t index) const { return entries_.at(index); }
    std::size_t size() const noexcept { return entries_.size(); }
    std::optional<std::uint32_t> find(std::string_view id) const;
    // The country whose demonym is `word` ("Israeli" -> israel).
    std::optional<std::uint32_t> country_of_demonym(std::string_view word) const;
    // The country with ISO alpha-3 `code`.
    std::optional<std::uint32_t> country_by_code(std::string_view code) const;
    // The places of different countries known by the name whose words have the lookup keys
    // `key` (joined by spaces: "tripoli", "san jose"), the one a match gives first; empty for
    // a name only one country's place has. Resolution chooses among them from the context.
    const std::vector<std::uint32_t>& namesakes(std::string_view key) const;
    // Whether place `index` shares any of its names with a place of another country: asked
    // first, so that most places build no key.
    bool has_namesakes(std::uint32_t index) const {
        return index < has_namesakes_.size() && has_namesakes_[index];
    }
    // The office a country's "leader" holds ("President" for USA, "Prime Minister" for ISR),
    // or empty where news may mean either (leader_offices.tsv).
    std::string_view leader_office(std::string_view code) const;
    // The actor governed from the built-in place `place_id` ("moscow" -> russia, "brussels" ->
    // european-union; seats.tsv), or none: news names a government by its seat ("Moscow warned
    // Washington").
    std::optional<std::uint32_t> governed_from(std::string_view place_id) const;
    // The people whose name ends with `surname` (before a suffix: "Martin Luther King Jr."),
    // in lexicon order: "Bush" -> the Bushes.
    const std::vector<std::uint32_t>& people_by_surname(std::string_view surname) const;
    // People holding `title` (case-insensitive) on `day`, optionally of organization `org`.
    std::vector<std::uint32_t> holders(std::string_view title, std::string_view org,
                                       std::optional<date::sys_days> day) const;

  private:
    struct AliasTable;
    std::vector<LexiconEntry> entries_;
    std::unordered_map<std::string, std::uint32_t> by_id_;
    std::shared_ptr<const AliasTable> aliases_;  // built by compile(), shared by copies
    std::unordered_map<std::string, std::uint32_t> demonym_;
    std::unordered_map<std::string, std::uint32_t> by_code_;
    std::unordered_map<std::string, std::string> leader_offices_;
    std::unordered_map<std::string, std::string> seats_;  // place id -> actor id
    std::unordered_map<std::string, std::vector<std::uint32_t>> namesakes_;
    std::vector<bool> has_namesakes_;
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_surname_;
};

// Parses one roles field: "President@united-states:2021-01-20..2025-01-20;Senator@...".
// Returns nullopt (and leaves a message in `error`) when malformed.
std::optional<std::vector<graph::Role>> parse_roles(std::string_view field, std::string& error);
// A date of a role range: YYYY, YYYY-MM or YYYY-MM-DD.
std::optional<graph::DateValue> parse_partial_date(std::string_view text);

}  // namespace tkg::extract
