// Mention detection: scans each sentence left to right and, at every token, tries the phrase
// shapes that name actors, most specific first — a group phrase ("Muslim American leaders"), a
// titled person ("National Security Council spokesman John Kirby"), a lexicon name, an unknown
// proper name, a title reference ("the president"), a pronoun or a definite anaphor ("the
// leaders"). Identity is decided later (actor_resolver.cpp).
#include <algorithm>
#include <optional>

#include "cues.hpp"
#include "mentions.hpp"
#include "verbs.hpp"

namespace tkg::extract {
namespace {

using graph::ActorType;

// A modifier inside a group phrase.
struct Mod {
    enum Kind { demonym, religion, ethnic, modifier, org, head_as_mod, skip } kind;
    std::uint32_t b, e;       // tokens
    std::int32_t entry = -1;  // lexicon entry (demonym: its country; org: the organization)
    std::string code;         // religion code or sector
};

struct Chain {
    std::vector<Mod> mods;
};

struct GroupPhrase {
    std::vector<Chain> chains;
    std::uint32_t head_b = 0, head_e = 0;  // the head noun (may be the last mod, "Americans")
    std::uint32_t end = 0;                 // one past the phrase
    bool head_is_mod = false;              // the head is a plural demonym or religion noun
    bool singular = false;                 // "a Saudi businessman": one unnamed person
    bool machine = false;                  // "a Russian drone": one machine of war
    // "X, an Israeli official,": the candidate of the name the phrase describes, or -1.
    std::int32_t describes = -1;
};

class SentenceScanner {
  public:
    SentenceScanner(const Document& doc, const Lexicon& lex, const Sentence& s,
                    std::vector<Candidate>& out)
        : doc_(doc),
          lex_(lex),
          cues_(Cues::builtin()),
          s_(s),
          out_(out),
          group_cache_(s.size(), nullptr),
          group_done_(s.size(), false),
          title_cache_(s.size()),
          title_done_(s.size(), false) {
        title_case_ = looks_title_case();
    }

    void scan() {
        std::uint32_t i = s_.first_token;
        while (i < s_.end_token) {
            const std::uint32_t next = step(i);
            i = std::max(next, i + 1);
        }
    }

  private:
    // ----------------------------------------------------------------- token predicates
    const Token& tok(std::uint32_t i) const { return doc_.tokens[i]; }
    std::string_view text(std::uint32_t i) const { return doc_.word(i); }
    bool in(std::uint32_t i) const { return i < s_.end_token; }
    bool is_word(std::uint32_t i) const {
        return in(i) && tok(i).kind == TokenKind::word && !tok(i).has(kClitic);
    }
    bool cap(std::uint32_t i) const {
        return is_word(i) && (tok(i).has(kCapitalized) || tok(i).has(kAllCaps));
    }
    // Out of the sentence a token is neither: phrase rules look one or two tokens ahead
    // ("leaders of" may end the text).
    bool closed(std::uint32_t i) const { return in(i) && doc_.classes[i] != 0; }
    bool timex(std::uint32_t i) const { return in(i) && doc_.timex_at[i] != kNone; }
    bool is(std::uint32_t i, std::string_view lower) const {
        return in(i) && doc_.is_word(i, lower);
    }
    bool possessive(std::uint32_t i) const {
        return in(i) && tok(i).has(kClitic) &&
               (doc_.is_word(i, "'s") || doc_.is_word(i, "\xE2\x80\x99s") || text(i) == "'" ||
                text(i) == "\xE2\x80\x99");
    }
    bool sentence_start(std::uint32_t i) const {
        std::uint32_t k = s_.first_token;
        while (k < i && (tok(k).kind == TokenKind::punct)) ++k;  // opening quotes, dashes
        return k == i;
    }

    // Headlines in Title Case capitalize every word; capitals then say little. Such a line
    // capitalizes ordinary words too ("Releases", "New"), which a sentence full of names does
    // not; the words of a known name ("John F. Kennedy International Airport") and of a time
    // ("Tuesday") are capitalized in any sentence, so they do not count. A content word in
    // lower case says it is a sentence: "The Front for the Liberation of Mozambique attacked
    // Goma" is a name, not a headline.
    bool looks_title_case() const {
        std::size_t words = 0, caps = 0, common_caps = 0;
        std::uint32_t known_until = s_.first_token;
        for (std::uint32_t i = s_.first_token; i < s_.end_token; ++i) {
            if (!is_word(i) || closed(i)) continue;
            ++words;
            if (!cap(i) && tok(i).has(kLower) && text(i).size() > 3 && !mixed_case(i) &&
                !tok(i).has(kHyphenated))
                return false;
            if (!cap(i)) continue;
            ++caps;
            if (i >= known_until)
                if (const auto m = lexicon_at(i)) known_until = i + m->length;
            if (i != s_.first_token && i >= known_until && !timex(i) &&
                cues_.common_key(doc_.key(i)) && !cues_.given_name(text(i)))
                ++common_caps;
        }
        return words >= 3 && caps * 10 >= words * 7 && common_caps >= 2;
    }

    // The group-word reading of a token ("leaders", "Muslim"), looked up once per token.
    const GroupWord* group(std::uint32_t i) const {
        if (!in(i)) return nullptr;
        const std::size_t k = i - s_.first_token;
        if (!group_done_[k]) {
            group_done_[k] = true;
            group_cache_[k] =
                tok(i).kind == TokenKind::word ? cues_.group_word(text(i), doc_.key(i)) : nullptr;
        }
        return group_cache_[k];
    }

    std::optional<LexiconMatch> lexicon_at(std::uint32_t i) const {
        if (!in(i) || timex(i)) return std::nullopt;
        const LexiconMatch* found = doc_.lexicon_match(lex_, i);
        if (!found) return std::nullopt;
        std::optional<LexiconMatch> m = *found;
        if (m && m->length == 1 && closed(i) && !tok(i).has(kAllCaps)) return std::nullopt;
        if (m && lex_.entry(m->entry).type == ActorType::person &&
            named_after_person(i + m->length))
            return std::nullopt;
        return m;
    }

    // "the Tony Blair Institute", "Rafik Hariri International Airport", "the Nelson Mandela
    // Prize": a known person's name (ending before `j`) followed by capitalized words that end
    // in an organization's, a site's or an event's word names that, not the person.
    bool named_after_person(std::uint32_t j) const {
        for (const std::uint32_t stop = j + 3; j < stop && in(j); ++j) {
            if (!cap(j) || timex(j) || (closed(j) && !tok(j).has(kAllCaps))) return false;
            const auto cue = cues_.name_cue(text(j));
            if (cue == NameCue::org || cue == NameCue::company || cue == NameCue::facility ||
                cue == NameCue::event)
                return true;
        }
        return false;
    }

    std::int32_t push(Candidate c) {
        out_.push_back(std::move(c));
        return static_cast<std::int32_t>(out_.size() - 1);
    }

    Candidate from_entry(std::uint32_t b, std::uint32_t e, std::int32_t entry) const {
        const LexiconEntry& le = lex_.entry(static_cast<std::uint32_t>(entry));
        Candidate c;
        c.begin = b;
        c.end = e;
        c.entry = entry;
        c.type = le.type;
        c.country = le.country;
        c.sector = le.sector;
        c.gender = le.gender;
        if (lex_.has_namesakes(static_cast<std::uint32_t>(entry))) {
            // "Tripoli", "Georgia": resolution chooses among the places of that name.
            std::string key;
            for (std::uint32_t k = (is(b, "the") && e > b + 1) ? b + 1 : b; k < e; ++k) {
                if (!key.empty()) key += ' ';
                key += doc_.key(k);
            }
            if (const auto& places = lex_.namesakes(key); !places.empty()) c.namesakes = &places;
        }
        return c;
    }

    // ----------------------------------------------------------------- one position
    std::uint32_t step(std::uint32_t i) {
        if (timex(i) || tok(i).kind == TokenKind::punct || tok(i).kind == TokenKind::number)
            return i + 1;
        // Most tokens are lower-case words that start nothing: pass them over at once.
        if (!could_start(i)) return i + 1;
        // "Iranian-backed Hezbollah", "the Saudi-led coalition": who backs or leads is a
        // modifier, and the name after it is scanned on its own.
        if (doc_.is_backer(i)) return i + 1;
        if (auto g = group_phrase(i)) return emit_group(*g);
        if (is(i, "the"))
            if (auto e = paired_offices(i)) return e;
        if (auto e = titled_person(i)) return e;
        if (auto e = owned_role(i)) return e;
        if (auto e = leaders_of(i)) return e;
        if (auto e = lexicon_name(i)) return e;
        // A demonym left over is an adjective ("South Korean banks"), never a name of its own.
        if (const auto m = lexicon_at(i); m && m->demonym) return i + m->length;
        if (auto e = state_agent(i)) return e;
        if (auto e = proper_name(i)) return e;
        if (auto e = title_reference(i)) return e;
        if (auto e = pronoun(i)) return e;
        if (auto e = anaphor(i)) return e;
        // A title that named nobody: its words are not names either ("Chief Operating Officer").
        if (cap(i))
            if (const auto t = title_at(i)) return i + t->length;
        return i + 1;
    }

    // Whether any phrase shape can start at token `i`: a capital, a lexicon or group word, a
    // title, or one of the function words the references start with.
    bool could_start(std::uint32_t i) const {
        const Token& t = tok(i);
        if (t.has(kCapitalized) || t.has(kAllCaps) || t.has(kClitic)) return true;
        if (doc_.classes[i] & (static_cast<std::uint16_t>(WordClass::det) |
                               static_cast<std::uint16_t>(WordClass::pron_subj) |
                               static_cast<std::uint16_t>(WordClass::pron_obj) |
                               static_cast<std::uint16_t>(WordClass::pron_poss)))
            return true;
        if (group(i) || lexicon_at(i) || title_at(i)) return true;
        return tenure_word(i) || t.has(kHyphenated);
    }

    // A word before a title saying when its holder holds it: "former", "then", "acting",
    // "outgoing".
    bool tenure_word(std::uint32_t i) const {
        return is(i, "former") || is(i, "then") || is(i, "acting") || is(i, "outgoing");
    }

    // The title phrase starting at token `i`, looked up once per token.
    const PhraseTable<TitleInfo>::Match* title_at(std::uint32_t i) const {
        if (!in(i)) return nullptr;
        const std::size_t k = i - s_.first_token;
        if (!title_done_[k]) {
            title_done_[k] = true;
            if (const auto m = cues_.titles().longest(doc_.keys, doc_.tokens, i, s_.end_token))
                title_cache_[k] = *m;
            else
                title_cache_[k].value = nullptr;
        }
        return title_cache_[k].value ? &title_cache_[k] : nullptr;
    }

    // ----------------------------------------------------------------- groups
    static bool plural_noun(std::string_view w) { return w.size() > 3 && w.back() == 's'; }

    // A modifier at `i`, if there is one.
    std::optional<Mod> modifier_at(std::uint32_t i) const {
        if (!is_word(i) || timex(i)) return std::nullopt;
        if (const auto m = lexicon_at(i)) {
            const LexiconEntry& le = lex_.entry(m->entry);
            if (m->demonym)
                return Mod{Mod::demonym, i, i + m->length, static_cast<std::int32_t>(m->entry), {}};
            if (le.type != ActorType::person && le.kind != EntryKind::person)
                return Mod{Mod::org, i, i + m->length, static_cast<std::int32_t>(m->entry), {}};
            return std::nullopt;
        }
        if (const GroupWord* g = group(i)) {
            switch (g->cls) {
                case GroupClass::religion:
                    return Mod{Mod::religion, i, i + 1, -1, g->code};
                case GroupClass::ethnic:
                    return Mod{Mod::ethnic, i, i + 1, -1, g->code};
                case GroupClass::modifier:
                case GroupClass::institution:
                    return Mod{Mod::modifier, i, i + 1, -1, g->code};
                case GroupClass::skip:
                    return Mod{Mod::skip, i, i + 1, -1, {}};
                case GroupClass::head:
                    // "staff members", "community leaders": a head noun before another head.
                    if (const GroupWord* n = is_word(i + 1) ? group(i + 1) : nullptr;
                        n && n->cls == GroupClass::head)
                        return Mod{Mod::head_as_mod, i, i + 1, -1, g->code};
                    return std::nullopt;
            }
        }
        // "Palestinian-American", "Arab-American": a hyphenated demonym compound.
        if (tok(i).has(kHyphenated)) {
            const std::string_view w = text(i);
            const auto dash = w.rfind('-');
            const auto last = w.substr(dash + 1);
            const auto first = w.substr(0, dash);
            const auto country = lex_.country_of_demonym(last);
            const bool first_ok =
                lex_.country_of_demonym(first) ||
                (cues_.group_word(first) && cues_.group_word(first)->cls != GroupClass::head);
            if (country && first_ok)
                return Mod{Mod::demonym, i, i + 1, static_cast<std::int32_t>(*country), {}};
        }
        return std::nullopt;
    }

    // Whether a lower-case word at `i` reads as a noun, not a verb or a closed-class word:
    // "operator", "strike" (not "hit", "fired", "says").
    bool noun_at(std::uint32_t i) const {
        if (!is_word(i) || !tok(i).has(kLower) || closed(i)) return false;
        const std::string_view w = doc_.key(i);
        return !Verbs::builtin().is_past(w) && !Verbs::builtin().is_participle(w) &&
               !w.ends_with('s');
    }

    // The group head whose singular is at `i`: "judge" (judges), "businessman" (businessmen).
    const GroupWord* singular_head(std::uint32_t i) const {
        if (!is_word(i) || !tok(i).has(kLower)) return nullptr;
        const std::string_view w = text(i);
        std::string plural = std::string(w) + "s";
        if (w.ends_with("man")) plural = std::string(w.substr(0, w.size() - 3)) + "men";
        const GroupWord* g = cues_.group_word(plural);
        return g && g->cls == GroupClass::head && plural != "peoples" ? g : nullptr;
    }

