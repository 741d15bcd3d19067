// Mention candidates: what mention detection finds in a sentence (names, titled people, groups,
// title references, pronouns) before identity resolution decides which actor each one is.
// Private to the extract library.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "document.hpp"
#include "tkg/extract/extraction.hpp"
#include "tkg/extract/lexicon.hpp"

namespace tkg::extract {

struct OrgKind;

// A role stated in the text: "National Security Council spokesman John Kirby", "a former US
// diplomat", "who is now president of the Middle East Policy Council".
struct RoleClaim {
    std::string title;            // canonical: "Spokesperson"
    std::string relation;         // "spokesperson_of"
    std::string sector;           // CAMEO sector the title implies
    std::int32_t org_token = -1;  // first token of the organization's mention, if named
    std::int32_t org_entry = -1;  // or its lexicon entry, when only implied ("Israeli PM")
    bool former = false;
    graph::Span span;  // the words that state it
};

enum class CandidateKind : std::uint8_t {
    name,       // a proper name (lexicon or not)
    group,      // "Muslim American leaders"
    title_ref,  // "the president"
    pronoun,    // "he", "their"
    anaphor,    // "the leaders", "the administration"
    owned,      // "Biden's top advisers", "his chief of staff"
};

struct Candidate {
    std::uint32_t begin = 0, end = 0;  // token range of the mention
    CandidateKind kind = CandidateKind::name;
    graph::ActorType type = graph::ActorType::person;
    bool typed = true;        // false: a lone capitalized word kept only if it links to a name
    std::int32_t entry = -1;  // lexicon entry
    std::string name;         // canonical name (not from the lexicon)
    std::string id;           // fixed id (groups), else derived from entry or name
    std::string country, sector, religion;
    std::string head;                   // groups and anaphors: the head noun ("leaders")
    const OrgKind* org_kind = nullptr;  // anaphors naming a kind ("the newspaper")
    // Lexicon places of other countries with the same name ("Tripoli"), the entry among them.
    const std::vector<std::uint32_t>* namesakes = nullptr;
    std::string title;            // title_ref / owned: canonical title ("President")
    std::string relation;         // owned: relation to the owner ("adviser_to")
    std::int32_t owner = -1;      // owned: candidate index of the possessor
    std::int32_t office_of = -1;  // title_ref: lexicon entry of the city owning the office
    std::int32_t member_of = -1;  // groups: candidate index of the organization they belong to
    char gender = 0;              // 'm', 'f', 'u' or 0
    bool plural = false;
    bool nested = false;  // inside another candidate's span (an org in a group phrase)
    // "police", "the army", "protesters": some state's forces, officials or people, the state
    // not said. Resolution finds it in the article or drops the mention.
    bool needs_state = false;
    std::vector<RoleClaim> roles;
    std::int32_t resolved = -1;  // set by resolution: candidate index that names the actor
};

// Finds candidates in every sentence of `doc`, in text order.
std::vector<Candidate> find_candidates(const Document& doc, const Lexicon& lexicon);

// Decides the actor of every candidate and writes mentions, actors and role relations into
// `out`; fills doc.mention_at.
void resolve_actors(Document& doc, const Lexicon& lexicon, std::vector<Candidate>& candidates,
                    Extraction& out);

}  // namespace tkg::extract