    // A group's head noun ("leaders", "officials") in lower case; `first_word` also takes it
    // capitalized as the sentence's first word ("Officials of the European Union said").
    bool is_head(std::uint32_t i, bool first_word = false) const {
        if (!is_word(i)) return false;
        const GroupWord* g = group(i);
        const bool written_as_noun = tok(i).has(kLower) || (first_word && sentence_start(i) &&
                                                            cap(i) && !tok(i).has(kAllCaps));
        return g && g->cls == GroupClass::head && written_as_noun;
    }

    // The token of "a"/"an" before the phrase at `i`, past "former" or "retired" ("a former
    // Iranian official"); `i` itself if there is none.
    std::uint32_t article_before(std::uint32_t i) const {
        std::uint32_t k = i;
        if (k > s_.first_token + 1 && (is(k - 1, "former") || is(k - 1, "retired"))) --k;
        return k > s_.first_token && (is(k - 1, "a") || is(k - 1, "an")) ? k - 1 : i;
    }
    bool one_person_article(std::uint32_t i) const { return article_before(i) != i; }

    // The person's name before the article at `det` when the article opens an apposition that
    // says who that person is ("Ahmed Yousef, a Hamas official,", "Mark Papermaster, formerly
    // an Apple executive,"): the role is the name's (`appositive`), no one else's. -1 if none.
    std::int32_t described_name(std::uint32_t det) const {
        std::uint32_t k = det;
        if (k > s_.first_token && (is(k - 1, "formerly") || is(k - 1, "previously") ||
                                   is(k - 1, "once") || is(k - 1, "now")))
            --k;
        if (k > s_.first_token + 1 && (is(k - 1, "is") || is(k - 1, "was")) && is(k - 2, "who"))
            k -= 2;
        if (k <= s_.first_token || text(k - 1) != ",") return -1;
        // An apposition closes with a comma or the sentence's end; "and" inside makes a list:
        // "Blinken, the Saudi foreign minister and the Qatari prime minister met".
        for (std::uint32_t j = det; in(j); ++j) {
            if (text(j) == "," || is(j, "who") || is(j, "whose")) break;
            if (const auto m = lexicon_at(j)) {  // ("a Turks and Caicos Islander diplomat")
                j += m->length - 1;
                continue;
            }
            if (is(j, "and") || is(j, "or") || j > det + 25) return -1;
        }
        // (The name is among the last candidates pushed: only a nested one may follow it.)
        for (std::size_t n = out_.size(); n-- > 0 && out_.size() - n <= 3;) {
            const Candidate& c = out_[n];
            if (c.end == k - 1 && c.type == ActorType::person && c.kind == CandidateKind::name)
                return static_cast<std::int32_t>(n);
        }
        return -1;
    }

    // A demonym or religion noun that names people by itself: "Americans", "Muslims".
    bool people_noun(const Mod& m) const {
        if (m.e != m.b + 1) return false;
        const std::string_view w = text(m.b);
        if (m.kind == Mod::demonym && plural_noun(w) && !tok(m.b).has(kHyphenated)) return true;
        return (m.kind == Mod::religion || m.kind == Mod::ethnic) && plural_noun(w);
    }

    std::optional<GroupPhrase> group_phrase(std::uint32_t i) const {
        GroupPhrase g;
        std::uint32_t j = i;
        if (!in(i)) return std::nullopt;
        // Determiners and quantifiers are not part of a group; the phrase starts after them.
        if (closed(i) && !group(i)) return std::nullopt;
        for (;;) {
            Chain c;
            while (auto m = modifier_at(j)) {
                c.mods.push_back(*m);
                j = m->e;
            }
            if (c.mods.empty()) break;
            const bool complete = people_noun(c.mods.back());
            g.chains.push_back(std::move(c));
            // "Palestinian Americans and White House aides": a complete group ends the phrase.
            if (complete && !is_head(j)) break;
            // Coordination: "Jewish, Arab, and Palestinian-American groups".
            std::uint32_t k = j;
            if (in(k) && text(k) == ",") ++k;
            if (is(k, "and") || is(k, "or")) ++k;
            if (k == j || !modifier_at(k)) break;
            // "between Colombia and FARC rebels": a country's own name before "and" is a
            // noun, sharing no head ("US and Israeli officials" do: abbreviations modify).
            if (const Chain& only = g.chains.back();
                g.chains.size() == 1 && only.mods.size() == 1 && only.mods[0].kind == Mod::org &&
                lex_.entry(static_cast<std::uint32_t>(only.mods[0].entry)).type == ActorType::loc &&
                !tok(only.mods[0].b).has(kAllCaps))
                return std::nullopt;
            j = k;
        }
        if (g.chains.empty()) return std::nullopt;
        auto meaningful = [](const Chain& c) {
            return std::any_of(c.mods.begin(), c.mods.end(),
                               [](const Mod& m) { return m.kind != Mod::skip; });
        };
        if (!std::all_of(g.chains.begin(), g.chains.end(), meaningful)) return std::nullopt;
        if (is_head(j)) {
            g.head_b = j;
            g.head_e = j + 1;
            g.end = j + 1;
        } else if (const GroupWord* one = singular_head(j);
                   one && g.chains.size() == 1 && i > s_.first_token && one_person_article(i) &&
                   std::any_of(g.chains[0].mods.begin(), g.chains[0].mods.end(), [](const Mod& m) {
                       return m.kind == Mod::demonym || m.kind == Mod::org;
                   })) {
            // "an Argentine judge", "a Saudi businessman", "a U.S. official", "a Hamas
            // spokesman": one person known by nationality or organization and role ("a Russian
            // drone" is a unit of the forces).
            g.head_b = j;
            g.head_e = j + 1;
            g.end = j + 1;
            g.singular = true;
            g.machine = one->machine;
            g.describes = described_name(article_before(i));
            // "a Russian drone strike", "an Israeli tank commander": a machine before a noun
            // modifies it; the phrase names no unit, but a person where the noun is a role.
            if (g.machine && noun_at(j + 1)) {
                const GroupWord* role = singular_head(j + 1);
                if (!role || role->machine) return std::nullopt;
                g.head_e = j + 2;
                g.end = j + 2;
                g.machine = false;
            }
        } else {
            // "Palestinian Americans", "Arab and Muslim Americans": the last word is the head.
            Chain& last = g.chains.back();
            if (!people_noun(last.mods.back())) return std::nullopt;
            g.head_b = last.mods.back().b;
            g.head_e = last.mods.back().e;
            g.head_is_mod = true;
            g.end = g.head_e;
            last.mods.pop_back();
            if (g.chains.size() > 1 && !meaningful(last) && !last.mods.empty()) return std::nullopt;
        }
        return g;
    }

    std::string words(std::uint32_t b, std::uint32_t e) const {
        return std::string(doc_.text.substr(tok(b).begin, tok(e - 1).end - tok(b).begin));
    }

    std::uint32_t emit_group(const GroupPhrase& g) {
        if (g.describes >= 0) return describe_name(g);
        const std::string head = words(g.head_b, g.head_e);
        // One person ("an Israeli soldier") takes the sector of the plural ("soldiers").
        const GroupWord* head_word =
            g.singular ? singular_head(g.head_e - 1) : cues_.group_word(head);
        // The words shared by all conjuncts: the head, plus the last chain's demonyms when the
        // earlier conjuncts are bare religion or ethnic words ("Arab and Muslim American voters").
        const Chain& last = g.chains.back();
        const bool bare_earlier =
            std::all_of(g.chains.begin(), g.chains.end() - 1, [](const Chain& c) {
                return c.mods.size() == 1 &&
                       (c.mods[0].kind == Mod::religion || c.mods[0].kind == Mod::ethnic);
            });
        std::size_t own = last.mods.size();
        if (g.chains.size() > 1 && bare_earlier) {
            while (own > 1 && last.mods[own - 1].kind == Mod::demonym) --own;
        }
        const std::vector<Mod> shared(last.mods.begin() + static_cast<long>(own), last.mods.end());
        for (std::size_t ci = 0; ci < g.chains.size(); ++ci) {
            const Chain& c = g.chains[ci];
            const bool is_last = ci + 1 == g.chains.size();
            std::vector<Mod> mods(c.mods.begin(),
                                  is_last ? c.mods.begin() + static_cast<long>(own) : c.mods.end());
            mods.insert(mods.end(), shared.begin(), shared.end());
            Candidate cand;
            cand.kind = CandidateKind::group;
            cand.type = g.singular && !g.machine ? ActorType::person : ActorType::group;
            cand.plural = !g.singular;
            cand.head = head;
            std::string name;
            std::int32_t org = -1;
            std::uint32_t org_b = 0, org_e = 0;
            for (const Mod& m : mods) {
                if (m.kind == Mod::skip) continue;
                if (!name.empty()) name += ' ';
                name += words(m.b, m.e);
                if (m.kind == Mod::demonym) {
                    cand.country = lex_.entry(static_cast<std::uint32_t>(m.entry)).country;
                } else if (m.kind == Mod::religion) {
                    cand.religion = m.code;
                } else if (m.kind == Mod::org) {
                    const LexiconEntry& le = lex_.entry(static_cast<std::uint32_t>(m.entry));
                    cand.country = le.country;
                    if (le.type == ActorType::org) {
                        org = m.entry;
                        org_b = m.b;
                        org_e = m.e;
                    }
                } else if (m.kind == Mod::modifier && !m.code.empty()) {
                    cand.sector = m.code;
                }
            }
            // Members who speak for an organization are of its kind: "Hamas officials" are of
            // an armed group, "a Microsoft spokesman" of a company, "UN envoys" of an IGO, and an
            // armed group's fighters are its own. "NATO troops" stay troops, "Tesla workers"
            // workers, and its allies or protesters are not its members.
            if (org >= 0 && cand.sector.empty()) {
                const std::string& org_sector = lex_.entry(static_cast<std::uint32_t>(org)).sector;
                const std::string code = head_word ? head_word->code : std::string();
                const bool allies =
                    doc_.is_word(g.head_e - 1, "allies") || doc_.is_word(g.head_e - 1, "ally");
                const bool members =
                    !allies &&
                    (code.empty() || code == "GOV" || code == "ELI" ||
                     ((code == "MIL" || code == "REB") && armed_group_sector(org_sector)) ||
                     doc_.is_word(g.head_e - 1, "members"));
                if (members) cand.sector = org_sector;
            }
            if (g.head_is_mod) {
                if (const auto country = lex_.country_of_demonym(head))
                    cand.country = lex_.entry(*country).country;
                if (const GroupWord* gw = cues_.group_word(head);
                    gw && gw->cls == GroupClass::religion)
                    cand.religion = gw->code;
                if (cand.sector.empty()) cand.sector = "CVL";
            } else if (head_word && cand.sector.empty()) {
                // ("Israeli police officers" are police, "Syrian officers" soldiers.)
                cand.sector =
                    g.head_e >= 2 && doc_.is_word(g.head_e - 2, "police") ? "COP" : head_word->code;
            }
            name += (name.empty() ? "" : " ") + head;
            // Only words that narrow the head, no state, organization or community named:
            // "Government forces", "Opposition groups".
            const bool stateless =
                !g.head_is_mod && std::all_of(mods.begin(), mods.end(), [](const Mod& m) {
                    return m.kind == Mod::modifier || m.kind == Mod::skip;
                });
            // "Government forces", "security forces": some state's, the state not said (not
            // "rebel forces", nor "its security forces").
            const auto state_sector = [](const Mod& m) {
                return m.code.empty() || m.code == "GOV" || m.code == "MIL" || m.code == "COP" ||
                       m.code == "LEG" || m.code == "JUD" || m.code == "SPY" || m.code == "HLH";
            };
            const std::uint32_t start = c.mods.empty() ? g.head_b : c.mods.front().b;
            const bool owned = start > s_.first_token &&
                               (doc_.is(start - 1, WordClass::pron_poss) || possessive(start - 1));
            // "Opposition groups in Zimbabwe": a group no state names, placed in one.
            const auto [place_country, place] =
                stateless ? place_after(g.end) : std::pair<std::string, std::string>{};
            // "armed rebels", "opposition protesters": people of where the article is, unless
            // a place follows.
            if (const GroupWord* gw = head_word;
                gw && stateless && !owned &&
                (gw->state ? std::all_of(mods.begin(), mods.end(), state_sector)
                           : gw->placed && place_country.empty()))
                cand.needs_state = true;
            // "the Palestinian people" is "Palestinians".
            if (!g.head_is_mod && doc_.is_word(g.head_b, "people") && mods.size() == 1 &&
                mods[0].kind == Mod::demonym) {
                const std::string adjective = words(mods[0].b, mods[0].e);
                for (const auto& d : lex_.entry(static_cast<std::uint32_t>(mods[0].entry)).demonyms)
                    if (plural_noun(d) && d.substr(0, d.size() - 1) == adjective) name = d;
            }
            if (!cand.needs_state && !place_country.empty()) {
                cand.country = place_country;
                name += " in " + place;
            }
            cand.name = name;
            cand.id = graph::slugify(name);
            // The span: this conjunct's words without leading "top", "several" ...; the last
            // conjunct also covers the head.
            std::uint32_t b = is_last ? g.head_b : g.end;
            for (const Mod& m : c.mods)
                if (m.kind != Mod::skip) {
                    b = m.b;
                    break;
                }
            cand.begin = b;
            cand.end = is_last ? g.end : c.mods.back().e;
            const std::int32_t gi = push(std::move(cand));
            if (org >= 0) {
                // The organization inside the phrase is a mention too ("White House").
                Candidate oc = from_entry(org_b, org_e, org);
                oc.nested = true;
                const std::int32_t oi = push(std::move(oc));
                out_[static_cast<std::size_t>(gi)].member_of = oi;
            }
        }
        return g.end;
    }

    // CAMEO sectors of armed non-state groups, whose fighters are of their kind: rebels,
    // Islamist militants, radicals, separatists, insurgents.
    static bool armed_group_sector(std::string_view code) {
        return code == "REB" || code == "IMG" || code == "RAD" || code == "SEP" || code == "INS";
    }

    // An apposition that says who the name before it is ("Jane Smith, an American aid worker,")
    // names nobody else: its country is the name's when the name has none, and a name in it
    // is a mention of its own ("John Kirby, a White House spokesman,", "a former US diplomat").
    std::uint32_t describe_name(const GroupPhrase& g) {
        for (const Mod& m : g.chains.front().mods) {
            if (m.kind != Mod::demonym && m.kind != Mod::org) continue;
            const LexiconEntry& le = lex_.entry(static_cast<std::uint32_t>(m.entry));
            Candidate& name = out_[static_cast<std::size_t>(g.describes)];
            // (An organization's own country is not its people's: "a Reuters correspondent".)
            if (name.country.empty() && (m.kind == Mod::demonym || le.kind == EntryKind::country))
                name.country = le.country;
            // (The role `appositive` claimed for the name points at that mention.)
            if (m.kind == Mod::org) push(from_entry(m.b, m.e, m.entry));
        }
        return g.end;
    }

    // The country and words of a place right after "in" or "from" at `i` ("in Zimbabwe", "from
    // the Gaza Strip"), or empty.
    std::pair<std::string, std::string> place_after(std::uint32_t i) const {
        if (!(is(i, "in") || is(i, "from"))) return {};
        std::uint32_t j = i + 1;
        if (is(j, "the")) ++j;
        const auto m = lexicon_at(j);
        if (!m || m->demonym) return {};
        const LexiconEntry& le = lex_.entry(m->entry);
        if (le.type != ActorType::loc || le.country.empty()) return {};
        return {le.country, words(j, j + m->length)};
    }

    // "leaders of Jewish, Arab, and Palestinian-American groups" names the groups;
    // "members of Congress", "staffers on Capitol Hill" name a group of an organization.
    std::uint32_t leaders_of(std::uint32_t i) {
        // Opening a sentence, only for members ("Officials of the European Union"): "Officials
        // in the United States" stays the country's mention.
        const bool member = is(i + 1, "of") || is(i + 1, "from") || is(i + 1, "at");
        if (!is_head(i, member)) return 0;
        if (const GroupWord* gw = group(i); gw && gw->opposing && is(i + 1, "of"))
            return opponents_of(i, *gw);
        // ("fired drones at Kyiv": machines are nobody's members, and where they fly is no
        // place of theirs.)
        if (const GroupWord* gw = group(i); gw && gw->machine) return 0;
        // "withdraw its troops from Niger": whose they are is said before; the place after is
        // where they are, not their country.
        if (i > s_.first_token && (doc_.is(i - 1, WordClass::pron_poss) || possessive(i - 1)))
            return 0;
        std::uint32_t j = i + 1;
        if (!(is(j, "of") || is(j, "from") || is(j, "at") || is(j, "on") || is(j, "in"))) return 0;
        ++j;
        if (is(j, "the")) ++j;
        if (auto g = group_phrase(j); g && is(i + 1, "of")) return emit_group(*g);
        // "activists from the defeated Fatah Party", "dissidents from military-ruled Myanmar":
        // a lower-case word or two describing the name the lexicon knows.
        // (Two words only when the first says how: "the newly formed", not "the group said".)
        // (Nor a gerund right after the preposition: "accused protesters of helping Hamas".)
        for (std::uint32_t k = j; k < j + 2 && described_by(k) &&
                                  (k == j || text(j).ends_with("ly") || tok(j).has(kHyphenated)) &&
                                  !(k == j && text(k).ends_with("ing") && !is(j - 1, "the"));
             ++k)
            if (const auto m = lexicon_at(k + 1);
                m && !m->demonym && lex_.entry(m->entry).type != ActorType::person) {
                j = k + 1;
                break;
            }
        const auto m = lexicon_at(j);
        // "Officials at Acme Holdings", "Officials at the Kenya Wildlife Service": members of an
        // organization the lexicon does not know, or knows only the first words of.
        if (member && cap(j) &&
            !(m && (m->demonym || lex_.entry(m->entry).type == ActorType::person)))
            if (const std::uint32_t name_e = trimmed_chunk_end(j);
                org_name_beyond(m ? j + m->length : j, name_e))
                return emit_members(i, j, name_e, -1);
        if (!m || m->demonym) return 0;
        const LexiconEntry& le = lex_.entry(m->entry);
        if (le.type == ActorType::person) return 0;
        return emit_members(i, j, j + m->length, static_cast<std::int32_t>(m->entry));
    }

    // "Critics of the government", "opponents of Rwanda's Senate": people against an actor are
    // no members of it but a group of their own, of no country the phrase says. The actor they
    // oppose keeps its mentions inside the group's span, and stays a pronoun's antecedent
    // ("Critics of the ministry say it failed"): what the finder reads from "of" on, with one
    // more step after a possessive. Nothing to read there ("critics of the plan"): 0.
    std::uint32_t opponents_of(std::uint32_t i, const GroupWord& gw) {
        Candidate cand;
        cand.kind = CandidateKind::group;
        cand.type = ActorType::group;
        cand.plural = true;
        cand.head = std::string(text(i));
        cand.sector = gw.code;
        cand.begin = i;
        const std::size_t gi = static_cast<std::size_t>(push(std::move(cand)));
        std::uint32_t e = i + 2;
        for (std::uint32_t k = e; in(k) && k < i + 10;) {
            const std::size_t before = out_.size();
            std::uint32_t next = step(k);
            // "the Kenyan government" starts at its demonym, "the government" at "the".
            if (out_.size() == before && is(k, "the")) next = step(k + 1);
            if (out_.size() == before) break;
            e = next;
            if (!possessive(e)) break;
            k = e + 1;
        }
        if (out_.size() == gi + 1) {
            out_.pop_back();
            return 0;
        }
        out_[gi].end = e;
        out_[gi].name = words(i, e);
        out_[gi].id = graph::slugify(out_[gi].name);
        return e;
    }

    // A lower-case word that may describe a name after it: no function word, group word or
    // word the lexicon knows ("the ruling party" is no name described).
    bool described_by(std::uint32_t i) const {
        return is_word(i) && tok(i).has(kLower) && !closed(i) && !group(i) && !lexicon_at(i) &&
               !timex(i);
    }

    // The group "HEAD PREP ORG" (tokens [i, e)) of the organization or place at [j, e): the
    // lexicon's entry `entry`, or an unknown organization (-1).
    std::uint32_t emit_members(std::uint32_t i, std::uint32_t j, std::uint32_t e,
                               std::int32_t entry) {
        const LexiconEntry* le =
            entry >= 0 ? &lex_.entry(static_cast<std::uint32_t>(entry)) : nullptr;
        Candidate cand;
        cand.kind = CandidateKind::group;
        cand.type = ActorType::group;
        cand.plural = true;
        cand.head = std::string(text(i));
        cand.begin = i;
        cand.end = e;
        cand.name = std::string(text(i)) + " " + std::string(text(i + 1)) + " " + words(j, e);
        cand.id = graph::slugify(cand.name);
        cand.country = le ? le->country : country_of_place_ending(j, e);
        if (const GroupWord* gw = group(i)) cand.sector = gw->code;
        const std::int32_t gi = push(std::move(cand));
        if (!le || le->type == ActorType::org) {
            Candidate oc;
            if (le) {
                oc = from_entry(j, e, entry);
            } else {
                oc.kind = CandidateKind::name;
                oc.type = ActorType::org;
                oc.begin = j;
                oc.end = e;
                oc.name = words(j, e);
                oc.country = country_of_place_ending(j, e);
            }
            oc.nested = true;
            out_[static_cast<std::size_t>(gi)].member_of = push(std::move(oc));
        }
        return e;
    }

    // Whether a capitalized run ending at `chunk_e` goes on past a known name ending at `e` to
    // an organization word: "Apple Corps", "the Kenya Wildlife Service" are names of their own.
    bool org_name_beyond(std::uint32_t e, std::uint32_t chunk_e) const {
        return chunk_e > e && !lexicon_at(e) && org_word_in(e, chunk_e, true);
    }

    // chunk_end() without the connectors it may end with ("Ministry of").
    std::uint32_t trimmed_chunk_end(std::uint32_t i) const {
        std::uint32_t e = chunk_end(i);
        while (e > i + 1 && cues_.name_cue(text(e - 1)) == NameCue::connector) --e;
        return e;
    }

    // ----------------------------------------------------------------- people and titles
    // A person's name starting at `i`: a lexicon person or capitalized words (with initials,
    // particles and suffixes). Returns its end, or `i` if there is none.
    std::uint32_t name_words(std::uint32_t i) const {
        std::uint32_t j = i;
        while (j < i + 5 && in(j)) {
            if (cap(j) && !closed(j) && !timex(j) && !cues_.month(text(j)) &&
                !(j == i && title_at(j))) {
                ++j;
                continue;
            }
            if (j > i && is_word(j) &&
                ((cues_.name_cue(text(j)) == NameCue::particle && cap(j + 1)) ||
                 arabic_article_name(text(j)))) {
                ++j;
                continue;
            }
            break;
        }
        return j;
    }

    // The end of an office's capitalized complement starting at `b`: "Director of [the National
    // Institute of Allergy and Infectious Diseases] Anthony Fauci" runs to the person, or to a
    // given name that starts a name of two words or more ("Secretary of Energy Jeffrey Kupfer").
    std::uint32_t complement_end(std::uint32_t b) const {
        std::uint32_t k = b;
        while (cap(k) && !lexicon_person(k) &&
               !(k > b && cues_.given_name(text(k)) && name_words(k) >= k + 2)) {
            ++k;
            if ((is(k, "of") || is(k, "and") || is(k, "for")) && cap(k + 1) &&
                !lexicon_person(k + 1))
                ++k;
        }
        return k;
    }

    // Whether a person the lexicon knows starts at `e`, right after an office or after its
    // capitalized complement: "Envoy for Climate John Kerry", "Director of the Central
    // Committee Kim Yo Jong".
    bool person_after_office(std::uint32_t e) const {
        if (lexicon_person(e)) return true;
        if (!(is(e, "of") || is(e, "to") || is(e, "for"))) return false;
        const std::uint32_t b = is(e + 1, "the") ? e + 2 : e + 1;
        const std::uint32_t k = complement_end(b);
        return k > b && lexicon_person(k);
    }

    // [premodifier] TITLE NAME: "President Joe Biden", "Secretary of State Antony Blinken",
    // "National Security Council spokesman John Kirby", "Israeli Prime Minister X", "Sen. X".
    std::uint32_t titled_person(std::uint32_t i) {
        std::uint32_t j = i;
        std::int32_t premod_entry = -1;
        bool premod_demonym = false;
        std::uint32_t premod_b = i, premod_end = i;
        bool former = false;
        if (tenure_word(j)) {
            former = is(j, "former");
            ++j;
            if (in(j) && text(j) == "-") ++j;
        }
        if (const auto m = lexicon_at(j); m && lex_.entry(m->entry).type != ActorType::person) {
            premod_entry = static_cast<std::int32_t>(m->entry);
            premod_demonym = m->demonym;
            premod_b = j;
            j += m->length;
            premod_end = j;
            if (possessive(j)) ++j;  // "Israel's Prime Minister"
        }
        // "Israel's former prime minister", "Nigerian junior foreign minister".
        bool junior = false;
        if (premod_entry >= 0 && (tenure_word(j) || is(j, "junior"))) {
            former = former || is(j, "former");
            junior = is(j, "junior");
            ++j;
        }
        // "Serbian Labour Minister": a capitalized portfolio the titles do not list, between the
        // country and the office (and no party of the same name: "Labour" alone is the British).
        std::uint32_t portfolio = j;
        if (premod_demonym && cap(j) && !title_at(j) && !lexicon_person(j)) {
            if (const auto office = title_at(j + 1);
                office && office->value->kind == TitleKind::office)
                ++j;
        } else if (premod_entry < 0 && (j == i || (j == i + 1 && tenure_word(i))) && cap(j) &&
                   !title_at(j) && !lexicon_at(j)) {
            // "Labor Secretary Marty Walsh", "Health and Human Services Secretary Tom Price",
            // "Central Committee Member Marwan Barghouti", "Acting Labor Secretary Julie Su",
            // "Special Presidential Envoy for Climate John Kerry": capitalized words the titles
            // do not list before an office or role, when a person the lexicon knows follows it
            // (maybe after the office's complement).
            // (Not past a given name: "between Missy Lomley and First Secretary X" are two.)
            for (std::uint32_t k = j + 1; k < j + 5 && in(k) && !cues_.given_name(text(j)); ++k) {
                if (cues_.given_name(text(k))) break;
                if (const auto office = title_at(k); office &&
                                                     (office->value->kind == TitleKind::office ||
                                                      office->value->kind == TitleKind::job) &&
                                                     person_after_office(k + office->length)) {
                    j = k;
                    break;
                }
                if (!(cap(k) || (is(k, "and") && cap(k + 1))) || lexicon_at(k)) break;
            }
        }
        const auto t = title_at(j);
        if (!t) return 0;
        const TitleInfo& info = *t->value;
        const std::uint32_t title_b = portfolio;
        std::uint32_t title_e = j + t->length;
        const bool title_cap = cap(title_b);
        // Formal titles are capitalized before a name unless an organization comes first.
        if (info.kind != TitleKind::job && !title_cap && premod_entry < 0) return 0;
        // "Secretary of Energy", "Minister of Defence": an "of"-complement of the title.
        std::string role = portfolio < j ? words(portfolio, title_e) : info.role;
        if (junior) role = "Junior " + role;  // not the office itself
        // "Ambassador to the United Nations", "Special Envoy to the Middle East": a "to"-
        // complement, which ends where the place or organization the lexicon knows ends.
        if ((is(title_e, "of") || is(title_e, "to") || is(title_e, "for")) &&
            info.kind != TitleKind::honorific) {
            std::uint32_t b = title_e + 1;
            if (is(b, "the")) ++b;
            std::uint32_t k = b;
            const auto known = is(title_e, "to") ? lexicon_at(b) : std::nullopt;
            if (known && !known->demonym && lex_.entry(known->entry).type != ActorType::person) {
                k = b + known->length;
            } else {
                k = complement_end(b);
            }
            if (k > b && name_words(k) > k) {
                role = words(title_b, k);
                title_e = k;
            }
        }
        // "The former Chief Operating Officer, Tim Cook": a title, a comma, the name.
        const bool comma = in(title_e) && text(title_e) == "," &&
                           (former || (i > s_.first_token && is(i - 1, "the")));
        if (comma) ++title_e;
        // The name: a lexicon person or capitalized words.
        std::uint32_t name_b = title_e, name_e;
        std::int32_t person = -1;
        if (const auto m = lexicon_at(name_b);
            m && lex_.entry(m->entry).type == ActorType::person) {
            person = static_cast<std::int32_t>(m->entry);
            name_e = name_b + m->length;
            // "Joe Biden Jr." and the like keep the suffix with the name.
        } else {
            // A demonym is no name: "an official Syrian newspaper".
            if (const auto d = lexicon_at(name_b); d && d->demonym) return 0;
            name_e = name_words(name_b);
            if (name_e == name_b) return 0;
            // One common word after a job noun is no name ("spokesman Says" in a headline);
            // after a capitalized office or rank in running text it is a surname that is also a
            // word ("President Bush", "Prime Minister May", "Senator King").
            const bool surname_slot = title_cap && info.kind != TitleKind::job && !title_case_ &&
                                      !tok(name_b).has(kAllCaps);
            if (name_e - name_b == 1 && cues_.common_key(doc_.key(name_b)) &&
                !cues_.given_name(text(name_b)) && !surname_slot)
                return 0;
            // "the Justice Party": an organization word after a title that follows "the" names
            // the organization, not a person ("Senator Church" has no "the").
            if (name_e - name_b == 1 && cues_.name_cue(text(name_b)) == NameCue::org &&
                title_b > s_.first_token && is(title_b - 1, "the"))
                return 0;
        }
        while (in(name_e) && is_word(name_e) && cues_.name_cue(text(name_e)) == NameCue::suffix)
            ++name_e;

        if (premod_entry >= 0 && !premod_demonym) {
            Candidate oc = from_entry(premod_b, premod_end, premod_entry);
            push(std::move(oc));
        }
        Candidate c = person >= 0 ? from_entry(name_b, name_e, person) : Candidate{};
        c.kind = CandidateKind::name;
        c.type = ActorType::person;
        // Capitalized formal titles are part of the mention; lower-case job nouns are not.
        // Business titles ("Apple CEO Steve Jobs") are not, by news convention.
        c.begin = (title_cap && info.kind != TitleKind::job && info.sector != "BUS" && !comma)
                      ? title_b
                      : name_b;
        c.end = name_e;
        if (person < 0) {
            c.name = words(name_b, name_e);
            c.gender = cues_.given_name(text(name_b));
            if (!c.gender && info.kind == TitleKind::honorific) {
                const std::string_view h = text(title_b);
                if (h.rfind("Mr", 0) == 0 || h == "Sir" || h == "Lord") c.gender = 'm';
                if (h.rfind("Mrs", 0) == 0 || h.rfind("Ms", 0) == 0 || h == "Miss" || h == "Dame" ||
                    h == "Lady")
                    c.gender = 'f';
            }
        }
        if (info.kind != TitleKind::honorific && !info.relation.empty()) {
            RoleClaim r;
            r.title = role;
            r.relation = info.relation;
            r.sector = info.sector;
            r.former = former;
            r.span = {tok(i).begin, tok(name_e - 1).end};
            if (premod_entry >= 0) {
                // "Israeli Prime Minister": the country is implied, not named.
                if (premod_demonym)
                    r.org_entry = premod_entry;
                else
                    r.org_token = static_cast<std::int32_t>(premod_b);
            } else if (!out_.empty() && out_.back().end == title_b && out_.back().typed &&
                       (out_.back().type == ActorType::org || out_.back().type == ActorType::loc)) {
                // An organization found just before: "Acme Corp spokeswoman Jane Doerr".
                r.org_token = static_cast<std::int32_t>(out_.back().begin);
            }
            c.roles.push_back(std::move(r));
            if (c.sector.empty()) c.sector = info.sector;
        }
        const std::int32_t pi = push(std::move(c));
        return appositive(pi, name_e);
    }

    // Roles stated right after a person's name, attached to candidate `person`:
    //   ", a former US diplomat who is now president of the Middle East Policy Council"
    //   ", who worked as an adviser on ... at the US State Department"
    // The words are scanned for mentions afterwards as usual, so this returns `pos`.
    std::uint32_t appositive(std::int32_t person, std::uint32_t pos) {
        preposed_role(person);
        if (!(in(pos) && text(pos) == ",")) return pos;
        std::uint32_t j = pos + 1;
        for (int clause = 0; clause < 3 && in(j); ++clause) {
            bool former = false;
            if (is(j, "who")) {
                ++j;
                while (in(j) &&
                       (is(j, "is") || is(j, "was") || is(j, "has") || is(j, "had") ||
                        is(j, "been") || is(j, "now") || is(j, "became") || is(j, "serves") ||
                        is(j, "served") || is(j, "works") || is(j, "worked") || is(j, "as") ||
                        is(j, "once") || is(j, "previously") || is(j, "later"))) {
                    if (is(j, "once") || is(j, "previously") || is(j, "served") || is(j, "worked"))
                        former = true;
                    ++j;
                }
            }
            while (in(j) && (is(j, "a") || is(j, "an") || is(j, "the"))) ++j;
            while (in(j) && (is(j, "former") || is(j, "then") || is(j, "current") ||
                             is(j, "acting") || is(j, "senior") || is(j, "top") ||
                             is(j, "longtime") || is(j, "veteran") || is(j, "now"))) {
                former = former || doc_.is_word(j, "former");
                ++j;
            }
            std::int32_t org_token = -1, org_entry = -1;
            j = role_org(j, org_token, org_entry);
            // "Algeria's leading human rights activist": modifiers before the role noun.
            for (int n = 0; n < 3 && in(j) && !title_at(j) && tok(j).has(kLower) && !closed(j); ++n)
                ++j;
            const auto t = title_at(j);
            if (!t || t->value->kind == TitleKind::honorific || t->value->relation.empty())
                return pos;
            const std::uint32_t title_b = j;
            j += t->length;
            // The organization: named before the title, or after it within the clause
            // ("president of the Middle East Policy Council", "... at the US State Department").
            if (org_token < 0 && org_entry < 0) {
                for (std::uint32_t k = j; in(k) && k < j + 16 && text(k) != "," && !is(k, "who");
                     ++k) {
                    if (!(is(k, "of") || is(k, "at") || is(k, "for") || is(k, "with") ||
                          is(k, "to") || is(k, "in")))
                        continue;
                    std::uint32_t o = k + 1;
                    if (is(o, "the")) ++o;
                    const auto m = lexicon_at(o);
                    if (m && !m->demonym && lex_.entry(m->entry).type != ActorType::person) {
                        org_token = static_cast<std::int32_t>(o);
                        break;
                    }
                    if (cap(o) && org_word_ahead(o)) {
                        org_token = static_cast<std::int32_t>(o);
                        break;
                    }
                }
            }
            RoleClaim r = role_claim(*t->value, org_token, org_entry);
            r.former = former;
            r.span = {tok(pos + 1).begin, tok(std::min(j, s_.end_token) - 1).end};
            (void)title_b;
            out_[static_cast<std::size_t>(person)].roles.push_back(std::move(r));
            // A second clause: "..., a former US diplomat who is now president of ...".
            while (in(j) && !is(j, "who") && text(j) != ",") ++j;
            if (!in(j) || text(j) == ",") break;
        }
        return pos;
    }

    static RoleClaim role_claim(const TitleInfo& title, std::int32_t org_token,
                                std::int32_t org_entry) {
        RoleClaim r;
        r.title = title.role;
        r.relation = title.relation;
        r.sector = title.sector;
        r.org_token = org_token;
        r.org_entry = org_entry;
        return r;
    }

    // The organization or country a role belongs to, named at `j` ("Israeli", "the Syrian",
    // "Algeria's", "Acme Corp"): sets `token` (a name) or `entry` (a demonym's country) and
    // returns where the role noun may start; `j` when nothing is named there.
    std::uint32_t role_org(std::uint32_t j, std::int32_t& token, std::int32_t& entry) const {
        const auto m = lexicon_at(j);
        if (!m || lex_.entry(m->entry).type == ActorType::person) return j;
        if (m->demonym)
            entry = static_cast<std::int32_t>(m->entry);
        else
            token = static_cast<std::int32_t>(j);
        j += m->length;
        if (possessive(j)) ++j;
        return j;
    }

    // A role stated before the name and set off by a comma, from the sentence's start or an
    // earlier comma: "A member of the Syrian parliament, Mohammed Mamoun, started ...", "The
    // US commander in Iraq, General David Petraeus, held talks".
    void preposed_role(std::int32_t person) {
        const std::uint32_t name_b = out_[static_cast<std::size_t>(person)].begin;
        if (name_b < s_.first_token + 3 || text(name_b - 1) != ",") return;
        const std::uint32_t comma = name_b - 1;
        std::uint32_t j = comma;
        while (j > s_.first_token && text(j - 1) != "," && comma - j < 12) --j;
        if (j > s_.first_token && text(j - 1) != ",") return;
        while (j < comma && (is(j, "a") || is(j, "an") || is(j, "the"))) ++j;
        std::int32_t org_token = -1, org_entry = -1;
        j = role_org(j, org_token, org_entry);
        const auto t = title_at(j);
        if (!t || t->value->kind == TitleKind::honorific || t->value->relation.empty()) return;
        const std::uint32_t title_b = j;
        j += t->length;
        // "of the Syrian parliament", "in Iraq": where the role is held, up to the comma.
        if (j < comma && (is(j, "of") || is(j, "in") || is(j, "at") || is(j, "for"))) {
            std::uint32_t o = j + 1;
            if (is(o, "the")) ++o;
            std::int32_t where_token = -1, where_entry = -1;
            if (const std::uint32_t after = role_org(o, where_token, where_entry); after > o) {
                if (org_token < 0 && org_entry < 0) {
                    org_token = where_token;
                    org_entry = where_entry;
                }
                j = after;
                while (j < comma && tok(j).has(kLower) && !closed(j)) ++j;
            }
        }
        if (j != comma) return;
        RoleClaim r = role_claim(*t->value, org_token, org_entry);
        r.span = {tok(title_b).begin, tok(comma - 1).end};
        out_[static_cast<std::size_t>(person)].roles.push_back(std::move(r));
    }

    // Whether the given name at `i` and the known person's one-word name at `j = i + 1` make
    // another person of that family: "Hunter Biden" (Joe Biden's son), not "Joe Biden".
    bool relative_of_known(std::uint32_t i, std::uint32_t j) const {
        if (j != i + 1 || !cues_.given_name(text(i))) return false;
        const auto m = lexicon_at(j);
        if (!m || m->length != 1) return false;
        const std::string& full = lex_.entry(m->entry).name;
        return !full.starts_with(std::string(text(i)) + " ");
    }
    // "Vladimir V. Putin": a known person's given name and an initial before their surname;
    // the lexicon entry of the surname, or nullopt.
    std::optional<LexiconMatch> known_with_initial(std::uint32_t i) const {
        if (!cues_.given_name(text(i)) || !in(i + 2) || text(i + 1).size() != 2 ||
            text(i + 1).back() != '.' || !cap(i + 1))
            return std::nullopt;
        const auto m = lexicon_at(i + 2);
        if (!m || lex_.entry(m->entry).type != ActorType::person ||
            !lex_.entry(m->entry).name.starts_with(std::string(text(i)) + " "))
            return std::nullopt;
        return m;
    }
    bool lexicon_person(std::uint32_t i) const {
        const auto m = lexicon_at(i);
        return m && lex_.entry(m->entry).type == ActorType::person;
    }

    // "Biden's top advisers", "his chief of staff": a role of somebody named just before.
    std::uint32_t owned_role(std::uint32_t i) {
        std::int32_t owner = -1;
        std::uint32_t j;
        // The lexicon entry of the name the possessive at `i` closes, if any.
        const bool owned = possessive(i) && !out_.empty() && out_.back().end == i;
        const LexiconEntry* owner_entry =
            owned && out_.back().entry >= 0
                ? &lex_.entry(static_cast<std::uint32_t>(out_.back().entry))
                : nullptr;
        if (doc_.is(i, WordClass::pron_poss) && (is(i, "his") || is(i, "her") || is(i, "their"))) {
            j = i + 1;
        } else if (owned && out_.back().type == ActorType::person) {
            owner = static_cast<std::int32_t>(out_.size() - 1);
            j = i + 1;
        } else if (owner_entry &&
                   (owner_entry->kind == EntryKind::country ||
                    (owner_entry->kind == EntryKind::place && !out_.back().country.empty()))) {
            // "Iran's supreme leader", "France's president": the country's office; "Cairo's
            // security chief", "London's mayor": the city's office, in its country.
            return office_reference(i + 1, i + 1, out_.back().country,
                                    owner_entry->kind == EntryKind::place ? out_.back().entry : -1);
        } else {
            return 0;
        }
        while (in(j) && group(j) && group(j)->cls == GroupClass::skip) ++j;
        if (!in(j)) return 0;
        std::string relation, title, head;
        std::uint32_t end = 0;
        bool plural = false;
        if (is(j, "administration") || is(j, "government")) {
            if (owner < 0) owner = pronoun(i) ? static_cast<std::int32_t>(out_.size() - 1) : -1;
            if (owner < 0) return 0;
            Candidate c;
            c.kind = CandidateKind::owned;
            c.type = ActorType::org;
            c.begin = i + 1;
            c.end = j + 1;
            c.owner = owner;
            c.head = std::string(text(j));
            c.sector = "GOV";
            push(std::move(c));
            return j + 1;
        }
        if (is_head(j)) {
            // Plural role nouns: "advisers" -> the "adviser" relation.
            head = std::string(text(j));
            std::string singular = head;
            if (singular.size() > 1 && singular.back() == 's') singular.pop_back();
            const auto tt = tokenize(singular);
            const auto t = cues_.titles().longest(singular, tt, 0, tt.size());
            if (!t || t->length != tt.size()) return 0;
            relation = t->value->relation;
            title = t->value->role;
            end = j + 1;
            plural = true;
        } else if (const auto t = title_at(j);
                   t && t->value->kind != TitleKind::honorific && !cap(j)) {
            relation = t->value->relation;
            title = t->value->role;
            end = j + t->length;
            if (cap(end)) return 0;  // "his chief of staff John X" is a titled person
            // "Biden's executive order", "Trump's chief concern": a title that is also an
            // adjective, before a noun, names nobody. (Other titles before a lower-case word
            // keep their role: "Biden's envoy often criticized", "Trump's lawyer won't say".)
            static constexpr std::string_view kAdjectives[] = {"executive", "chief", "general",
                                                               "principal"};
            const bool adjective =
                end == j + 1 && std::find(std::begin(kAdjectives), std::end(kAdjectives),
                                          doc_.key(j)) != std::end(kAdjectives);
            const std::string_view next = is_word(end) ? text(end) : std::string_view{};
            if (adjective && !next.empty() && tok(end).has(kLower) && !closed(end) && !timex(end) &&
                !next.ends_with("s") && !next.ends_with("ly") &&
                !Verbs::builtin().is_past(doc_.key(end)))
                return 0;
        } else {
            return 0;
        }
        if (owner < 0) {
            // The possessive pronoun itself is a mention of the owner.
            owner = pronoun(i) ? static_cast<std::int32_t>(out_.size() - 1) : -1;
            if (owner < 0) return 0;
        }
        Candidate c;
        c.kind = CandidateKind::owned;
        c.type = plural ? ActorType::group : ActorType::person;
        c.plural = plural;
        c.begin = (possessive(i) ? i + 1 : i + 1);
        c.end = end;
        c.owner = owner;
        c.relation = relation;
        c.title = title;
        c.head = head;
        push(std::move(c));
        return end;
    }

    // ----------------------------------------------------------------- names
    std::uint32_t lexicon_name(std::uint32_t i) {
        const auto m = lexicon_at(i);
        if (!m) return 0;
        const LexiconEntry& le = lex_.entry(m->entry);
        std::uint32_t e = i + m->length;
        if (in(e) && text(e) == "$" && tok(e).begin == tok(e - 1).end) return e + 1;  // "US$299"
        // "Rwanda's Senate": a country's own institution, not the namesake the lexicon knows
        // ("Senate" alone is the US one).
        if (m->length == 1 && le.type == ActorType::org && i >= s_.first_token + 2 &&
            possessive(i - 1)) {
            const GroupWord* g = group(i);
            for (std::uint32_t k = i - 2, steps = 0;
                 g && g->cls == GroupClass::institution && steps < 3 && k >= s_.first_token;
                 --k, ++steps) {
                const auto owner = lexicon_at(k);
                if (owner && k + owner->length == i - 1 &&
                    lex_.entry(owner->entry).kind == EntryKind::country &&
                    lex_.entry(owner->entry).country != le.country) {
                    std::string noun(doc_.key(i));
                    return emit_institution(i, e, owner->entry, g->code, noun);
                }
                if (k == s_.first_token) break;
            }
        }
        if (m->demonym) {
            // "Israeli military", "US government": the country's institution.
            // "Syrian state television": a word saying whose it is may come between.
            const std::uint32_t noun =
                (is(e, "state") || is(e, "state-run") || is(e, "official")) && is_word(e + 1)
                    ? e + 1
                    : e;
            if (is_word(noun) && tok(noun).has(kLower) && !kind_names_next(noun)) {
                // "the Chinese foreign ministry", "an Israeli military court": one word
                // narrowing it, as after "China's".
                const GroupWord* g2 = is_word(noun + 1) && tok(noun + 1).has(kLower) &&
                                              !closed(noun) && !kind_names_next(noun + 1)
                                          ? group(noun + 1)
                                          : nullptr;
                if (g2 && g2->cls != GroupClass::institution) g2 = nullptr;
                if (const GroupWord* g = group(noun); g && g->cls == GroupClass::institution && !g2)
                    return emit_institution(i, noun + 1, m->entry, g->code,
                                            std::string(text(noun)));
                // ("the Chinese defence ministry", "the Israeli security cabinet": a modifier
                // may narrow it too.)
                if (const GroupWord* g = g2;
                    g && (!group(noun) || group(noun)->cls == GroupClass::institution ||
                          group(noun)->cls == GroupClass::modifier))
                    return emit_institution(
                        i, noun + 2, m->entry, g->code,
                        std::string(doc_.key(noun)) + "-" + std::string(doc_.key(noun + 1)));
            }
            if (const std::uint32_t org_e = named_institution_end(e); org_e > e)
                return emit_named_institution(i, e, org_e, m->entry);
            return 0;  // an adjective ("Palestinian civilian casualties")
        }
        // A longer capitalized name that begins with a lexicon word is another name
        // ("Jordan Peterson", "Washington Nationals") unless it is a name plus an org word.
        const std::uint32_t chunk_e = chunk_end(i);
        // "the militant group Niger Delta Freedom Fighters": a kind noun names all of it.
        if (chunk_e > e && le.type != ActorType::person && kind_before(i)) return 0;
        if (chunk_e > e && le.type != ActorType::person && cues_.given_name(text(i))) return 0;
        // "Apple Corps" is not Apple: a longer name ending in an organization word.
        if (le.type != ActorType::person && org_name_beyond(e, chunk_e)) return 0;
        // "Kabul Province" is a place of its own, in Kabul's country (see place_within), and
        // "Jordan Valley" a place of its own too: it may lie in other countries than Jordan,
        // so it gets none.
        if (chunk_e > e && le.type == ActorType::loc && loc_words(e, chunk_e)) return 0;
        if (chunk_e > e && le.kind == EntryKind::country && chunk_e == e + 1 &&
            cues_.name_cue(text(e)) == NameCue::event)
            return e + 1;  // "World War", "Vietnam War" style names are not actors
        // "the Vietnam war", "the Iraq war": a country naming a war is not an actor there.
        if (le.type == ActorType::loc && is_word(e) &&
            (doc_.is_word(e, "war") || doc_.is_word(e, "era") || doc_.is_word(e, "syndrome")) &&
            i > s_.first_token && is(i - 1, "the"))
            return e + 1;
        if (is_word(e) && tok(e).has(kLower) && le.type == ActorType::person) {
            // "Biden administration": the person's government.
            if (const GroupWord* g = group(e);
                g && g->cls == GroupClass::institution && doc_.is_word(e, "administration")) {
                const std::int32_t pi = push(from_entry(i, e, static_cast<std::int32_t>(m->entry)));
                Candidate c;
                c.kind = CandidateKind::owned;
                c.type = ActorType::org;
                c.begin = i;
                c.end = e + 1;
                c.owner = pi;
                c.head = "administration";
                c.sector = "GOV";
                out_[static_cast<std::size_t>(pi)].nested = true;
                push(std::move(c));
                return e + 1;
            }
        }
        if (is_word(e) && tok(e).has(kLower) && le.kind == EntryKind::country) {
            if (const GroupWord* g = group(e); g && g->cls == GroupClass::institution)
                return emit_institution(i, e + 1, m->entry, g->code, std::string(text(e)));
        }
        // "a Moscow court", "a Paris court": a city's courts are its state's.
        if (is_word(e) && tok(e).has(kLower) && le.kind == EntryKind::place &&
            !le.country.empty() && is(e, "court") && ends_phrase(e + 1))
            if (const auto state = lex_.country_by_code(le.country)) {
                // (The city stays a mention of its own, inside.)
                const std::int32_t city =
                    push(from_entry(i, e, static_cast<std::int32_t>(m->entry)));
                out_[static_cast<std::size_t>(city)].nested = true;
                return emit_institution(i, e + 1, *state, group(e)->code, "court");
            }
        // "Turkey's parliament", "Russia's foreign ministry": the country's institution, with
        // at most one word narrowing it; a capital's are its country's ("Seoul's military").
        // (Not "Egypt's army chief": a title there is the country's office, see owned_role.)
        std::optional<std::uint32_t> owner_state;
        if (le.kind == EntryKind::country)
            owner_state = m->entry;
        else if (const auto governed = le.kind == EntryKind::place && possessive(e)
                                           ? lex_.governed_from(le.id)
                                           : std::nullopt;
                 governed && lex_.entry(*governed).kind == EntryKind::country)
            owner_state = governed;
        // (A city's own bodies are the city's: "Tokyo's metropolitan government", "Kyiv's
        // military administration".)
        const bool seat = owner_state && *owner_state != m->entry;
        if (owner_state && possessive(e) && !title_at(e + 1)) {
            for (std::uint32_t h = e + 1; h <= e + 2 && is_word(h) && tok(h).has(kLower); ++h) {
                if (seat && municipal_word(h)) break;
                const GroupWord* g = group(h);
                if (g && g->cls == GroupClass::institution) {
                    if (seat && is_word(h + 1) && tok(h + 1).has(kLower) && group(h + 1)) break;
                    std::string noun;
                    for (std::uint32_t k = e + 1; k <= h; ++k)
                        noun += (noun.empty() ? "" : "-") + std::string(doc_.key(k));
                    return emit_institution(i, h + 1, *owner_state, g->code, noun);
                }
                if (closed(h)) break;
            }
        }
        // "Kenya's Supreme Court", "Egypt's Ministry of Interior": a capitalized institution
        // after a country's possessive is the country's, not the namesake the lexicon knows
        // (the US Supreme Court) nor one ministry for every country. A name the lexicon knows
        // as that country's, or that names no state institution, stays what it is ("Egypt's
        // Muslim Brotherhood", "Kenya's Orange Democratic Movement").
        if (le.kind == EntryKind::country && possessive(e) && cap(e + 1) && !title_at(e + 1)) {
            if (const std::uint32_t org_e = named_institution_end(e + 1); org_e > e + 1) {
                // (A known name as long or longer is that name: "India's Congress party".)
                const auto known = lexicon_at(e + 1);
                const bool namesake = known && e + 1 + known->length >= org_e && !known->demonym;
                bool institution = false;
                for (std::uint32_t k = e + 1; k < org_e && !institution; ++k)
                    if (const GroupWord* g = group(k))
                        institution = g->cls == GroupClass::institution;
                if (institution && (!namesake || lex_.entry(known->entry).country != le.country)) {
                    push(from_entry(i, e, static_cast<std::int32_t>(m->entry)));
                    return emit_named_institution(e + 1, e + 1, org_e, m->entry);
                }
            }
        }
        // A determiner before a place or institution is part of its name ("the United States",
        // "the White House"), but not before a company or a name used as a modifier.
        std::uint32_t b = i;
        if (le.type != ActorType::person && le.subkind != "company" && i > s_.first_token &&
            is(i - 1, "the") && ends_phrase(e))
            b = i - 1;
        const std::int32_t ci = push(from_entry(b, e, static_cast<std::int32_t>(m->entry)));
        return le.type == ActorType::person ? appositive(ci, e) : e;
    }

    // A word naming a city's or a region's own level of government ("metropolitan", "city").
    bool municipal_word(std::uint32_t k) const {
        static constexpr std::string_view kWords[] = {
            "metropolitan", "city",  "municipal", "state",    "regional",
            "provincial",   "local", "county",    "district", "town"};
        return std::find(std::begin(kWords), std::end(kWords), doc_.key(k)) != std::end(kWords);
    }

    // Whether a name ending before `e` heads its noun phrase: no noun follows it ("the Apple
    // website"). A verb may ("the United States said"): past tenses and speech verbs are known.
    bool ends_phrase(std::uint32_t e) const {
        if (!in(e)) return true;
        if (tok(e).kind == TokenKind::punct || tok(e).has(kClitic)) return true;
        if (closed(e) || speech_follows(e)) return true;
        const std::string_view w = text(e);
        return tok(e).has(kLower) && w.size() > 3 && w.substr(w.size() - 2) == "ed";
    }

    std::uint32_t emit_institution(std::uint32_t b, std::uint32_t e, std::uint32_t country_entry,
                                   const std::string& sector, const std::string& noun) {
        const LexiconEntry& country = lex_.entry(country_entry);
        Candidate c;
        c.kind = CandidateKind::name;
        c.type = ActorType::org;
        c.begin = (b > s_.first_token && is(b - 1, "the")) ? b - 1 : b;
        c.end = e;
        c.name = words(b, e);  // "French government", as the text says it
        c.id = country.id + "-" + noun;
        c.country = country.country;
        c.sector = sector;
        push(std::move(c));
        return e;
    }

    // After a demonym, the end of a capitalized organization name that belongs to its country:
    // "[Latvian] Constitutional Court", "[Liberian] Peace Council", "[Kenyan] Supreme Court",
    // "[Latvian] Ministry of Foreign Affairs". The name ends at its last organization word (or
    // the "of"-complement after it) and never takes in a title or a person ("Kenyan Supreme
    // Court Chief Justice X"); `b` when no organization word comes.
    std::uint32_t named_institution_end(std::uint32_t b) const {
        if (title_case_ || !cap(b)) return b;
        std::uint32_t limit = chunk_end(b);
        // "Serbian Workers' Union": a plural possessive inside the name.
        while (limit > b && possessive(limit) &&
               (text(limit - 1).ends_with("s") || name_possessive(limit)) && cap(limit + 1))
            limit = chunk_end(limit + 1);
        std::uint32_t end = b;
        for (std::uint32_t k = b; k < limit; ++k) {
            if (title_at(k) || lexicon_person(k)) break;
            if (cues_.name_cue(text(k)) == NameCue::org) {
                end = k + 1;
            } else if (end == k && is(k, "of") && cap(k + 1)) {
                // "Ministry of Foreign Affairs", "Ministry of Culture and Tourism": the
                // complement runs to the name's end.
                auto name_word = [&](std::uint32_t w) {
                    return w < limit && cap(w) && !title_at(w) && !lexicon_person(w);
                };
                std::uint32_t c = k + 1;
                // (Another known name after "and" is a conjunct: "... and Kenya Airways".)
                while (name_word(c) || (is(c, "and") && name_word(c + 1) && !lexicon_at(c + 1)))
                    ++c;
                end = c;
                k = c - 1;
            }
        }
        return end;
    }

    // A country's organization named by its demonym and a capitalized name ("the Latvian
    // Constitutional Court"): the country's, whatever namesake the lexicon holds for the rest
    // ("Supreme Court" alone is the US one). The id joins the country's id to the name's words,
    // as for "Latvia's constitutional court"; the sector comes from the head noun when it names
    // an institution ("Court" JUD, "Ministry" GOV), else from the lexicon's namesake.
    std::uint32_t emit_named_institution(std::uint32_t demonym_b, std::uint32_t name_b,
                                         std::uint32_t e, std::uint32_t country_entry) {
        std::string sector;
        for (std::uint32_t k = e; k > name_b && sector.empty(); --k)
            if (const GroupWord* g = group(k - 1); g && g->cls == GroupClass::institution)
                sector = g->code;
        if (const auto m = lexicon_at(name_b);
            sector.empty() && m && name_b + m->length == e && !m->demonym)
            sector = lex_.entry(m->entry).sector;
        std::string noun;
        for (std::uint32_t k = name_b; k < e; ++k)
            if (is_word(k) && !possessive(k))
                noun += (noun.empty() ? "" : "-") + std::string(doc_.key(k));
        return emit_institution(demonym_b, e, country_entry, sector, noun);
    }

    // The end of the run of capitalized name words starting at `i` (organization names may
    // hold "of", "for", "and" ... when an organization word is in the run).
    std::uint32_t chunk_end(std::uint32_t i) const {
        std::uint32_t j = i;
        bool org_word = false;
        while (in(j) && j < i + 8) {
            // A known person is a mention of their own, but for a relative of theirs, whose
            // given name stands before the surname: "Hunter Biden", "Eric Trump".
            if (j > i && lexicon_person(j) && !relative_of_known(i, j)) break;
            if (cap(j) && !timex(j) && !(closed(j) && j > i && !tok(j).has(kAllCaps)) &&
                !cues_.month(text(j)) && !cues_.weekday(text(j))) {
                const auto cue = cues_.name_cue(text(j));
                if (cue == NameCue::org || cue == NameCue::facility || cue == NameCue::loc)
                    org_word = true;
                ++j;
                continue;
            }
            // "al-Thani", "el-Sisi": an Arabic article joined to a capitalized name.
            if (j > i && is_word(j) && arabic_article_name(text(j))) {
                ++j;
                continue;
            }
            // "Democratic People's Party", "Lord's Resistance Army": the possessive of a
            // common noun is a word of the name when more of it follows.
            if (j > i && name_possessive(j)) {
                ++j;
                continue;
            }
            // "Wal - Mart" as some corpora space it.
            if (j == i + 1 && in(j) && text(j) == "-" && tok(j).has(kSpaceBefore) && cap(j + 1) &&
                tok(j + 1).has(kSpaceBefore) && !lexicon_at(i) && !lexicon_at(j + 1)) {
                j += 2;
                continue;
            }
            // (Not before a time: "Airport on Tuesday" ends at "Airport".)
            if (j > i && is_word(j) && cap(j + 1) && !timex(j + 1)) {
                const auto cue = cues_.name_cue(text(j));
                if (cue == NameCue::particle) {
                    ++j;
                    continue;
                }
                // (Not before a demonym: "between Marshall Islands and Mexican lawmakers".)
                const auto next = lexicon_at(j + 1);
                if (cue == NameCue::connector && (org_word || org_word_ahead(j + 1)) &&
                    !(next && next->demonym)) {
                    ++j;
                    continue;
                }
            }
            // "Movement for the Emancipation of the Niger Delta": "the" after "for", "of", "on"
            // (not after "and": "between Bouvet Island and the Securities and Exchange
            // Commission" are two).
            if (j > i && org_word && (is(j, "for") || is(j, "of") || is(j, "on")) &&
                is(j + 1, "the") && cap(j + 2) && !timex(j + 2)) {
                j += 2;
                continue;
            }
            break;
        }
        return j;
    }

    bool name_possessive(std::uint32_t k) const {
        if (!possessive(k) || !cap(k + 1) || timex(k + 1) || cues_.month(text(k + 1))) return false;
        static constexpr std::string_view kNouns[] = {"people", "lord",   "women",  "children",
                                                      "men",    "worker", "farmer", "citizen"};
        return std::find(std::begin(kNouns), std::end(kNouns), doc_.key(k - 1)) != std::end(kNouns);
    }
    static bool arabic_article_name(std::string_view w) {
        for (const std::string_view article : {"al-", "el-", "ad-", "as-", "ash-", "an-"})
            if (w.size() > article.size() + 1 && w.starts_with(article) &&
                w[article.size()] >= 'A' && w[article.size()] <= 'Z')
                return true;
        return false;
    }

    // Whether an organization word ("Party", "Council"; with `companies`, also "Corps",
    // "Holdings") is among tokens [b, e).
    bool org_word_in(std::uint32_t b, std::uint32_t e, bool companies = false) const {
        for (std::uint32_t k = b; k < e; ++k) {
            const auto cue = cues_.name_cue(text(k));
            if (cue == NameCue::org || (companies && cue == NameCue::company)) return true;
        }
        return false;
    }

    // Whether the title `t` at `i` opens a capitalized name that runs to `chunk_e` and holds an
    // organization word after the title: "the Justice and Development Party" is no justice.
    bool title_opens_name(std::uint32_t i, const PhraseTable<TitleInfo>::Match& t,
                          std::uint32_t chunk_e) const {
        return cap(i) && org_word_in(i + t.length, chunk_e);
    }

    bool org_word_ahead(std::uint32_t j) const {
        for (std::uint32_t k = j; k < j + 5 && cap(k); ++k) {
            const auto cue = cues_.name_cue(text(k));
            if (cue == NameCue::org || cue == NameCue::facility) return true;
        }
        return false;
    }

    // ----------------------------------------------------------------- described names
    // The kind noun ("newspaper", "news agency") that ends right before token `b`.
    std::optional<PhraseTable<OrgKind>::Match> kind_before(std::uint32_t b) const {
        for (std::uint32_t n = 1; n <= 2 && b >= s_.first_token + n; ++n) {
            const std::uint32_t k = b - n;
            if (!tok(k).has(kLower)) return std::nullopt;
            const auto m = cues_.org_kinds().longest(doc_.keys, doc_.tokens, k, b);
            if (m && m->length == n) return m;
        }
        return std::nullopt;
    }

    // Whether the kind noun at `k` introduces a name right after it ("newspaper Al-Ahram"),
    // rather than being an institution of its own ("the Syrian newspaper said").
    bool kind_names_next(std::uint32_t k) const {
        const auto m = cues_.org_kinds().longest(doc_.keys, doc_.tokens, k, s_.end_token);
        if (!m) return false;
        const std::uint32_t b = k + m->length;
        return cap(b) && !timex(b) && !title_at(b) && !lexicon_person(b) && !closed(b);
    }

    // What the words before a kind noun say of the organization named after it: whose it is
    // ("the Egyptian newspaper", "Nigeria's main opposition party") and what it is ("the
    // militant group", "the Shiite militia"). `found` is false when no such word comes, as
    // after a verb ("joined group X") or a preposition.
    struct Descriptor {
        std::string country, sector, religion;
        bool found = false;
        bool modified = false;          // a word other than a determiner
        std::uint32_t begin = 0;        // its first token
        const OrgKind* kind = nullptr;  // the kind noun's, and one past it
        std::uint32_t kind_end = 0;
    };
    Descriptor descriptor_before(std::uint32_t kind_b) const {
        Descriptor d;
        std::uint32_t k = kind_b;
        d.begin = kind_b;
        for (int steps = 0; steps < 5 && k > s_.first_token; ++steps, d.begin = k) {
            const std::uint32_t w = k - 1;
            if (is(w, "the") || is(w, "a") || is(w, "an")) {
                d.found = true;
                d.begin = w;
                break;
            }
            if (possessive(w)) {  // "Egypt's": the owner ends the phrase
                for (std::uint32_t o = w; o > s_.first_token && o + 3 > w; --o) {
                    const auto m = lexicon_at(o - 1);
                    if (m && o - 1 + m->length == w &&
                        lex_.entry(m->entry).kind == EntryKind::country) {
                        d.country = lex_.entry(m->entry).country;
                        d.found = d.modified = true;
                        d.begin = o - 1;
                        break;
                    }
                }
                break;
            }
            // A demonym, of one word or more ("Egyptian", "South Korean").
            std::uint32_t demonym_b = w + 1;
            for (std::uint32_t o = w + 1; o > s_.first_token && o + 3 > w + 1; --o) {
                const auto m = lexicon_at(o - 1);
                if (m && m->demonym && o - 1 + m->length == w + 1) {
                    demonym_b = o - 1;
                    if (d.country.empty()) d.country = lex_.entry(m->entry).country;
                    break;
                }
            }
            if (demonym_b <= w) {
                d.found = d.modified = true;
                k = demonym_b;
                continue;
            }
            if (const GroupWord* g = group(w);
                g && g->cls != GroupClass::head && g->cls != GroupClass::institution) {
                if (g->cls == GroupClass::religion) {
                    if (d.religion.empty()) d.religion = g->code;
                } else if (g->cls == GroupClass::modifier && d.sector.empty()) {
                    d.sector = g->code;
                }
                d.found = d.modified = true;
                k = w;
                continue;
            }
            if (descriptive_adjective(w)) {
                d.found = d.modified = true;
                k = w;
                continue;
            }
            break;
        }
        return d;
    }

    // A lower-case word that can describe an organization before its kind noun: "state-run",
    // "pro-Western", "official", "influential", "independent", "main".
    bool descriptive_adjective(std::uint32_t w) const {
        if (!is_word(w) || !tok(w).has(kLower) || closed(w) || timex(w)) return false;
        if (tok(w).has(kHyphenated)) return true;
        const std::string_view k = doc_.key(w);
        for (const std::string_view a :
             {"state", "main", "leading", "largest", "biggest", "major", "new", "small", "banned",
              "outlawed", "powerful", "private", "little-known", "online", "daily", "weekly"})
            if (k == a) return true;
        for (const std::string_view suffix : {"al", "ist", "ic", "ian", "ent", "ive", "ous", "ary"})
            if (k.size() > suffix.size() + 3 && k.ends_with(suffix)) return true;
        return false;
    }

    // What a kind noun says of the unknown name at [b, e): said before it ("the Egyptian
    // newspaper Al-Masry Al-Youm") or in apposition after it ("Al-Ahram, the state-run
    // Egyptian newspaper, said"). Not found when none does, or when the noun is also an
    // adjective with nothing before it ("the daily Beast").
    Descriptor described_by_kind(std::uint32_t b, std::uint32_t e) const {
        Descriptor d;
        if (const auto m = kind_before(b)) {
            d = descriptor_before(b - m->length);
            d.kind = m->value;
            d.kind_end = b;
        } else if (in(e) && text(e) == "," &&
                   (is(e + 1, "the") || is(e + 1, "a") || is(e + 1, "an"))) {
            for (std::uint32_t k = e + 2; k < e + 7 && is_word(k); ++k) {
                const auto a = cues_.org_kinds().longest(doc_.keys, doc_.tokens, k, s_.end_token);
                if (!a || !tok(k).has(kLower)) continue;
                const std::uint32_t after = k + a->length;
                if (in(after) && tok(after).kind != TokenKind::punct) break;
                d = descriptor_before(k);
                d.found = d.found && d.begin == e + 1;
                d.kind = a->value;
                d.kind_end = after;
                break;
            }
        }
        if (d.found && d.kind->described && !d.modified) return {};
        return d;
    }

    // The country of the place an organization's name ends with, after "of": the "Movement
    // for the Emancipation of the Niger Delta" and the "University of Nairobi" are of where
    // they name. Not a name the place is only part of ("Save Darfur Coalition"), nor a region
    // of several countries ("Union for the Mediterranean").
    std::string country_of_place_ending(std::uint32_t b, std::uint32_t e) const {
        for (std::uint32_t k = e; k-- > b + 1;) {
            const auto m = lexicon_at(k);
            if (!m || m->demonym || k + m->length != e) continue;
            const LexiconEntry& place = lex_.entry(m->entry);
            if (place.type != ActorType::loc || place.country.empty()) return {};
            const std::uint32_t before = is(k - 1, "the") ? k - 1 : k;
            return before > b && is(before - 1, "of") ? place.country : std::string();
        }
        return {};
    }

    // The known place inside the name [b, e) when the name is compass words, that place and
    // administrative words ("Eastern Ukraine", "West Darfur State", "Kabul Province"), else
    // null. A country takes no administrative word ("Jersey City" is not Jersey's).
    const LexiconEntry* place_within(std::uint32_t b, std::uint32_t e) const {
        std::uint32_t k = b;
        while (k < e && compass_word(k)) ++k;
        const auto m = k < e ? lexicon_at(k) : std::nullopt;
        if (!m || m->demonym || lex_.entry(m->entry).type != ActorType::loc) return nullptr;
        std::uint32_t after = k + m->length;
        if (after > e || (k == b && after == e)) return nullptr;
        if (after < e && lex_.entry(m->entry).kind == EntryKind::country) return nullptr;
        while (after < e && administrative_word(after)) ++after;
        return after == e ? &lex_.entry(m->entry) : nullptr;
    }
    // "Cizre in southeastern Turkey", "Kadugli, in South Kordofan": the country of the known
    // place (or part of one, see place_within) that locates an unknown one, if one follows.
    std::string country_of_place_after(std::uint32_t e) const {
        std::uint32_t k = in(e) && text(e) == "," ? e + 1 : e;
        if (!is(k, "in")) return {};
        ++k;
        if (is(k, "the")) ++k;
        if (in(k) && tok(k).has(kLower) && compass_key(doc_.key(k))) ++k;
        if (cap(k))
            if (const LexiconEntry* part = place_within(k, chunk_end(k))) return part->country;
        const auto m = lexicon_at(k);
        if (!m || m->demonym) return {};
        const LexiconEntry& place = lex_.entry(m->entry);
        return place.type == ActorType::loc ? place.country : std::string();
    }

    // "the town of", "the village of": the name after it is a place's ("the town of Kadugli").
    bool place_noun_of(std::uint32_t of) const {
        static constexpr std::string_view kNouns[] = {
            "town",   "city",   "village", "district", "province",     "region", "port",
            "island", "county", "suburb",  "state",    "municipality", "enclave"};
        return of > s_.first_token && is(of, "of") && tok(of - 1).has(kLower) &&
               std::find(std::begin(kNouns), std::end(kNouns), doc_.key(of - 1)) !=
                   std::end(kNouns);
    }
    bool loc_words(std::uint32_t b, std::uint32_t e) const {
        for (std::uint32_t k = b; k < e; ++k)
            if (cues_.name_cue(text(k)) != NameCue::loc) return false;
        return true;
    }
    bool compass_word(std::uint32_t i) const { return cap(i) && compass_key(doc_.key(i)); }
    static bool compass_key(std::string_view key) {
        static constexpr std::string_view kWords[] = {
            "north",     "south",        "east",         "west",         "northern",
            "southern",  "eastern",      "western",      "central",      "upper",
            "lower",     "northeastern", "northwestern", "southeastern", "southwestern",
            "northeast", "northwest",    "southeast",    "southwest"};
        return std::find(std::begin(kWords), std::end(kWords), key) != std::end(kWords);
    }
    // A capitalized word naming a unit of government's map: "State", "Province", "District".
    bool administrative_word(std::uint32_t i) const {
        static constexpr std::string_view kWords[] = {
            "state",  "province", "prefecture", "governorate", "district",
            "region", "county",   "city",       "oblast",      "municipality"};
        return cap(i) &&
               std::find(std::begin(kWords), std::end(kWords), doc_.key(i)) != std::end(kWords);
    }

    // An unknown proper name: capitalized words, classified from cues.
    std::uint32_t proper_name(std::uint32_t i) {
        if (!cap(i) || closed(i) || timex(i)) return 0;
        if (const auto known = known_with_initial(i)) {
            const std::uint32_t e = i + 2 + known->length;
            push(from_entry(i, e, static_cast<std::int32_t>(known->entry)));
            return e;
        }
        if (cues_.month(text(i)) || cues_.weekday(text(i))) return 0;
        std::uint32_t e = chunk_end(i);
        if (const auto t = title_at(i);
            t && !cues_.given_name(text(i)) && !title_opens_name(i, *t, e))
            return 0;
        // "Under-Secretary-General for Humanitarian Affairs Tom Fletcher": capitals between a
        // title's "for" or "of" and a known person belong to the title, and name nobody.
        if (lexicon_person(e) && i >= s_.first_token + 2 && (is(i - 1, "for") || is(i - 1, "of")) &&
            cap(i - 2) && !lexicon_at(i))
            return e;
        // Trim connectors and particles off the end, and a possessive never belongs to a name.
        while (e > i + 1 && cues_.name_cue(text(e - 1)) == NameCue::connector) --e;
        if (e == i) return 0;
        // Products are not actors: "iTunes Music Store", "Software Development Kit", "MP3".
        if (i > s_.first_token && mixed_case(i - 1) && tok(i).begin == tok(i - 1).end + 1) return e;
        for (std::uint32_t k = i; k < e; ++k)
            if (cues_.name_cue(text(k)) == NameCue::product || mixed_case(k) ||
                tok(k).has(kHasDigit))
                return e;
        if (e > i + 1 && cues_.name_cue(text(e - 1)) == NameCue::model) return e;  // "MacBook Air"
        bool org_cue = false;
        for (std::uint32_t k = i; k < e; ++k) {
            const auto cue = cues_.name_cue(text(k));
            org_cue = org_cue || cue == NameCue::org || cue == NameCue::company;
        }
        // Leading common words at the start of a sentence ("Officials", "Several") are names
        // only if they turn out to be a surname seen in full elsewhere ("Jobs said").
        const bool first = sentence_start(i);
        if ((first || title_case_) && cues_.common_key(doc_.key(i)) && !cues_.given_name(text(i)) &&
            !org_cue) {
            if (e == i + 1) {
                Candidate c;
                c.begin = i;
                c.end = e;
                c.name = std::string(text(i));
                c.typed = false;
                push(std::move(c));
                return e;
            }
            if (!lexicon_at(i + 1) && !cap(i + 1)) return 0;
            return i + 1;  // let the rest be scanned on its own
        }
        if (title_case_ && cues_.common_key(doc_.key(i))) return 0;
        const std::uint32_t n = e - i;
        Candidate c;
        c.kind = CandidateKind::name;
        c.begin = i;
        c.end = e;
        c.name = words(i, e);
        const auto last_cue = cues_.name_cue(text(e - 1));
        bool has_org_word = false, has_event_word = false, company = false;
        for (std::uint32_t k = i; k < e; ++k) {
            const auto cue = cues_.name_cue(text(k));
            if (cue == NameCue::org || cue == NameCue::company) has_org_word = true;
            if (cue == NameCue::company) company = true;
            if (cue == NameCue::event) has_event_word = true;
        }
        if (has_event_word) return e;  // "World War III", "the Paris Agreement"
        const char gender = cues_.given_name(text(i));
        const bool before_loc_prep =
            i > s_.first_token &&
            (is(i - 1, "in") || is(i - 1, "near") || is(i - 1, "outside") || is(i - 1, "across") ||
             is(i - 1, "throughout") || place_noun_of(i - 1));
        // "Paris, Texas" names a place; "Sidhoum, Algeria's leading activist" a person.
        const auto place_after = in(e + 1) ? lexicon_at(e + 1) : std::nullopt;
        const bool comma_place = in(e + 1) && text(e) == "," && lexicon_place(e + 1) &&
                                 !(place_after && possessive(e + 1 + place_after->length));
        // A given name and a surname are a person whatever noun comes before them.
        const Descriptor described = gender && n >= 2 ? Descriptor{} : described_by_kind(i, e);
        if (const LexiconEntry* place = described.found ? nullptr : place_within(i, e)) {
            c.type = ActorType::loc;
            c.country = place->country;
        } else if (described.found) {
            // "the Egyptian newspaper Al-Masry Al-Youm", "the militant group Ansar Dine",
            // "Al-Ahram, the state-run Egyptian newspaper, ...".
            c.type = ActorType::org;
            c.country = described.country;
            c.sector = described.kind->sector.empty() ? described.sector : described.kind->sector;
            c.religion = described.religion;
            c.head = std::string(doc_.key(described.kind_end - 1));
        } else if (last_cue == NameCue::facility || last_cue == NameCue::loc) {
            c.type = ActorType::loc;
        } else if (has_org_word) {
            c.type = ActorType::org;
            c.country = country_of_place_ending(i, e);
        } else if (n == 1 && tok(i).has(kAllCaps) && !tok(i).has(kAbbreviation)) {
            // An unknown acronym is an organization where it acts like one: "the FBI", "NPD
            // said"; in parentheses after a name it is that name's abbreviation (resolution).
            c.type = ActorType::org;
            c.typed = (i > s_.first_token && is(i - 1, "the")) || speech_follows(e);
        } else if (gender && n >= 2) {
            c.type = ActorType::person;
            c.gender = gender;
        } else if (n >= 2 && tok(i).has(kAbbreviation) && text(i).size() == 2) {
            c.type = ActorType::person;  // "J. Smith"
        } else if (before_loc_prep || comma_place) {
            c.type = ActorType::loc;
        } else if (n == 1) {
            // A lone unknown word: a person only if it links to a full name (resolution decides),
            // or if it speaks ("Papermaster said").
            c.type = ActorType::person;
            c.typed = speech_follows(e) || (i > s_.first_token && honorific(i - 1));
        } else if (n <= 3 &&
                   std::none_of(
                       doc_.tokens.begin() + i, doc_.tokens.begin() + e, [&](const Token& t) {
                           return cues_.common_key(
                               doc_.key(static_cast<std::size_t>(&t - doc_.tokens.data())));
                       })) {
            // Capitalized words without a given name or any other cue: a person only if they
            // speak or are named again in full.
            c.type = ActorType::person;
            c.typed = speech_follows(e);
        } else {
            c.type = ActorType::org;
        }
        if (c.type == ActorType::loc && c.country.empty()) c.country = country_of_place_after(e);
        if (title_case_ && c.type == ActorType::person && !gender) return e;
        if (c.type != ActorType::person && !company && i > s_.first_token && is(i - 1, "the") &&
            ends_phrase(e))
            c.begin = i - 1;  // "the High Court"
        const bool person = c.type == ActorType::person;
        const std::int32_t ci = push(std::move(c));
        // The apposition is said of the name; its words name nothing of their own.
        if (described.found && described.kind_end > e) return described.kind_end;
        if (!person) return e;
        // A role in apposition makes an unknown name a person: "Salaheddine Sidhoum, Algeria's
        // leading human rights activist, ...".
        const std::uint32_t next = appositive(ci, e);
        if (!out_[static_cast<std::size_t>(ci)].roles.empty())
            out_[static_cast<std::size_t>(ci)].typed = true;
        return next;
    }

    // "iTunes", "iPhone", "eBay": lower case first, capitals inside.
    bool mixed_case(std::uint32_t i) const {
        if (!in(i) || tok(i).kind != TokenKind::word || !tok(i).has(kLower)) return false;
        if (arabic_article_name(text(i))) return false;  // "al-Sistani" is no "iTunes"
        const std::string_view w = text(i);
        return std::any_of(w.begin() + 1, w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    }

    bool lexicon_place(std::uint32_t i) const {
        const auto m = lexicon_at(i);
        return m && !m->demonym && lex_.entry(m->entry).type == ActorType::loc;
    }
    bool speech_follows(std::uint32_t e) const {
        return is(e, "said") || is(e, "says") || is(e, "told") || is(e, "added") ||
               is(e, "explained") || is(e, "wrote");
    }
    bool honorific(std::uint32_t i) const {
        const auto t = cues_.titles().longest(doc_.keys, doc_.tokens, i, i + 1);
        return t && t->value->kind == TitleKind::honorific;
    }

    // ----------------------------------------------------------------- references
    // "the president", "the secretary", "the spokesman": a title without a name.
    std::uint32_t title_reference(std::uint32_t i) {
        if (!(is(i, "the"))) return 0;
        // "Tom Barrack, the U.S. ambassador to Turkey,": the name's role (`appositive`), no
        // reference of its own.
        if (described_name(i) >= 0) return 0;
        // "the French president": a demonym names the office's country.
        std::uint32_t t_at = i + 1;
        std::string country;
        // "the US envoy", "the UK ambassador": so does a country's name, unless a name in
        // apposition says who ("The US commander in Iraq, General David Petraeus,"): the
        // country is then a mention of its own, which the name's country comes from.
        if (const auto d = lexicon_at(i + 1);
            d && (d->demonym || lex_.entry(d->entry).kind == EntryKind::country) &&
            !lex_.entry(d->entry).country.empty() && title_at(i + 1 + d->length)) {
            if (!d->demonym && name_in_apposition(i + 1 + d->length)) return 0;
            country = lex_.entry(d->entry).country;
            t_at += d->length;
        }
        return office_reference(i, t_at, country);
    }

    // "the Ukrainian and Moldovan presidents", "the French and German foreign ministers": one
    // office of each country, two mentions ("Ukrainian", "Moldovan presidents"). The end, or 0.
    std::uint32_t paired_offices(std::uint32_t i) {
        const auto first = lexicon_at(i + 1);
        if (!first || !first->demonym) return 0;
        const std::uint32_t j = i + 1 + first->length;
        const auto second = is(j, "and") ? lexicon_at(j + 1) : std::nullopt;
        if (!second || !second->demonym) return 0;
        const std::uint32_t k = j + 1 + second->length;
        // The title's last word in the plural: "presidents", "foreign ministers".
        std::uint32_t last = k;
        std::optional<PhraseTable<TitleInfo>::Match> t;
        for (; last < k + 2 && in(last) && !t; ++last) {
            const std::string_view plural = doc_.key(last);
            if (plural.size() < 4 || plural.back() != 's') continue;
            std::vector<std::string_view> keys(doc_.keys.begin() + k, doc_.keys.begin() + last + 1);
            keys.back() = plural.substr(0, plural.size() - 1);
            const std::vector<Token> toks(doc_.tokens.begin() + k, doc_.tokens.begin() + last + 1);
            t = cues_.titles().longest(keys, toks, 0, toks.size());
            if (t && t->length != toks.size()) t.reset();
        }
        // (Offices only: "negotiators" or "spokesmen" of two sides are people of each.)
        if (!t || t->value->kind != TitleKind::office || t->value->role.empty()) return 0;
        --last;
        push(office_mention(i + 1, j, *t->value, lex_.entry(first->entry).country));
        push(office_mention(j + 1, last + 1, *t->value, lex_.entry(second->entry).country));
        return last + 1;
    }

    // A mention of an office, not of a person by name: "the president", "Moldovan presidents".
    static Candidate office_mention(std::uint32_t b, std::uint32_t e, const TitleInfo& title,
                                    std::string country) {
        Candidate c;
        c.kind = CandidateKind::title_ref;
        c.type = ActorType::person;
        c.begin = b;
        c.end = e;
        c.title = title.role;
        c.sector = title.sector;
        c.country = std::move(country);
        return c;
    }

    // Whether a capitalized name follows the comma that closes the short phrase from `k`:
    // "commander in Iraq, General David Petraeus".
    bool name_in_apposition(std::uint32_t k) const {
        for (const std::uint32_t stop = k + 6; in(k) && k < stop; ++k) {
            if (text(k) == ",") return cap(k + 1);
            if (tok(k).kind == TokenKind::punct) return false;
        }
        return false;
    }

    // A title at `t_at` naming an office, not a person by name, as one mention from `b`:
    // "the president", "the French president", "Iran's supreme leader" (with `country`),
    // "London's mayor" (with the lexicon entry of the city, `place`). "The president of
    // France", "the mayor of London": the country or city after "of" owns it, and keeps its
    // own mention.
    std::uint32_t office_reference(std::uint32_t b, std::uint32_t t_at, std::string country,
                                   std::int32_t place = -1) {
        const auto t = title_at(t_at);
        if (!t || t->value->kind == TitleKind::honorific || t->value->role.empty()) return 0;
        const std::uint32_t e = t_at + t->length;
        if (cap(e)) return 0;
        if (in(e) && is_word(e) && doc_.is_word(e, "of")) {
            if (!country.empty() || place >= 0) return 0;
            const std::uint32_t o = is(e + 1, "the") ? e + 2 : e + 1;
            const auto m = lexicon_at(o);
            // ("the president of France's largest bank" is the bank's.)
            if (!m || m->demonym || cap(o + m->length) || possessive(o + m->length)) return 0;
            const LexiconEntry& owner = lex_.entry(m->entry);
            if (owner.country.empty() ||
                (owner.kind != EntryKind::country && owner.kind != EntryKind::place))
                return 0;
            country = owner.country;
            if (owner.kind == EntryKind::place) place = static_cast<std::int32_t>(m->entry);
        }
        if (title_opens_name(t_at, *t, chunk_end(t_at))) return 0;
        Candidate c = office_mention(b, e, *t->value, std::move(country));
        c.office_of = place;
        push(std::move(c));
        return e;
    }

    std::uint32_t pronoun(std::uint32_t i) {
        if (!is_word(i)) return 0;
        char gender = 0;
        bool plural = false;
        if (is(i, "he") || is(i, "him") || is(i, "his") || is(i, "himself"))
            gender = 'm';
        else if (is(i, "she") || is(i, "her") || is(i, "hers") || is(i, "herself"))
            gender = 'f';
        // "them" names things as often as people ("discussions about them"): left alone.
        else if (is(i, "they") || is(i, "their"))
            plural = true;
        else if (!((is(i, "it") || is(i, "its")) && reported_subject(i)))
            return 0;
        Candidate c;
        c.kind = CandidateKind::pronoun;
        // "it" after a speech verb is the speaker, an organization or a country ("Japan said
        // on Tuesday it had halted aid", "Israel said its troops had killed ..."); elsewhere it
        // names things too often to guess.
        const bool it = is(i, "it") || is(i, "its");
        c.type = it ? ActorType::org : plural ? ActorType::group : ActorType::person;
        c.begin = i;
        c.end = i + 1;
        c.gender = gender;
        c.plural = plural;
        push(std::move(c));
        return i + 1;
    }

    // Whether `i` opens the clause a speech verb reports: "said it", "announced that it",
    // "said on Tuesday it".
    bool reported_subject(std::uint32_t i) const {
        for (std::uint32_t k = i, steps = 0; k > s_.first_token && steps < 4; --k, ++steps) {
            const std::uint32_t w = k - 1;
            if (is_word(w) && cues_.reporting_verb(doc_.key(w))) return true;
            if (!(is(w, "that") || is(w, "on") || is(w, "today") || is(w, "yesterday") || timex(w)))
                return false;
        }
        return false;
    }

    // "Police arrested ...", "the army said", "troops opened fire": some state's forces or
    // officials, the state not said. Resolution places them in the state the article names with
    // them; a word that modifies the noun after it ("police station", "army chief") is none.
    std::uint32_t state_agent(std::uint32_t i) {
        std::uint32_t j = i;
        // "a government spokesman", "an army spokeswoman": the unnamed voice of an institution.
        const bool indefinite = is(j, "a") || is(j, "an");
        if (is(j, "the") || indefinite) ++j;
        if (is(j, "riot")) ++j;
        if (!is_word(j) || tok(j).has(kAllCaps)) return 0;
        // "the foreign ministry", "a defence ministry spokesman": what a ministry is for, one
        // word before it ("the Foreign Ministry" too: capitals make no name of it, one for every
        // state).
        const bool portfolio = portfolio_word(doc_.key(j)) && is(j + 1, "ministry") &&
                               tok(j).has(kLower) == tok(j + 1).has(kLower);
        if (portfolio) ++j;
        // Capitals make a name ("the Army", "Parliament") except where the sentence or a
        // dateline's text starts ("NAIROBI, Kenya - Police fired").
        if (tok(j).has(kCapitalized) && !portfolio &&
            !(j == i && (sentence_start(i) || (tok(i - 1).kind == TokenKind::punct &&
                                               text(i - 1) != "," && text(i - 1) != "("))))
            return 0;
        const GroupWord* g = group(j);
        // "The ministry said": the ministry named before, if one was (see resolution).
        const bool ministry = g && g->cls == GroupClass::institution && is(j, "ministry") &&
                              (portfolio || is(i, "the") || spokes_word(j + 1));
        // "A court in Istanbul ordered": a court, of the state where it sits (not "appeared in
        // court": a court with its article).
        const bool court = is(j, "court") && !portfolio && j > i;
        if (!g || !(g->placed || ministry || court)) return 0;
        const bool institution = g->cls == GroupClass::institution;
        const bool voice = institution && spokes_word(j + 1);
        if (indefinite && !voice && !court) return 0;
        if (i > s_.first_token) {
            const std::uint32_t p = i - 1;
            // Whose they are is said before: "its troops", "Israel's army".
            if (doc_.is(p, WordClass::pron_poss) || possessive(p)) return 0;
            // ("Foreign journalists" are of no state the article places them in.)
            if (is(p, "foreign")) return 0;
            // A word before that narrows them names other people: "relief officials",
            // "peacekeeping forces" (a verb does not: "killed soldiers").
            // Nor does an infinitive: "to disperse demonstrators".
            if (is_word(p) && tok(p).has(kLower) && doc_.classes[p] == 0 &&
                !Verbs::builtin().is_past(doc_.key(p)) && !(p > s_.first_token && is(p - 1, "to")))
                return 0;
            // "21 military and civilian personnel": an adjective.
            if (institution && (tok(p).kind == TokenKind::number || doc_.is(p, WordClass::num) ||
                                doc_.is(p, WordClass::quant)))
                return 0;
        }
        if (institution && !voice && !ends_phrase(j + 1) &&
            !(is_word(j + 1) && Verbs::builtin().is_past(doc_.key(j + 1))))
            return 0;
        // "Prosecutors at the International Criminal Court", "judges of the European Court":
        // an organization's, no state's.
        if (is(j + 1, "at") || is(j + 1, "of") || is(j + 1, "from") || is(j + 1, "with")) {
            const std::uint32_t o = is(j + 2, "the") ? j + 3 : j + 2;
            if (const auto m = lexicon_at(o);
                m && !m->demonym && lex_.entry(m->entry).type == ActorType::org)
                return 0;
        }
        // "military and civilian personnel" is no army; "police and soldiers" are two forces.
        if (institution && (is(j + 1, "and") || is(j + 1, "or"))) {
            const GroupWord* other = is_word(j + 2) ? group(j + 2) : nullptr;
            if (!other || !other->placed) return 0;
        }
        Candidate c;
        c.kind = CandidateKind::anaphor;
        c.type = institution ? ActorType::org : ActorType::group;
        c.plural = !institution;
        const std::uint32_t end = j + 1 + (voice ? 1 : 0);
        c.begin = i;
        c.end = end;
        // (Named as the possessive names it: "Egypt's foreign ministry" is egypt-foreign-ministry.)
        c.head = portfolio ? std::string(doc_.key(j - 1)) + "-" + std::string(doc_.key(j))
                           : std::string(doc_.key(j));
        c.sector = g->code;
        c.needs_state = true;
        push(std::move(c));
        return end;
    }

    // A word saying what a ministry is for ("foreign", "interior", "health").
    static bool portfolio_word(std::string_view w) {
        static constexpr std::string_view kWords[] = {
            "foreign",   "defence",     "defense",   "interior",    "health",      "finance",
            "justice",   "economy",     "education", "energy",      "trade",       "agriculture",
            "home",      "information", "labour",    "labor",       "environment", "transport",
            "emergency", "emergencies", "culture",   "intelligence"};
        return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
    }

    bool spokes_word(std::uint32_t k) const {
        return is(k, "spokesman") || is(k, "spokeswoman") || is(k, "spokesperson");
    }

    // "the leaders", "these groups", "the administration": back to a group or government named
    // before.
    std::uint32_t anaphor(std::uint32_t i) {
        if (!(is(i, "the") || is(i, "these") || is(i, "those"))) return 0;
        std::uint32_t j = i + 1;
        if (is(j, "administration") || is(j, "government")) {
            Candidate c;
            c.kind = CandidateKind::anaphor;
            c.type = ActorType::org;
            c.begin = i;
            c.end = j + 1;
            c.head = std::string(text(j));
            push(std::move(c));
            return j + 1;
        }
        // "the newspaper", "the group", "the news agency": the organization last introduced
        // with that kind noun (resolution; none, and it is no mention).
        if (const auto kind = cues_.org_kinds().longest(doc_.keys, doc_.tokens, j, s_.end_token);
            kind && is(i, "the") && tok(j).has(kLower) && ends_phrase(j + kind->length) &&
            !is(j + kind->length, "of")) {  // "the group of activists" are the activists
            Candidate c;
            c.kind = CandidateKind::anaphor;
            c.type = ActorType::org;
            c.begin = i;
            c.end = j + kind->length;
            c.head = std::string(doc_.key(c.end - 1));
            c.org_kind = kind->value;
            push(std::move(c));
            return c.end;
        }
        // "the country", "the kingdom": the country named last (see resolution); not "the
        // country of ..." nor "the Kingdom" as a name.
        if (is(i, "the") && (is(j, "country") || is(j, "kingdom")) && tok(j).has(kLower) &&
            !is(j + 1, "of")) {
            Candidate c;
            c.kind = CandidateKind::anaphor;
            c.type = ActorType::loc;
            c.begin = i;
            c.end = j + 1;
            c.head = std::string(doc_.key(j));
            push(std::move(c));
            return j + 1;
        }
        if (!is_head(j)) return 0;
        Candidate c;
        c.kind = CandidateKind::anaphor;
        c.type = ActorType::group;
        c.plural = true;
        c.begin = i;
        c.end = j + 1;
        c.head = std::string(text(j));
        push(std::move(c));
        return j + 1;
    }

    const Document& doc_;
    const Lexicon& lex_;
    const Cues& cues_;
    const Sentence& s_;
    std::vector<Candidate>& out_;
    bool title_case_ = false;
    mutable std::vector<const GroupWord*> group_cache_;
    mutable std::vector<bool> group_done_;
    mutable std::vector<PhraseTable<TitleInfo>::Match> title_cache_;
    mutable std::vector<bool> title_done_;
};

}  // namespace

std::vector<Candidate> find_candidates(const Document& doc, const Lexicon& lexicon) {
    std::vector<Candidate> out;
    out.reserve(doc.tokens.size() / 6 + 4);
    for (const Sentence& s : doc.sentences) SentenceScanner(doc, lexicon, s, out).scan();
    return out;
}

}  // namespace tkg::extract
