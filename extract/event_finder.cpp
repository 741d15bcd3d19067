// Events: who did what to whom, and when. Triggers come from the trigger lexicon; their
// arguments from shallow syntax over the actor mentions already found:
//   - verbs: the subject is the nearest actor to the left that is not inside a prepositional
//     phrase (so "Biden acknowledged the concerns raised by the leaders and clarified his
//     comment" gives Biden to both verbs), a relative pronoun's antecedent ("Muslim Americans,
//     who accuse them"), or the speaker after a quote ("..." said Miller); the target is the
//     direct object or the object of the frame's prepositions ("met with Y", "letters to Y");
//     passives swap them ("was criticized by X", "memos have been sent to Y");
//   - nouns: a possessor ("Israel's bombardment of Gaza"), prepositions ("criticism from X",
//     "a meeting between X and Y"), or the subject of a light verb ("held meetings with",
//     "faced criticism from", "drew condemnation from");
//   - coordination distributes ("leaders of Jewish, Arab, and Palestinian-American groups").
// Then stance (negation, modality, reported speech, demanded events) and the date: a time
// expression of the clause, the article date for reported past events, or an event named
// earlier ("since that attack").
#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <unordered_map>
#include <utility>

#include "article_actors.hpp"
#include "cues.hpp"
#include "stages.hpp"
#include "tense.hpp"
#include "triggers.hpp"

namespace tkg::extract {
namespace {

using graph::DateSource;
using graph::DateValue;
using graph::Modality;
using graph::Polarity;

// The relative clause set off by commas that token `k` lies in (", who met Macron on Tuesday,"):
// the commas' positions, or nothing (also when the clause runs to the sentence's end).
std::optional<std::pair<std::uint32_t, std::uint32_t>> relative_clause_around(const Document& doc,
                                                                              const Sentence& sent,
                                                                              std::uint32_t k) {
    std::uint32_t open = k;
    while (open > sent.first_token && doc.word(open - 1) != ",") --open;
    if (open == sent.first_token || !(doc.is_word(open, "who") || doc.is_word(open, "which")))
        return std::nullopt;
    std::uint32_t close = k;
    while (close < sent.end_token && doc.word(close) != ",") ++close;
    if (close == sent.end_token) return std::nullopt;
    return std::pair{open - 1, close};
}

constexpr std::uint32_t kNoToken = ~0u;  // no such token

// The CAMEO root class of a code as a number ("0256" -> 2, "190" -> 19), 0 for none.
int cameo_root(std::string_view code) {
    return code.size() >= 2 ? (code[0] - '0') * 10 + (code[1] - '0') : 0;
}

struct Candidate {
    std::uint32_t begin = 0, end = 0;  // trigger tokens
    const TriggerInfo* info = nullptr;
    std::string type, cameo, relation;
    std::vector<std::int32_t> source, target;  // mention indices
    Modality modality = Modality::asserted;
    Polarity polarity = Polarity::positive;
    double confidence = 0.7;
    bool demanded = false;
    bool statement = false;
    bool passive = false;
    bool intent = false;  // the object of "agreed to", "wants to" ...
    // Its object is real but no actor names it ("released 12 hostages", "fired missiles into
    // the sea"): no target is needed then.
    bool unnamed_object = false;
    std::int32_t reporter = -1;  // index of the statement that reports it
    // The light verb that lent its subject ("will provide ... aid"): its clause gives the
    // polarity and modality.
    std::optional<std::uint32_t> light;
    // The verb whose clause gives the stance, when not the trigger's: "will travel to X for
    // talks" (the travelling).
    std::optional<std::uint32_t> stance_from;
    // Made by saying: an accusation or a demand read from a speech verb, dated as the saying.
    bool said = false;
    // The verb that threatens this act ("threatened to attack", "vowed to retaliate",
    // "threatened tariffs"): the threat is the event, made when that verb says.
    std::optional<std::uint32_t> threatened_by;
    // The verb that expresses the intent to do this act ("pledged aid", "agreed to hold
    // talks", "offered to mediate"): the expression is the event (CAMEO 03x), made when that
    // verb says.
    std::optional<std::uint32_t> expressed_by;

    // Another reading of the same words: type, CAMEO code and relation change together.
    void recode(std::string_view to_type, std::string_view to_cameo, std::string_view to_relation) {
        type = to_type;
        cameo = to_cameo;
        relation = to_relation;
    }
};

class SentenceEvents {
  public:
    SentenceEvents(Document& doc, Extraction& out, const TriggerLexicon& lex,
                   const Lexicon& lexicon, std::uint32_t s)
        : doc_(doc), out_(out), lex_(lex), lexicon_(lexicon), s_(doc.sentences[s]) {}

    std::vector<Candidate> run() {
        find_triggers();
        for (Candidate& c : cands_) arguments(c);
        // A light verb whose noun took its arguments is no event itself ("sent aid to").
        // Nor is a noun that needs one and got none ("military intelligence chief").
        cands_.erase(std::remove_if(cands_.begin(), cands_.end(),
                                    [&](const Candidate& c) {
                                        return std::find(used_lights_.begin(), used_lights_.end(),
                                                         c.begin) != used_lights_.end() ||
                                               (c.info && (c.info->flags & kNeedLight) && !c.light);
                                    }),
                     cands_.end());
        for (Candidate& c : cands_) {
            if (c.type == "send" || c.type == "provide aid") type_sending(c);
            // "pledged $50 million to Ukraine": economic aid promised.
            if (c.type == "pledge" && money_after(c.end)) {
                c.recode("provide aid", "071", "aided");
                c.intent = true;
            }
            if (c.type == "release") released_people(c);
            if (c.type == "release" || c.type == "exchange prisoners") prisoner_exchange(c);
            // "Iran executed two protesters": people nobody names were executed.
            if (c.type == "execute" && c.target.empty() && c.info && !c.info->noun &&
                people_object(c.end))
                c.unnamed_object = true;
            if (c.type == "expel") expelled_kind(c);
            if (c.type == "seize") seized_kind(c);
            if (c.type == "negotiate") ended_talks(c);
            if (c.type == "meet") by_phone(c);
            if (c.type == "phone") called_a_name(c);
            if (c.info && c.info->noun) read_by_neighbours(c);
            if (c.target.empty() && c.info && !c.info->noun) partner_in_object(c);
            if (c.type == "criticize") military_retaliation(c);
            if (c.type == "attack" && c.cameo == "190") air_attack(c);
            // "China's military pressure on Taiwan" coerces (the trigger's "military" may be
            // a word of the name before it).
            if (c.type == "demand" && c.info && c.info->noun && is(c.begin, "pressure") &&
                c.begin > s_.first_token && is(c.begin - 1, "military"))
                c.recode("coerce", "170", "coerced");
            // "a request for comment", "could not be reached for comment": no statement.
            if (c.type == "statement" && c.info && c.info->noun && c.begin > s_.first_token &&
                is(c.begin - 1, "for"))
                c.type.clear();
            if (c.type == "attack") labour_strike(c);
            if (c.type == "vote") vote_against(c);
            if (c.type == "complain") summoned_envoy(c);
            if (c.type == "sign agreement") signed_no_agreement(c);
            object_sense(c);
            if (c.type == "rocket attack") missiles_into_sea(c);
            if (c.type == "reduce relations" && c.target.empty()) suspended_member(c);
            charge_of_doing(c);
        }
        cands_.erase(std::remove_if(cands_.begin(), cands_.end(),
                                    [](const Candidate& c) { return c.type.empty(); }),
                     cands_.end());
        weapons_acting();
        statements_saying();
        hosted_talks();
        judged_acts();
        stopped_acts();
        drop_frames_and_ended();
        drop_rejected();
        link_demands();
        protest_purposes();
        for (Candidate& c : cands_) violence_kind(c);
        for (Candidate& c : cands_) official_protest(c);
        for (Candidate& c : cands_) stance(c);
        for (Candidate& c : cands_) place_target(c);
        for (Candidate& c : cands_) recode_intent(c);
        drop_threat_frames();
        for (Candidate& c : cands_) condition_target(c);
        accusations();
        speech_demands();
        return std::move(cands_);
    }

  private:
    // ------------------------------------------------------------------ tokens
    bool in(std::uint32_t i) const { return i >= s_.first_token && i < s_.end_token; }
    const Token& tok(std::uint32_t i) const { return doc_.tokens[i]; }
    std::string_view text(std::uint32_t i) const { return doc_.word(i); }
    bool is(std::uint32_t i, std::string_view w) const { return in(i) && doc_.is_word(i, w); }
    bool cls(std::uint32_t i, WordClass c) const { return in(i) && doc_.is(i, c); }
    bool punct(std::uint32_t i) const { return in(i) && tok(i).kind == TokenKind::punct; }
    // Whether a sum of money follows `e` closely: "$50 million", "50 million euros".
    bool money_after(std::uint32_t e) const {
        for (std::uint32_t k = e; k < e + 5 && in(k) && !boundary(k); ++k)
            if (currency(k) || is(k, "euros") || is(k, "dollars") || is(k, "pounds") ||
                is(k, "yuan") || is(k, "yen"))
                return true;
        return false;
    }
    bool currency(std::uint32_t i) const {
        const std::string_view t = text(i);
        return t == "$" || t == "\xE2\x82\xAC" || t == "\xC2\xA3";  // $, euro, pound
    }
    bool boundary(std::uint32_t i) const {
        if (!in(i)) return true;
        const std::string_view t = text(i);
        return t == ";" || t == ":" || t == "\xE2\x80\x94" || t == "--" || t == "(" || t == ")";
    }
    std::int32_t mention_at(std::uint32_t k) const { return in(k) ? doc_.mention_at[k] : kNone; }
    graph::ActorType type_of(std::int32_t m) const {
        return out_.mentions[static_cast<std::size_t>(m)].type;
    }
    // Token range of a mention (as far as mention_at shows it), found once per mention.
    std::uint32_t mention_begin(std::int32_t m) const { return range_of(m).first; }
    std::uint32_t mention_end(std::int32_t m) const { return range_of(m).second; }
    std::pair<std::uint32_t, std::uint32_t> range_of(std::int32_t m) const {
        if (const auto it = ranges_.find(m); it != ranges_.end()) return it->second;
        std::uint32_t b = s_.first_token;
        while (b < s_.end_token && doc_.mention_at[b] != m) ++b;
        std::uint32_t e = b;
        while (e < s_.end_token && doc_.mention_at[e] == m) ++e;
        ranges_.emplace(m, std::pair{b, e});
        return {b, e};
    }
    bool possessive(std::uint32_t i) const {
        return in(i) && tok(i).has(kClitic) &&
               (doc_.is_word(i, "'s") || doc_.is_word(i, "\xE2\x80\x99s") || text(i) == "'" ||
                text(i) == "\xE2\x80\x99");
    }
    // Whether the name mention `m` is plural: the last of coordinated names ("Kenya and the
    // EU"), or an organization the lexicon knows named in the plural ("the Houthis"; not a
    // place, "the United States", a person, an unknown name, a company, a sports club or the
    // press: "Goldman Sachs", "The Los Angeles Times").
    bool plural_name(std::int32_t m) const {
        std::uint32_t b = mention_begin(m);
        if (b > s_.first_token && is(b - 1, "the")) --b;
        if (b >= s_.first_token + 2 && is(b - 1, "and") && mention_at(b - 2) != kNone) return true;
        const std::uint32_t last = mention_end(m) - 1;
        const std::string_view w = text(last);
        if (type_of(m) != graph::ActorType::org || w.size() <= 3 || !w.ends_with('s') ||
            w.ends_with("ss") || tok(last).has(kAllCaps) || possessive(last + 1))
            return false;
        // (Only a movement, force or body the lexicon knows: a company's or a newspaper's name
        // in -s is one, and so may be an unknown one's: "Goldman Sachs", "The Moscow Times".)
        const auto entry = lexicon_.find(out_.mentions[static_cast<std::size_t>(m)].actor);
        return entry && lexicon_.entry(*entry).subkind != "company" &&
               lexicon_.entry(*entry).subkind != "media" &&
               lexicon_.entry(*entry).subkind != "sports";
    }
    bool possessive_pronoun(std::int32_t m) const {
        const std::uint32_t b = mention_begin(m);
        return mention_end(m) == b + 1 && doc_.is(b, WordClass::pron_poss);
    }
    // The preposition that governs a mention ("with" in "met with the leaders", also across
    // "leaders of": "with leaders of Jewish groups"), or empty if the mention is not in a
    // prepositional phrase.
    std::string_view preposition_before(std::int32_t m) const {
        std::uint32_t k = mention_begin(m);
        std::int32_t conjunct = m;  // the mention whose phrase is sought, as conjuncts link
        while (k > s_.first_token) {
            --k;
            // "said in a statement that Israel attacked", "the drones that Iran sent": "that"
            // opens a clause of its own.
            if (is(k, "that") && !is(k - 1, "of")) return {};
            if (cls(k, WordClass::det) || cls(k, WordClass::quant) || is(k, "top") ||
                is(k, "senior"))
                continue;
            // "with Syrian President X", "with exiled dissidents": modifiers of the phrase; a
            // speech verb is none ("A statement from the group said Israel met Hamas").
            if (tok(k).kind == TokenKind::word && !tok(k).has(kClitic) && doc_.classes[k] == 0 &&
                !speech_at(k) && (tok(k).has(kLower) || tok(k).has(kHyphenated) || demonym(k)))
                continue;
            // "against the party's leader X", "with Iran's foreign minister X": the owner is
            // part of the phrase.
            if (possessive(k) || (mention_at(k) != kNone && possessive(mention_end(mention_at(k)))))
                continue;
            if (is(k, "of") && k > s_.first_token &&
                (is(k - 1, "leaders") || is(k - 1, "members") || is(k - 1, "representatives"))) {
                --k;
                continue;
            }
            // "A group of White House staffers": the quantity is the phrase's head, not a
            // preposition's object.
            if (is(k, "of") && k > s_.first_token && quantity_noun(k - 1)) {
                --k;
                continue;
            }
            if (cls(k, WordClass::prep) || is(k, "since") || is(k, "after") || is(k, "before") ||
                is(k, "until"))
                return text(k);
            // "by the US and Britain", "by India, Pakistan and the US": a conjunct shares the
            // phrase of the one before it, unless a verb follows it ("spoke with Macron and
            // Scholz said ...", "by Hamas and Egypt quickly condemned ..."). A comma links
            // only the conjunct right before the list's "and" (an apposition is no list:
            // "The US commander in Iraq, General David Petraeus, held talks").
            const std::uint32_t e = mention_end(conjunct);
            const bool link =
                is(k, "and") || is(k, "or") || (text(k) == "," && (is(e, "and") || is(e, "or")));
            if (link && k > s_.first_token && mention_at(k - 1) != kNone && !verb_follows(m)) {
                conjunct = mention_at(k - 1);
                k = mention_begin(conjunct);
                continue;
            }
            return {};
        }
        return {};
    }
    // Whether a verb follows the mention `m`, past adverbs and times: "Egypt quickly condemned".
    bool verb_follows(std::int32_t m) const {
        std::uint32_t k = mention_end(m);
        while (in(k) && (cls(k, WordClass::adv) || doc_.timex_at[k] != kNone ||
                         (tok(k).has(kLower) && text(k).ends_with("ly"))))
            ++k;
        return in(k) && (verb_at(k) || cls(k, WordClass::aux) || cls(k, WordClass::modal));
    }
    // One past the demonym starting at `k` ("Chilean", "South Korean"), or `k` if none does.
    std::uint32_t demonym_end(std::uint32_t k) const {
        if (!in(k)) return k;
        const LexiconMatch* m = doc_.lexicon_match(lexicon_, k);
        if (!m || !m->demonym || !in(k + m->length - 1)) return k;
        for (std::uint32_t j = k; j < k + m->length; ++j)
            if (mention_at(j) != kNone && mention_at(j) != mention_at(k)) return k;
        return k + m->length;
    }
    bool demonym(std::uint32_t k) const { return demonym_end(k) > k; }

    // Makes the demonym at `k` a mention of its country (and the country an actor).
    std::int32_t demonym_mention(std::uint32_t k) {
        const LexiconMatch* m = doc_.lexicon_match(lexicon_, k);
        const LexiconEntry& country = lexicon_.entry(m->entry);
        ++actor_of_entry(out_, country).mentions;
        const auto index = static_cast<std::int32_t>(out_.mentions.size());
        const std::uint32_t end = k + m->length;
        out_.mentions.push_back(Mention{{tok(k).begin, tok(end - 1).end},
                                        country.type,
                                        country.id,
                                        MentionForm::modifier,
                                        doc_.sentence_of[k]});
        for (std::uint32_t j = k; j < end; ++j) doc_.mention_at[j] = index;
        return index;
    }

    // The country named inside the nominal mention `m` ("a US journalist", "an Israeli
    // soldier") as a mention of its own, or kNone. The words stay the person's mention.
    std::int32_t country_within(std::int32_t m) {
        if (out_.mentions[static_cast<std::size_t>(m)].form != MentionForm::nominal) return kNone;
        const std::string country = country_of(m);
        if (country.empty()) return kNone;
        const auto [b, e] = range_of(m);
        for (std::uint32_t k = b; k < e; ++k) {
            const LexiconMatch* lm = doc_.lexicon_match(lexicon_, k);
            if (!lm || k + lm->length > e) continue;
            const LexiconEntry& entry = lexicon_.entry(lm->entry);
            if (entry.kind != EntryKind::country || entry.country != country) continue;
            ++actor_of_entry(out_, entry).mentions;
            out_.mentions.push_back(Mention{{tok(k).begin, tok(k + lm->length - 1).end},
                                            entry.type,
                                            entry.id,
                                            MentionForm::modifier,
                                            doc_.sentence_of[k]});
            return static_cast<std::int32_t>(out_.mentions.size() - 1);
        }
        return kNone;
    }

    // Whether the mention `m` modifies a noun after it ("US weapons", "a British tanker").
    bool modifies_noun(std::int32_t m) const {
        const std::uint32_t after = mention_end(m);
        return in(after) && tok(after).has(kLower) && doc_.classes[after] == 0 && !verb_at(after);
    }
    // The organization or country abbreviation that modifies the event noun of `c`, with
    // only lower-case modifiers between ("EU humanitarian aid"), or kNone.
    std::int32_t name_before_noun(const Candidate& c) const {
        std::uint32_t k = c.begin;
        while (k > s_.first_token && c.begin - k < 3 && mention_at(k - 1) == kNone &&
               tok(k - 1).has(kLower) && doc_.classes[k - 1] == 0 && !verb_at(k - 1) &&
               std::none_of(lights_.begin(), lights_.end(),
                            [&](const auto& light) { return light.first == k - 1; }))
            --k;
        const std::int32_t m = k > s_.first_token ? mention_at(k - 1) : kNone;
        if (m == kNone || possessive_pronoun(m) || possessive(mention_end(m)) ||
            !preposition_before(m).empty())
            return kNone;
        return naming_modifier(m) ? m : kNone;
    }
    // Whether mention `m` is a name that may modify a noun as whose it is: an organization or a
    // country's abbreviation ("a Hamas attack", "a US resolution"; not "a Gaza resolution").
    bool naming_modifier(std::int32_t m) const {
        if (m == kNone) return false;
        const auto [b, e] = range_of(m);
        const bool abbreviation =
            type_of(m) == graph::ActorType::loc && e == b + 1 && tok(b).has(kAllCaps);
        return type_of(m) == graph::ActorType::org || abbreviation;
    }
    // Whether a name right before the event noun is the doer: of aid, mediation and force ("EU
    // aid", "US mediation", "a Hamas attack"), and with `words`, of words too (a statement, an
    // appeal, a pledge, support, a demand, criticism, a rejection, a threat: "a White House
    // statement"); other acts are as often aimed at it ("Hamas sanctions", "a Google
    // investigation"). Words are only when nobody else is their author: after a possessor
    // or a light verb's subject the name is what they are about ("Trump's NATO criticism",
    // "The White House issued a NATO statement").
    static bool doer_before_noun(const Candidate& c, bool words) {
        const int root = cameo_root(c.cameo);
        const bool said = (root >= 1 && root <= 3) || root == 5 || (root >= 10 && root <= 13);
        return (words && said) || root == 7 || root == 15 || root >= 18 || c.type == "mediate";
    }

    bool quantity_noun(std::uint32_t k) const {
        return is(k, "group") || is(k, "number") || is(k, "coalition") || is(k, "delegation") ||
               is(k, "team") || is(k, "handful") || is(k, "dozens") || is(k, "hundreds") ||
               is(k, "thousands") || is(k, "majority") || is(k, "some") || is(k, "many") ||
               is(k, "most") || is(k, "all") || is(k, "several") || is(k, "chorus");
    }

    // An actor possessed by the mention `m` ("Biden's top advisers") stands for it when it
    // follows right after the possessive; a thing possessed ("Biden's remarks") does not.
    std::int32_t possessed_or_self(std::int32_t m) const {
        const std::uint32_t e = mention_end(m);
        // "met his Chinese counterpart Wang Yi", "its ally Hezbollah": the one named after the
        // role.
        if (possessive_pronoun(m)) {
            const std::int32_t next = mention_after_role(e, 4);
            return next != kNone ? next : m;
        }
        if (!possessive(e)) return titled_member_or_self(m, e);
        const std::int32_t next = mention_at(e + 1);
        if (next != kNone && next != m) return next;
        return titled_member_or_self(m, e + 1);  // "the party's leader Mahmoud Abbas"
    }
    // "met Hamas leader Ismail Haniyeh", "Apple CEO Tim Cook": an organization naming the
    // title of the person right after it (from token `k`) stands for that person, not for
    // itself.
    std::int32_t titled_member_or_self(std::int32_t m, std::uint32_t k) const {
        if (type_of(m) == graph::ActorType::person) return m;
        const std::int32_t next = mention_after_role(k, 3);
        return next != kNone && next != m && type_of(next) == graph::ActorType::person ? next : m;
    }
    // The first mention within `limit` tokens from `k` with only the words of a role before it
    // ("leader", "Chinese counterpart"), or kNone.
    std::int32_t mention_after_role(std::uint32_t k, std::uint32_t limit) const {
        for (const std::uint32_t stop = k + limit; in(k) && k < stop; ++k) {
            if (const std::int32_t next = mention_at(k); next != kNone) return next;
            if (tok(k).kind != TokenKind::word || doc_.classes[k] != 0 ||
                doc_.timex_at[k] != kNone || trigger_at(k))
                return kNone;
        }
        return kNone;
    }

    // Mentions coordinated with `m`: "Jewish, Arab, and Palestinian-American groups". A comma
    // alone is no coordination ("... combat Hamas, Biden has ..."): the list needs its "and".
    std::vector<std::int32_t> with_conjuncts(std::int32_t m) const {
        std::vector<std::int32_t> out{m};
        bool joined = false;
        std::uint32_t k = mention_end(m);
        for (;;) {
            std::uint32_t j = k;
            if (in(j) && text(j) == ",") ++j;
            if (is(j, "and") || is(j, "or") || is(j, "nor")) {
                ++j;
                joined = true;
            }
            if (j == k) break;
            if (is(j, "the")) ++j;
            // "and Bulgarian President Todor Zhivkov", "and Palestinian leader Yasser Arafat":
            // the demonym belongs to the title.
            if (demonym(j) && mention_at(j) == kNone) {
                const std::uint32_t d = demonym_end(j);
                if (mention_at(d) != kNone)
                    j = d;
                else if (in(d) && tok(d).has(kLower) && mention_at(d + 1) != kNone)
                    j = d + 1;
            }
            const std::int32_t next = mention_at(j);
            if (next == kNone || next == out.back()) break;
            // "attacked Israel, and Iran praised ...", "by Hamas and Egypt quickly condemned":
            // a name before its verb opens a new clause.
            if (verb_follows(next)) break;
            out.push_back(next);
            k = mention_end(next);
            if (joined) break;  // the "and" ends the list
        }
        if (!joined) out.resize(1);
        return out;
    }
    // Whether the bracket at `k` belongs to a name ("the Pakistan Muslim League (N)") or to a
    // gloss after one, which break no clause.
    bool gloss_bracket(std::uint32_t k) const {
        if (mention_at(k) != kNone) return true;
        if (text(k) == ")") return gloss_open(k) != k;
        if (text(k) != "(") return false;
        for (std::uint32_t j = k + 1; in(j) && j < k + 8; ++j)
            if (text(j) == ")") return gloss_open(j) == k;
        return false;
    }
    // Whether a trigger stands at `k`.
    bool trigger_at(std::uint32_t k) const {
        return std::any_of(cands_.begin(), cands_.end(),
                           [&](const Candidate& c) { return c.begin <= k && k < c.end; });
    }
    // Whether a speech trigger stands at `k`.
    bool statement_at(std::uint32_t k) const {
        return std::any_of(cands_.begin(), cands_.end(), [&](const Candidate& c) {
            return c.begin <= k && k < c.end && c.statement;
        });
    }
    // "Bolivia, officials said, condemned": when the comma at `k` closes a speaker set off by
    // commas, the comma that opens it; else `k`.
    std::uint32_t before_parenthetical_speech(std::uint32_t k) const {
        bool speech = false;
        for (std::uint32_t j = k; j-- > s_.first_token && j + 9 > k;) {
            if (text(j) == ",") return speech ? j : k;
            if (boundary(j)) break;
            speech = speech || statement_at(j);
        }
        return k;
    }
    // "Merkel, who met Macron on Tuesday, praised": when the comma at `k` closes a relative
    // clause set off by commas, the comma that opens it; else `k`.
    std::uint32_t before_relative_clause(std::uint32_t k) const {
        if (k <= s_.first_token || text(k - 1) == ",") return k;
        const auto clause = relative_clause_around(doc_, s_, k - 1);
        return clause && clause->second == k ? clause->first : k;
    }
    // When the ")" at `k` closes a short gloss without a verb ("(RUF)", "(Party of God)"), the
    // "(" that opens it; else `k`.
    std::uint32_t gloss_open(std::uint32_t k) const {
        for (std::uint32_t j = k; j-- > s_.first_token && j + 8 > k;) {
            if (text(j) == "(") return j;
            if (boundary(j) || verb_at(j)) break;
        }
        return k;
    }
    // The noun reading among `readings` whose target preposition stands at `next` ("attack on",
    // "strikes on"), or null.
    const TriggerInfo* noun_taking(const std::vector<TriggerInfo>& readings,
                                   std::uint32_t next) const {
        if (!in(next)) return nullptr;
        for (const TriggerInfo& r : readings)
            if (r.noun && r.complement.empty())
                return std::find(r.target_preps.begin(), r.target_preps.end(), doc_.key(next)) !=
                               r.target_preps.end()
                           ? &r
                           : nullptr;
        return nullptr;
    }
    // Whether a finite verb form stands at `k`, before any trigger there is read: an
    // auxiliary or a past tense ("the Acme Holdings report said").
    bool finite_verb_at(std::uint32_t k) const {
        return in(k) && (cls(k, WordClass::aux) || cls(k, WordClass::modal) ||
                         (tok(k).has(kLower) && Verbs::builtin().is_past(text(k))));
    }
    // Whether a verb trigger (or an auxiliary) stands at `k`.
    bool verb_at(std::uint32_t k) const {
        if (!in(k)) return false;
        if (cls(k, WordClass::aux) || cls(k, WordClass::modal)) return true;
        return std::any_of(cands_.begin(), cands_.end(), [&](const Candidate& c) {
            return c.begin <= k && k < c.end && c.info && !c.info->noun;
        });
    }
    std::vector<std::int32_t> with_left_conjuncts(std::int32_t m) const {
        std::vector<std::int32_t> out{m};
        std::uint32_t b = mention_begin(m);
        // "Israel and the Palestinians", "a US official and a Qatari mediator": the article
        // belongs to the conjunct.
        const auto article = [&](std::uint32_t k) {
            return is(k, "the") || is(k, "a") || is(k, "an");
        };
        if (b > s_.first_token + 1 && article(b - 1)) --b;
        // "Blinken and his Chinese counterpart Wang Yi": the counterpart's words belong to the
        // conjunct.
        const bool counterpart =
            b > s_.first_token + 1 && (is(b - 1, "counterpart") || is(b - 1, "counterparts"));
        if (counterpart) --b;
        for (std::uint32_t len = 1; len <= 2 && b >= s_.first_token + len; ++len)
            if (mention_at(b - len) == kNone && demonym_end(b - len) == b) {
                b -= len;
                break;
            }
        if (counterpart && b > s_.first_token + 1 && cls(b - 1, WordClass::pron_poss)) --b;
        // "Biden and his administration", "Obama, Putin and Xi": the last link is "and".
        // ("Neither Israel nor Hamas": "nor" too.)
        if (!(b > s_.first_token + 1 && (is(b - 1, "and") || is(b - 1, "or") || is(b - 1, "nor"))))
            return out;
        while (b > s_.first_token + 1 &&
               (is(b - 1, "and") || is(b - 1, "or") || is(b - 1, "nor") || text(b - 1) == ",")) {
            std::uint32_t k = b - 1;
            if ((is(k, "and") || is(k, "or") || is(k, "nor")) && k > s_.first_token &&
                text(k - 1) == ",")
                --k;
            const std::int32_t prev = k > s_.first_token ? mention_at(k - 1) : kNone;
            if (prev == kNone || !preposition_before(prev).empty()) break;
            // "Hamas attacked Israel, and Iran praised ...", "hit northern Israel and Israeli
            // jets struck": an object is no conjunct.
            std::uint32_t before = mention_begin(prev);
            for (int steps = 0; steps < 3 && before > s_.first_token &&
                                (cls(before - 1, WordClass::det) ||
                                 (tok(before - 1).has(kLower) && doc_.classes[before - 1] == 0 &&
                                  !verb_at(before - 1)));
                 ++steps)
                --before;
            // (A speech verb's object is a clause: "said allies France and Germany signed".
            // Objects that an infinitive follows act together: "urged Israel and Hamas to
            // agree".)
            if (before > s_.first_token && verb_at(before - 1) && !speech_at(before - 1) &&
                !is(mention_end(m), "to"))
                break;
            out.insert(out.begin(), prev);
            b = mention_begin(prev);
            if (b > s_.first_token + 1 && article(b - 1)) --b;
        }
        return out;
    }

    // Whether a speech verb's trigger covers token `k` ("said").
    bool speech_at(std::uint32_t k) const {
        return std::any_of(cands_.begin(), cands_.end(), [&](const Candidate& c) {
            return c.begin <= k && k < c.end && c.info && !c.info->noun &&
                   (c.info->flags & kSpeech);
        });
    }

    // ------------------------------------------------------------------ triggers
    void find_triggers() {
        for (std::uint32_t i = s_.first_token; i < s_.end_token;) {
            if (doc_.mention_at[i] != kNone || doc_.timex_at[i] != kNone ||
                tok(i).kind != TokenKind::word) {
                ++i;
                continue;
            }
            // "according to X": a statement by X.
            if (is(i, "according") && is(i + 1, "to") && mention_at(i + 2) != kNone) {
                Candidate c;
                c.begin = i;
                c.end = i + 2;
                c.recode("statement", "010", "spoke_to");
                c.statement = true;
                c.source = with_conjuncts(mention_at(i + 2));
                c.confidence = 0.85;
                cands_.push_back(std::move(c));
                i += 2;
                continue;
            }
            const auto m = lex_.match(doc_.keys, doc_.tokens, i, s_.end_token);
            if (!m) {
                ++i;
                continue;
            }
            // A capitalized noun inside a name is no event ("World War III"), nor a title word.
            if (tok(i).has(kCapitalized) && i != s_.first_token && !tok(i).has(kAllCaps)) {
                i += m->length;
                continue;
            }
            const TriggerInfo* info = choose_reading(*m->readings, i, i + m->length);
            // A bare verb right after a singular name is a noun compound ("Washington Post
            // report"); "they report", "groups demand", "The Houthis attack", "Kenya and the EU
            // attack" are verbs, unless a finite verb or a preposition the noun takes follows
            // ("the Houthis attack killed", "the US and Israel attack on Iran"; not "agree on",
            // "warn of", which have no such noun). It is the noun then, where there is one.
            // ("The United States cut aid": a past tense like its base is a verb.)
            if (info && !info->noun && info->form == VerbForm::base && i > s_.first_token &&
                !Verbs::builtin().is_past(text(i)) && mention_at(i - 1) != kNone &&
                !cls(i - 1, WordClass::pron_subj) &&
                type_of(mention_at(i - 1)) != graph::ActorType::group) {
                const std::uint32_t next = i + m->length;
                const TriggerInfo* noun = noun_taking(*m->readings, next);
                if (!plural_name(mention_at(i - 1)) || noun || finite_verb_at(next)) info = noun;
            }
            // A verb in -s needs its subject right before it: "Israel attacks", not "states";
            // before a preposition its noun takes it is that noun ("US and UK strikes on Yemen").
            if (info && !info->noun && info->form == VerbForm::third)
                if (const TriggerInfo* noun = noun_taking(*m->readings, i + m->length)) info = noun;
            if (info && !info->noun && info->form == VerbForm::third) {
                std::uint32_t p = i;
                while (p > s_.first_token && cls(p - 1, WordClass::adv)) --p;
                // ("Russian missile hits Kyiv": a weapon named before acts.)
                const bool weapon_before =
                    !cands_.empty() && cands_.back().end == p && force_noun(cands_.back());
                // ("The plan calls for", "the ministry says": a speech or demand verb after the
                // noun an article opens the clause with; "new calls for" is a noun.)
                const bool noun_subject = p > s_.first_token &&
                                          (info->flags & (kSpeech | kDemand)) &&
                                          noun_opens_clause(p - 1);
                if (p == s_.first_token ||
                    !(mention_at(p - 1) != kNone || cls(p - 1, WordClass::pron_subj) ||
                      is(p - 1, "who") || is(p - 1, "which") || is(p - 1, "that") ||
                      weapon_before || noun_subject))
                    info = nullptr;
                // Nor is a name that is the object of a verb or a preposition its subject:
                // "struck Hezbollah targets", "raids on Hamas positions".
                // It is the noun then, where there is one ("an end to Hamas attacks").
                else if (const std::int32_t name = mention_at(p - 1); name != kNone) {
                    const std::uint32_t b = mention_begin(name);
                    if (b > s_.first_token &&
                        (cls(b - 1, WordClass::prep) || object_of_verb(name, s_.first_token))) {
                        info = nullptr;
                        for (const TriggerInfo& r : *m->readings)
                            if (r.noun && r.complement.empty() && !info) info = &r;
                    }
                }
            }
            if (!info) {
                i += m->length;
                continue;
            }
            if (info->flags & kStop) {
                stops_.push_back({i, info});
                if (info->type.empty()) {
                    i += m->length;
                    continue;
                }
            }
            if (info->flags & (kLight | kReceive)) {
                lights_.push_back({i, info});
                if (info->type.empty()) {
                    i += m->length;
                    continue;
                }
            }
            // "Israel's right to defend itself", "the freedom to protest": a right is no act.
            if (info && !info->noun && i >= s_.first_token + 2 && is(i - 1, "to") &&
                (is(i - 2, "right") || is(i - 2, "rights") || is(i - 2, "freedom"))) {
                i += m->length;
                continue;
            }
            // "adding to a long series of scares": adding to something says nothing.
            if (info && (info->flags & kSpeech) && !info->noun && text(i).starts_with("add") &&
                is(i + m->length, "to")) {
                i += m->length;
                continue;
            }
            // "alleged war crimes", "the accused man": a participle before its noun is an
            // adjective, no speech or accusation.
            // (Not after its subject: "Arevalo accused prosecutors of ...".)
            if (info && !info->noun && (is(i, "alleged") || is(i, "accused")) &&
                in(i + m->length) && tok(i + m->length).has(kLower) &&
                doc_.classes[i + m->length] == 0 && !is(i + m->length, "of") &&
                (i == s_.first_token || mention_at(i - 1) == kNone)) {
                i += m->length;
                continue;
            }
            // "evacuated wounded patients", "the detained journalists", "with captured
            // weapons": a participle between a determiner, a preposition or a verb and its noun
            // is an adjective too.
            if (info && !info->noun && m->length == 1 && text(i).ends_with("ed") &&
                i > s_.first_token && in(i + 1) && tok(i + 1).has(kLower) &&
                doc_.classes[i + 1] == 0 && mention_at(i + 1) == kNone &&
                doc_.timex_at[i + 1] == kNone && !is(i - 1, "that") &&
                (cls(i - 1, WordClass::det) || cls(i - 1, WordClass::prep) ||
                 cls(i - 1, WordClass::pron_poss) ||
                 (tok(i - 1).has(kLower) && doc_.classes[i - 1] == 0 &&
                  Verbs::builtin().is_past(text(i - 1))))) {
                i += m->length;
                continue;
            }
            // "a Palestinian state", "state media reported": the noun, not the verb "to state"
            // (which takes "that", or stands after "to" or a modal).
            if (info && (info->flags & kSpeech) && doc_.key(i) == "state" && m->length == 1 &&
                !is(i + 1, "that") &&
                !(i > s_.first_token && (is(i - 1, "to") || cls(i - 1, WordClass::modal)))) {
                i += m->length;
                continue;
            }
            // "in exchange for": what one act is traded for, no act of its own.
            if (is(i, "exchange") && i > s_.first_token && is(i - 1, "in") && is(i + 1, "for")) {
                i += m->length;
                continue;
            }
            // "opposition leader", "the opposition said": a side, not an act; "opposition to
            // the plan" is one.
            if (info->noun && is(i, "opposition") && m->length == 1 && !is(i + 1, "to") &&
                !is(i + 1, "from")) {
                i += m->length;
                continue;
            }
            // "until their demands are met": demands, conditions, needs are met, not people.
            if (info && !info->noun && is(i, "met") && i >= s_.first_token + 2 &&
                (cls(i - 1, WordClass::aux) || is(i - 1, "been") || is(i - 1, "be")) &&
                (is(i - 2, "demands") || is(i - 2, "conditions") || is(i - 2, "needs") ||
                 is(i - 2, "requirements") || is(i - 2, "expectations") || is(i - 2, "targets") ||
                 is(i - 2, "goals") || is(i - 2, "deadline") || is(i - 2, "criteria"))) {
                i += m->length;
                continue;
            }
            if (info->flags & kNeedTo) {
                std::uint32_t n = i + m->length;
                if (cls(n, WordClass::pron_refl)) ++n;
                if (!is(n, "to")) {
                    i += m->length;
                    continue;
                }
            }
            // "demonstrate more compassion" is no demonstration; "added new features to its
            // chips", "added Iran to the list" is no saying (but "..., added Blinken." is).
            if ((info->flags & kNoObject) && !info->noun) {
                const std::uint32_t n = i + m->length;
                bool named_object = false;
                if ((info->flags & kSpeech) && mention_at(n) != kNone)
                    for (std::uint32_t k = mention_end(mention_at(n)); in(k) && k < n + 10; ++k) {
                        if (text(k) == "(" || text(k) == ")") continue;  // a gloss: "(DRM)"
                        if (boundary(k) || text(k) == "," || is(k, "that")) break;
                        named_object = named_object || is(k, "to");
                    }
                if (named_object ||
                    (n < s_.end_token && tok(n).kind == TokenKind::word &&
                     !cls(n, WordClass::prep) && !cls(n, WordClass::sconj) &&
                     !cls(n, WordClass::conj) && !cls(n, WordClass::adv) &&
                     !doc_.is_word(n, "on") && !doc_.is_word(n, "that") && mention_at(n) == kNone &&
                     doc_.timex_at[n] == kNone && !text(n).ends_with("ly"))) {
                    i += m->length;
                    continue;
                }
            }
            // "EU states", "member states", "Arab states": countries, not a statement.
            if (doc_.key(i) == "states" && i > s_.first_token &&
                (demonym(i - 1) || is(i - 1, "member") || is(i - 1, "Gulf") || bloc_at(i - 1))) {
                i += m->length;
                continue;
            }
            // "aid workers", "protest leaders", "peace envoy": a noun naming people by what
            // they do is no event.
            if (info->noun && in(i + m->length) && tok(i + m->length).has(kLower) &&
                people_noun(i + m->length)) {
                i += m->length;
                continue;
            }
            Candidate c;
            c.begin = i;
            c.end = i + m->length;
            c.info = info;
            c.type = info->type;
            c.cameo = info->cameo;
            c.relation = info->relation;
            c.statement = (info->flags & kSpeech) != 0;
            cands_.push_back(std::move(c));
            i += m->length;
        }
    }

    // Whether one of `words` follows `e` in its clause within a few words, after the object
    // if there is one: "took 200 people hostage", "held the militia responsible". Not after
    // a definite determiner: "took the hostages to Gaza" moves people taken before. A word
    // that names the object itself (`object`: "blocked the bill") may follow one.
    bool complement_follows(const std::vector<std::string>& words, std::uint32_t e,
                            bool object = false) const {
        for (std::uint32_t k = e; k < std::min(s_.end_token, e + 10); ++k) {
            if (tok(k).kind == TokenKind::punct && text(k) != "'" && text(k) != "\u2019") break;
            if (cls(k, WordClass::sconj) || is(k, "that") || is(k, "who") || is(k, "which")) break;
            // ("held by the Quincy Institute for Responsible Statecraft": a name's word.)
            if (tok(k).has(kCapitalized) ||
                std::find(words.begin(), words.end(), doc_.keys[k]) == words.end())
                continue;
            // ("barred Khan from the election": a word after "from the" is a complement too.)
            return k == e || object ||
                   !(is(k - 1, "the") || is(k - 1, "these") || is(k - 1, "those") ||
                     cls(k - 1, WordClass::pron_poss) || possessive(k - 1)) ||
                   (k > e + 1 && is(k - 2, "from"));
        }
        return false;
    }

    // Noun or verb: "the attack" (noun), "Israel attacks Gaza" (verb).
    const TriggerInfo* choose_reading(const std::vector<TriggerInfo>& readings, std::uint32_t b,
                                      std::uint32_t e) const {
        const TriggerInfo* noun = nullptr;
        const TriggerInfo* verb = nullptr;
        const TriggerInfo* on_actor = nullptr;  // a verb reading that needs an actor object
        for (const auto& r : readings) {
            if (!r.noun && r.complement.empty() && (r.flags & kNeedObject) && !on_actor)
                on_actor = &r;
            // A reading that needs a later word ("held them hostage") is the reading when the
            // word is there, and none without it ("held talks").
            if (!r.complement.empty()) {
                // (A vetoed text or a reopened embassy is the object: "blocked the bill",
                // "reopened their embassies".)
                if (!r.noun &&
                    complement_follows(r.complement, e, r.type == "veto" || r.type == "recognize"))
                    return &r;
                continue;
            }
            if (r.noun) {
                if (!noun) noun = &r;
            } else if (!verb) {
                verb = &r;
            }
        }
        const std::uint32_t p = b > s_.first_token ? b - 1 : b;
        // "received Putin in Ankara" hosts him; "received aid" lends its subject to the aid.
        if (verb && (verb->flags & (kLight | kReceive)) && on_actor && on_actor != verb) {
            // (Through a possessive to the one it owns: "received Russia's foreign minister";
            // not a name that modifies a noun: "received US weapons".)
            // ("received Syrian President Bashar al-Assad": past the demonym of the title.)
            // (And past its article: "received the Syrian President Ahmed al-Sharaa".)
            const std::uint32_t a = mention_at(e) == kNone && is(e, "the") ? e + 1 : e;
            const std::uint32_t d = mention_at(a) == kNone ? demonym_end(a) : a;
            std::int32_t o = mention_at(d > a ? d : a);
            if (o != kNone && possessive(mention_end(o))) o = mention_at(mention_end(o) + 1);
            if (o != kNone && !modifies_noun(o) &&
                (type_of(o) == graph::ActorType::person ||
                 (type_of(o) == graph::ActorType::loc && !possessive(mention_end(o)))))
                return on_actor;
        }
        if (!noun) {
            // "essential supplies", "the ship's supply": a verb-only trigger used as a noun.
            const bool strong_noun =
                b > s_.first_token &&
                ((cls(p, WordClass::det) && !is(p, "either") && !is(p, "neither")) ||
                 cls(p, WordClass::pron_poss) || possessive(p) ||
                 (tok(p).kind == TokenKind::word && tok(p).has(kLower) && !cls(p, WordClass::adv) &&
                  !cls(p, WordClass::aux) && !cls(p, WordClass::modal) && !role_noun(p) &&
                  (text(p).ends_with("al") || text(p).ends_with("ful") ||
                   text(p).ends_with("ous") || text(p).ends_with("ive") ||
                   (tok(p).has(kHyphenated) && mention_at(p) == kNone &&
                    std::none_of(text(p).begin(), text(p).end(),
                                 [](char ch) { return ch >= 'A' && ch <= 'Z'; })))));
            // ("a four-day strike", not "el-Sisi criticized".)
            // "Secretary of state": a base form after a preposition is a noun.
            const bool after_prep = b > s_.first_token && cls(p, WordClass::prep) && !is(p, "to") &&
                                    verb && verb->form == VerbForm::base;
            return strong_noun || after_prep ? nullptr : verb;
        }
        if (!verb) return noun;
        // ", killing at least 14 people", "denied killing civilians", "and killing two",
        // "accused the PKK of killing two", "arrested after killing two": a gerund after a
        // comma, "and", a verb, a preposition or a conjunction opens a clause of its own.
        if (verb->form == VerbForm::gerund && b > s_.first_token && !is(e, "of") &&
            (text(p) == "," || is(p, "and") ||
             // (Taking something after it: "after months of fighting." is a noun.)
             ((cls(p, WordClass::prep) || cls(p, WordClass::sconj)) && !is(p, "to") &&
              e < s_.end_token && tok(e).kind != TokenKind::punct && !cls(e, WordClass::prep)) ||
             (tok(p).has(kLower) && Verbs::builtin().is_past(doc_.key(p)))))
            return verb;
        // "accused Russia of shelling Kharkiv": a gerund taking an object is a verb.
        if (verb->form == VerbForm::gerund && !cls(p, WordClass::det) && !possessive(p) &&
            !cls(p, WordClass::pron_poss) && (mention_at(e) != kNone || cls(e, WordClass::det)))
            return verb;
        const bool noun_context =
            b == s_.first_token || cls(p, WordClass::det) || cls(p, WordClass::pron_poss) ||
            possessive(p) || (cls(p, WordClass::prep) && !is(p, "to")) ||
            cls(p, WordClass::quant) || tok(p).kind == TokenKind::number ||
            (tok(p).kind == TokenKind::word && tok(p).has(kLower) &&
             (text(p).ends_with("al") || text(p).ends_with("ful") || text(p).ends_with("ous") ||
              text(p).ends_with("ive") || text(p).ends_with("ent")));
        // "a Hamas attack", "the NATO strikes": a name between an article and the word
        // modifies a noun. (Not "that President Biden demand", where "that" opens a clause;
        // not "Kenya and the EU attack Somalia" or "The Houthis attack Israel", subjects.)
        const std::uint32_t article = mention_at(p) != kNone && mention_end(mention_at(p)) == b &&
                                              mention_begin(mention_at(p)) > s_.first_token
                                          ? mention_begin(mention_at(p)) - 1
                                          : b;
        // ("new Hamas sanctions", "imposed Hamas sanctions": after an adjective or a verb the
        // name opens a noun phrase too.)
        const bool phrase_opens =
            article < b && (is(article, "a") || is(article, "an") || is(article, "the") ||
                            is(article, "every") || is(article, "each") || is(article, "new") ||
                            is(article, "fresh") || is(article, "further") || is(article, "more") ||
                            (tok(article).has(kLower) && Verbs::builtin().is_past(text(article))));
        const bool name_after_article = phrase_opens && !is(article - 1, "and") &&
                                        !is(article - 1, "or") && mention_at(e) == kNone;
        if (name_after_article) return noun;
        const bool verb_context = mention_at(p) != kNone || cls(p, WordClass::aux) ||
                                  cls(p, WordClass::modal) || cls(p, WordClass::neg) ||
                                  is(p, "to") || cls(p, WordClass::pron_subj);
        if (verb_context && !noun_context) return verb;
        if (noun_context) return noun;
        // "attacks" after nothing telling: a plural noun rather than a verb, but a word ending the
        // sentence's subject is a verb ("Hamas attacks").
        return e < s_.end_token && mention_at(e) != kNone ? verb : noun;
    }

    // Whether the word at `p` is a singular common noun after an article that opens the
    // sentence or a clause: "The plan", "the new resolution", ", the ministry".
    bool noun_opens_clause(std::uint32_t p) const {
        static constexpr std::string_view kAdjectives[] = {
            "new", "latest", "recent", "fresh", "further", "repeated", "renewed", "growing"};
        const auto plain = [&](std::uint32_t k) {
            return tok(k).kind == TokenKind::word && tok(k).has(kLower) && doc_.classes[k] == 0 &&
                   mention_at(k) == kNone && !verb_at(k) &&
                   std::find(std::begin(kAdjectives), std::end(kAdjectives), doc_.key(k)) ==
                       std::end(kAdjectives);
        };
        if (p <= s_.first_token || !plain(p) || text(p).ends_with("s")) return false;
        std::uint32_t k = p;
        for (int steps = 0; steps < 2 && k > s_.first_token && plain(k - 1); ++steps) --k;
        if (k == s_.first_token || !(is(k - 1, "the") || is(k - 1, "a") || is(k - 1, "an")))
            return false;
        const std::uint32_t det = k - 1;
        return det == s_.first_token || text(det - 1) == "," || is(det - 1, "that");
    }

    // ------------------------------------------------------------------ arguments
    // The subject of a verb at `i`: the nearest actor to its left outside prepositional
    // phrases. A possessor met on the way is remembered ("Biden's comment drew ...").
    struct Subject {
        std::int32_t mention = kNone;
        std::int32_t possessor = kNone;
        bool relative = false;
        // "summoned Niger's ambassador to complain": whom the infinitive's act is addressed to.
        std::int32_t addressee = kNone;
    };
    Subject subject_of(std::uint32_t i, bool gerund = false) const {
        Subject s = nearest_subject(i, gerund);
        if (gerund || s.relative) return s;
        // "Biden met Netanyahu and said ...", "attacked Gaza and will continue to": a verb
        // after "and" whose nearest actor is the object of the verb before, or nobody, shares
        // that verb's subject. Not a clause with a subject of its own ("said Russian troops
        // entered the village and killed"), nor one after a subordinator ("after Hamas
        // crossed the border and killed").
        // (Through the verb an infinitive follows: "and will continue to attack".)
        const std::uint32_t head = i >= s_.first_token + 2 && is(i - 1, "to") &&
                                           tok(i - 2).has(kLower) && doc_.classes[i - 2] == 0 &&
                                           mention_at(i - 2) == kNone
                                       ? i - 2
                                       : i;
        const std::uint32_t conj = and_before_verb(head);
        if (conj == kNoToken) return s;
        // "Biden spoke to Netanyahu after Hamas released two hostages and urged him ...": words
        // after a deed in a clause "after" opens are the main clause's ("after Hamas militants
        // crossed the border and killed" keeps the deed's doer).
        if (s.mention != kNone) {
            const std::string_view prep = preposition_before(s.mention);
            const auto here = std::find_if(cands_.begin(), cands_.end(),
                                           [&](const Candidate& c) { return c.begin == i; });
            const int root = here == cands_.end() ? 0 : cameo_root(here->cameo);
            if (!prep.empty() && opens_clause(prep, mention_end(s.mention)) && root >= 1 &&
                root <= 13) {
                std::uint32_t opener = mention_begin(s.mention);
                while (opener > s_.first_token && !is(opener, prep)) --opener;
                // (The main clause's verb event, or its nearest actor: "called Netanyahu
                // after ..." is Macron's.)
                if (const Candidate* main = clause_before(opener, true)) {
                    Subject shared;
                    shared.mention = main->source.back();
                    return shared;
                }
                if (const Subject main = nearest_subject(opener, false); main.mention != kNone)
                    return main;
            }
        }
        const Candidate* main = clause_before(head, true);
        if (!main || subordinate_between(main->end, conj)) return s;
        if (s.mention != kNone &&
            std::find(main->target.begin(), main->target.end(), s.mention) == main->target.end() &&
            !object_of_verb(s.mention, main->begin))
            return s;
        Subject shared;
        shared.mention = main->source.back();
        return shared;
    }
    Subject nearest_subject(std::uint32_t i, bool gerund) const {
        Subject s;
        // "with Blinken meeting with ...": a gerund's subject stands right before it.
        // ("marched in Bilbao calling for": a place in its phrase is no subject.)
        if (gerund && i > s_.first_token && mention_at(i - 1) != kNone &&
            !possessive_pronoun(mention_at(i - 1)) &&
            (preposition_before(mention_at(i - 1)).empty() ||
             preposition_before(mention_at(i - 1)) == "with")) {
            s.mention = mention_at(i - 1);
            return s;
        }
        if (unknown_subject_before(i)) return s;
        if (gerund && unnamed_object_acts(i)) return s;
        // "urged all states to refrain from attacking": who refrains.
        if (gerund && i > s_.first_token + 1 && is(i - 1, "from") &&
            doc_.key(i - 2).starts_with("refrain"))
            return subject_of(i - 2);
        if (const auto infinitive = infinitive_subject(i)) return *infinitive;
        for (std::uint32_t k = i; k-- > s_.first_token;) {
            // "The Revolutionary United Front (RUF) announced": a gloss in brackets after the
            // subject is passed over.
            if (text(k) == ")")
                if (const std::uint32_t open = gloss_open(k); open != k) {
                    k = open;
                    continue;
                }
            if (boundary(k)) break;
            // A speaker set off by commas is not the subject: the search goes on before them.
            if (text(k) == ",") k = before_parenthetical_speech(k);
            // Nor is an actor inside a relative clause: the subject is the name it describes.
            if (text(k) == ",")
                if (const std::uint32_t open = before_relative_clause(k); open != k) {
                    k = open;
                    continue;
                }
            // Never into a subordinate clause before a comma: "As the US continues ..., it is".
            if (text(k) == "," && subordinate_before(k)) break;
            // "John Kirby, a White House spokesman, said": the name the apposition
            // describes, not a name inside it.
            if (text(k) == ",")
                if (const std::int32_t named = described_name(k, i); named != kNone) {
                    s.mention = named;
                    return s;
                }
            if (text(k) == "," && bare_noun_between(k + 1, i)) {
                // "Sidhoum, Algeria's leading activist, began ...": the subject is the name
                // the appositive describes.
                if (const std::int32_t named = appositive_head(k, i); named != kNone) {
                    s.mention = named;
                    return s;
                }
                // "..., officials said": the subject stands after the comma and is nobody we
                // know.
                break;
            }
            if ((is(k, "who") || is(k, "which") || is(k, "that")) && k > s_.first_token) {
                std::uint32_t j = k - 1;
                if (text(j) == "," && j > s_.first_token) --j;
                const std::int32_t m = mention_at(j);
                if (m != kNone && (is(k, "who") || text(k - 1) == ",")) {
                    s.mention = m;
                    s.relative = true;
                    return s;
                }
                if (is(k, "that")) break;  // "said that ...": the clause starts here
                // "executed a man who killed ...": the unnamed man did it.
                if (is(k, "who") && tok(k - 1).has(kLower)) break;
            }
            // "Montenegro where 28 people have been killed": the clause starts after "where".
            if (is(k, "where") || is(k, "whereas")) break;
            const std::int32_t m = mention_at(k);
            if (m == kNone) continue;
            // A demonym read as an adjective ("a Senegalese plan") is nobody's subject.
            if (out_.mentions[static_cast<std::size_t>(m)].form == MentionForm::modifier) continue;
            // Nor is the subject of a relative clause between ("Relatives of the hostages that
            // Hamas seized protested"): the search goes on to "that".
            if (const std::uint32_t mb = mention_begin(m);
                mb > s_.first_token && (is(mb - 1, "that") || is(mb - 1, "which")) &&
                tok(mb - 2 >= s_.first_token ? mb - 2 : mb).has(kLower) &&
                std::any_of(cands_.begin(), cands_.end(), [&](const Candidate& o) {
                    return o.begin >= mention_end(m) && o.begin < i && o.info && !o.info->noun;
                })) {
                k = mb;
                continue;
            }
            // Nor is a dateline's place: "KYIV - Judges at the ICC issued ...".
            if (dateline(m)) break;
            const std::uint32_t b = mention_begin(m);
            const std::uint32_t e = mention_end(m);
            k = b;
            if (possessive(e) || possessive_pronoun(m)) {
                if (s.possessor == kNone) s.possessor = m;
                // "Biden's recent comment questioning ...": the gerund's subject is the owner
                // (not after a comma: ", highlighting" belongs to the main clause).
                if (gerund && e + 4 >= i && i > 0 && text(i - 1) != ",") {
                    s.mention = m;
                    return s;
                }
                continue;
            }
            const std::string_view prep = preposition_before(m);
            // "A spokesman for the Israeli military said": whom the unnamed speaker speaks for.
            if (!prep.empty() && voice_of(m)) {
                s.mention = m;
                return s;
            }
            // ("after Hamas militants crossed the border and killed": "after" opens a clause
            // whose subject the name is.)
            if (!prep.empty() && !opens_clause(prep, e)) continue;
            s.mention = m;
            return s;
        }
        return s;
    }

    // Whether the gerund at `i` follows "for" or "of" after a verb's object that names nobody
    // known: "indicted a settler for killing a Palestinian", "accused the man of spying". That
    // object did it, not the verb's subject.
    bool unnamed_object_acts(std::uint32_t i) const {
        if (i < s_.first_token + 3 || !(is(i - 1, "for") || is(i - 1, "of") || is(i - 1, "with")))
            return false;
        // ("charged two men with attacking a synagogue": "with" only after a charge.)
        if (is(i - 1, "with")) {
            bool charged = false;
            for (std::uint32_t k = i - 1; k-- > s_.first_token && k + 6 > i;)
                charged = charged || doc_.key(k).starts_with("charg");
            if (!charged) return false;
        }
        std::uint32_t k = i - 1;
        for (int steps = 0; steps < 5 && k > s_.first_token; ++steps) {
            const std::uint32_t p = k - 1;
            // ("executed a man convicted of killing": past the charge's participle.)
            if (steps == 0 && (is(p, "convicted") || is(p, "accused") || is(p, "suspected") ||
                               is(p, "charged"))) {
                k = p;
                continue;
            }
            if (mention_at(p) != kNone || verb_at(p)) break;
            if (!(cls(p, WordClass::det) || cls(p, WordClass::num) ||
                  tok(p).kind == TokenKind::number || (tok(p).has(kLower) && doc_.classes[p] == 0)))
                return false;
            k = p;
        }
        // (An object that is a charge, not a person: "denied the charge of supplying drones".)
        static constexpr std::string_view kCharges[] = {
            "charge",      "charges", "accusation",     "accusations", "allegation",
            "allegations", "claim",   "claims",         "suspicion",   "crime",
            "crimes",      "role",    "responsibility", "act",         "acts",
            "idea",        "plan",    "plans",          "possibility", "risk"};
        if (std::find(std::begin(kCharges), std::end(kCharges), doc_.key(i - 2)) !=
            std::end(kCharges))
            return false;
        return k < i - 1 && k > s_.first_token && verb_at(k - 1);
    }

    // Whether the verb at `v` makes its object the subject of the infinitive after it ("urged
    // X to", "asked X to", "forced X to").
    bool control_verb(std::uint32_t v) const {
        static constexpr std::array<std::string_view, 40> kControl = {
            "urg",      "ask",     "order",    "forc",    "told",   "tell",    "allow",  "invit",
            "persuad",  "press",   "encourag", "want",    "expect", "permit",  "help",   "requir",
            "instruct", "authori", "compel",   "advis",   "warn",   "request", "led",    "lead",
            "get",      "got",     "push",     "convinc", "enabl",  "implor",  "beg",    "challeng",
            "caus",     "prompt",  "inspir",   "train",   "remind", "empower", "appeal", "need"};
        const std::string_view w = doc_.key(v);
        return std::any_of(kControl.begin(), kControl.end(),
                           [&](std::string_view stem) { return w.starts_with(stem); });
    }
    // Whether the words ending at `k`, right before an infinitive's "to", are people that name
    // no actor, the object of a verb that hands them the infinitive: "urged both sides",
    // "called on the warring parties", "appealed to all factions".
    bool unnamed_controlled_object(std::uint32_t k) const {
        static constexpr std::string_view kSides[] = {
            "sides",      "parties",     "countries", "nations",     "governments", "factions",
            "allies",     "authorities", "community", "communities", "groups",      "partners",
            "supporters", "members",     "neighbors", "neighbours",  "states"};
        if (!(people_noun(k) ||
              std::find(std::begin(kSides), std::end(kSides), doc_.key(k)) != std::end(kSides)))
            return false;
        std::uint32_t p = k;
        for (int steps = 0; steps < 4 && p > s_.first_token; ++steps) {
            const std::uint32_t b = p - 1;
            // ("asked its allies": an owner is no object of its own.)
            const std::int32_t m = mention_at(b);
            if (m != kNone && !possessive_pronoun(m)) return false;
            if (!(m != kNone || cls(b, WordClass::det) || cls(b, WordClass::pron_poss) ||
                  cls(b, WordClass::num) || cls(b, WordClass::quant) ||
                  (tok(b).has(kLower) && doc_.classes[b] == 0 && !verb_at(b))))
                break;
            p = b;
        }
        if (p == s_.first_token) return false;
        const std::uint32_t v = p - 1;
        if ((is(v, "on") || is(v, "upon") || is(v, "to")) && v > s_.first_token)
            return doc_.key(v - 1).starts_with("call") || doc_.key(v - 1).starts_with("appeal");
        return control_verb(v);
    }

    // A noun of what its owner means or decides to do: "Israel's decision to withdraw", "its
    // bid to join NATO", "the pledge by Japan to send aid" (not "calls" or "orders", which ask
    // others to).
    bool own_act_noun(std::uint32_t k) const {
        static constexpr std::string_view kNouns[] = {
            "decision", "plan",      "plans",         "move",       "bid",
            "attempt",  "attempts",  "effort",        "efforts",    "promise",
            "pledge",   "offer",     "refusal",       "threat",     "threats",
            "failure",  "readiness", "willingness",   "commitment", "intention",
            "vow",      "push",      "determination", "decisions",  "agreement"};
        return std::find(std::begin(kNouns), std::end(kNouns), doc_.key(k)) != std::end(kNouns);
    }
    // The owner of such a noun ending at `k`, who does its infinitive's act: "Israel's
    // decision to", "its surprise move to"; nullopt when it has none.
    std::optional<Subject> own_act_owner(std::uint32_t k) const {
        if (!own_act_noun(k)) return std::nullopt;
        std::uint32_t p = k;
        if (p > s_.first_token && tok(p - 1).has(kLower) && doc_.classes[p - 1] == 0 &&
            mention_at(p - 1) == kNone)
            --p;  // one word before the noun: "surprise", "latest"
        if (p == s_.first_token) return std::nullopt;
        std::int32_t owner = mention_at(p - 1);
        if (owner == kNone && possessive(p - 1) && p - 1 > s_.first_token)
            owner = mention_at(p - 2);
        if (owner == kNone || !(possessive_pronoun(owner) || possessive(mention_end(owner))))
            return std::nullopt;
        Subject s;
        s.mention = owner;
        return s;
    }

    // The subject of an infinitive after a verb's object. Verbs that make their object act
    // hand it the infinitive: "urged Netanyahu to negotiate", "called on Israel to withdraw".
    // After other verbs it says what the verb's subject meant to do: "summoned Niger's
    // ambassador to complain", "called Putin to protest".
    std::optional<Subject> infinitive_subject(std::uint32_t i) const {
        if (i < s_.first_token + 3 || !is(i - 1, "to")) return std::nullopt;
        // Back over a time or place between the object and "to": "summoned X on Tuesday to
        // complain", "summoned X on Monday in Moscow to protest".
        std::uint32_t before_to = i - 2;
        for (int phrases = 0; phrases < 3; ++phrases) {
            const std::int32_t place = mention_at(before_to);
            const bool time = doc_.timex_at[before_to] != kNone;
            if (time) {
                while (before_to > s_.first_token && doc_.timex_at[before_to - 1] != kNone)
                    --before_to;
            } else if (place != kNone && type_of(place) == graph::ActorType::loc &&
                       mention_begin(place) > s_.first_token + 1 &&
                       (is(mention_begin(place) - 1, "in") || is(mention_begin(place) - 1, "at"))) {
                before_to = mention_begin(place);
            } else {
                break;
            }
            if (before_to > s_.first_token + 1 &&
                (is(before_to - 1, "on") || is(before_to - 1, "in") || is(before_to - 1, "at")))
                --before_to;
            else if (!time)
                break;
            if (before_to == s_.first_token) return std::nullopt;
            --before_to;
        }
        const std::int32_t object = mention_at(before_to);
        // "urged both sides to stop fighting", "asked the parties to return": the act is
        // theirs, though they name nobody, and not the urger's.
        if (object == kNone) {
            if (unnamed_controlled_object(before_to)) return Subject{};
            return own_act_owner(before_to);
        }
        // "the decision by Israel to withdraw": whom the noun is by.
        if (const std::uint32_t b = mention_begin(object);
            b > s_.first_token + 1 && is(b - 1, "by") && own_act_noun(b - 2)) {
            Subject by;
            by.mention = object;
            return by;
        }
        if (possessive_pronoun(object)) return std::nullopt;
        // Back over the object phrase: "Niger's ambassador Brah Mohamane", "the envoy".
        std::uint32_t g = mention_begin(object);
        for (int steps = 0; steps < 4 && g > s_.first_token; ++steps) {
            const std::uint32_t p = g - 1;
            if (cls(p, WordClass::det) || possessive(p) ||
                (tok(p).has(kLower) && doc_.classes[p] == 0 && !verb_at(p) &&
                 !Verbs::builtin().is_past(text(p))))
                g = p;
            else if (mention_at(p) != kNone && possessive(mention_end(mention_at(p))))
                g = mention_begin(mention_at(p));
            // ("called on Armenia and Azerbaijan to agree": past the objects joined before.)
            else if ((is(p, "and") || text(p) == ",") && p > s_.first_token &&
                     mention_at(p - 1) != kNone)
                g = mention_begin(mention_at(p - 1));
            else
                break;
        }
        if (g == s_.first_token) return std::nullopt;
        const std::uint32_t verb = g - 1;
        // ("sent troops to Somalia to fight": through the object's own phrase.)
        if (!(verb_at(verb) || Verbs::builtin().is_past(text(verb)))) return std::nullopt;
        Subject object_acts;
        object_acts.mention = object;
        if (is(verb, "on") || is(verb, "upon")) return object_acts;  // "called on X to"
        if (control_verb(verb)) return object_acts;
        const std::string_view w = doc_.key(verb);
        Subject s = subject_of(verb);
        // "summoned X to complain", "called X to urge restraint": the act is addressed to X.
        if (w.starts_with("summon") || w.starts_with("call") || w.starts_with("phon") ||
            w.starts_with("telephon") || w == "rang")
            s.addressee = object;
        return s;
    }

    // A noun naming a text whose words an author stands behind ("resolution", "letter").
    bool document_noun(std::uint32_t k) const {
        static constexpr std::string_view kNouns[] = {
            "resolution", "statement", "letter",  "declaration", "communique",
            "communiqué", "motion",    "decree",  "bill",        "message",
            "note",       "memo",      "petition"};
        return std::find(std::begin(kNouns), std::end(kNouns), doc_.key(k)) != std::end(kNouns);
    }
    // Whether the verb before the phrase of a document noun at `n` makes its subject the
    // author: "adopted a resolution", "issued a strongly worded statement" (not "rejected
    // a resolution").
    bool authored_before(std::uint32_t n) const {
        static const std::vector<std::string> kForms = [] {
            std::vector<std::string> out;
            for (const char* lemma : {"adopt", "pass", "issue", "send", "release", "sign",
                                      "publish", "approve", "write", "deliver", "submit",
                                      "introduce", "table", "propose", "sponsor", "circulate"})
                for (auto& [form, kind] : Verbs::builtin().forms(lemma)) out.push_back(form);
            // ("a draft resolution": the base form is an adjective.)
            for (const char* form : {"drafted", "drafts", "drafting"}) out.emplace_back(form);
            return out;
        }();
        for (std::uint32_t k = n; k-- > s_.first_token && k + 5 > n;) {
            if (!tok(k).has(kLower) || punct(k)) return false;
            if (cls(k, WordClass::det) || doc_.classes[k] != 0) continue;
            if (std::find(kForms.begin(), kForms.end(), doc_.key(k)) != kForms.end()) return true;
        }
        return false;
    }
    // Whether a common noun that names nobody stands right before the verb at `i` (past
    // adverbs and auxiliaries): "media reports said", "sources on both sides said" have a
    // subject, and it is not an actor further left. Not a role owned by a name: "Iraq's
    // national security adviser met" stands for Iraq.
    bool unknown_subject_before(std::uint32_t i) const {
        std::uint32_t k = i;
        while (k > s_.first_token && (cls(k - 1, WordClass::adv) || cls(k - 1, WordClass::aux) ||
                                      cls(k - 1, WordClass::neg) || cls(k - 1, WordClass::modal)))
            --k;
        if (k == s_.first_token) return false;
        const std::uint32_t n = k - 1;
        // "said more were wounded", "that dozens had been killed": a number of people nobody
        // names opening the clause ("both", "all" are of people named before).
        if (mention_at(n) == kNone && (cls(n, WordClass::quant) || cls(n, WordClass::num)) &&
            !is(n, "both") && !is(n, "all") && k < i &&
            (n == s_.first_token || text(n - 1) == "," || is(n - 1, "that") ||
             Cues::builtin().reporting_verb(doc_.key(n - 1))))
            return true;
        if (mention_at(n) != kNone || tok(n).kind != TokenKind::word || !tok(n).has(kLower) ||
            doc_.classes[n] != 0 || verb_at(n) || doc_.timex_at[n] != kNone)
            return false;
        // Only a plural or a noun with its determiner or number: "reports", "the agency",
        // "12 people" (not "here").
        const std::string_view w = text(n);
        const bool counted = n > s_.first_token &&
                             (cls(n - 1, WordClass::det) || cls(n - 1, WordClass::num) ||
                              cls(n - 1, WordClass::quant) || tok(n - 1).kind == TokenKind::number);
        // "adopted a resolution condemning ...", "issued a statement praising ...": what a
        // text says, its author says (the subject before it, or a name owning the text: "a
        // White House statement condemning"); what one opposes or rejects ("opposed a draft
        // resolution condemning Israel") says it of nobody named.
        if (i < s_.end_token && tok(i).has(kLower) && text(i).ends_with("ing") && document_noun(n))
            return !authored_before(n) &&
                   !(n > s_.first_token &&
                     (possessive(n - 1) || naming_modifier(mention_at(n - 1))));
        if (counted) return true;  // the phrase starts at its determiner or number
        // (A plural without an s is a people word too: "gunmen", "police".)
        const GroupWord* people = Cues::builtin().group_word(w, doc_.key(n));
        if (!(w.size() > 3 && w.back() == 's' && !w.ends_with("ss")) &&
            !(people && people->cls == GroupClass::head))
            return false;
        // A name just before belongs to the phrase: "European Community foreign ministers",
        // "Israeli helicopters and tanks", "Russian aircraft including helicopter gunships"
        // (not one before a verb: "Kenyan police said protesters were arrested").
        // (Nor one before a clause opener: "fled to Moscow after rebels seized Damascus".)
        for (std::uint32_t j = n; j-- > s_.first_token && j + 7 > n;) {
            if (text(j) == "," || boundary(j) || verb_at(j) || cls(j, WordClass::sconj) ||
                is(j, "after") || is(j, "before") || is(j, "since") || is(j, "until") ||
                is(j, "that"))
                break;
            if (possessive(j) || mention_at(j) != kNone) return false;
        }
        return true;
    }

    // The name before the comma at `open` when the stretch up to the verb at `verb` is an
    // appositive closed by a comma ("X, the group's leader, said"), or kNone.
    std::int32_t appositive_head(std::uint32_t open, std::uint32_t verb) const {
        if (open <= s_.first_token) return kNone;
        std::uint32_t close = verb;
        const auto past_auxiliaries = [&] {
            while (close > open + 1 &&
                   (cls(close - 1, WordClass::adv) || cls(close - 1, WordClass::aux) ||
                    cls(close - 1, WordClass::modal) || cls(close - 1, WordClass::neg)))
                --close;
        };
        past_auxiliaries();
        // "X, like other members, plans to impose ...", "has chosen to step down": the verb
        // the infinitive hangs on.
        if (close > open + 3 && is(close - 1, "to")) {
            std::uint32_t hang = close - 2;  // ("decided not to resign")
            if (cls(hang, WordClass::neg) && hang > open + 1) --hang;
            if (tok(hang).has(kLower)) {
                close = hang;
                past_auxiliaries();
            }
        }
        if (close <= open + 2 || text(close - 1) != ",") return kNone;
        for (std::uint32_t k = open + 1; k + 1 < close; ++k)
            if (text(k) == "," || boundary(k) || cls(k, WordClass::wh)) return kNone;
        const std::int32_t m = mention_at(open - 1);
        if (m == kNone || possessive_pronoun(m)) return kNone;
        return m;
    }

    // The person named before an apposition that closes with the comma at `close` and
    // says who they are ("Ahmed Yousef, a Hamas official," "Kirby, the White House
    // spokesman,"), when only adverbs stand between it and `verb`; else kNone.
    std::int32_t described_name(std::uint32_t close, std::uint32_t verb) const {
        std::uint32_t open = close;
        while (open > s_.first_token && text(open - 1) != "," && !boundary(open - 1)) --open;
        if (open <= s_.first_token + 1 || text(open - 1) != ",") return kNone;
        const std::uint32_t first = open;  // first word of the apposition
        if (!(is(first, "a") || is(first, "an") || is(first, "the") || is(first, "formerly")))
            return kNone;
        for (std::uint32_t k = first; k < close; ++k)
            if (verb_at(k) || cls(k, WordClass::wh)) return kNone;
        const std::int32_t m = appositive_head(open - 1, verb);
        if (m == kNone || type_of(m) != graph::ActorType::person ||
            out_.mentions[static_cast<std::size_t>(m)].form != MentionForm::name)
            return kNone;
        return m;
    }

    // Whether [b, e) holds a lower-case content word outside any actor mention: a subject
    // that names nobody tkg knows ("officials", "the police chief's aides").
    bool bare_noun_between(std::uint32_t b, std::uint32_t e) const {
        for (std::uint32_t k = b; k < e; ++k) {
            if (mention_at(k) != kNone || tok(k).kind != TokenKind::word || tok(k).has(kClitic))
                continue;
            // A verb is no noun: "..., and said it opposed" has no subject of its own, nor
            // has "..., plans to impose" (a word before "to" without a determiner is a verb).
            if (verb_at(k)) continue;
            if ((is(k + 1, "to") || (cls(k + 1, WordClass::neg) && is(k + 2, "to"))) &&
                k > s_.first_token && !cls(k - 1, WordClass::det) &&
                !cls(k - 1, WordClass::pron_poss))
                continue;
            if (cls(k, WordClass::adv) || cls(k, WordClass::aux) || cls(k, WordClass::modal) ||
                cls(k, WordClass::neg) || cls(k, WordClass::det) || doc_.classes[k] != 0)
                continue;
            if (tok(k).has(kLower) && !text(k).ends_with("ly")) return true;
        }
        return false;
    }

    // Whether the stretch before the comma at `k` is a subordinate clause or a fronted phrase:
    // it starts (after the previous comma or the sentence start) with a subordinating word.
    bool subordinate_before(std::uint32_t k) const {
        std::uint32_t b = k;
        while (b > s_.first_token && text(b - 1) != "," && !boundary(b - 1)) --b;
        while (b < k && tok(b).kind == TokenKind::punct) ++b;
        return b < k && (cls(b, WordClass::sconj) || is(b, "as") || is(b, "while"));
    }

    // A number or an approximate quantity before a noun: "46", "two", "more than 100", "up to
    // 16", "at least", "nearly". Returns how many tokens it takes (0: none).
    std::uint32_t quantity_at(std::uint32_t k) const {
        if (!in(k)) return 0;
        if (tok(k).kind == TokenKind::number || cls(k, WordClass::num)) return 1;
        if ((is(k, "more") || is(k, "less") || is(k, "fewer")) && is(k + 1, "than")) return 2;
        if ((is(k, "up") && is(k + 1, "to")) || (is(k, "at") && is(k + 1, "least"))) return 2;
        const bool approximately = is(k, "nearly") || is(k, "about") || is(k, "almost") ||
                                   is(k, "around") || is(k, "roughly") || is(k, "some") ||
                                   is(k, "approximately") || is(k, "over");
        return approximately && (in(k + 1) && (tok(k + 1).kind == TokenKind::number ||
                                               cls(k + 1, WordClass::num)))
                   ? 1
                   : 0;
    }

    // A word before a title that says which holder or how high: "former", "acting", "top".
    bool office_modifier(std::uint32_t k) const {
        return is(k, "former") || is(k, "acting") || is(k, "outgoing") || is(k, "junior") ||
               is(k, "top") || is(k, "senior");
    }

    // The first actor of the object position after `e`: "criticized Biden", "defended his
    // remarks" (his), "met the leaders", "killed 46 Afghan civilians". With `by_modifier`,
    // an object that names nobody may still point at somebody: "rejected an Indian proposal"
    // (India), "rejected calls by Belarus" (Belarus, who made the calls).
    std::int32_t object_after(std::uint32_t e, bool by_modifier = false) {
        std::uint32_t k = past_manner_phrase(e);
        int nouns = 0;                // lower-case words of the object phrase passed so far
        bool adjectives_only = true;  // ... and all of them adjectives ("proposed Israeli ...")
        for (int steps = 0; in(k) && steps < 8; ++steps) {
            if (mention_at(k) != kNone) {
                // "the deployment of Russian troops": after a noun only "of/by/from" reach on.
                return possessed_or_self(mention_at(k));
            }
            // "opposed a draft resolution condemning Israel": past the object's noun, a
            // participle's object is its own (not an agent: "the decision announced by X").
            if (nouns > 0 && verb_at(k) && text(k).ends_with("ing")) return kNone;
            // "met leaders of X", "met a group of X": X is who was met.
            const bool head_of = (is(k, "leaders") || is(k, "members") ||
                                  is(k, "representatives") || quantity_noun(k)) &&
                                 is(k + 1, "of");
            if (head_of) {
                k += 2;
                continue;
            }
            if (const std::uint32_t q = nouns == 0 ? quantity_at(k) : 0; q > 0) {
                k += q;
                continue;
            }
            if (cls(k, WordClass::det) || cls(k, WordClass::quant) || cls(k, WordClass::adv) ||
                is(k, "also") || is(k, "publicly") || is(k, "openly") || office_modifier(k) ||
                (in(k) && doc_.is_backer(k)) || doc_.timex_at[k] != kNone) {
                if (nouns > 0 && doc_.timex_at[k] == kNone) return kNone;
                ++k;
                continue;
            }
            // "welcomed South African leader F.W. de Klerk": a demonym and a title word lead
            // to the name.
            if (demonym(k) && nouns == 0) {
                const std::uint32_t d = demonym_end(k);
                if (mention_at(d) != kNone ||
                    (in(d) && tok(d).has(kLower) && mention_at(d + 1) != kNone)) {
                    k = d;
                    continue;
                }
            }
            // "said Co-Chief Executive Mike Lazaridis", "met Central Committee Member X": the
            // capitalized words of a title lead to the person.
            if (nouns == 0 && tok(k).has(kCapitalized) && doc_.classes[k] == 0) {
                std::uint32_t j = k;
                while (j < k + 6 && in(j) && mention_at(j) == kNone && doc_.timex_at[j] == kNone &&
                       (tok(j).has(kCapitalized) ||
                        ((is(j, "of") || is(j, "for") || is(j, "and")) && j > k)))
                    ++j;
                if (j > k && mention_at(j) != kNone &&
                    type_of(mention_at(j)) == graph::ActorType::person)
                    return mention_at(j);
            }
            if (!by_modifier) return kNone;
            // "an Indian proposal": the demonym before the head says whose it is.
            if (demonym(k) && (nouns == 0 || adjectives_only) &&
                mention_at(demonym_end(k)) == kNone)
                return demonym_mention(k);
            // "calls by X", "an offer from X", "the suppression of X", "contact with X"
            // (not "on", "against": "condemned the strike on Kyiv" is not aimed at Kyiv.)
            if (nouns > 0 && (is(k, "by") || is(k, "from") || is(k, "of") || is(k, "with"))) {
                std::uint32_t j = k + 1;
                // (Past a determiner or a modifier, not a gerund or a preposition: "accused
                // the journalist of spying for the US" does not accuse the US.)
                while (in(j) &&
                       (cls(j, WordClass::det) || (tok(j).has(kLower) && doc_.classes[j] == 0 &&
                                                   !text(j).ends_with("ing"))) &&
                       j < k + 3 && mention_at(j) == kNone)
                    ++j;
                if (const auto m = mention_at(j); m != kNone) {
                    // "the deputy chief of Israel's militia ally": the owner's thing, not it
                    // ("calls by Belarus's rulers" are the owner's).
                    if (is(k, "of") && possessive(mention_end(m)) &&
                        mention_at(mention_end(m) + 1) == kNone)
                        return kNone;
                    return possessed_or_self(m);
                }
                if (demonym(j)) return demonym_mention(j);
                return kNone;
            }
            if (!(tok(k).kind == TokenKind::word && tok(k).has(kLower) && doc_.classes[k] == 0 &&
                  nouns < 3))
                return kNone;
            adjectives_only = adjectives_only && adjective(k);
            ++nouns;
            ++k;
        }
        return kNone;
    }

    // "detained a prominent opposition figure, Rached Ghannouchi, on Monday": the person an
    // object that names nobody is said to be, in the apposition right after it; or kNone.
    std::int32_t named_in_apposition(std::uint32_t e) const {
        std::uint32_t k = e;
        int nouns = 0;
        for (; in(k) && k < e + 6 && text(k) != ","; ++k) {
            if (mention_at(k) != kNone || verb_at(k) || doc_.timex_at[k] != kNone) return kNone;
            if (cls(k, WordClass::det) || cls(k, WordClass::adv) || cls(k, WordClass::quant))
                continue;
            if (!(tok(k).kind == TokenKind::word && tok(k).has(kLower) && doc_.classes[k] == 0))
                return kNone;
            ++nouns;
        }
        if (nouns == 0 || !is(k, ",") || text(k) != ",") return kNone;
        const std::int32_t m = mention_at(k + 1);
        if (m == kNone || mention_begin(m) != k + 1 || type_of(m) != graph::ActorType::person)
            return kNone;
        const std::uint32_t after = mention_end(m);
        return !in(after) || text(after) == "," || punct(after) ? m : kNone;
    }

    // Where the object starts when a phrase of manner stands between it and the verb:
    // "denounced as an ugly crime Serbia's suppression of ...", "condemned in the strongest
    // terms the attack by ...", "shot dead two protesters". Only when a name follows "as"
    // closely; `e` otherwise.
    std::uint32_t past_manner_phrase(std::uint32_t e) const {
        if (is(e, "dead")) return e + 1;
        if (is(e, "in")) {
            for (std::uint32_t k = e + 1; k < e + 5 && in(k) && tok(k).has(kLower); ++k)
                if (is(k, "terms")) return k + 1;
            return e;
        }
        if (!is(e, "as")) return e;
        for (std::uint32_t k = e + 1; k < e + 6 && in(k); ++k) {
            if (mention_at(k) != kNone) return k > e + 2 ? k : e;
            if (!tok(k).has(kLower) || punct(k) || verb_at(k)) return e;
        }
        return e;
    }

    // The object of one of `preps` after `e`, within the clause: "met with X", "letters to X",
    // and the country of an object that names nobody else ("into South Korean banks").
    std::int32_t prep_object(std::uint32_t e, const std::vector<std::string>& preps,
                             std::uint32_t limit = 10) {
        for (std::uint32_t k = e; in(k) && k < e + limit; ++k) {
            if (boundary(k) || (text(k) == "," && k > e + 1)) return kNone;
            // "resigned after criticism from lawmakers": what follows a time or cause phrase
            // belongs to it, not to the trigger.
            if (is(k, "after") || is(k, "before") || is(k, "because") || is(k, "following"))
                return kNone;
            // "agreed to US mediation in the final status talks with the Palestinians": a
            // preposition after an event noun of its own belongs to that noun.
            if (k > e && cls(k, WordClass::prep) &&
                std::find(preps.begin(), preps.end(), doc_.key(k)) == preps.end()) {
                std::uint32_t n =
                    cls(k + 1, WordClass::det) || cls(k + 1, WordClass::pron_poss) ? k + 2 : k + 1;
                while (n < k + 5 && in(n) && mention_at(n) == kNone && tok(n).has(kLower) &&
                       doc_.classes[n] == 0 && !trigger_at(n))
                    ++n;
                if (in(n) && mention_at(n) == kNone && trigger_at(n)) return kNone;
            }
            if (mention_at(k) != kNone && k == e) continue;
            for (const auto& p : preps) {
                if (!doc_.is_word(k, p)) continue;
                // "discussed gestures along with a task manager": "along with" adds a thing.
                if (p == "with" && k > s_.first_token && is(k - 1, "along")) continue;
                std::uint32_t j = k + 1;
                j += quantity_at(j);  // "over two Israeli air raids"
                // (And past "Iranian-backed", "Saudi-led": a modifier naming nobody.)
                while (in(j) && (cls(j, WordClass::det) || is(j, "leaders") || is(j, "members") ||
                                 office_modifier(j) || quantity_noun(j) || doc_.is_backer(j) ||
                                 (is(j, "of") && (is(j - 1, "leaders") || is(j - 1, "members") ||
                                                  quantity_noun(j - 1)))))
                    ++j;
                // "with Syrian President Bashar Assad", "to South African leader F.W. de
                // Klerk": the demonym belongs to the title.
                if (demonym(j) && mention_at(j) == kNone) {
                    const std::uint32_t d = demonym_end(j);
                    if (mention_at(d) != kNone)
                        j = d;
                    else if (in(d) && tok(d).has(kLower) && mention_at(d + 1) != kNone &&
                             type_of(mention_at(d + 1)) == graph::ActorType::person)
                        j = d + 1;
                }
                // "with the president of Armenia", "to the foreign minister of Iran".
                for (std::uint32_t w = j; w < j + 2 && in(w) && tok(w).has(kLower) &&
                                          doc_.classes[w] == 0 && mention_at(w) == kNone;
                     ++w)
                    if (is(w + 1, "of") && mention_at(w + 2) != kNone) {
                        j = w + 2;
                        break;
                    }
                // "against the party's leader Mahmoud Abbas": through the owner to the name.
                {
                    std::uint32_t w = j;
                    bool owned = false;
                    while (w < j + 4 && in(w) && mention_at(w) == kNone &&
                           (possessive(w) || (tok(w).has(kLower) && doc_.classes[w] == 0))) {
                        owned = owned || possessive(w);
                        ++w;
                    }
                    if (owned && mention_at(w) != kNone) j = w;
                }
                // "against computer and electronics maker Apple Computer", "with chipmaker
                // Intel": a description in lower case before an organization's or a person's
                // name.
                {
                    std::uint32_t w = j;
                    while (w < j + 5 && in(w) && mention_at(w) == kNone && tok(w).has(kLower) &&
                           (doc_.classes[w] == 0 || is(w, "and")) && !trigger_at(w) && !verb_at(w))
                        ++w;
                    if (w > j && !is(w - 1, "and") && mention_at(w) != kNone &&
                        (type_of(mention_at(w)) == graph::ActorType::org ||
                         type_of(mention_at(w)) == graph::ActorType::person))
                        j = w;
                }
                // "from neighboring Lebanon", "in southeastern Turkey": adjectives before a name.
                for (std::uint32_t w = j; w < j + 2 && adjective(w); ++w)
                    if (mention_at(w + 1) != kNone || demonym(w + 1)) {
                        j = w + 1;
                        break;
                    }
                if (mention_at(j) != kNone) return possessed_or_self(mention_at(j));
                if (demonym(j) && in(demonym_end(j)) && tok(demonym_end(j)).has(kLower))
                    return demonym_mention(j);
            }
        }
        return kNone;
    }

    // Whether `k` looks like an adjective before a name: "neighboring", "southeastern",
    // "war-torn", "occupied", "central" (no verb that is an event).
    bool adjective(std::uint32_t k) const {
        if (!in(k) || !tok(k).has(kLower) || doc_.classes[k] != 0 || mention_at(k) != kNone ||
            verb_at(k))
            return false;
        const std::string_view w = text(k);
        return tok(k).has(kHyphenated) || w.ends_with("ern") || w.ends_with("ing") ||
               w.ends_with("ed") || w.ends_with("al") || w.ends_with("est");
    }

    // Removes the candidates whose flag in `drop` (one per candidate, in order) is set.
    void erase_marked(const std::vector<bool>& drop) {
        std::size_t k = 0;
        cands_.erase(std::remove_if(cands_.begin(), cands_.end(),
                                    [&](const Candidate&) { return drop[k++]; }),
                     cands_.end());
    }

    static void append(std::vector<std::int32_t>& into, const std::vector<std::int32_t>& ms) {
        for (const auto m : ms)
            if (std::find(into.begin(), into.end(), m) == into.end()) into.push_back(m);
    }

    // The "and" right before the verb at `i`, past its adverbs and auxiliaries ("and said",
    // "and has also called"), or kNoToken.
    std::uint32_t and_before_verb(std::uint32_t i) const {
        while (i > s_.first_token && (cls(i - 1, WordClass::adv) || cls(i - 1, WordClass::aux) ||
                                      cls(i - 1, WordClass::modal)))
            --i;
        return i > s_.first_token + 1 && is(i - 1, "and") ? i - 1 : kNoToken;
    }

    // Whether a word that is a preposition or a subordinator ("after", "as") opens a clause
    // here: a verb follows the name ending at `e`.
    bool opens_clause(std::string_view prep, std::uint32_t e) const {
        static constexpr std::array<std::string_view, 6> kBoth = {"after", "before", "as",
                                                                  "since", "until",  "like"};
        if (std::find(kBoth.begin(), kBoth.end(), prep) == kBoth.end() || !in(e)) return false;
        return verb_at(e) || (tok(e).has(kLower) && Verbs::builtin().is_past(text(e)));
    }

    // Whether a subordinator or a relative pronoun stands from `b` to `e`: "bombed Gaza as
    // Palestinians fled south and called for help" ("called" is the fleeing's).
    bool subordinate_between(std::uint32_t b, std::uint32_t e) const {
        static constexpr std::array<std::string_view, 18> kWords = {
            "after",   "before", "as",    "while", "when",   "whereas",
            "because", "since",  "until", "if",    "unless", "although",
            "though",  "that",   "which", "who",   "whose",  "where"};
        for (std::uint32_t k = b; k < e; ++k)
            if (std::find(kWords.begin(), kWords.end(), doc_.key(k)) != kWords.end()) return true;
        return false;
    }
    // Whether mention `m` is the object of a verb (not a speech verb, whose object is a clause)
    // that begins at `from` or later: "accused Ukraine of shelling Donetsk".
    bool object_of_verb(std::int32_t m, std::uint32_t from) const {
        std::uint32_t k = mention_begin(m);
        if (k > s_.first_token && cls(k - 1, WordClass::det)) --k;
        return std::any_of(cands_.begin(), cands_.end(), [&](const Candidate& c) {
            return c.end == k && c.begin >= from && c.info && !c.info->noun &&
                   !(c.info->flags & kSpeech);
        });
    }

    // Whether mention `m` is the "of" object of an act named as a noun: "the detention of a
    // Japanese businessman", "the killing of Palestinians".
    bool patient_of_act(std::int32_t m) const {
        std::uint32_t k = mention_begin(m);
        if (k > s_.first_token && cls(k - 1, WordClass::det)) --k;
        return k >= s_.first_token + 2 && is(k - 1, "of") && trigger_at(k - 2);
    }

    // The active verb event before token `begin` in its clause that already has a subject
    // (`finite`: not a gerund, "accused Ukraine of shelling").
    const Candidate* clause_before(std::uint32_t begin, bool finite = false) const {
        const Candidate* found = nullptr;
        for (const Candidate& p : cands_) {
            if (p.begin >= begin) break;
            if (p.info && !p.info->noun && !p.passive && !p.source.empty() &&
                !(finite && p.info->form == VerbForm::gerund))
                found = &p;
        }
        if (!found) return nullptr;
        for (std::uint32_t k = found->end; k < begin; ++k)
            if (boundary(k) && !gloss_bracket(k)) return nullptr;
        return found;
    }

    bool passive_verb(const Candidate& c) const {
        const VerbForm f = c.info->form;
        // ("was hit", "were cut": a base form that is its own participle.)
        if (f != VerbForm::participle && f != VerbForm::past_or_participle && f != VerbForm::past &&
            !(f == VerbForm::base && Verbs::builtin().is_participle(text(c.begin))))
            return false;
        for (std::uint32_t k = c.begin; k-- > s_.first_token && k + 4 > c.begin;) {
            if (is(k, "is") || is(k, "are") || is(k, "was") || is(k, "were") || is(k, "been") ||
                is(k, "be") || is(k, "being") || is(k, "get") || is(k, "got"))
                return f != VerbForm::past || Verbs::builtin().is_participle(text(c.begin));
            if (!(cls(k, WordClass::adv) || cls(k, WordClass::neg) || is(k, "also"))) break;
        }
        // "children killed by Israel": a participle with its agent.
        if (is(c.end, "by") && mention_at(c.end + 1) != kNone) return true;
        // "settlers accused of violence": an accusation's "of" right after it leaves no room
        // for the accused, who stand before it.
        if (c.type == "accuse" && is(c.end, "of") && c.begin > s_.first_token + 1 &&
            (mention_at(c.begin - 1) != kNone ||
             (text(c.begin - 1) == "," && mention_at(c.begin - 2) != kNone)))
            return true;
        return reduced_relative_head(c) != kNone;
    }
    // "in exchange for an Iranian official jailed in Sweden": a participle right after the
    // object of a preposition, taking no object of its own, says what was done to that object;
    // the object, or kNone.
    std::int32_t reduced_relative_head(const Candidate& c) const {
        const VerbForm f = c.info->form;
        if (c.begin == s_.first_token ||
            (f != VerbForm::participle && f != VerbForm::past_or_participle))
            return kNone;
        const std::int32_t before = mention_at(c.begin - 1);
        if (before == kNone || mention_end(before) != c.begin) return kNone;
        // (Not the subject of a clause a preposition opens: "after Iran threatened to".)
        const std::string_view prep = preposition_before(before);
        if (prep.empty() || opens_clause(prep, c.begin)) return kNone;
        // The phrase hangs on a verb before it; with none, it is the subject's own ("Police in
        // Karachi clashed", "The representative of Iran walked out").
        std::uint32_t k = mention_begin(before);
        while (k > s_.first_token && !is(k - 1, prep)) --k;
        bool verb_before = false;
        for (std::uint32_t j = s_.first_token; j + 1 < k; ++j)
            if (verb_at(j) || (tok(j).has(kLower) && Verbs::builtin().is_past(doc_.key(j))))
                verb_before = true;
        if (!verb_before) return kNone;
        // ("in Rwanda helped to plan": "to" may open an infinitive, the verb's own object.)
        const bool no_object =
            !in(c.end) || (cls(c.end, WordClass::prep) && !is(c.end, "to")) || punct(c.end);
        return no_object ? before : kNone;
    }

    void arguments(Candidate& c) {
        if (c.info == nullptr) return;  // "according to X" came complete
        const TriggerInfo& t = *c.info;
        if (!t.noun) {
            c.passive = passive_verb(c);
            const bool gerund = t.form == VerbForm::gerund &&
                                !(c.begin > s_.first_token && (cls(c.begin - 1, WordClass::aux)));
            // "Hamas attacked Israel, killing hundreds": a participle clause after a comma
            // shares the subject of the clause it follows.
            const Candidate* main =
                gerund && !c.passive && c.begin > s_.first_token && text(c.begin - 1) == ","
                    ? clause_before(c.begin)
                    : nullptr;
            const Subject subj = main ? Subject{} : subject_of(c.begin, gerund);
            if (c.passive) {
                // "was criticized by X": X acts on the subject.
                if (const auto agent = prep_object(c.end, {"by"}); agent != kNone)
                    append(c.source, with_conjuncts(agent));
                // ("Biden's plan was criticized by X": the owner of what was acted on.)
                if (const std::int32_t head = reduced_relative_head(c); head != kNone)
                    append(c.target, {head});
                else if (subj.mention != kNone)
                    append(c.target, with_left_conjuncts(subj.mention));
                else if (subj.possessor != kNone)
                    append(c.target, {subj.possessor});
                if (const auto to = prep_object(c.end, t.target_preps); to != kNone)
                    append(c.target, with_conjuncts(to));
                c.confidence = 0.75;
            } else {
                if (main) {
                    append(c.source, main->source);
                    c.confidence = 0.7;
                } else if (subj.mention != kNone) {
                    append(c.source, subj.relative ? std::vector<std::int32_t>{subj.mention}
                                                   : with_left_conjuncts(subj.mention));
                    c.confidence = 0.8;
                } else if (subj.possessor != kNone &&
                           (!c.statement || (t.form != VerbForm::base &&
                                             owner_right_before(subj.possessor, c.begin)))) {
                    // "Iraq's national security adviser met ...": the owner stands for the role.
                    // (A speaker's only when the owned noun is the verb's subject: "Netanyahu's
                    // office said"; not "his office said", whose owner is a guess, nor "Apple's
                    // home state", a noun.)
                    append(c.source, {subj.possessor});
                    c.confidence = 0.6;
                } else if (c.statement && c.begin > s_.first_token && !gerund &&
                           (text(c.begin - 1) == "," || tok(c.begin - 1).has(kCloseQuote))) {
                    // The speaker after a quote or an inversion: '... ," said Miller.'
                    if (const auto after = object_after(c.end); after != kNone) {
                        append(c.source, {after});
                        c.confidence = 0.85;
                    }
                }
                if (t.flags & kObject) {
                    if (const auto o = object_after(c.end);
                        o != kNone && (c.source.empty() || o != c.source.front()))
                        append(c.target, with_conjuncts(o));
                }
                // "complained to the UN over Israeli air raids": what the complaint is about is
                // its target; whom it is made to only when nothing else is named.
                // (Not whom an act it is about was done to: "over the detention of a Japanese
                // businessman" names the one detained.)
                if (c.type == "complain")
                    if (const auto p = prep_object(c.end, {"about", "over", "against", "of"});
                        p != kNone && !patient_of_act(p))
                        append(c.target, with_conjuncts(p));
                // "said to reporters", not "said it had halted aid to Serbia": a speech verb's
                // addressee stands right after it.
                if (const auto p = prep_object(c.end, t.target_preps, c.statement ? 3 : 10);
                    p != kNone && c.target.empty())
                    append(c.target, with_conjuncts(p));
                // "mediated between X and Y", "brokered a truce between X and Y".
                if (t.between && c.target.empty())
                    if (const auto m = prep_object(c.end, {"between"}); m != kNone)
                        append(c.target, with_conjuncts(m));
                if (c.target.empty() && (t.flags & kObject)) {
                    if (const auto o = object_after(c.end, true);
                        o != kNone && (c.source.empty() || o != c.source.front()))
                        append(c.target, {o});
                }
                if (c.target.empty() && (t.flags & kObject))
                    if (const auto named = named_in_apposition(c.end); named != kNone)
                        append(c.target, {named});
                if (c.target.empty() && subj.addressee != kNone) c.target = {subj.addressee};
            }
        } else {
            noun_arguments(c, t);
        }
        // "The two leaders agreed ...": the pair an event before named (nouns find it through
        // their light verb).
        if (c.source.empty() && !c.passive && !t.noun) append(c.source, pair_named_before(c.begin));
        // A symmetric event between several sources and nobody else: "X and Y met".
        // Relations restored or broken are between the two as well ("Ethiopia and Eritrea
        // restored diplomatic relations"); a recognition with its own object keeps it.
        // So is a call both had ("Putin and Erdogan had a telephone conversation").
        const bool symmetric = graph::symmetric_event_type(c.type) || c.type == "recognize" ||
                               c.type == "break relations" || c.type == "phone";
        // Exercises held together are military cooperation ("French and Egyptian warships
        // launched war games").
        if (c.type == "military exercise" &&
            (c.source.size() >= 2 ||
             (!c.target.empty() && prep_object(c.end, {"with"}) == c.target.front()))) {
            c.recode("military cooperation", "062", "cooperated_with");
        }
        if ((symmetric || c.type == "military cooperation") && c.target.empty() &&
            c.source.size() >= 2) {
            c.target.assign(c.source.begin() + 1, c.source.end());
            c.source.resize(1);
        }
        // An actor is never its own target.
        c.target.erase(std::remove_if(c.target.begin(), c.target.end(),
                                      [&](std::int32_t m) { return shares_actor(c.source, m); }),
                       c.target.end());
    }

    void noun_arguments(Candidate& c, const TriggerInfo& t) {
        c.confidence = 0.7;
        // "Israel's brutal bombardment", "X's meeting with Y", "Biden's recent comment": the
        // possessive stands right before the noun or one modifier before it.
        for (std::uint32_t k = c.begin, steps = 0; k-- > s_.first_token && steps < 2; ++steps) {
            if (possessive(k) && k > s_.first_token && mention_at(k - 1) != kNone) {
                append(c.source, {mention_at(k - 1)});
                break;
            }
            if (mention_at(k) != kNone && possessive_pronoun(mention_at(k))) {
                append(c.source, {mention_at(k)});
                break;
            }
            if (!(tok(k).has(kLower) || cls(k, WordClass::det))) break;
        }
        if (t.between) {
            if (const auto m = prep_object(c.end, {"between"}); m != kNone) {
                const auto both = with_conjuncts(m);
                // A mediator stands outside the sides it mediates between.
                if (c.source.empty() && c.type != "mediate") {
                    append(c.source, {both.front()});
                    append(c.target, std::vector<std::int32_t>(both.begin() + 1, both.end()));
                } else {
                    append(c.target, both);
                }
            }
        }
        // A noun's own phrases follow it directly: "criticism from X", "letters to Y".
        if (const auto m = prep_object(c.end, t.source_preps, 2); m != kNone)
            append(c.source, with_conjuncts(m));
        if (const auto m = prep_object(c.end, t.target_preps, 2); m != kNone)
            append(c.target, with_conjuncts(m));
        // "tariffs on imports from Canada", "sanctions on purchases of Iranian oil": the trade
        // of a country is aimed at that country.
        if (c.target.empty() && c.type == "sanction" && (is(c.end, "on") || is(c.end, "against")))
            for (const std::string_view trade :
                 {"imports", "goods", "products", "exports", "purchases", "sales"})
                if (is(c.end + 1, trade) && (is(c.end + 2, "from") || is(c.end + 2, "of"))) {
                    std::uint32_t k = c.end + 3;
                    while (in(k) && k < c.end + 6 && mention_at(k) == kNone && !demonym(k) &&
                           tok(k).has(kLower))
                        ++k;
                    if (const auto m = mention_at(k); m != kNone)
                        append(c.target, with_conjuncts(m));
                    else if (demonym(k))
                        append(c.target, {demonym_mention(k)});
                }
        // "A lawsuit was filed against Apple": the phrase follows the passive that reports it.
        if (c.target.empty() && cls(c.end, WordClass::aux) && in(c.end + 1) &&
            tok(c.end + 1).has(kLower) && text(c.end + 1).ends_with("ed"))
            if (const auto m = prep_object(c.end + 2, t.target_preps, 2); m != kNone)
                append(c.target, with_conjuncts(m));
        // "the attack on Israel by Hamas", "the execution of X by Iran": the source's phrase
        // follows the target's.
        if (c.source.empty() && !c.target.empty() && mention_begin(c.target.back()) > c.end &&
            !t.source_preps.empty())
            if (const auto m = prep_object(mention_end(c.target.back()), t.source_preps, 2);
                m != kNone)
                append(c.source, with_conjuncts(m));
        // "the visit by Pelosi to Taiwan": the target's phrase follows the source's.
        if (c.target.empty() && !c.source.empty() && mention_begin(c.source.back()) > c.end)
            if (const auto m = prep_object(mention_end(c.source.back()), t.target_preps, 2);
                m != kNone)
                append(c.target, with_conjuncts(m));
        // A light verb lends its subject: "held meetings with", "faced criticism from".
        for (const auto& [at, info] : lights_) {
            if (at >= c.begin || c.begin - at > 8) continue;
            // A quantity may stand between: "provide nearly 25,000 tons of emergency food aid";
            // or another thing the verb takes: "providing aerial photographs and other
            // military intelligence".
            // (Only modifiers between the last "and" and the noun: "provided funding and then
            // the rocket attacks began" lends nothing.)
            bool quantity = false, coordinated = false;
            for (std::uint32_t k = at + 1; k < c.begin; ++k) {
                quantity = quantity || quantity_at(k);
                if (is(k, "and") || is(k, "or"))
                    coordinated = true;
                else if (coordinated && !is(k, "other") &&
                         !(tok(k).has(kLower) && doc_.classes[k] == 0 && !verb_at(k)))
                    coordinated = false;
            }
            if (c.begin - at > 4 && !quantity && !coordinated) continue;
            // The noun the verb takes is the first trigger after it ("launched an inquiry into
            // the bombing": not the bombing).
            const std::uint32_t verb = at;  // (a structured binding: clang cannot capture it)
            if (std::any_of(cands_.begin(), cands_.end(), [&](const Candidate& o) {
                    return o.begin > verb && o.begin < c.begin;
                }))
                continue;
            bool only_modifiers = true;
            // ("agreed to lift sanctions": the noun is the object of another verb. After a verb
            // whose subject receives, a name right before the noun is who gives: "received US
            // aid"; after others it is who acts: "agreed to US mediation" is no mediation by
            // the subject, unless the act is aimed at it: "imposed new Hamas sanctions".)
            const bool name_modifies = (info->flags & kReceive) || !doer_before_noun(c, false);
            for (std::uint32_t k = at + 1; k < c.begin; ++k)
                if ((mention_at(k) != kNone &&
                     !(name_modifies && mention_end(mention_at(k)) == c.begin)) ||
                    (punct(k) && !currency(k)) || verb_at(k))
                    only_modifiers = false;
            if (!only_modifiers) continue;
            const Subject subj = subject_of(at);
            const std::int32_t who = subj.mention != kNone ? subj.mention : subj.possessor;
            // ("Both sides held talks": the pair named before.)
            const std::vector<std::int32_t> subjects = who != kNone ? with_left_conjuncts(who)
                                                       : (info->flags & kReceive)
                                                           ? std::vector<std::int32_t>{}
                                                           : pair_named_before(at);
            if (subjects.empty()) continue;
            if (info->flags & kReceive) {
                if (c.target.empty()) append(c.target, subjects);
                // "Ukraine received Patriot missiles from Germany": weapons received are
                // military aid, from whoever gave them.
                if ((c.type == "rocket attack" || c.type == "air strike") &&
                    (doc_.key(at).starts_with("receiv") || doc_.key(at).starts_with("obtain"))) {
                    c.recode("provide aid", "072", "aided");
                    c.source.clear();
                    if (const auto m = prep_object(c.end, {"from"}, 3); m != kNone)
                        append(c.source, with_conjuncts(m));
                }
            } else if (c.source.empty()) {
                append(c.source, subjects);
                // "Germany sent missiles to Ukraine": weapons sent are military aid, to whom
                // they go (not "sent drones to attack Kyiv").
                if ((c.type == "rocket attack" || c.type == "air strike") && info->type == "send")
                    if (const auto m = prep_object(c.end, {"to"}, 4); m != kNone) {
                        c.recode("provide aid", "072", "aided");
                        c.target = with_conjuncts(m);
                    }
            }
            used_lights_.push_back(at);
            c.light = at;
            // "agreed to a ceasefire", "offered aid": the act is intended, not done.
            if (info->type == "agree" || info->type == "offer" || info->type == "pledge") {
                c.intent = true;
                c.expressed_by = at;
            }
            c.confidence = 0.75;
        }
        // "a Hamas attack", "EU aid", "US sanctions": an organization's name or a country's
        // abbreviation right before the noun names the doer of aid and force, and whom other
        // acts are aimed at ("new Hamas sanctions", "a Google investigation"). A country's full
        // name says neither ("Russia sanctions", "Ukraine aid").
        if (const std::int32_t m = name_before_noun(c); m != kNone) {
            const std::uint32_t b = mention_begin(m);
            const bool owned =
                b > s_.first_token && (possessive(b - 1) || cls(b - 1, WordClass::pron_poss));
            const bool doer = doer_before_noun(c, !c.light && !owned);
            if (doer && c.source.empty())
                append(c.source, with_left_conjuncts(m));  // "US and UK strikes"
            else if (!doer && c.target.empty())
                append(c.target, {m});
        }
        // "Israeli shelling", "Russian air strikes": the demonym names who acts.
        if (c.source.empty()) {
            for (std::uint32_t k = c.begin, steps = 0; k-- > s_.first_token && steps < 3; ++steps) {
                // (Made a mention already by a verb whose object the phrase is: "condemned the
                // Israeli strike on Rafah".)
                if (const std::int32_t made = mention_at(k); made != kNone) {
                    if (out_.mentions[static_cast<std::size_t>(made)].form ==
                            MentionForm::modifier &&
                        mention_end(made) == k + 1 && demonym(mention_begin(made)))
                        append(c.source, {made});
                    break;
                }
                if (punct(k)) break;
                if (demonym(k)) {
                    append(c.source, {demonym_mention(k)});
                    break;
                }
                if (!tok(k).has(kLower)) break;
            }
        }
        if (c.source.empty()) travelled_for_talks(c);
        // "In a closed-door meeting with X, Biden received ...": a noun in a fronted phrase
        // takes the subject of the main clause.
        if (c.source.empty() && !c.target.empty()) {
            std::uint32_t k = c.end;
            while (in(k) && text(k) != ",") ++k;
            const bool fronted = in(k) && c.begin <= s_.first_token + 4;
            if (fronted) {
                for (std::uint32_t j = k + 1; in(j) && j < k + 6; ++j)
                    if (const auto m = mention_at(j); m != kNone && preposition_before(m).empty()) {
                        append(c.source, {m});
                        c.confidence = 0.55;
                        break;
                    }
            }
        }
    }

    // "Blinken flew to Beijing for talks with Wang Yi", "arrived in Cairo on Sunday for a
    // meeting with": who went somewhere for talks or a meeting holds them.
    void travelled_for_talks(Candidate& c) const {
        if (cameo_root(c.cameo) != 4 || !c.info || !c.info->noun) return;
        std::uint32_t k = c.begin;
        while (k > s_.first_token && c.begin - k < 3 && !is(k - 1, "for") &&
               (cls(k - 1, WordClass::det) || (tok(k - 1).has(kLower) && doc_.classes[k - 1] == 0)))
            --k;
        if (k <= s_.first_token || !is(k - 1, "for")) return;
        static constexpr std::string_view kGoing[] = {
            "travel",  "travels",  "traveled", "travelled", "traveling", "travelling",
            "fly",     "flies",    "flew",     "flying",    "arrive",    "arrives",
            "arrived", "arriving", "go",       "goes",      "went",      "going",
            "come",    "comes",    "came",     "head",      "heads",     "headed",
            "heading", "return",   "returns",  "returned",  "returning"};
        // Back over where and when they went ("to Beijing on Sunday") to the verb of going, or
        // of being there ("is in Washington for talks"; not "is pushing for talks", "went ahead
        // with plans for talks").
        for (std::uint32_t v = k - 1; v > s_.first_token && k - v < 12;) {
            --v;
            const bool going =
                std::find(std::begin(kGoing), std::end(kGoing), doc_.key(v)) != std::end(kGoing) ||
                ((is(v, "is") || is(v, "are") || is(v, "was") || is(v, "were")) &&
                 (is(v + 1, "in") || is(v + 1, "at")));
            if (going) {
                const Subject subj = subject_of(v);
                if (subj.mention == kNone) return;
                c.source = with_left_conjuncts(subj.mention);
                c.stance_from = v;
                return;
            }
            const bool where_or_when =
                mention_at(v) != kNone || doc_.timex_at[v] != kNone || is(v, "to") || is(v, "in") ||
                is(v, "at") || is(v, "into") || is(v, "on") || is(v, "home") || is(v, "back") ||
                is(v, "the") || is(v, "and") ||
                (text(v) == "," && v > s_.first_token && mention_at(v - 1) != kNone);
            if (!where_or_when) return;
        }
    }

    // "called for a ceasefire": the ceasefire is demanded, and the appeal is coded by it.
    void link_demands() {
        for (std::size_t d = 0; d < cands_.size(); ++d) {
            Candidate& demand = cands_[d];
            if (!demand.info || !(demand.info->flags & kDemand)) continue;
            for (std::size_t n = d + 1; n < cands_.size(); ++n) {
                Candidate& object = cands_[n];
                // (Measured from the light verb that takes a noun: "urged Israel and Hamas to
                // agree to a ceasefire".)
                const std::uint32_t at =
                    object.light ? std::min(object.begin, *object.light) : object.begin;
                // (Past the ones asked, however many: "urged Israel, Jordan and Syria to".)
                std::uint32_t reach = demand.end + 6;
                if (!demand.target.empty() && mention_begin(demand.target.back()) >= demand.end)
                    reach = std::max(reach, mention_end(demand.target.back()) + 4);
                if (at > reach) break;
                // (A comma of the list of those asked breaks no clause.)
                const std::uint32_t asked_end =
                    demand.target.empty() ? demand.end : mention_end(demand.target.back());
                bool clause_break = false;
                for (std::uint32_t k = demand.end; k < object.begin; ++k)
                    if (boundary(k) || (text(k) == "," && k >= asked_end)) clause_break = true;
                if (clause_break) break;
                // An invitation asks for the act its infinitive names ("invited Putin to
                // visit"), not for the event it invites to ("countries invited to the summit").
                if (demand.type == "invite" && !(object.info && !object.info->noun)) break;
                object.demanded = true;
                const std::string code = lex_.refined_code(demand.type, object.type);
                if (!code.empty()) demand.cameo = code;
                // Asked of whoever is to act: "called for a ceasefire between Israel and
                // Hamas" (both sides), "demanded the release of prisoners held by X" (X).
                if (demand.target.empty()) {
                    append(demand.target, object.source);
                    if (object.type == "ceasefire" || graph::symmetric_event_type(object.type))
                        append(demand.target, object.target);
                    // (Never the demander: "insisted on its demands".)
                    std::erase_if(demand.target,
                                  [&](std::int32_t m) { return shares_actor(demand.source, m); });
                }
                break;
            }
        }
    }

    // "began a hunger strike to demand the resignation of X", "demonstrated in Kirkuk calling
    // for independence from Iraq", "blocked roads to press their demands": a protest made to
    // demand something is one act. CAMEO codes it as the protest for what it demands (1411
    // demonstrate for leadership change, 1423 hunger strike for rights ...), aimed at whom the
    // demand is made of or concerns; the demand is no event of its own. What is demanded (a
    // ceasefire) stays a demanded event.
    void protest_purposes() {
        std::vector<bool> drop(cands_.size(), false);
        for (std::size_t p = 0; p + 1 < cands_.size(); ++p) {
            Candidate& protest = cands_[p];
            if (!protest.cameo.starts_with("14") || drop[p]) continue;
            const std::size_t d = p + 1;
            const Candidate& purpose = cands_[d];
            if (!purpose.info || !purpose_of_protest(protest, purpose)) continue;
            drop[d] = true;
            std::uint32_t end = purpose.end;
            std::vector<std::int32_t> target;
            for (const auto m : purpose.target)
                if (!shares_actor(protest.source, m)) target.push_back(m);
            // "to press their demands for ...": the demand named by the appeal is the same one.
            if (d + 1 < cands_.size() && proposal(cands_[d + 1]) && cands_[d + 1].info &&
                cands_[d + 1].info->noun && cands_[d + 1].begin <= purpose.end + 3) {
                drop[d + 1] = true;
                end = cands_[d + 1].end;
                for (const auto m : cands_[d + 1].target)
                    if (!shares_actor(protest.source, m)) target.push_back(m);
            }
            // "to demand the resignation of X": a change of leadership asked for is the goal the
            // protest's code says (14x1), no event of its own.
            if (d + 1 < cands_.size() && cands_[d + 1].demanded && cands_[d + 1].info &&
                cands_[d + 1].info->noun && cands_[d + 1].begin <= end + 3 &&
                lex_.refined_code("goal", doc_.key(cands_[d + 1].begin)) == "1") {
                drop[d + 1] = true;
                end = std::max(end, cands_[d + 1].end);
                for (const auto m : cands_[d + 1].source)
                    if (!shares_actor(protest.source, m)) target.push_back(m);
            }
            // Whom it concerns: "the removal of President Mubarak", "independence from Iraq".
            char goal = 0;
            for (std::uint32_t k = purpose.begin; in(k) && k < end + 10 && !boundary(k); ++k) {
                if (k > end && text(k) == ",") break;
                if (const std::string g = lex_.refined_code("goal", doc_.key(k));
                    !g.empty() && !goal)
                    goal = g[0];
                const std::int32_t m = mention_at(k);
                if (k >= end && target.empty() && m != kNone && !possessive_pronoun(m) &&
                    !shares_actor(protest.source, m))
                    target.push_back(possessed_or_self(m));
            }
            if (protest.source.empty()) protest.source = purpose.source;
            if (protest.target.empty()) protest.target = target;
            if (goal && protest.cameo.size() == 3 && protest.cameo != "140") protest.cameo += goal;
        }
        erase_marked(drop);
    }

    // Whether `purpose` says what the protest before it was for: a demand, appeal or protest
    // by the same people, given as its purpose ("to demand"), a participle ("calling for") or
    // the noun's own phrase ("a rally calling for").
    bool purpose_of_protest(const Candidate& protest, const Candidate& purpose) const {
        const bool asks = (purpose.info->flags & kDemand) || proposal(purpose);
        // "to protest against X", "in protest at X".
        const bool in_protest = purpose.info->noun && is(purpose.begin - 1, "in");
        const bool protests =
            purpose.cameo.starts_with("14") && (!purpose.info->noun || in_protest);
        if (!(asks || protests) || purpose.begin > protest.end + 10) return false;
        if (!purpose.source.empty() && !protest.source.empty() &&
            std::none_of(purpose.source.begin(), purpose.source.end(),
                         [&](std::int32_t m) { return shares_actor(protest.source, m); }))
            return false;
        for (std::uint32_t k = protest.end; k < purpose.begin; ++k) {
            if (boundary(k)) return false;
            // A name outside a prepositional phrase starts another clause.
            if (const auto m = mention_at(k);
                m != kNone && !possessive_pronoun(m) && preposition_before(m).empty())
                return false;
        }
        const bool gerund = !purpose.info->noun && purpose.info->form == VerbForm::gerund;
        const bool infinitive = is(purpose.begin - 1, "to");
        // "to press their demands": the demand is the noun of a verb of purpose.
        const bool noun_of_purpose = purpose.info->noun && purpose.begin >= s_.first_token + 3 &&
                                     (is(purpose.begin - 2, "to") || is(purpose.begin - 3, "to"));
        return gerund || infinitive || noun_of_purpose || in_protest;
    }

    // "charging its neighbor with supporting dissidents": a charge of doing something, made
    // by one party of another, is an accusation, not an indictment.
    // Without "with" a charge is a price: "charging customers 10% more" is no event.
    void charge_of_doing(Candidate& c) const {
        if (c.type != "arrest" || c.info == nullptr || c.info->noun ||
            !text(c.begin).starts_with("charg"))
            return;
        // (Prosecutors, police and courts charging somebody bring a legal charge: "charged
        // three men with spying" stays 173.)
        const bool legal = std::any_of(c.source.begin(), c.source.end(), [&](std::int32_t m) {
            const graph::ActorRecord* a = actor_of(m);
            return a && (a->sector == "JUD" || a->sector == "COP");
        });
        for (std::uint32_t k = c.end; in(k) && k < c.end + 6 && !boundary(k); ++k)
            if (is(k, "with")) {
                if (in(k + 1) && text(k + 1).ends_with("ing") && !legal) {
                    c.recode("accuse", "112", "accused");
                }
                return;
            }
        c.type.clear();
    }

    // Whether the mention starting at `b` is the agent of a captivity participle: "held by",
    // "kidnapped by the rebels".
    bool held_by(std::uint32_t b) const {
        if (b > s_.first_token && cls(b - 1, WordClass::det)) --b;
        if (b < s_.first_token + 2 || !is(b - 1, "by")) return false;
        return captivity_participle(b - 2);
    }
    bool captivity_participle(std::uint32_t i) const {
        static constexpr std::array<std::string_view, 9> kHeld = {
            "held",  "kidnapped", "captured", "detained",  "abducted",
            "taken", "seized",    "jailed",   "imprisoned"};
        return in(i) && std::find(kHeld.begin(), kHeld.end(), doc_.key(i)) != kHeld.end();
    }

    // Whether the word at `k` names people who may be held and freed: "hostages", "a
    // journalist".
    // Whether an object naming people but no actor stands at `e`: "a man", "two protesters",
    // "three young men convicted of ...".
    bool people_object(std::uint32_t e) const {
        for (std::uint32_t k = e; in(k) && k < e + 4 && mention_at(k) == kNone; ++k) {
            if (captive_noun(k) || people_noun(k) || is(k, "man") || is(k, "men") ||
                is(k, "woman") || is(k, "women") || is(k, "person") || is(k, "teenager") ||
                is(k, "teenagers"))
                return true;
            if (!(cls(k, WordClass::det) || cls(k, WordClass::num) || cls(k, WordClass::quant) ||
                  tok(k).kind == TokenKind::number || adjective(k) ||
                  (tok(k).has(kLower) && doc_.classes[k] == 0 && !verb_at(k))))
                return false;
        }
        return false;
    }
    bool captive_noun(std::uint32_t k) const {
        static constexpr std::array<std::string_view, 35> kPeople = {
            "hostages",  "prisoners",   "detainees",  "captives",   "soldiers",  "activists",
            "people",    "journalists", "dissidents", "protesters", "civilians", "inmates",
            "refugees",  "hostage",     "prisoner",   "detainee",   "captive",   "soldier",
            "activist",  "journalist",  "dissident",  "protester",  "civilian",  "inmate",
            "spy",       "tourist",     "tourists",   "citizen",    "citizens",  "national",
            "nationals", "sailors",     "crew",       "workers",    "worker"};
        return in(k) && std::find(kPeople.begin(), kPeople.end(), doc_.key(k)) != kPeople.end();
    }

    // Who "held by X" at `i` says holds people ("hostages held by Hamas"; past a title the
    // mention leaves out: "held by Chief Executive X"), or kNone.
    std::int32_t holder_at(std::uint32_t i) const {
        if (!captivity_participle(i) || !is(i + 1, "by")) return kNone;
        std::uint32_t j = i + 2;
        while (in(j) && j < i + 8 && mention_at(j) == kNone &&
               (cls(j, WordClass::det) || tok(j).has(kCapitalized)))
            ++j;
        return mention_at(j);
    }

    // "freed 39 Palestinian prisoners in exchange for 13 hostages held by Hamas", "agreed to
    // exchange prisoners for hostages held by Hamas": an exchange of prisoners with whoever
    // holds the other side's.
    void prisoner_exchange(Candidate& c) {
        std::uint32_t k = c.end;
        while (in(k) && k < c.end + 8 && !boundary(k) && text(k) != "," &&
               !(is(k, "in") && is(k + 1, "exchange") && is(k + 2, "for")) && !is(k, "for"))
            ++k;
        const bool in_exchange = is(k, "in") && is(k + 1, "exchange");
        if (c.type == "release" && !in_exchange) return;
        if (c.type == "exchange prisoners" && !is(k, "for")) return;
        if (in_exchange) {
            c.recode("exchange prisoners", "0841", "exchanged_prisoners_with");
            // The other side: whose people were freed ("released a US journalist"), not the
            // freed themselves ("freed 39 Palestinian prisoners"), unless a holder is named.
            for (std::int32_t& m : c.target)
                if (type_of(m) != graph::ActorType::loc) m = country_within(m);
            std::erase_if(c.target, [](std::int32_t m) { return m == kNone; });
            c.unnamed_object = true;
        }
        for (std::uint32_t j = k; in(j) && j < k + 10 && !boundary(j) && text(j) != ","; ++j)
            if (const std::int32_t holder = holder_at(j); holder != kNone) {
                c.target = {holder};
                return;
            }
    }

    // Prisoners, hostages and detainees are released; software and records are not: a release
    // is an event only of people ("the release of Apple's iLife suite" is none).
    void released_people(Candidate& c) const {
        const auto people = [&](std::int32_t m) {
            const auto t = type_of(m);
            return t == graph::ActorType::person || t == graph::ActorType::group;
        };
        // "freed prisoners held by the rebels": the rebels kept them, and who was freed is
        // named by nobody.
        if (!c.target.empty() && held_by(mention_begin(c.target.front()))) c.target.clear();
        // ("released a US journalist": the country's people.)
        if (!c.target.empty() && std::none_of(c.target.begin(), c.target.end(), people) &&
            !captive_noun(mention_end(c.target.front())))
            c.type.clear();
        if (!c.target.empty() || !c.info) return;
        // People nobody knows by name: "released 12 hostages", "the release of the hostages".
        // Else nobody was released ("a compatible release", "released a report on refugees").
        std::uint32_t k = c.end;
        if (c.info->noun && is(k, "of")) ++k;
        for (const std::uint32_t stop = k + 5; in(k) && k < stop; ++k) {
            if (captive_noun(k)) {
                c.unnamed_object = true;
                // Who holds them is who would free them, where nobody else is said to: "the
                // release of prisoners held by X".
                // (Past a title the mention leaves out: "held by Chief Executive X".)
                if (c.source.empty())
                    if (const std::int32_t holder = holder_at(k + 1); holder != kNone)
                        c.source = {holder};
                return;
            }
            const bool filler = tok(k).kind == TokenKind::number || cls(k, WordClass::num) ||
                                cls(k, WordClass::det) || cls(k, WordClass::quant) ||
                                (tok(k).has(kLower) && doc_.classes[k] == 0);
            if (!filler) break;
        }
        if (c.info->noun) c.type.clear();
    }

    // "welcomed the agreement between Iran and the IAEA", "condemned the attack by Hamas":
    // praise or criticism of an act is aimed at who did it, both sides of an act done
    // together. Not at whom it was done to ("condemned the attack on Israel", "the killing of
    // Haniyeh").
    void judged_acts() {
        for (std::size_t v = 0; v + 1 < cands_.size(); ++v) {
            Candidate& judge = cands_[v];
            if (!judge.info || judge.info->noun ||
                !(judge.cameo.starts_with("051") || judge.cameo.starts_with("11")))
                continue;
            const Candidate& act = cands_[v + 1];
            // (A noun, or a gerund with "of": "the killing of Haniyeh".)
            if (!act.info || !(act.info->noun || is(act.end, "of")) || act.begin < judge.end ||
                act.begin > judge.end + 3)
                continue;
            bool adjacent = true;
            for (std::uint32_t k = judge.end; k < act.begin; ++k)
                adjacent = adjacent && mention_at(k) == kNone &&
                           (cls(k, WordClass::det) || adjective(k) ||
                            (tok(k).has(kLower) && doc_.classes[k] == 0 && !verb_at(k)));
            if (!adjacent) continue;
            std::vector<std::int32_t> doers = act.source;
            const bool together = graph::symmetric_event_type(act.type);
            if (together) append(doers, act.target);
            // ("condemned the killing of Ismail Haniyeh": the victim the object names is no
            // target of the condemnation.)
            if (!judge.target.empty()) {
                const bool victims_only =
                    !together &&
                    std::all_of(judge.target.begin(), judge.target.end(), [&](std::int32_t m) {
                        return std::find(act.target.begin(), act.target.end(), m) !=
                               act.target.end();
                    });
                if (!victims_only) continue;
                judge.target.clear();
            }
            for (const std::int32_t m : doers)
                if (!shares_actor(judge.source, m)) judge.target.push_back(m);
        }
    }

    // Force named as a noun, by what it is done with or as an act ("missiles", "air strikes",
    // "the shelling", "Israel's attack"): the subject of a verb saying what it did. Not a strike
    // nobody is named doing, which may be a labour strike ("France was hit by strikes").
    bool force_noun(const Candidate& c) const {
        const int root = cameo_root(c.cameo);
        if (!c.info || !c.info->noun || root < 18 || root > 20 ||
            graph::symmetric_event_type(c.type))
            return false;
        return !(c.end == c.begin + 1 && (is(c.begin, "strike") || is(c.begin, "strikes")) &&
                 c.source.empty());
    }
    // A verb saying what force did: "struck", "killed", "hit" (not "fought", done together).
    static bool force_verb(const Candidate& c) {
        const int root = cameo_root(c.cameo);
        return c.info && !c.info->noun && root >= 18 && root <= 20 &&
               !graph::symmetric_event_type(c.type);
    }
    // Whether the words from `b` to `e` can stand between a weapon and the verb it is the
    // subject of: adverbs and auxiliaries ("have also hit"), if anything, or a participle
    // phrase of the weapon's own, whose names are objects of its prepositions ("fired by
    // Russia", "launched from Gaza overnight"; not "prompted the United States to").
    bool weapon_postmodifier(std::uint32_t b, std::uint32_t e) const {
        if (e > b + 10) return false;
        const bool participle =
            b < e && tok(b).has(kLower) &&
            (Verbs::builtin().is_participle(text(b)) || text(b).ends_with("ed"));
        // ("A rocket from Gaza hit": the place it came from.)
        if (!participle) {
            const std::int32_t place = launch_place(b);
            return adverbs_only(b, e) || (place != kNone && mention_end(place) == e);
        }
        for (std::uint32_t k = b; k < e; ++k) {
            if (boundary(k) || punct(k) || cls(k, WordClass::sconj) || cls(k, WordClass::neg) ||
                cls(k, WordClass::conj) || is(k, "that") || is(k, "which") || is(k, "who") ||
                (k > b && verb_at(k)))
                return false;
            if (const std::int32_t m = mention_at(k); m != kNone && preposition_before(m).empty())
                return false;
            if (is(k, "to") && mention_at(k + 1) == kNone && !cls(k + 1, WordClass::det))
                return false;  // an infinitive
        }
        return true;
    }
    // Whether only adverbs and auxiliaries stand from `b` to `e` ("have also hit"), if anything.
    bool adverbs_only(std::uint32_t b, std::uint32_t e) const {
        for (std::uint32_t k = b; k < e; ++k)
            if (!cls(k, WordClass::adv) && !cls(k, WordClass::aux)) return false;
        return true;
    }
    // Whether the preposition `prep` opens the noun phrase whose head is at `n`, past its
    // modifiers: "by Russian missiles", "by a Hamas rocket", "with anti-tank missiles".
    bool opened_by(std::uint32_t n, std::string_view prep) const {
        for (std::uint32_t k = n; k-- > s_.first_token && k + 5 > n;) {
            if (is(k, prep)) return true;
            if (!(cls(k, WordClass::det) || mention_at(k) != kNone ||
                  (tok(k).has(kLower) && doc_.classes[k] == 0 && !verb_at(k))))
                return false;
        }
        return false;
    }
    // "Saudi Arabia hosted talks between Sudan's warring factions", "Qatar hosted a new round of
    // talks between Israel and Hamas": who hosts talks between others mediates them (045);
    // "Egypt hosted talks with Hamas": who hosts talks with somebody holds them. Either way the
    // hosting is no visit of the sides.
    void hosted_talks() {
        std::vector<bool> drop(cands_.size(), false);
        for (std::size_t h = 0; h + 1 < cands_.size(); ++h) {
            const Candidate& host = cands_[h];
            Candidate& talks = cands_[h + 1];
            if (host.type != "host" || host.source.empty() || !talks.info || !talks.info->noun ||
                !(talks.type == "meet" || talks.type == "negotiate"))
                continue;
            // Only the talks' own words between: "hosted a new round of talks".
            bool object = true;
            for (std::uint32_t k = host.end; k < talks.begin; ++k)
                if (!(cls(k, WordClass::det) || is(k, "of") || tok(k).kind == TokenKind::number ||
                      (tok(k).has(kLower) && doc_.classes[k] == 0 && !verb_at(k))))
                    object = false;
            std::vector<std::int32_t> sides = talks.source;
            append(sides, talks.target);
            // (The host's object, where it found one, is a side of the talks.)
            for (const std::int32_t m : host.target)
                if (std::find(sides.begin(), sides.end(), m) == sides.end()) object = false;
            if (!object) continue;
            if (is(talks.end, "between") && talks.info->between) {
                talks.recode("mediate", "045", "mediated");
                talks.source = host.source;
                talks.target = sides;
            } else if (talks.source.empty()) {
                talks.source = host.source;
            }
            drop[h] = true;
        }
        erase_marked(drop);
    }

    // Whether mention `m` follows "for" or "of" after an unnamed role that opens the clause: "a
    // spokesman for the Israeli military", ", a spokeswoman for the State Department", "the
    // head of the IAEA" (not "the attack on a spokesman for Hamas").
    bool voice_of(std::int32_t m) const {
        std::uint32_t k = mention_begin(m);
        if (k > s_.first_token && cls(k - 1, WordClass::det)) --k;
        if (k < s_.first_token + 2 || !(is(k - 1, "for") || is(k - 1, "of"))) return false;
        std::uint32_t role = k - 2;
        // (A role that is a mention itself speaks: "The mayor of London met".)
        if (!tok(role).has(kLower) || !role_noun(role) || mention_at(role) != kNone) return false;
        std::uint32_t b = role;
        while (b > s_.first_token && (cls(b - 1, WordClass::det) || office_modifier(b - 1))) --b;
        if (b == s_.first_token) return true;
        // (Not a name's apposition: "Steve Jobs, founder of Apple, has chosen".)
        if (text(b - 1) == ",")
            return b < s_.first_token + 2 || mention_at(b - 2) == kNone ||
                   type_of(mention_at(b - 2)) != graph::ActorType::person;
        return is(b - 1, "and") || is(b - 1, "that");
    }

    // Whether the possessive name `m` owns the phrase that ends right before `verb`: "Netanyahu's
    // office said", "Kyiv's military administration said" (a few lower-case words between).
    bool owner_right_before(std::int32_t m, std::uint32_t verb) const {
        if (possessive_pronoun(m)) return false;
        const std::uint32_t owned = mention_end(m) + 1;  // past the "'s"
        if (owned >= verb || verb - owned > 3) return false;
        for (std::uint32_t k = owned; k < verb; ++k)
            if (!tok(k).has(kLower) || doc_.classes[k] != 0 || verb_at(k)) return false;
        // Only what speaks for its owner ("Netanyahu's office", "Hamas's armed wing"); a widow,
        // a wife or an opposition speak for themselves.
        static constexpr std::string_view kVoices[] = {
            "office",    "ministry",     "spokesman",      "spokeswoman", "spokesperson",
            "wing",      "government",   "administration", "campaign",    "embassy",
            "mission",   "cabinet",      "presidency",     "military",    "army",
            "lawyer",    "lawyers",      "attorney",       "attorneys",   "team",
            "statement", "headquarters", "command",        "delegation",  "council"};
        return std::find(std::begin(kVoices), std::end(kVoices), doc_.key(verb - 1)) !=
               std::end(kVoices);
    }

    // Whether mention `m` is the place of a dateline opening the sentence: "KYIV -", "GAZA
    // (Reuters) -", "NAIROBI, Kenya -".
    bool dateline(std::int32_t m) const {
        const std::uint32_t b = mention_begin(m);
        if (b != s_.first_token || !tok(b).has(kAllCaps)) return false;
        for (std::uint32_t k = mention_end(m); in(k) && k < mention_end(m) + 6; ++k) {
            const std::string_view w = text(k);
            if (w == "-" || w == "\u2014" || w == "\u2013") return true;
            if (tok(k).kind != TokenKind::punct && !tok(k).has(kCapitalized) &&
                !tok(k).has(kAllCaps))
                return false;
        }
        return false;
    }

    // Whether the word at `k` is an intergovernmental body's one-word name ("EU", "NATO").
    bool bloc_at(std::uint32_t k) const {
        const LexiconMatch* m = doc_.lexicon_match(lexicon_, k);
        return m && m->length == 1 && !m->demonym && lexicon_.entry(m->entry).sector == "IGO";
    }
    // Whether the word at `k` names people: a role (`role_noun`) or a group's head ("workers",
    // "groups").
    bool people_noun(std::uint32_t k) const {
        if (role_noun(k)) return true;
        const GroupWord* g = Cues::builtin().group_word(doc_.key(k));
        return g && g->cls == GroupClass::head;
    }
    // Whether the word at `k` names people by their role ("official", "representative",
    // "correspondent"): a noun, though it ends like an adjective, so a verb after it is the
    // verb of a subject ("a Hamas official said"), not a noun ("essential supplies").
    bool role_noun(std::uint32_t k) const {
        // (Titles that are adjectives too, before a noun: "the executive order", "the general
        // strike", "his chief concern".)
        const Cues& cues = Cues::builtin();
        if (is(k, "executive") || is(k, "general") || is(k, "chief") || is(k, "principal")) {
            // (But a person before a verb in the past, "a Chinese general warned", "an Apple
            // executive said", and the end of a longer title, "the secretary general urged".)
            if (in(k + 1) && Verbs::builtin().is_past(doc_.key(k + 1))) return true;
            const auto two = k > s_.first_token
                                 ? cues.titles().longest(doc_.keys, doc_.tokens, k - 1, k + 1)
                                 : std::nullopt;
            return two && two->length == 2;
        }
        const auto t = cues.titles().longest(doc_.keys, doc_.tokens, k, k + 1);
        if (t && t->value->kind != TitleKind::honorific) return true;
        const GroupWord* g = cues.group_word(std::string(doc_.key(k)) + "s");
        return g && g->cls == GroupClass::head;
    }

    // Whether mention `m` is a machine of war, standing for the forces using it ("Israeli
    // jets", "a Russian drone": groups.tsv's machines).
    bool machine_of_war(std::int32_t m) const {
        const std::string_view head = doc_.key(mention_end(m) - 1);
        const Cues& cues = Cues::builtin();
        const GroupWord* g = cues.group_word(head);
        if (!g) g = cues.group_word(std::string(head) + "s");
        return g && g->machine;
    }
    // "Russian warplanes struck Idlib", "Ukrainian drones hit a refinery": force done from the
    // air is an air strike (CAMEO 195); done by hackers, a cyberattack (176).
    void air_attack(Candidate& c) const {
        if (!c.info || c.info->noun) return;
        static constexpr std::string_view kAir[] = {
            "aircraft", "warplanes", "warplane", "jets",  "jet",     "helicopters", "helicopter",
            "gunships", "gunship",   "drones",   "drone", "bombers", "bomber"};
        // "Chinese hackers attacked the networks of ...", "attacked the websites of Estonian
        // ministries": a cyberattack (176).
        if ((!c.source.empty() && std::all_of(c.source.begin(), c.source.end(),
                                              [&](std::int32_t m) {
                                                  return type_of(m) == graph::ActorType::group &&
                                                         (is(mention_end(m) - 1, "hackers") ||
                                                          is(mention_end(m) - 1, "hacker"));
                                              })) ||
            computers_after(c.end))
            return c.recode("cyberattack", "176", "attacked");
        if (!c.source.empty() && std::all_of(c.source.begin(), c.source.end(), [&](std::int32_t m) {
                // (Not with other arms: "Israeli helicopters and tanks attacked Gaza".)
                return machine_of_war(m) && !is(mention_end(m), "and") &&
                       std::find(std::begin(kAir), std::end(kAir), doc_.key(mention_end(m) - 1)) !=
                           std::end(kAir);
            }))
            c.recode("air strike", "195", "attacked");
    }
    // Whether the object at `e` is computers: "the websites of", "the computer networks of".
    bool computers_after(std::uint32_t e) const {
        static constexpr std::string_view kComputers[] = {"website",   "websites", "network",
                                                          "networks",  "servers",  "computers",
                                                          "databases", "systems"};
        for (std::uint32_t k = e; in(k) && k < e + 4 && mention_at(k) == kNone; ++k) {
            if (std::find(std::begin(kComputers), std::end(kComputers), doc_.key(k)) !=
                std::end(kComputers))
                return !(is(k, "systems") || is(k, "network") || is(k, "networks")) ||
                       (k > e && is(k - 1, "computer"));  // not "power networks"
            if (!(cls(k, WordClass::det) || (tok(k).has(kLower) && doc_.classes[k] == 0)))
                return false;
        }
        return false;
    }
    // Whether mention `m` names who wields force: machines of war, armed forces or an armed
    // group ("Ukrainian forces hit a warship"), and with `states`, a country too ("Israel
    // pounded Gaza"); not "storms", nor a demonym of another noun ("hit by Russian gas supply
    // cuts").
    bool armed_actor(std::int32_t m, bool states = true) const {
        if (machine_of_war(m)) return true;
        if (out_.mentions[static_cast<std::size_t>(m)].form == MentionForm::modifier) return false;
        const graph::ActorRecord* a = actor_of(m);
        if (!a) return false;
        if (a->sector == "MIL" || a->sector == "REB" || a->sector == "INS") return true;
        const auto entry = lexicon_.find(a->id);
        return states && a->type == graph::ActorType::loc && entry &&
               lexicon_.entry(*entry).kind == EntryKind::country;
    }

    // "Russian missiles struck Kyiv", "Israeli air strikes killed 20 people", "missiles fired by
    // Russia hit Kyiv", "a missile fired at Eilat": a weapon or an attack named as a noun and
    // the verb saying what it did are one act, coded by the noun (the more telling code), by
    // the noun's doer ("fired by" names one) on the verb's target. "Israel struck Gaza with
    // air strikes": the verb takes the code of the force it was done with. A verb that needs
    // weapons ("hit", "pound") is force only done by or with them: not "the storm hit
    // Florida", "the US hit China with tariffs".
    // "A rocket (fired) from Lebanon hit ...": the place a weapon was fired from, which stands
    // for who fired it, as event coders code it; or kNone.
    std::int32_t launch_place(std::uint32_t e) const {
        if (is(e, "fired") || is(e, "launched")) ++e;
        if (!is(e, "from")) return kNone;
        const std::int32_t m = mention_at(is(e + 1, "the") ? e + 2 : e + 1);
        return m != kNone && type_of(m) == graph::ActorType::loc ? m : kNone;
    }
    // Whether a noun phrase naming nobody stands at `e`: "two people", "a house", "dozens of
    // civilians" (not a preposition, a time or a name).
    bool unnamed_noun_after(std::uint32_t e) const {
        std::uint32_t k = e;
        while (in(k) && (cls(k, WordClass::det) || cls(k, WordClass::quant) ||
                         cls(k, WordClass::num) || tok(k).kind == TokenKind::number))
            ++k;
        return in(k) && mention_at(k) == kNone && doc_.timex_at[k] == kNone &&
               tok(k).kind == TokenKind::word && tok(k).has(kLower) && doc_.classes[k] == 0;
    }
    void weapons_acting() {
        std::vector<bool> drop(cands_.size(), false), armed(cands_.size(), false);
        for (std::size_t w = 0; w < cands_.size(); ++w) {
            Candidate& weapon = cands_[w];
            if (drop[w] || !force_noun(weapon)) continue;
            // (Past the noun's own target: "Israel's attack on Gaza killed 20".)
            std::uint32_t after = weapon.end;
            if (!weapon.target.empty() && mention_begin(weapon.target.back()) >= weapon.end)
                after = mention_end(weapon.target.back());
            for (std::size_t v = w + 1; v < cands_.size(); ++v) {
                Candidate& act = cands_[v];
                if (!force_verb(act) || act.passive || !weapon_postmodifier(after, act.begin))
                    break;
                // Only a name of the weapon's own phrase is its doer ("Hezbollah rockets"), not a
                // subject further left ("Russia said missiles ... hit Lviv").
                bool owner_acts = !act.source.empty() &&
                                  mention_end(act.source.back()) <= weapon.begin &&
                                  mention_end(act.source.back()) + 2 >= weapon.begin;
                for (std::uint32_t k = owner_acts ? mention_end(act.source.back()) : weapon.begin;
                     k < weapon.begin; ++k)
                    if (!tok(k).has(kLower) || doc_.classes[k] != 0 || verb_at(k))
                        owner_acts = false;
                if (weapon.source.empty() && owner_acts) weapon.source = act.source;
                if (weapon.source.empty())
                    if (const auto m = prep_object(weapon.end, {"by"}, 3);
                        m != kNone && mention_begin(m) < act.begin)
                        weapon.source = with_conjuncts(m);
                if (weapon.source.empty())
                    if (const auto m = launch_place(weapon.end);
                        m != kNone && mention_begin(m) < act.begin)
                        weapon.source = {m};
                append(weapon.target, act.target);
                // "Hamas rockets killed two people": aimed at people nobody names.
                if (act.unnamed_object || (act.target.empty() && unnamed_noun_after(act.end)))
                    weapon.unnamed_object = true;
                drop[v] = true;
                // One verb says what the weapon did; past the one that fires it right after
                // ("a missile fired at Eilat killed two"), the next, after its target.
                if (act.begin != weapon.end || act.cameo != "193") break;
                after = act.target.empty() ? act.end : mention_end(act.target.back());
            }
        }
        for (std::size_t v = 0; v < cands_.size(); ++v) {
            Candidate& act = cands_[v];
            // ("hit back at Hezbollah with air strikes": force, not words.)
            const bool hit_back = act.info && !act.info->noun && is(act.begin, "hit");
            if (drop[v] || !(force_verb(act) || hit_back)) continue;
            // "hit Gaza with air strikes", "killed him with a drone strike"; "Kyiv was hit by
            // Russian missiles": the weapon's doer is the act's.
            for (std::size_t w = v + 1; w < cands_.size(); ++w) {
                const Candidate& weapon = cands_[w];
                if (weapon.begin > act.end + 8) break;
                const bool with = opened_by(weapon.begin, "with");
                // (Not into an act aimed at nobody, which would lose the weapon's own event.)
                if (!force_noun(weapon) || (act.target.empty() && weapon.target.empty()) ||
                    !(with || (act.passive && opened_by(weapon.begin, "by"))) ||
                    (!with && !weapon.target.empty()))
                    continue;
                act.recode(weapon.type, weapon.cameo, weapon.relation);
                if (act.passive && !weapon.source.empty()) act.source = weapon.source;
                append(act.target, weapon.target);  // "with air strikes in southern Lebanon"
                armed[v] = true;
                drop[w] = true;
                break;
            }
        }
        for (std::size_t v = 0; v < cands_.size(); ++v) {
            const Candidate& act = cands_[v];
            if (drop[v] || armed[v] || !act.info || !(act.info->flags & kArmed)) continue;
            const bool states = !(act.info->flags & kForces);
            const bool wielded =
                !act.source.empty() &&
                std::all_of(act.source.begin(), act.source.end(),
                            [&](std::int32_t m) { return armed_actor(m, states); });
            // ("Kharkiv was struck overnight": a strike said without its doer is one; "was
            // struck by an earthquake" names a doer that wields nothing.)
            const bool unsaid_striker = act.passive && act.source.empty() &&
                                        doc_.key(act.begin).starts_with("stru") &&
                                        prep_object(act.end, {"by"}) == kNone && !is(act.end, "by");
            if ((!wielded && !unsaid_striker) || with_after(act.end) || explosive_after(act.end))
                drop[v] = true;
        }
        erase_marked(drop);
    }
    // "A Hamas statement said ...", "a statement from the Kremlin said", "issued a statement
    // saying": a statement noun that is the subject of a speech verb is that one statement,
    // the verb's (whose clause it reports), by the noun's author when the verb has none.
    void statements_saying() {
        std::vector<bool> drop(cands_.size(), false);
        for (std::size_t n = 0; n + 1 < cands_.size(); ++n) {
            const Candidate& noun = cands_[n];
            if (!noun.info || !noun.info->noun || noun.type != "statement") continue;
            std::uint32_t after = noun.end;  // past its own phrase: "from the Kremlin"
            for (const auto m : noun.source)
                if (mention_begin(m) >= noun.end) after = std::max(after, mention_end(m));
            Candidate& verb = cands_[n + 1];
            // (Past a time of its own: "a statement from the Kremlin on Friday said".)
            while (after < verb.begin &&
                   (doc_.timex_at[after] != kNone ||
                    ((is(after, "on") || is(after, "in")) && doc_.timex_at[after + 1] != kNone)))
                ++after;
            if (!verb.info || verb.info->noun || !(verb.info->flags & kSpeech) || verb.passive ||
                !adverbs_only(after, verb.begin))
                continue;
            if (verb.source.empty()) verb.source = noun.source;
            drop[n] = true;
        }
        erase_marked(drop);
    }

    // "Nurses staged a strike", "the unions' strike": a strike by working people is a walkout
    // (CAMEO 143), not force.
    void labour_strike(Candidate& c) const {
        if (!c.info || !c.info->noun || c.source.empty() ||
            !(is(c.begin, "strike") || is(c.begin, "strikes")))
            return;
        static constexpr std::string_view kWorking[] = {"LAB", "EDU", "HLH", "CVL",
                                                        "AGR", "MED", "BUS"};
        const bool working = std::all_of(c.source.begin(), c.source.end(), [&](std::int32_t m) {
            const graph::ActorRecord* a = actor_of(m);
            // (Or a trade union: "the United Auto Workers launched a strike".)
            if (a && a->type == graph::ActorType::org) return a->sector == "LAB";
            return a && a->type == graph::ActorType::group && !armed_actor(m, false) &&
                   std::find(std::begin(kWorking), std::end(kWorking), a->sector) !=
                       std::end(kWorking);
        });
        if (!working) return;
        // (A walkout needs no target, as a general strike does not.)
        static const TriggerInfo kWalkout{.type = "strike",
                                          .cameo = "143",
                                          .relation = "protested_against",
                                          .noun = true,
                                          .target_preps = {"against"},
                                          .source_preps = {},
                                          .complement = {}};
        c.info = &kWalkout;
        c.recode(kWalkout.type, kWalkout.cameo, kWalkout.relation);
    }

    // "The US military hit back at Iranian-backed groups": forces hitting back strike; a
    // government hitting back at its critics answers them ("Russia hit back at the EU").
    void military_retaliation(Candidate& c) const {
        if (!is(c.begin, "hit") || c.source.empty()) return;
        if (std::all_of(c.source.begin(), c.source.end(),
                        [&](std::int32_t m) { return armed_actor(m, false); }))
            c.recode("attack", "190", "attacked");
    }

    // Whether "with" follows `e` in its clause and names no weapon: what an act was done with
    // ("hit China with tariffs"; not "pounded Avdiivka with artillery", "with tank fire").
    bool with_after(std::uint32_t e) const {
        static constexpr std::array<std::string_view, 14> kWeapons = {
            "artillery", "fire",     "gunfire", "barrage", "barrages", "shells",  "shelling",
            "mortars",   "grenades", "bombs",   "drones",  "missiles", "rockets", "weapons"};
        for (std::uint32_t k = e; in(k) && k < e + 8; ++k) {
            if (boundary(k) || text(k) == ",") return false;
            if (!is(k, "with")) continue;
            for (std::uint32_t j = k + 1; in(j) && j < k + 5; ++j)
                if (std::find(kWeapons.begin(), kWeapons.end(), doc_.key(j)) != kWeapons.end())
                    return false;
            return true;
        }
        return false;
    }
    // Whether an explosive is the object after `e`: soldiers who "hit a roadside bomb" were
    // struck, they struck nobody.
    bool explosive_after(std::uint32_t e) const {
        static constexpr std::array<std::string_view, 7> kExplosives = {
            "bomb", "mine", "landmine", "ied", "device", "explosive", "explosives"};
        for (std::uint32_t k = e; in(k) && k < e + 5; ++k) {
            if (std::find(kExplosives.begin(), kExplosives.end(), doc_.key(k)) != kExplosives.end())
                return true;
            if (!(cls(k, WordClass::det) || (tok(k).has(kLower) && doc_.classes[k] == 0)))
                return false;
        }
        return false;
    }

    // "fired two ballistic missiles into the Sea of Japan": missiles that land in the sea hit
    // nobody. It is a show of force (CAMEO 150), as event coders code missile tests. So are
    // missiles fired "into the sea" or "into the ocean", which name no sea.
    void missiles_into_sea(Candidate& c) const {
        const bool named_sea =
            !c.target.empty() &&
            std::all_of(c.target.begin(), c.target.end(), [&](std::int32_t m) { return sea(m); });
        if (!named_sea && !(c.target.empty() && into_the_sea(c.end))) return;
        c.recode("weapons test", "150", "demonstrated_force_to");
        c.target.clear();
        c.unnamed_object = true;
    }

    // Whether "into the sea" (ocean, waters) follows `e` in its clause, past the missiles'
    // own words ("fired two ballistic missiles into the sea").
    bool into_the_sea(std::uint32_t e) const {
        for (std::uint32_t k = e; in(k + 2) && k < e + 6; ++k) {
            if (punct(k) || boundary(k) || mention_at(k) != kNone) return false;
            if (is(k, "into") && is(k + 1, "the") &&
                (is(k + 2, "sea") || is(k + 2, "ocean") || is(k + 2, "waters")))
                return true;
        }
        return false;
    }
    // Whether mention `m` names a sea, an ocean, a gulf or a strait (the lexicon's bodies of
    // water).
    bool sea(std::int32_t m) const {
        const auto entry = lexicon_.find(out_.mentions[static_cast<std::size_t>(m)].actor);
        return entry && lexicon_.entry(*entry).subkind == "body-of-water";
    }

    // "voted against Georgia", "voted overwhelmingly against the plan": a rejection, not a vote
    // for whom the vote names.
    void vote_against(Candidate& c) const {
        std::uint32_t k = c.end;
        while (in(k) && (cls(k, WordClass::adv) || (tok(k).has(kLower) && text(k).ends_with("ly"))))
            ++k;
        if (is(k, "against")) c.recode("reject", "120", "rejected");
    }

    // A state that summons another's envoy protests to it officially (114): "Poland summoned
    // the Russian ambassador over the incursion". Summoning anyone else is no protest ("summoned
    // parliament", "the court summoned the minister"), and "summoned X to protest" is the
    // protest's own event.
    void summoned_envoy(Candidate& c) const {
        if (!doc_.key(c.begin).starts_with("summon")) return;
        static constexpr std::string_view kEnvoys[] = {"ambassador", "ambassadors", "envoy",
                                                       "envoys",     "diplomat",    "diplomats",
                                                       "attache",    "consul",      "charge"};
        const auto envoy = [&](std::int32_t m) {
            const std::string_view head = doc_.key(mention_end(m) - 1);
            return std::find(std::begin(kEnvoys), std::end(kEnvoys), head) != std::end(kEnvoys) &&
                   !country_of(m).empty() &&
                   std::none_of(c.source.begin(), c.source.end(),
                                [&](std::int32_t s) { return country_of(s) == country_of(m); });
        };
        if (c.target.empty() || !std::all_of(c.target.begin(), c.target.end(), envoy))
            return c.type.clear();
        // (Past when and where: "summoned X on Monday in Moscow to protest".)
        std::uint32_t k = mention_end(c.target.back());
        for (int phrases = 0; phrases < 4 && in(k); ++phrases) {
            std::uint32_t j = k;
            if (is(j, "on") || is(j, "in") || is(j, "at")) ++j;
            if (in(j) && doc_.timex_at[j] != kNone) {
                while (in(j) && doc_.timex_at[j] != kNone) ++j;
            } else if (in(j) && mention_at(j) != kNone && j > k) {
                j = mention_end(mention_at(j));
            } else {
                break;
            }
            k = j;
        }
        if (is(k, "to") && verb_at(k + 1)) c.type.clear();
    }

    // Verbs whose object decides their sense: "dismissed his top commander" fires him (no
    // rejection, which takes words: "dismissed the claims"); "withdrew the bill" takes back a
    // paper (no retreat); "pleaded guilty" answers a charge (no appeal); "abusing its
    // dominance" hurts nobody; "Mexico's presidential election" is not Mexico voting.
    void object_sense(Candidate& c) const {
        if (!c.info) return;
        const std::string_view w = doc_.key(c.begin);
        const auto object_word = [&](std::initializer_list<std::string_view> words) {
            for (std::uint32_t k = c.end; in(k) && k < c.end + 5 && !boundary(k); ++k) {
                if (text(k) == "," || (k > c.end && cls(k, WordClass::prep))) return false;
                if (std::find(words.begin(), words.end(), doc_.key(k)) != words.end()) return true;
            }
            return false;
        };
        if (c.info->noun) {
            // "violated the trade deal", "return to the grain deal": a deal kept or broken is
            // no deal signed.
            if (c.type == "sign agreement")
                for (std::uint32_t k = c.begin; k-- > s_.first_token && k + 5 > c.begin;) {
                    const std::string_view v = doc_.key(k);
                    if (v.starts_with("violat") || v.starts_with("breach") || v == "broke" ||
                        v == "broken" || v == "break" || v == "breaks" ||
                        v.starts_with("abandon") || v.starts_with("scrap") ||
                        v.starts_with("quit") || v.starts_with("exit") ||
                        (k > s_.first_token &&
                         ((v == "to" && doc_.key(k - 1).starts_with("return")) ||
                          (v == "from" && (doc_.key(k - 1).starts_with("withdr") ||
                                           doc_.key(k - 1).starts_with("exit"))) ||
                          (v == "of" && doc_.key(k - 1) == "out"))))
                        return c.type.clear();
                    if (mention_at(k) != kNone || punct(k) || verb_at(k)) break;
                }
            if (c.type == "vote" && w.starts_with("election"))
                std::erase_if(c.source,
                              [&](std::int32_t m) { return type_of(m) == graph::ActorType::loc; });
            return;
        }
        // "A storm killed 12 people", "floods destroyed homes": nature hurts, nobody attacks.
        if (cameo_root(c.cameo) >= 18 && c.source.empty() && c.begin > s_.first_token) {
            std::uint32_t k = c.begin;
            while (k > s_.first_token && (cls(k - 1, WordClass::adv) || cls(k - 1, WordClass::aux)))
                --k;
            static constexpr std::string_view kHazards[] = {
                "storm",      "storms",    "earthquake", "quake",     "flood",    "floods",
                "flooding",   "cyclone",   "typhoon",    "hurricane", "tsunami",  "landslide",
                "landslides", "avalanche", "wildfire",   "wildfires", "heatwave", "tornado",
                "lightning",  "disease",   "outbreak",   "virus",     "accident", "crash"};
            if (k > s_.first_token && std::find(std::begin(kHazards), std::end(kHazards),
                                                doc_.key(k - 1)) != std::end(kHazards))
                return c.type.clear();
        }
        // "invited Putin to ..." asks somebody; "invited criticism" asks nothing.
        if (c.type == "invite") {
            std::uint32_t k = c.end;
            if (cls(k, WordClass::det)) ++k;
            if (in(k) && mention_at(k) == kNone && !demonym(k) && !cls(k, WordClass::pron_obj))
                return c.type.clear();
        }
        // "Wang Yi arrived in Moscow" visits; aid, troops or refugees arriving do not, nor
        // does anyone arriving back or home ("Modi arrived home in New Delhi", "Biden arrived in
        // Delaware").
        if (c.type == "visit" && w.starts_with("arriv")) {
            const bool people = !c.source.empty() &&
                                std::all_of(c.source.begin(), c.source.end(), [&](std::int32_t m) {
                                    return type_of(m) == graph::ActorType::person;
                                });
            const bool home = is(c.end, "back") || is(c.end, "home") ||
                              (!c.target.empty() &&
                               std::all_of(c.target.begin(), c.target.end(), [&](std::int32_t t) {
                                   return shares_country(c.source, t);
                               }));
            if (!people || home) c.type.clear();
        }
        if (c.type == "reject" && w.starts_with("dismiss") && !c.target.empty() &&
            std::all_of(c.target.begin(), c.target.end(),
                        [&](std::int32_t m) { return type_of(m) == graph::ActorType::person; }) &&
            !possessive(mention_end(c.target.front())))
            c.type.clear();
        if (c.type == "withdraw" &&
            object_word({"bill",       "bills",       "law",       "proposal",    "plan",
                         "nomination", "candidacy",   "offer",     "resolution",  "motion",
                         "lawsuit",    "suit",        "complaint", "application", "request",
                         "decree",     "legislation", "draft",     "deal",        "agreement",
                         "accord",     "treaty",      "pact",      "race",        "election"}))
            c.type.clear();
        if (c.type == "appeal" && w.starts_with("plead") &&
            (is(c.end, "guilty") || is(c.end, "innocent") || is(c.end, "not") || is(c.end, "no")))
            c.type.clear();
        if (c.type == "assault" && w.starts_with("abus") &&
            object_word({"power", "powers", "dominance", "position", "authority", "office",
                         "privilege", "privileges", "trust", "system", "status", "mandate",
                         "monopoly", "discretion"}))
            c.type.clear();
    }

    // "signed the bill into law", "signed an executive order", "signed the indictment": a
    // state's own papers are no agreement with anybody (057 is a formal agreement). The first
    // noun of the object that either list knows decides; none ("Israel and Hamas signed on
    // Monday", "signed with Kenya") keeps the agreement.
    void signed_no_agreement(Candidate& c) const {
        if (c.info == nullptr || c.info->noun) return;
        static constexpr std::string_view kPapers[] = {
            "bill",      "bills",   "law",          "laws",       "legislation", "order",
            "orders",    "decree",  "decrees",      "indictment", "warrant",     "warrants",
            "petition",  "letter",  "letters",      "measure",    "measures",    "budget",
            "executive", "act",     "book",         "books",      "autographs",  "copies",
            "pardon",    "pardons", "proclamation", "ordinance",  "off"};
        static constexpr std::string_view kAgreements[] = {
            "agreement", "agreements", "accord",     "accords",   "deal",       "deals",
            "treaty",    "treaties",   "pact",       "pacts",     "memorandum", "ceasefire",
            "truce",     "armistice",  "protocol",   "charter",   "convention", "declaration",
            "contract",  "contracts",  "settlement", "framework", "compact",    "communique"};
        const auto listed = [&](const auto& list, std::uint32_t k) {
            return std::find(std::begin(list), std::end(list), doc_.key(k)) != std::end(list);
        };
        for (std::uint32_t k = c.end; in(k) && k < c.end + 8 && !boundary(k); ++k) {
            if (text(k) == "," || is(k, "with") || is(k, "between")) return;
            if (listed(kAgreements, k)) return;
            if (listed(kPapers, k) || (is(k, "into") && is(k + 1, "law"))) return c.type.clear();
        }
    }

    // "called Putin a liar", "called Israel a terror state": naming somebody so is no phone
    // call but criticism (111), or praise (051) when the name is a friendly one ("called Kenya
    // a close partner").
    void called_a_name(Candidate& c) const {
        if (!doc_.key(c.begin).starts_with("call")) return;
        if (c.target.empty()) {
            // "Israel called the decision outrageous", "called Orban's comments shameful": a
            // thing nobody or its owner's name names is judged so.
            std::uint32_t k = c.end;
            std::int32_t owner = mention_at(k);
            if (owner != kNone && possessive(mention_end(owner)))
                k = mention_end(owner) + 1;
            else if (owner == kNone && cls(k, WordClass::det))
                ++k;
            else
                return;
            const std::uint32_t noun = k;
            while (in(k) && k < noun + 6 && !judging_word(k)) {
                // ("the attack on Israel", "the decision by Britain": past a name after a
                // preposition; one after "by" is whose the thing is.)
                if (k > noun && cls(k, WordClass::prep) && !is(k, "to")) {
                    std::uint32_t n = cls(k + 1, WordClass::det) ? k + 2 : k + 1;
                    const std::int32_t m = mention_at(n);
                    if (m == kNone) break;
                    if (is(k, "by")) owner = m;
                    k = mention_end(m);
                    continue;
                }
                if (!(tok(k).has(kLower) && doc_.classes[k] == 0 && !verb_at(k))) break;
                ++k;
            }
            if (k == noun) return;
            // ("called the exercises a rehearsal for invasion": a name given to the thing, a
            // judging one; "a measured response", "an opportunity" judge nothing.)
            const bool praised = (is(k, "a") || is(k, "an")) && friendly_after(k);
            const bool blamed = (is(k, "a") || is(k, "an")) && blaming_after(k);
            if (!judging_word(k) && !praised && !blamed) return;
            c.target.clear();
            if (owner != kNone) c.target = {owner};
            c.unnamed_object = true;  // (judged, with or without a name)
            if (judging_word(k))
                recode_judged(c, k);
            else if (praised)
                c.recode("praise", "051", "praised");
            else
                c.recode("criticize", "111", "criticized");
            return;
        }
        const std::int32_t named = c.target.back();
        std::uint32_t after = mention_end(named);
        // "called the Israeli strike 'a massacre'", "called Hamas's attack an act of evil": the
        // one called is a thing its doer's name modifies, and nobody is phoned.
        // (An act, not an office: "called Netanyahu's office" phoned it.)
        bool thing = false;
        if (out_.mentions[static_cast<std::size_t>(named)].form == MentionForm::modifier ||
            possessive(after)) {
            std::uint32_t k = possessive(after) ? after + 1 : after;
            while (in(k) && tok(k).has(kLower) && doc_.classes[k] == 0 && !verb_at(k) &&
                   !judging_word(k))
                ++k;
            const std::uint32_t from = after;
            thing = std::any_of(cands_.begin(), cands_.end(), [&](const Candidate& o) {
                return o.info && o.info->noun && o.begin >= from && o.end <= k;
            });
            // ("called Israel's actions in Gaza genocide": whatever is owned, bar people one
            // may phone.)
            if (possessive(after) && k > after + 1 && !role_noun(after + 1) &&
                !people_noun(after + 1) && !is(after + 1, "office") && !is(after + 1, "ministry") &&
                !is(after + 1, "embassy") && !is(after + 1, "counterpart") &&
                !is(after + 1, "wife") && !is(after + 1, "husband") && !is(after + 1, "family"))
                thing = true;
            if (thing) after = k;
        }
        // "called the Chinese military exercises a rehearsal for invasion", "called the US
        // sanctions on its firms illegal", "called Israel's offensive in Gaza a genocide": words
        // after the name make it a thing of theirs, judged so.
        if (const std::uint32_t k = judgment_at(after);
            k != after && (judging_word(k) || ((is(k, "a") || is(k, "an")) &&
                                               (friendly_after(k) || blaming_after(k))))) {
            thing = true;
            after = k;
        }
        // (Or a name in quotes: "calling Netanyahu \"the butcher of Gaza\"".)
        const std::string_view q = in(after) ? text(after) : std::string_view{};
        const bool quoted = q == "\"" || q == "\xE2\x80\x9C" || q == "'" || q == "\xE2\x80\x98";
        if (quoted && is(after + 1, "to")) return;  // a quoted purpose, "to discuss ..."
        if (quoted) ++after;
        // "called the decision by Britain outrageous"; but the victim of an act called so is
        // not who is judged ("called the attack on Israel barbaric").
        if (!quoted && judging_word(after)) {
            const std::string_view prep = preposition_before(named);
            if (prep == "on" || prep == "against" || prep == "of" || prep == "in") {
                c.target.clear();
                c.unnamed_object = true;
            }
            return recode_judged(c, after);
        }
        if (!quoted && (!(is(after, "a") || is(after, "an") || is(after, "the")) ||
                        doc_.timex_at[after] != kNone)) {
            if (thing) c.type.clear();  // no call ("called the attack off")
            return;
        }
        if (friendly_after(after)) return c.recode("praise", "051", "praised");
        // (A thing called "a measured response" is judged neither way, and phoned by nobody.)
        if (thing && !quoted && !blaming_after(after)) return c.type.clear();
        // (Nor is the victim of an act called "a terrorist act" who is judged.)
        if (const std::string_view prep = preposition_before(named);
            prep == "on" || prep == "against" || prep == "of" || prep == "in") {
            c.target.clear();
            c.unnamed_object = true;
        }
        c.recode("criticize", "111", "criticized");
    }

    // From `k`, past the words of a thing called so ("sanctions on its firms", "offensive in
    // Gaza"), the word its judgment starts at ("illegal", "a genocide"); `k` when none does.
    std::uint32_t judgment_at(std::uint32_t k) const {
        const std::uint32_t from = k;
        while (in(k) && k < from + 7) {
            if (judging_word(k) || is(k, "a") || is(k, "an")) return k;
            if (k > from && mention_at(k) != kNone && cls(k - 1, WordClass::prep)) {
                k = mention_end(mention_at(k));
                continue;
            }
            if (tok(k).kind != TokenKind::word || !tok(k).has(kLower) || verb_at(k) ||
                is(k, "that") || cls(k, WordClass::sconj))
                return from;
            ++k;
        }
        return from;
    }

    // Whether the name given after "a" at `after` is a friendly one ("a close partner", "a
    // success").
    bool friendly_after(std::uint32_t after) const {
        static constexpr std::string_view kFriendly[] = {
            "friend",    "friends",    "ally",         "allies",    "partner",  "partners",
            "hero",      "heroes",     "brother",      "brothers",  "champion", "genius",
            "statesman", "peacemaker", "great",        "good",      "true",     "dear",
            "visionary", "success",    "breakthrough", "milestone", "victory",  "model"};
        return named_with(after, kFriendly, kCommending);
    }

    // Whether the name given after "a" at `after` blames ("a rehearsal for invasion", "a
    // violation", "a crime").
    bool blaming_after(std::uint32_t after) const {
        static constexpr std::string_view kBlame[] = {
            "rehearsal", "violation",   "provocation", "crime",    "crimes",   "massacre",
            "genocide",  "disgrace",    "farce",       "sham",     "betrayal", "aggression",
            "terrorism", "terrorist",   "mistake",     "disaster", "insult",   "lie",
            "hoax",      "travesty",    "outrage",     "scandal",  "atrocity", "threat",
            "blow",      "declaration", "joke",        "witch",    "coup",     "puppet",
            "slap",      "stab",        "act",         "terror"};
        return named_with(after, kBlame, kBlaming);
    }

    // Whether a word of either list stands in the name given after "a" at `after`.
    template <std::size_t N, std::size_t M>
    bool named_with(std::uint32_t after, const std::string_view (&one)[N],
                    const std::string_view (&other)[M]) const {
        for (std::uint32_t k = after + 1; in(k) && k < after + 5 && !punct(k); ++k)
            if (key_in(k, one) || key_in(k, other)) return true;
        return false;
    }

    // Whether the lookup key of token `k` is in `list`.
    template <std::size_t N>
    bool key_in(std::uint32_t k, const std::string_view (&list)[N]) const {
        return std::find(std::begin(list), std::end(list), doc_.key(k)) != std::end(list);
    }

    // A noun its neighbours read otherwise: aid the next noun says is cut ("US aid cuts",
    // "an aid freeze": 162), a rally or an election held for an election ("a campaign rally",
    // "an election rally": no protest, no vote), a call from somebody (a phone call).
    void read_by_neighbours(Candidate& c) {
        static constexpr std::string_view kCut[] = {"cuts", "cut", "freeze", "suspension",
                                                    "reductions"};
        static constexpr std::string_view kElection[] = {"campaign", "election", "electoral"};
        static constexpr std::string_view kElectionNoun[] = {"rally",      "rallies",   "campaign",
                                                             "commission", "officials", "observers",
                                                             "monitors",   "results"};
        if (c.type == "provide aid" && in(c.end) && key_in(c.end, kCut))
            c.recode("reduce aid", of_aid_kind("162", c.cameo), "reduced_relations_with");
        if (c.type == "protest" && c.begin > s_.first_token && key_in(c.begin - 1, kElection))
            c.type.clear();
        // "received a call from Araghchi": a phone call (an appeal is a call for or on).
        // ("the call from Egypt for a ceasefire" is an appeal.)
        if (c.type == "appeal" && is(c.begin, "call") && is(c.end, "from")) {
            const auto m = prep_object(c.end, {"from"});
            const std::uint32_t after = m != kNone ? mention_end(m) : c.end + 1;
            if (!is(after, "for") && !is(after, "to")) {
                c.recode("phone", "041", "phoned");
                if (m != kNone) c.source = {m};
            }
        }
        // ("held an election rally", "the election commission": a word of another noun.)
        if (c.type == "vote" && in(c.end) && key_in(c.end, kElectionNoun)) c.type.clear();
    }

    // `base` with the kind of aid `aid` is (071 economic, 072 military, 073 humanitarian) as its
    // last digit: 162 and 073 give 1623; aid of no kind leaves `base`.
    static std::string of_aid_kind(std::string_view base, std::string_view aid) {
        const bool kind =
            aid.size() == 3 && aid.starts_with("07") && aid[2] >= '1' && aid[2] <= '3';
        return kind ? std::string(base) + aid[2] : std::string(base);
    }

    // "pledged to improve relations with Japan", "suspended the Indus Waters Treaty with
    // Pakistan": ties or a treaty with somebody, as the object, name whom the act concerns.
    void partner_in_object(Candidate& c) {
        const int root = cameo_root(c.cameo);
        if (!(root == 3 || root == 5 || root == 6 || root == 8 || root == 12 || root == 16)) return;
        static constexpr std::string_view kTies[] = {
            "relations", "ties", "treaty",      "agreement",   "accord",
            "pact",      "deal", "cooperation", "partnership", "alliance"};
        for (std::uint32_t k = c.end; in(k) && k < c.end + 8; ++k) {
            if (boundary(k) || punct(k) || mention_at(k) != kNone || (k > c.end && verb_at(k)))
                return;
            if (!key_in(k, kTies)) continue;
            if (!is(k + 1, "with")) return;
            const std::uint32_t o = cls(k + 2, WordClass::det) ? k + 3 : k + 2;
            if (const std::int32_t m = mention_at(o); m != kNone && !possessive(mention_end(m)))
                c.target = with_conjuncts(m);
            return;
        }
    }

    // An adjective judging what is called so: "shameful", "illegal" (criticism) or
    // "historic", "constructive" (praise).
    static constexpr std::string_view kBlaming[] = {
        "shameful",     "outrageous",   "unacceptable", "illegal",     "irresponsible",
        "provocative",  "absurd",       "baseless",     "unfounded",   "ridiculous",
        "disgraceful",  "deplorable",   "reckless",     "unjustified", "racist",
        "hypocritical", "appalling",    "scandalous",   "cynical",     "insulting",
        "groundless",   "illegitimate", "unlawful",     "barbaric",    "criminal",
        "abhorrent",    "despicable",   "heinous",      "cowardly",    "politically",
        "inexcusable",  "unforgivable", "intolerable",  "senseless",   "unjust",
        "inhumane",     "unacceptably", "biased",       "unfair",      "politicized",
        "fabricated",   "misleading"};
    static constexpr std::string_view kCommending[] = {
        "historic",   "positive", "constructive", "encouraging", "productive", "excellent",
        "courageous", "brave",    "wise",         "fruitful",    "successful", "welcome"};
    bool judging_word(std::uint32_t k) const {
        return in(k) && tok(k).has(kLower) && (key_in(k, kBlaming) || key_in(k, kCommending));
    }
    void recode_judged(Candidate& c, std::uint32_t k) const {
        if (key_in(k, kCommending)) return c.recode("praise", "051", "praised");
        c.recode("criticize", "111", "criticized");
    }

    // "discussed the war by phone", "spoke with Netanyahu by telephone": a call (CAMEO 041),
    // not a meeting.
    void by_phone(Candidate& c) const {
        for (std::uint32_t k = c.end; in(k) && k < c.end + 10 && !boundary(k); ++k) {
            if (k > c.end && (text(k) == "," || verb_at(k) || Verbs::builtin().is_past(text(k))))
                return;  // another clause
            const bool by = is(k, "by") || (is(k, "over") && is(k + 1, "the"));
            const std::uint32_t w = is(k, "over") ? k + 2 : k + 1;
            if (by && (is(w, "phone") || is(w, "telephone") || is(w, "videoconference") ||
                       is(w, "video"))) {
                c.recode("phone", "041", "phoned");
                return;
            }
        }
    }

    // "The talks between Serbia and Kosovo collapsed": negotiations halted (CAMEO 164).
    void ended_talks(Candidate& c) const {
        if (!c.info || !c.info->noun) return;
        for (std::uint32_t k = c.end; in(k) && k < c.end + 8 && !boundary(k); ++k) {
            if (mention_at(k) != kNone || is(k, "between") || is(k, "with") || is(k, "on") ||
                is(k, "and") || cls(k, WordClass::det))
                continue;
            if (is(k, "collapsed") || is(k, "stalled") || is(k, "failed") ||
                (is(k, "broke") && is(k + 1, "down")) || (is(k, "ended") && !is(k + 1, "with"))) {
                c.recode("halt negotiations", "164", "halted_talks_with");
            }
            return;
        }
    }

    // "The African Union suspended Niger": a member suspended, relations reduced with it.
    void suspended_member(Candidate& c) {
        if (!c.info || c.info->noun) return;
        // (Past a role the mention leaves out: "suspended former president Jacob Zuma".)
        std::uint32_t k = c.end;
        while (k < c.end + 3 && mention_at(k) == kNone &&
               (is(k, "former") || cls(k, WordClass::det) || role_noun(k)))
            ++k;
        const std::int32_t m = mention_at(k);
        if (m == kNone) return;
        const auto t = type_of(m);
        // ("The ANC suspended Jacob Zuma": a body suspends its member.)
        const bool body = !c.source.empty() && type_of(c.source.front()) == graph::ActorType::org;
        if (t == graph::ActorType::loc || t == graph::ActorType::org ||
            (t == graph::ActorType::person && body))
            c.target = {m};
    }

    // A protest by a state is a diplomatic one, said rather than marched: CAMEO criticism
    // (111), not the demonstrations of category 14. It is aimed at whom the protester summoned
    // ("summoned the Chinese ambassador to protest") or protested to or with.
    void official_protest(Candidate& c) {
        if (c.cameo != "140" || c.source.empty()) return;
        const bool state = std::all_of(c.source.begin(), c.source.end(), [&](std::int32_t m) {
            const auto* a = actor_of(m);
            if (!a || a->country.empty()) return false;
            if (a->type == graph::ActorType::loc) return true;
            return a->sector == "GOV" || a->sector == "MIL" || a->sector == "LEG";
        });
        if (!state) return;
        c.recode("criticize", "111", "criticized");
        if (!c.target.empty()) return;
        if (c.begin >= s_.first_token + 2 && is(c.begin - 1, "to") &&
            mention_at(c.begin - 2) != kNone)
            c.target = {mention_at(c.begin - 2)};
        else if (is(c.end, "to") || is(c.end, "with")) {
            if (const auto m = prep_object(c.end, {"to", "with"}, 1); m != kNone)
                c.target = with_conjuncts(m);
        } else if (c.info && !c.info->noun) {
            // "protested the US arms sale": the owner of what is protested.
            if (const auto m = object_after(c.end, true); m != kNone) c.target = with_conjuncts(m);
        }
    }

    // What is seized or captured decides what seizing is: a place is occupied (192), people
    // are abducted (181), anything else is property seized (171).
    void seized_kind(Candidate& c) const {
        // The police or a state's forces capture people: an arrest ("the army captured a
        // rebel commander"). Anybody else takes them: an abduction.
        const bool detains = std::any_of(c.source.begin(), c.source.end(), [&](std::int32_t m) {
            const auto* a = actor_of(m);
            const auto [b, e] = range_of(m);
            if ((a && a->sector == "COP") || (e > b && is(e - 1, "police"))) return true;
            return a && !a->country.empty() && a->sector != "REB" && a->sector != "INS" &&
                   armed_actor(m);
        });
        const auto people = [&] {
            return detains ? c.recode("arrest", "173", "arrested")
                           : c.recode("abduct", "181", "abducted");
        };
        // Passive: what was seized stands before ("property seized by government forces").
        if (c.passive || is(c.end, "by")) {
            std::uint32_t k = c.begin;
            while (k > s_.first_token && (cls(k - 1, WordClass::aux) || is(k - 1, "that") ||
                                          is(k - 1, "which") || is(k - 1, "been")))
                --k;
            if (k > s_.first_token && mention_at(k - 1) == kNone && tok(k - 1).has(kLower)) {
                if (is_place(k - 1)) return c.recode("occupy", "192", "occupied");
                if (is_people(k - 1)) return people();
                return;
            }
        }
        for (const std::int32_t m : c.target) {
            const auto t = type_of(m);
            // (Not a place's demonym before the thing seized: "seized a British tanker".)
            if (t == graph::ActorType::loc &&
                out_.mentions[static_cast<std::size_t>(m)].form != MentionForm::modifier)
                return c.recode("occupy", "192", "occupied");
            if (t == graph::ActorType::person || t == graph::ActorType::group) return people();
        }
        for (std::uint32_t k = c.end; in(k) && k < c.end + 6 && !boundary(k) && text(k) != ",";
             ++k) {
            if (is_place(k)) return c.recode("occupy", "192", "occupied");
            // (A role noun heads the phrase: "a senior commander of the ELN", not "a
            // guerrilla stronghold".)
            const bool role_head = k > c.end && role_noun(k) &&
                                   !(in(k + 1) && tok(k + 1).has(kLower) &&
                                     doc_.classes[k + 1] == 0 && !is(k + 1, "of"));
            if (is_people(k) || role_head) return people();
        }
    }
    // Words for what is taken in fighting: a place, or people.
    bool is_place(std::uint32_t k) const {
        static constexpr std::array<std::string_view, 20> kPlaces = {
            "town",        "city",      "village",  "villages", "stronghold",
            "strongholds", "base",      "bases",    "airport",  "port",
            "territory",   "area",      "region",   "province", "district",
            "hill",        "positions", "crossing", "capital",  "outskirts"};
        return std::find(kPlaces.begin(), kPlaces.end(), doc_.key(k)) != kPlaces.end();
    }
    bool is_people(std::uint32_t k) const {
        static constexpr std::array<std::string_view, 12> kPeople = {
            "hostages", "soldiers", "journalists", "civilians", "workers",  "tourists",
            "officers", "people",   "fighters",    "suspect",   "suspects", "gunman"};
        return std::find(kPeople.begin(), kPeople.end(), doc_.key(k)) != kPeople.end();
    }

    // Who is expelled decides the code (CAMEO): diplomats break relations (161), peacekeepers,
    // inspectors and aid agencies are withdrawn from a mission (1661-1663); anybody else is
    // expelled or deported (174).
    void expelled_kind(Candidate& c) const {
        const auto set = [&](const char* cameo, const char* relation) {
            c.cameo = cameo;  // the type stays "expel"
            c.relation = relation;
        };
        for (std::uint32_t k = c.end; in(k) && k < c.end + 6 && !boundary(k) && text(k) != ",";
             ++k) {
            const std::string_view w = doc_.key(k);
            if (w == "diplomats" || w == "diplomat" || w == "ambassador" || w == "ambassadors" ||
                w == "envoy" || w == "envoys" || w == "attache" || w == "consul")
                return set("161", "reduced_relations_with");
            if (w == "peacekeepers" || w == "peacekeeping") return set("1661", "expelled");
            if (w == "inspectors" || w == "observers" || w == "monitors")
                return set("1662", "expelled");
            if (w == "agency" || w == "agencies" || w == "charity" || w == "charities" ||
                ((w == "aid" || w == "relief" || w == "humanitarian") &&
                 (is(k + 1, "workers") || is(k + 1, "groups") || is(k + 1, "agency"))))
                return set("1663", "expelled");
        }
    }

    // "suicide bombers killed 23 people", "guerrillas killed the deputy chief": killing with
    // bombs or by irregular fighters is unconventional violence (CAMEO 18), not the military
    // force (19) of troops, tanks and aircraft.
    void violence_kind(Candidate& c) const {
        if (c.type == "bomb" && c.cameo == "183") {
            // "Syrian jets bombed a market", "Israel bombed Gaza": bombing from the air by a
            // state's forces is aerial weapons (195); "militants bombed" stays a bombing.
            for (const auto m : c.source) {
                const auto& mention = out_.mentions[static_cast<std::size_t>(m)];
                if (machine_of_war(m) ||
                    (mention.type == graph::ActorType::loc && mention.form == MentionForm::name)) {
                    c.cameo = "195";
                    return;
                }
            }
            return;
        }
        if (c.type != "kill") return;
        const std::uint32_t from = c.begin > s_.first_token + 8 ? c.begin - 8 : s_.first_token;
        for (std::uint32_t k = from; in(k) && k < c.end + 8; ++k) {
            if (boundary(k)) continue;
            const std::string_view w = doc_.key(k);
            if (w != "bomb" && w != "bombs" && w != "bomber" && w != "bombers" && w != "bombing" &&
                w != "explosive" && w != "explosives")
                continue;
            std::string code = "183";
            for (std::uint32_t j = k > s_.first_token + 2 ? k - 2 : s_.first_token; j < k; ++j) {
                if (is(j, "suicide")) code = "1831";
                if (is(j, "car") || is(j, "truck")) code = "1832";
                if (is(j, "roadside")) code = "1833";
            }
            c.recode("bomb", code, "bombed");
            return;
        }
        static constexpr std::array<std::string_view, 18> kIrregular = {
            "guerrillas", "militants",  "gunmen",     "insurgents", "terrorists", "assailants",
            "attackers",  "extremists", "kidnappers", "guerrilla",  "militant",   "gunman",
            "insurgent",  "terrorist",  "assailant",  "attacker",   "guerillas",  "guerilla"};
        for (const auto m : c.source) {
            const std::string_view head = doc_.key(mention_end(m) - 1);
            if (std::find(kIrregular.begin(), kIrregular.end(), head) != kIrregular.end()) {
                c.cameo = "180";
                return;
            }
        }
    }

    // "Japan halted economic aid to Serbia": the act stopped is coded as its stopping (aid
    // reduced, talks halted), with the stopper as its source; the stopping verb is no event
    // of its own then.
    // Whether the verb at `v` is the infinitive a noun of aim takes: "efforts to end the war",
    // "a bid to mediate".
    bool aimed_at_by_noun(std::uint32_t v) const {
        // (Nouns that are verbs too, "plans to", "pushed to", only after a determiner or an
        // owner: "a plan to", "Egypt's push to".)
        static constexpr std::string_view kAims[] = {
            "efforts", "effort", "attempt", "attempts", "initiative", "proposal", "bid"};
        static constexpr std::string_view kAlsoVerbs[] = {"plan",  "plans",    "push", "move",
                                                          "calls", "pressure", "way"};
        if (v < s_.first_token + 2 || !is(v - 1, "to")) return false;
        const std::string_view n = doc_.key(v - 2);
        if (std::find(std::begin(kAims), std::end(kAims), n) != std::end(kAims)) return true;
        return std::find(std::begin(kAlsoVerbs), std::end(kAlsoVerbs), n) != std::end(kAlsoVerbs) &&
               v >= s_.first_token + 3 &&
               (cls(v - 3, WordClass::det) || cls(v - 3, WordClass::pron_poss) ||
                possessive(v - 3));
    }

    void stopped_acts() {
        std::vector<bool> drop(cands_.size(), false);
        for (const auto& stop : stops_) {
            const std::uint32_t at = stop.first;  // (not a structured binding: lambdas use it)
            const TriggerInfo* stopper_info = stop.second;
            // ("banned voting": a gerund names the act too.)
            auto act = std::find_if(cands_.begin(), cands_.end(), [&](const Candidate& c) {
                return c.begin > at && c.begin <= at + 4 && c.info &&
                       (c.info->noun || (c.info->form == VerbForm::gerund && c.begin == at + 1));
            });
            if (act == cands_.end()) continue;
            // ("blocked EU sanctions", "prevented a Russian attack": a name or a demonym right
            // before the act modifies it.)
            const std::int32_t modifier = mention_at(act->begin - 1);
            const bool name_modifies = modifier != kNone && mention_end(modifier) == act->begin;
            bool only_modifiers = true;
            for (std::uint32_t k = at + 1; k < act->begin; ++k) {
                if (name_modifies && mention_at(k) == modifier) continue;
                if (demonym_end(k) == act->begin) break;
                if ((mention_at(k) != kNone && !possessive_pronoun(mention_at(k))) || punct(k) ||
                    !(tok(k).has(kLower)))
                    only_modifiers = false;
            }
            if (!only_modifiers) continue;
            std::string code = lex_.refined_code("stop", act->type);
            // (Force blocked or prevented is no de-escalation: see below.)
            if (code == "087" && (stopper_info->flags & (kAvert | kRepel))) code.clear();
            if (act->type == "provide aid" && act->cameo.size() == 3 && act->cameo[1] == '7')
                code = of_aid_kind("162", act->cameo);
            const bool stopper_is_event = std::any_of(
                cands_.begin(), cands_.end(), [&](const Candidate& c) { return c.begin == at; });
            if (code.empty()) {
                // "banned voting", "stopped sending troops": what is banned or stopped does
                // not happen; a ban is the event. Nor does what is blocked or prevented
                // ("blocked EU sanctions on Russia", "prevented an attack").
                // Force blocked by defenders nobody names ("Air defenses blocked a missile
                // attack") was launched; one a named state or leader blocked was not
                // ("Washington blocked an Israeli strike on Rafah"), nor one only planned.
                const bool force = cameo_root(act->cameo) >= 18;
                const bool repelled = force && (stopper_info->flags & kRepel) &&
                                      subject_of(at).mention == kNone &&
                                      !is(act->begin - 1, "planned");
                const bool averted = (stopper_info->flags & kAvert) && !repelled;
                if (!act->info->noun || stopper_is_event || averted)
                    drop[static_cast<std::size_t>(act - cands_.begin())] = true;
                continue;
            }
            // ("the kingdom's efforts to end the war": whose efforts they are, if anyone's.)
            // (Nor a noun's: "demanded a halt to the fighting" is not the demander's halt.)
            const bool aimed = aimed_at_by_noun(at) || stopper_info->noun;
            const Subject subj = aimed ? Subject{} : subject_of(at);
            std::vector<std::int32_t> stopper;
            if (subj.mention != kNone) stopper = with_left_conjuncts(subj.mention);
            if (aimed && possessive(at - 3) && mention_at(at - 4) != kNone)
                stopper = {mention_at(at - 4)};
            if (code == "175") {
                // "Police broke up the demonstration": the protesters are repressed. Those who
                // call off their own strike ease their dissent instead.
                const bool own = std::any_of(act->source.begin(), act->source.end(), [&](auto m) {
                    return possessive_pronoun(m) || shares_actor(stopper, m);
                });
                if (own) {
                    act->recode("ease dissent", "082", "eased_dissent_toward");
                } else {
                    act->recode("repress", "175", "repressed");
                    act->target = act->source;
                }
            } else {
                if (code == "087") {
                    // The force stopped was the stopper's, aimed at the act's target.
                    act->recode("de-escalate", "087", "de-escalated_toward");
                } else {
                    act->type = code.starts_with("162") ? "reduce aid"
                                : code == "160"         ? "reduce relations"
                                                        : "halt negotiations";
                    act->cameo = code;
                    act->relation = "reduced_relations_with";
                }
            }
            if (!stopper.empty()) act->source = stopper;
            // ("did not halt its offensive", "considered cutting aid": said of the stopping.)
            if (!act->stance_from) act->stance_from = at;
            act->confidence = 0.7;
            for (std::size_t k = 0; k < cands_.size(); ++k)
                if (cands_[k].begin == at) drop[k] = true;  // the stopping verb, if an event
        }
        erase_marked(drop);
    }

    // "agreed to lift the sanctions", "wants to attack": the verb of intent is a frame around
    // the act, which is the event (planned); what is lifted or ended is no event of its own.
    // A demand, appeal or offer: something proposed, which was made even when turned down.
    static bool proposal(const Candidate& c) {
        return c.type == "demand" || c.type == "appeal" || c.type == "offer";
    }

    // "rejected an Indian proposal for signing a trade pact", "refused to meet the king":
    // what was turned down did not happen and is no event; whom it concerned is whom the
    // rejection is aimed at. A demand, appeal or offer named in the object was made, and
    // stays.
    void drop_rejected() {
        std::vector<bool> drop(cands_.size(), false);
        for (std::size_t r = 0; r < cands_.size(); ++r) {
            Candidate& rejection = cands_[r];
            if (!rejection.info || rejection.info->noun || !rejection.cameo.starts_with("12"))
                continue;
            for (std::size_t c = r + 1; c < cands_.size(); ++c) {
                const Candidate& turned_down = cands_[c];
                if (turned_down.begin <= rejection.end) continue;
                if (turned_down.begin > rejection.end + 12) break;
                bool clause_break = false;
                for (std::uint32_t k = rejection.end; k < turned_down.begin; ++k)
                    if (boundary(k) || text(k) == ",") clause_break = true;
                if (clause_break) break;
                if (turned_down.info && turned_down.info->noun && proposal(turned_down)) continue;
                // "refused to meet X": the act itself stays, negated (see stance()).
                // (Or a noun its light verb there takes: "refused to send missiles".)
                // (Or the object of the verb there, hosted: "refused to hold talks".)
                const auto object_of_next = [&] {
                    if (turned_down.begin < rejection.end + 2) return false;
                    for (std::uint32_t k = rejection.end + 2; k < turned_down.begin; ++k)
                        if (!(cls(k, WordClass::det) ||
                              (tok(k).has(kLower) && doc_.classes[k] == 0 && !verb_at(k))))
                            return false;
                    return tok(rejection.end + 1).kind == TokenKind::word &&
                           tok(rejection.end + 1).has(kLower) &&
                           doc_.classes[rejection.end + 1] == 0;
                };
                const bool refused_act =
                    turned_down.info && is(rejection.end, "to") &&
                    ((!turned_down.info->noun && turned_down.begin == rejection.end + 1) ||
                     (turned_down.info->noun &&
                      (turned_down.light == rejection.end + 1 || object_of_next())));
                if (rejection.target.empty())
                    for (const auto m : turned_down.target)
                        if (!shares_actor(rejection.source, m)) rejection.target.push_back(m);
                refine_rejection(rejection, turned_down);
                drop[c] = !refused_act;
            }
        }
        erase_marked(drop);
    }

    // "refused to hold talks", "rejected a ceasefire": what is turned down decides the code
    // (125 talks, 1246 a ceasefire, demand_codes.tsv "reject" rows).
    void refine_rejection(Candidate& rejection, const Candidate& turned_down) const {
        if (rejection.cameo != "120") return;
        if (const std::string code = lex_.refined_code("reject", turned_down.type); !code.empty())
            rejection.cameo = code;
        // (Aid of a kind: "refused to send tanks" is military aid refused, 1222.)
        if (rejection.cameo == "122") rejection.cameo = of_aid_kind("122", turned_down.cameo);
    }

    // The act a verb of intent at cands_[f] frames: "agreed to lift", "agreed in principle on
    // Saturday to provide aid" (through the light verb "provide"). A noun right after "to"
    // ("agreed to a ceasefire") is what is agreed to, not a frame's act.
    Candidate* intended_act(std::size_t f) {
        const Candidate& frame = cands_[f];
        std::uint32_t to = frame.end;
        while (in(to) && to < frame.end + 6 && !is(to, "to") && !punct(to) && !boundary(to)) ++to;
        if (!is(to, "to")) return nullptr;
        const bool light_after = std::any_of(lights_.begin(), lights_.end(),
                                             [&](const auto& l) { return l.first == to + 1; });
        // ("promised to stop shelling the plant": through the verb that stops it.)
        const bool stop_after = std::any_of(stops_.begin(), stops_.end(),
                                            [&](const auto& st) { return st.first == to + 1; });
        for (std::size_t a = f + 1; a < cands_.size(); ++a) {
            Candidate& act = cands_[a];
            if (!act.info || act.begin <= to) continue;
            if (!act.info->noun && act.begin <= to + 1 + (stop_after ? 1 : 0)) return &act;
            if (act.info->noun && light_after && act.begin <= to + 8) return &act;
            return nullptr;
        }
        return nullptr;
    }

    void drop_frames_and_ended() {
        std::vector<bool> drop(cands_.size(), false);
        for (std::size_t f = 0; f < cands_.size(); ++f) {
            const Candidate& frame = cands_[f];
            if (!frame.info) continue;
            const bool intent =
                frame.type == "agree" || frame.type == "pledge" || frame.type == "offer";
            if (intent) {
                if (Candidate* act = intended_act(f)) {
                    if (act->source.empty()) act->source = frame.source;
                    act->intent = true;
                    act->expressed_by = frame.begin;
                    drop[f] = true;
                }
            }
            const bool ending = frame.type == "ease sanctions" || frame.type == "ease" ||
                                frame.type == "withdraw" || frame.type == "reject";
            // (A demand or an offer rejected was still made: drop_rejected() keeps it, and an
            // act refused: "refused to hold talks".)
            if (ending && !(frame.type == "reject" && is(frame.end, "to")) &&
                f + 1 < cands_.size() && !proposal(cands_[f + 1]) && cands_[f + 1].info &&
                cands_[f + 1].info->noun && cands_[f + 1].begin <= frame.end + 2) {
                drop[f + 1] = true;
                if (frame.type == "reject") refine_rejection(cands_[f], cands_[f + 1]);
                // "lifted a night curfew in X": what is eased decides the code, and where it
                // was imposed is whom the easing is for.
                const Candidate& eased = cands_[f + 1];
                if (const std::string code = lex_.refined_code("ease", eased.type);
                    !code.empty() && frame.type.starts_with("ease")) {
                    Candidate& easing = cands_[f];
                    easing.cameo = code;
                    easing.type = code == "085" ? "ease sanctions" : "ease restrictions";
                    if (easing.target.empty()) easing.target = eased.target;
                    // "eased emergency measures on Wednesday in Montenegro", "lifted embargoes
                    // on sales to Iran".
                    if (easing.target.empty())
                        if (const auto m = prep_object(eased.end, {"on", "in", "against", "to"});
                            m != kNone)
                            easing.target = with_conjuncts(m);
                }
            }
        }
        // "wants to attack", "intends to strike", "threatened to invade": intent to use force.
        for (Candidate& c : cands_) {
            // "threatened to stage protests": the intent passes through the light verb.
            std::uint32_t b = c.begin;
            for (const auto& [at, info] : lights_)
                if (c.info && c.info->noun && at < c.begin && at + 4 > c.begin) b = at;
            // ("threatened to cut aid": through the verb that stops it too.)
            for (const auto& [at, info] : stops_)
                if (c.info && c.info->noun && at < c.begin && at + 4 > c.begin) b = at;
            // "threatened new tariffs on Chinese goods": a measure threatened is intended.
            if (c.info && c.info->noun && b == c.begin) {
                std::uint32_t k = b;
                // ("threatened 25 percent tariffs", "threatened to raise tariffs".)
                while (k > s_.first_token && k + 4 > b &&
                       (cls(k - 1, WordClass::det) || tok(k - 1).kind == TokenKind::number ||
                        is(k - 1, "to") ||
                        (tok(k - 1).has(kLower) && doc_.classes[k - 1] == 0 &&
                         !doc_.key(k - 1).starts_with("threat"))))
                    --k;
                if (k > s_.first_token && doc_.key(k - 1).starts_with("threaten")) {
                    c.intent = true;
                    c.threatened_by = k - 1;
                    // The threat is this one event, by whoever threatened it.
                    for (std::size_t f = 0; f < cands_.size(); ++f)
                        if (cands_[f].begin == k - 1 && cands_[f].type == "threaten") {
                            if (c.source.empty()) c.source = cands_[f].source;
                            drop[f] = true;
                        }
                    continue;
                }
            }
            if (b < s_.first_token + 2 || !is(b - 1, "to")) continue;
            // ("threatened on Monday to attack": past the time said of the threatening.)
            std::uint32_t v = b - 2;
            if (doc_.timex_at[v] != kNone) {
                while (v > s_.first_token && doc_.timex_at[v - 1] != kNone) --v;
                if (v > s_.first_token + 1 && (is(v - 1, "on") || is(v - 1, "in"))) --v;
                if (v > s_.first_token && doc_.key(v - 1).starts_with("threat")) b = v + 1;
            }
            if (is(b - 2, "wants") || is(b - 2, "want") || is(b - 2, "wanted") ||
                is(b - 2, "seeks") || is(b - 2, "seek") || is(b - 2, "seeking") ||
                is(b - 2, "sought") || is(b - 2, "aims") || is(b - 2, "hopes") ||
                is(b - 2, "intends") || is(b - 2, "intend") || is(b - 2, "plans") ||
                is(b - 2, "vowed") || is(b - 2, "vows") || is(b - 2, "sworn") ||
                is(b - 2, "swore") || is(b - 2, "threatened") || is(b - 2, "threatens") ||
                // "is ready to contribute troops", "is willing to withdraw".
                is(b - 2, "ready") || is(b - 2, "willing") || is(b - 2, "prepared")) {
                c.intent = true;
                if (doc_.key(b - 2).starts_with("threat") || doc_.key(b - 2).starts_with("vow") ||
                    is(b - 2, "swore") || is(b - 2, "sworn"))
                    c.threatened_by = b - 2;
            }
            // "Washington wants Saudi Arabia to normalize relations": what one wants of
            // another is asked of it, not done.
            if (const std::int32_t o = mention_at(b - 2); o != kNone) {
                const std::uint32_t ob = mention_begin(o);
                if (ob > s_.first_token &&
                    (is(ob - 1, "wants") || is(ob - 1, "want") || is(ob - 1, "wanted") ||
                     is(ob - 1, "expects") || is(ob - 1, "expect") || is(ob - 1, "expected")))
                    c.demanded = true;
            }
        }
        erase_marked(drop);
    }

    // A threat somebody made ("threatened to attack", "vowed to retaliate") happened when it
    // was said: asserted, unless its clause is reported, hypothetical or demanded.
    static void threat_made(Candidate& c) {
        if (c.threatened_by && c.modality == Modality::planned) c.modality = Modality::asserted;
    }

    // An intended act is coded as the intent: cooperation to come is "express intent to
    // cooperate" (03x), force to come is a threat (138).
    void recode_intent(Candidate& c) const {
        const int root = cameo_root(c.cameo);
        if (root == 0) return;
        // A protest, a sanction or a coercion to come, or one that would come on a condition,
        // is a threat of it: "will boycott the elections", "may halt mediation if ...".
        // A conditional one needs somebody it is aimed at; staying home from a vote threatens
        // nobody.
        const bool aimed = c.intent || c.modality == Modality::planned ||
                           (c.modality == Modality::hypothetical && !c.target.empty());
        if ((root == 14 || root == 16 || root == 17) && aimed && c.type != "abstain" &&
            c.polarity == Polarity::positive) {
            if (c.cameo == "143" || c.cameo == "163")
                c.cameo = "1312";  // boycott, embargo
            else if (root == 14)
                c.cameo = "133";
            else if (c.cameo.starts_with("162"))
                c.cameo = "1311";  // stopping aid
            else if (c.cameo.starts_with("175"))
                c.cameo = "137";  // repression
            else if (c.cameo.starts_with("172") && c.cameo.size() == 4)
                c.cameo = "132" + c.cameo.substr(3);  // a curfew (1723) -> 1323 ...
            else
                c.cameo = root == 17 ? "132" : "131";
            c.type = "threaten";
            c.relation = "threatened";
            if (c.modality == Modality::asserted) c.modality = Modality::planned;
            threat_made(c);
            return;
        }
        if (!(c.intent || c.modality == Modality::planned)) return;
        // Force to come is a threat: intended ("vowed to attack"), or planned and aimed at
        // somebody ("NATO said it would tighten the blockade of Serbia").
        if (root >= 18 && root <= 20 && (c.intent || !c.target.empty())) {
            // The threat names the force when the act does (CAMEO 1381-1385): a blockade, an
            // occupation, an assault or bombing, a kind of fighting ("shell"), weapons of mass
            // destruction; an attack of no kind (190) and mass killing (201-203, which CAMEO
            // has no threat of) stay 138.
            const char* code = root == 18                   ? "1383"
                               : c.cameo.starts_with("204") ? "1385"
                               : root == 20                 ? "138"
                               : c.cameo.starts_with("191") ? "1381"
                               : c.cameo.starts_with("192") ? "1382"
                               : c.cameo == "190"           ? "138"
                                                            : "1384";
            c.recode("threaten", code, "threatened");
            // (A threat reported or only possible stays so.)
            if (c.modality == Modality::asserted || !c.threatened_by)
                c.modality = Modality::planned;
            threat_made(c);
            return;
        }
        static constexpr std::array<const char*, 9> kIntent = {"",    "",    "",    "",   "036",
                                                               "032", "031", "033", "035"};
        if (root >= 4 && root <= 8) {
            // The kind of act keeps its digit: economic aid to come is 0331, lifting an embargo
            // 0354, a withdrawal 0356.
            const char kind = c.cameo.size() >= 3 ? c.cameo[2] : '0';
            // (Mediation to come is its own intent: "offered to mediate" is 039.)
            std::string code = c.cameo == "045" ? "039" : kIntent[static_cast<std::size_t>(root)];
            if ((root == 6 || root == 7) && kind >= '1' && kind <= '4') code += kind;
            // 081 ease restrictions -> 0351 ... 084 release -> 0353, 085 -> 0354, 087 -> 0356.
            static constexpr std::string_view kYield = "012-3456";  // by the yield code's digit
            const auto digit = static_cast<std::size_t>(kind - '0');
            if (root == 8 && kind >= '1' && kind <= '7' && kYield[digit] != '-')
                code += kYield[digit];
            c.cameo = code;
            // An intent expressed ("pledged aid", "agreed to hold talks") was expressed: it
            // keeps the stance of the expressing clause. Otherwise the act is to come.
            if (!c.expressed_by) c.modality = Modality::planned;
        }
    }

    // "threatened to strike unless Israel rescinded ...": a threat is aimed at whom its
    // condition is set on, when it names nobody else.
    void condition_target(Candidate& c) const {
        if (!c.cameo.starts_with("13") || !c.target.empty()) return;
        for (std::uint32_t k = c.end; in(k) && k < c.end + 14 && !boundary(k); ++k) {
            if (!is(k, "unless") && !is(k, "if")) continue;
            std::uint32_t j = k + 1;
            if (is(j, "the")) ++j;
            const std::int32_t m = mention_at(j);
            if (m != kNone && !possessive_pronoun(m) && !shares_actor(c.source, m))
                c.target.push_back(m);
            return;
        }
        threatened_act_target(c);
    }

    // "threatened to deliver devastating blows to the United States and Israel", "threatened
    // Monday to resume attacks in Israel": a threat names nobody, the act it threatens may.
    void threatened_act_target(Candidate& c) const {
        std::uint32_t to = c.end;
        while (in(to) && doc_.timex_at[to] != kNone) ++to;
        if (!is(to, "to")) return;
        for (std::uint32_t k = to + 1; in(k) && k < to + 12; ++k) {
            if (boundary(k) || text(k) == "," || is(k, "unless") || is(k, "if") ||
                is(k, "because") || is(k, "after") || is(k, "while"))
                return;
            if (!(is(k, "to") || is(k, "against") || is(k, "on") || is(k, "at") || is(k, "into") ||
                  is(k, "in")))
                continue;
            std::uint32_t j = k + 1;
            if (is(j, "the")) ++j;
            const std::int32_t m = mention_at(j);
            if (m == kNone || possessive_pronoun(m) || possessive(mention_end(m)) ||
                shares_actor(c.source, m))
                continue;
            append(c.target, with_conjuncts(m));
            return;
        }
    }

    // "threatened to impose a curfew": once the act is coded as the threat of it, the verb
    // "threatened" is that same threat, not another one.
    void drop_threat_frames() {
        std::vector<bool> drop(cands_.size(), false);
        for (std::size_t f = 0; f < cands_.size(); ++f) {
            const Candidate& frame = cands_[f];
            if (!frame.info || frame.info->noun || frame.cameo != "130") continue;
            for (std::size_t a = 0; a < cands_.size(); ++a) {
                Candidate& act = cands_[a];
                // ("threatened on Monday to attack": the act knows its threatening verb.)
                const bool made_here = act.threatened_by && *act.threatened_by == frame.begin;
                if (a == f || act.type != "threaten" ||
                    !(made_here ||
                      (is(frame.end, "to") && act.begin > frame.end && act.begin <= frame.end + 5)))
                    continue;
                if (act.source.empty()) act.source = frame.source;
                drop[f] = true;
                break;
            }
        }
        erase_marked(drop);
    }

    // A protest or violence aimed at nobody named is aimed at the place it happens in, as
    // event coders code it: a protest "in Beijing", "in the northern city of Kirkuk", "at this
    // jail in northern Israel"; "shelling in the Gaza Strip".
    void place_target(Candidate& c) {
        if (!c.target.empty() || c.cameo.size() < 2) return;
        const bool protest = c.cameo.starts_with("14");
        const bool violence =
            c.cameo.starts_with("18") || c.cameo.starts_with("19") || c.cameo.starts_with("20");
        // (A killing with neither agent nor victim named is no event of a place: "15,000 have
        // been killed in Gaza" names nobody who acted.)
        if (!protest && !(violence && !c.source.empty())) return;
        // "staged rallies in Gaza against the party's leader": whom it is against comes first.
        if (protest && c.info && c.info->noun)
            if (const auto m = prep_object(c.end, {"against"}); m != kNone) {
                c.target = with_conjuncts(m);
                return;
            }
        for (std::uint32_t k = c.end; in(k) && k < c.end + 8 && !boundary(k); ++k) {
            if (!is(k, "in")) continue;
            std::uint32_t j = k + 1;
            while (in(j) && j < k + 5 && mention_at(j) == kNone &&
                   (cls(j, WordClass::det) || is(j, "of") || adjective(j) ||
                    (tok(j).has(kLower) && doc_.classes[j] == 0 && !verb_at(j))))
                ++j;
            const std::int32_t m = mention_at(j);
            if (m == kNone) continue;
            // ("fired at ships in the Red Sea": a sea is where, not whom.)
            if (type_of(m) == graph::ActorType::loc && !sea(m)) c.target.push_back(m);
            return;
        }
    }

    bool is_troops(std::uint32_t k) const {
        return is(k, "troops") || is(k, "forces") || is(k, "soldiers") || is(k, "warships") ||
               is(k, "jets") || is(k, "reinforcements") || is(k, "peacekeepers");
    }

    // What was sent decides what sending is: letters and memos are written to somebody, aid
    // is provided, troops are deployed, weapons are military aid.
    void type_sending(Candidate& c) const {
        const std::uint32_t from = c.begin > s_.first_token + 5 ? c.begin - 5 : s_.first_token;
        // "gave the Ivory Coast 5.1 million dollars of aid": what is given may stand far.
        const std::uint32_t reach = c.type == "provide aid" ? 8 : 4;
        const bool verb = c.info && !c.info->noun;
        // "handed over" a letter writes to somebody; a letter near "gave" or "sent aid" is
        // another matter ("another letter").
        const bool handing = verb && text(c.begin).starts_with("hand");
        const bool giving =
            verb && (handing || is(c.begin, "give") || is(c.begin, "gave") ||
                     is(c.begin, "given") || is(c.begin, "gives") || is(c.begin, "giving"));
        for (std::uint32_t k = from; k < c.end + reach && k < s_.end_token; ++k) {
            if (k >= c.end && boundary(k)) break;
            // Troops sent may be a group of their own: "sent Chilean troops to Bolivia".
            if (mention_at(k) != kNone && !(k >= c.end && is_troops(k))) continue;
            if (c.type == "provide aid" && !handing && (is(k, "letter") || is(k, "another")))
                continue;
            if (is(k, "letter") || is(k, "letters") || is(k, "memo") || is(k, "memos") ||
                is(k, "message") || is(k, "messages") || is(k, "note") || is(k, "petition") ||
                is(k, "another"))
                return c.recode("write", "010", "wrote_to");
            if (is(k, "aid") || is(k, "assistance") || is(k, "supplies") || is(k, "food") ||
                is(k, "medicine") || is(k, "fuel")) {
                // The kind of aid ("gave military aid") is coded as the trigger lexicon codes
                // the noun phrase; a kind the trigger already names keeps its own code.
                if (k > s_.first_token && k >= c.end)
                    if (const auto m = lex_.match(doc_.keys, doc_.tokens, k - 1, s_.end_token);
                        m && m->length == 2)
                        for (const TriggerInfo& r : *m->readings)
                            if (r.noun && r.type == "provide aid")
                                return c.recode("provide aid", r.cameo, "aided");
                return c.type == "provide aid" && c.cameo.starts_with("07")
                           ? void()
                           : c.recode("provide aid", "070", "aided");
            }
            // (Aircraft delivered or supplied are arms: "delivered F-16 jets to Ukraine";
            // sent, they may be a force deployed.)
            const bool aircraft = is(k, "jets") || is(k, "helicopters") || is(k, "warplanes");
            const bool transfer =
                c.type == "provide aid" || (verb && doc_.key(c.begin).starts_with("deliver"));
            if ((is_troops(k) || aircraft) && !(aircraft && transfer))
                return c.recode("deploy", "154", "deployed_to");
            if (is(k, "weapons") || is(k, "arms") || is(k, "missiles") || is(k, "ammunition") ||
                is(k, "tanks") || aircraft || is(k, "drones") || is(k, "artillery") ||
                is(k, "howitzers") || is(k, "systems") || is(k, "munitions") || is(k, "shells") ||
                is(k, "bombs") || is(k, "rockets"))
                return c.recode("provide aid", "072", "aided");  // the code says the kind
            if (is(k, "inspectors") || is(k, "investigators") || is(k, "monitors"))
                return c.recode("investigate", "090", "investigated");
            // "gave a warm welcome to de Klerk": received him as a host.
            if (giving && is(k, "welcome")) return c.recode("host", "043", "hosted");
        }
        // "sent $10 million to Syria", "gave 50 million euros": money given is economic aid.
        if (money_after(c.end)) return c.recode("provide aid", "071", "aided");
        // "sent a team", "sent 21 personnel": sending what is none of these is no event.
        if (c.type == "send") {
            c.type.clear();
            return;
        }
        // "gave a speech", "gave details": giving what is no aid is no event.
        if (c.type == "provide aid" && giving) c.type.clear();
    }

    // "X said Y used civilians as human shields": telling of somebody else's hostile act is an
    // accusation (as event coders such as PETRARCH code it).
    void accusations() {
        std::vector<Candidate> added;
        for (const Candidate& s : cands_) {
            if (!s.statement || s.source.empty()) continue;
            for (const Candidate& c : cands_) {
                if (&c == &s || c.reporter != static_cast<std::int32_t>(&s - cands_.data()) ||
                    c.source.empty())
                    continue;
                // Telling of one's own act ("claiming responsibility for an attack"), or of
                // one's own country's ("Defence Minister Joxe said France is ready to send
                // troops"), accuses nobody; nor does an act still to come.
                if (std::any_of(c.source.begin(), c.source.end(), [&](std::int32_t m) {
                        return shares_actor(s.source, m) || shares_country(s.source, m);
                    }))
                    continue;
                if (c.intent || c.modality == Modality::planned) continue;
                const int root = cameo_root(c.cameo);
                // Reporting what somebody said of another (criticism, rejection, threats) accuses
                // nobody; reporting a hostile act does.
                if (root < 15) continue;
                if (c.polarity == Polarity::negative) continue;
                Candidate a;
                a.begin = s.begin;
                a.end = s.end;
                a.said = true;
                a.type = "accuse";
                // Of war crimes (human shields), of aggression (force), of crime (arrests ...).
                a.cameo = c.cameo == "184" ? "1124"
                          : root >= 18     ? "1123"
                          : root == 17     ? "1121"
                                           : "112";
                a.relation = "accused";
                a.source = s.source;
                a.target = c.source;
                a.confidence = 0.6;
                // ("said Israel attacked Gaza and killed 20": one accusation of both.)
                if (std::none_of(added.begin(), added.end(), [&](const Candidate& b) {
                        return b.begin == a.begin && b.cameo == a.cameo && b.target == a.target;
                    }))
                    added.push_back(std::move(a));
            }
        }
        for (auto& a : added) cands_.push_back(std::move(a));
    }

    // "Russia said Sudan must return the helicopter": saying that somebody must act is a
    // demand of them (CAMEO 10, refined by what they must do, as "demanded a ceasefire" is).
    void speech_demands() {
        std::vector<Candidate> added;
        for (const Candidate& s : cands_) {
            if (!s.statement || s.source.empty() || s.info == nullptr) continue;
            // The reported clause: after "said", "said on Tuesday that", "said here Wednesday".
            std::uint32_t k = s.end;
            // "issued a reminder Saturday to Iraq that it must ...": whom it was told to.
            std::int32_t addressee = kNone;
            while (in(k) && k < s.end + 8) {
                if (is(k, "to") && mention_at(k + 1) != kNone && addressee == kNone) {
                    addressee = mention_at(k + 1);
                    k = mention_end(addressee);
                    continue;
                }
                if (!((doc_.timex_at[k] != kNone || is(k, "on") || is(k, "here") || is(k, "that") ||
                       is(k, "in") || is(k, "today") || is(k, "yesterday")) &&
                      mention_at(k) == kNone))
                    break;
                ++k;
            }
            if (is(k, "the")) ++k;
            // "... to Iraq that it must": the pronoun is the one addressed.
            const bool addressed = addressee != kNone && cls(k, WordClass::pron_subj) &&
                                   (mention_at(k) == kNone || mention_end(mention_at(k)) == k + 1);
            const std::int32_t subject = addressed ? addressee : mention_at(k);
            if (subject == kNone || possessive_pronoun(subject)) continue;
            const std::vector<std::int32_t> targets =
                addressed ? std::vector<std::int32_t>{addressee} : with_conjuncts(subject);
            // "the rebels in Darfur must": a short modifier may stand between.
            std::uint32_t j = addressed ? k + 1 : mention_end(targets.back());
            for (std::uint32_t steps = 0; steps < 6 && in(j) && !is(j, "must") &&
                                          !is(j, "should") && !punct(j) && !cls(j, WordClass::aux);
                 ++steps)
                ++j;
            const bool must = is(j, "must") || is(j, "should") ||
                              ((is(j, "has") || is(j, "have") || is(j, "needs") || is(j, "need") ||
                                is(j, "ought")) &&
                               is(j + 1, "to"));
            if (!must) continue;
            Candidate d;
            d.said = true;
            d.begin = s.begin;
            d.end = s.end;
            d.recode("demand", "100", "demanded_of");
            d.source = s.source;
            d.confidence = 0.6;
            for (const auto t : targets)
                if (!shares_actor(s.source, t)) d.target.push_back(t);
            if (d.target.empty()) continue;
            // What they must do refines the code: "must withdraw" is a demand to withdraw.
            for (const Candidate& act : cands_)
                if (act.begin > j && act.begin <= j + 4 && act.info && !act.info->noun) {
                    if (const std::string code = lex_.refined_code("demand", act.type);
                        !code.empty())
                        d.cameo = code;
                    break;
                }
            added.push_back(std::move(d));
        }
        for (auto& d : added) cands_.push_back(std::move(d));
    }

    // Whether one of the mentions `ms` names an actor of the country of `m`'s actor.
    bool shares_country(const std::vector<std::int32_t>& ms, std::int32_t m) const {
        const std::string country = country_of(m);
        return !country.empty() && std::any_of(ms.begin(), ms.end(), [&](std::int32_t x) {
            return country_of(x) == country;
        });
    }
    std::string country_of(std::int32_t m) const {
        const auto* a = actor_of(m);
        return a ? a->country : std::string();
    }
    // The two actors "the two leaders" or "both sides" right before the verb at `v` stand
    // for: the source and target of the latest event of the three sentences before that has
    // one of each, people for "leaders" or "presidents", any actors for "sides". Their latest
    // mentions before `v`, or none.
    std::vector<std::int32_t> pair_named_before(std::uint32_t v) const {
        std::uint32_t k = v;
        while (k > s_.first_token && (cls(k - 1, WordClass::adv) || cls(k - 1, WordClass::aux) ||
                                      cls(k - 1, WordClass::neg) || cls(k - 1, WordClass::modal)))
            --k;
        if (k < s_.first_token + 2 || !(is(k - 2, "two") || is(k - 2, "both"))) return {};
        static constexpr std::string_view kPeople[] = {"leaders", "presidents", "men", "women",
                                                       "ministers"};
        static constexpr std::string_view kAny[] = {
            "sides",      "countries", "nations", "governments", "neighbors",
            "neighbours", "allies",    "rivals",  "parties",     "delegations"};
        const std::string_view noun = doc_.key(k - 1);
        const bool people =
            std::find(std::begin(kPeople), std::end(kPeople), noun) != std::end(kPeople);
        if (!people && std::find(std::begin(kAny), std::end(kAny), noun) == std::end(kAny))
            return {};
        const std::uint32_t here = doc_.sentence_of[v];
        for (auto e = out_.events.rbegin(); e != out_.events.rend(); ++e) {
            if (e->sentence_index + 3 < here) break;
            if (e->source.size() != 1 || e->target.size() != 1) continue;
            std::vector<std::int32_t> pair;
            for (const std::string* id : {&e->source.front(), &e->target.front()}) {
                for (std::size_t m = out_.mentions.size(); m-- > 0;) {
                    const Mention& x = out_.mentions[m];
                    if (x.actor == *id && x.span.end <= tok(v).begin &&
                        (!people || x.type == graph::ActorType::person)) {
                        pair.push_back(static_cast<std::int32_t>(m));
                        break;
                    }
                }
            }
            if (pair.size() == 2) return pair;
        }
        return {};
    }

    const graph::ActorRecord* actor_of(std::int32_t m) const {
        const std::string& id = out_.mentions[static_cast<std::size_t>(m)].actor;
        for (const auto& a : out_.actors)
            if (a.id == id) return &a;
        return nullptr;
    }

    // Whether one of the mentions `ms` names the actor mention `m` names.
    bool shares_actor(const std::vector<std::int32_t>& ms, std::int32_t m) const {
        const std::string& actor = out_.mentions[static_cast<std::size_t>(m)].actor;
        return std::any_of(ms.begin(), ms.end(), [&](std::int32_t x) {
            return out_.mentions[static_cast<std::size_t>(x)].actor == actor;
        });
    }

    // Whether "would" at `k` reports a future: a statement verb stands before it in the
    // sentence, and nothing in the sentence sets a condition.
    bool future_in_past(std::uint32_t k) const {
        for (std::uint32_t j = s_.first_token; j < s_.end_token; ++j)
            if (is(j, "if") || is(j, "unless") || is(j, "otherwise")) return false;
        return std::any_of(cands_.begin(), cands_.end(), [&](const Candidate& other) {
            return other.statement && other.info && other.end <= k && other.end + 6 > k;
        });
    }

    // ------------------------------------------------------------------ stance
    void stance(Candidate& c) {
        const std::uint32_t head = c.light ? *c.light : c.stance_from ? *c.stance_from : c.begin;
        // "ruled out sending troops" denies the act; "has not ruled out sending troops" leaves
        // it possible.
        if (head >= s_.first_token + 2 && is(head - 1, "out") &&
            (is(head - 2, "rule") || is(head - 2, "rules") || is(head - 2, "ruled") ||
             is(head - 2, "ruling"))) {
            bool negated = false;
            for (std::uint32_t k = head - 2; k-- > s_.first_token && k + 4 > head - 2;)
                if (cls(k, WordClass::neg)) negated = true;
            if (negated) {
                c.modality = Modality::hypothetical;
            } else {
                c.polarity = Polarity::negative;
            }
            return;
        }
        // "Neither Israel nor Hamas agreed", "attacked neither Lebanon nor Syria": "neither"
        // before a side of the event negates it.
        for (const auto* side : {&c.source, &c.target})
            for (const std::int32_t m : *side) {
                std::uint32_t b = mention_begin(m);
                if (b > s_.first_token && cls(b - 1, WordClass::det) && !is(b - 1, "neither")) --b;
                if (b > s_.first_token && is(b - 1, "neither")) c.polarity = Polarity::negative;
            }
        // Negation: "did not meet", "never met", "no meeting", "refused to meet".
        for (std::uint32_t k = head; k-- > s_.first_token && k + 4 > head;) {
            if (cls(k, WordClass::neg) || is(k, "no")) c.polarity = Polarity::negative;
            if ((is(k, "refused") || is(k, "declined") || is(k, "failed") || is(k, "refuses") ||
                 is(k, "declines") || is(k, "fails")) &&
                is(k + 1, "to"))
                c.polarity = Polarity::negative;
            // "urged all states to refrain from attacking Israel".
            if (doc_.key(k).starts_with("refrain") && is(k + 1, "from"))
                c.polarity = Polarity::negative;
            if (punct(k) || mention_at(k) != kNone) break;
        }
        if (c.demanded) {
            c.modality = Modality::demanded;
            return;
        }
        // "efforts to end the war", "a bid to halt the fighting": an act a noun aims at is
        // only possible.
        if (aimed_at_by_noun(head)) {
            c.modality = Modality::hypothetical;
            return;
        }
        // "is considering sending troops", "weighed imposing sanctions": an act weighed is
        // only possible.
        const std::uint32_t weighed =
            head > s_.first_token + 1 && c.info && c.info->noun && cls(head - 1, WordClass::det)
                ? head - 1
                : head;
        if (weighed > s_.first_token && (text(head).ends_with("ing") || weighed != head)) {
            const std::string_view w = doc_.key(weighed - 1);
            if (w.starts_with("consider") || w.starts_with("weigh") || w.starts_with("mull") ||
                w.starts_with("contemplat") || w == "discussed" || w == "discussing") {
                c.modality = Modality::hypothetical;
                return;
            }
        }
        // Modality from the words before the trigger in its clause. A modal takes a base
        // verb, or "be"/"have" and a participle: in "will return weapons seized last year"
        // the seizing is not what "will" speaks of.
        // (Through a light or stopping verb, its own form: "must protect civilians and
        // announced new aid" is no aid that must be.)
        const bool participle =
            head == c.begin ? c.info && !c.info->noun && c.info->form != VerbForm::base
                            : tok(head).has(kLower) && (Verbs::builtin().is_past(text(head)) ||
                                                        text(head).ends_with("ing"));
        bool auxiliary = false;
        for (std::uint32_t k = head; k-- > s_.first_token && k + 6 > head;) {
            if (boundary(k) || text(k) == ",") break;
            // ("must protect civilians and announced new aid": another verb's modal; but
            // "could attack Israel and kill its leaders" joins two verbs it takes.)
            if (std::any_of(cands_.begin(), cands_.end(), [&](const Candidate& o) {
                    return &o != &c && o.begin == k && o.info && !o.info->noun &&
                           (participle || o.info->form != VerbForm::base);
                }))
                break;
            if (cls(k, WordClass::aux)) auxiliary = true;
            if (participle && !auxiliary && cls(k, WordClass::modal) && !is(k, "if")) break;
            // "NATO said it would tighten the blockade": a future told in the past is planned,
            // when no condition is set.
            if (is(k, "would") && future_in_past(k)) {
                c.modality = Modality::planned;
                break;
            }
            if (is(k, "would") || is(k, "could") || is(k, "might") || is(k, "may") ||
                is(k, "should") || is(k, "must") || is(k, "if") || is(k, "unless") ||
                ((is(k, "likely") || is(k, "unlikely")) && is(k + 1, "to"))) {
                c.modality = Modality::hypothetical;
                break;
            }
            if (is(k, "will") || is(k, "'ll") || is(k, "shall") ||
                tense_marker(doc_, k) == Tense::future) {
                c.modality = Modality::planned;
                break;
            }
        }
        // "warned Taiwan against declaring independence", "voted against extending the
        // mandate": an act named after "against" is opposed, not done.
        if (c.begin > s_.first_token && is(c.begin - 1, "against") &&
            text(c.begin).ends_with("ing"))
            c.modality = Modality::hypothetical;
        // "plan to either stay home, vote for ..., or ...": alternatives are hypothetical.
        for (std::uint32_t k = s_.first_token; k < c.begin; ++k)
            if (is(k, "either"))
                for (std::uint32_t j = c.begin; j < s_.end_token; ++j)
                    if (is(j, "or")) c.modality = Modality::hypothetical;
        if (c.modality != Modality::asserted || c.statement) return;
        // "accused Hamas of using ...": what somebody is accused of is only alleged.
        // (Also past the agents of a passive: "was accused by India and the US of ...".)
        for (const Candidate& other : cands_) {
            if (&other == &c || other.type != "accuse" || other.end > c.begin) continue;
            bool of = false, clause_break = false;
            for (std::uint32_t k = other.end; k < c.begin; ++k) {
                of = of || (is(k, "of") && k < other.end + 5);
                // (A comma between two names lists the agents: "by India, Pakistan and".)
                const bool listing =
                    text(k) == "," && mention_at(k - 1) != kNone && mention_at(k + 1) != kNone;
                clause_break = clause_break || boundary(k) || (text(k) == "," && !listing);
            }
            const bool after_agents =
                !clause_break && is(c.begin - 1, "of") && c.begin <= other.end + 12;
            // (What is alleged is a noun or a gerund after "of", not the verb of the clause
            // the accused are the subject of: "settlers accused of violence were arrested".)
            const bool alleged_form = c.info->noun || c.info->form == VerbForm::gerund ||
                                      is(c.begin - 1, "of") || is(c.begin - 1, "having");
            if ((of && other.end + 5 >= c.begin && alleged_form) || after_agents) {
                c.modality = Modality::reported;
                c.reporter = static_cast<std::int32_t>(&other - cands_.data());
                return;
            }
        }
        // Reported: "according to X, ...", "X said (that) ...", or "..., X said". A speech
        // verb reports what follows even when its speaker is nobody the graph holds ("The
        // report says", "Navalny's widow said").
        for (const Candidate& other : cands_) {
            if (!other.statement || &other == &c) continue;
            if (other.source.empty() && !(other.info && !other.info->noun)) continue;
            const auto reporter = static_cast<std::int32_t>(&other - cands_.data());
            if (other.info == nullptr) {
                c.modality = Modality::reported;
                c.reporter = reporter;
                return;
            }
            // "Russia denied that it had sent troops", "denied sending troops": what a denial
            // reports is said not to have happened (unless the denial is itself negated).
            if (other.begin < c.begin && other.type == "deny" &&
                other.polarity == Polarity::positive && c.polarity == Polarity::positive &&
                (c.begin <= other.end + 1 || (is(other.end, "that") && c.begin <= other.end + 8)))
                c.polarity = Polarity::negative;
            if (other.begin < c.begin) {
                // The speech verb's complement: right after it, or after "that", with no clause
                // break before the event.
                bool clause_break = false;
                for (std::uint32_t k = other.end; k < c.begin; ++k)
                    if (boundary(k) || text(k) == ",") clause_break = true;
                if (!clause_break || is(other.end, "that")) {
                    c.modality = Modality::reported;
                    c.reporter = reporter;
                    return;
                }
            } else if ((other.end + 4 >= s_.end_token ||
                        (text(other.end) == "," &&
                         (is(other.end + 1, "and") || is(other.end + 1, "but")))) &&
                       !(in(other.end) &&
                         (mention_at(other.end) != kNone || cls(other.end, WordClass::pron_subj) ||
                          cls(other.end, WordClass::det) || is(other.end, "that")))) {
                // '..., X said.': the clause before a speech verb ending the sentence or its
                // clause ("..., officials said, and Israel denied it"; not a parenthesis, "where,
                // it said, 100 people were killed"), nor one saying something
                // of its own ("..., and the army said it targeted Hamas").
                bool comma = false;
                for (std::uint32_t k = c.end; k < other.begin; ++k)
                    if (text(k) == "," || tok(k).has(kCloseQuote)) comma = true;
                if (comma) {
                    c.modality = Modality::reported;
                    c.reporter = reporter;
                    return;
                }
            }
        }
        for (const Quote& q : doc_.quotes)
            if (q.open_token < c.begin && c.begin < q.close_token) c.modality = Modality::reported;
        // "The report says Russian forces shelled Kharkiv, killing three civilians": a
        // participle clause after a comma is reported with the clause it follows.
        if (c.modality == Modality::asserted && c.info && !c.info->noun &&
            c.info->form == VerbForm::gerund && c.begin > s_.first_token &&
            text(c.begin - 1) == ",")
            if (const Candidate* main = clause_before(c.begin);
                main && main->modality == Modality::reported) {
                c.modality = Modality::reported;
                c.reporter = main->reporter;
            }
    }

    Document& doc_;
    Extraction& out_;
    const TriggerLexicon& lex_;
    const Lexicon& lexicon_;
    const Sentence& s_;
    std::vector<Candidate> cands_;
    std::vector<std::pair<std::uint32_t, const TriggerInfo*>> lights_;
    std::vector<std::uint32_t> used_lights_;  // light verbs whose subject a noun took
    std::vector<std::pair<std::uint32_t, const TriggerInfo*>> stops_;  // verbs that stop acts
    mutable std::unordered_map<std::int32_t, std::pair<std::uint32_t, std::uint32_t>> ranges_;
};

Tense tense_of(const Document& doc, const Candidate& c);

// The event of sentence `s - 1` that sentence `s` continues in time, when `c` is done by the
// he, she, they or name opening `s` and is told in the past: the last event before, done by the
// same actor, asserted and dated by a time expression. Null otherwise.
const Event* continued_from(const Document& doc, const Extraction& out, const Sentence& sent,
                            std::uint32_t s, const Candidate& c) {
    if (s == 0) return nullptr;
    // (Or by the same name again: "Macron visited Kyiv on Thursday. Macron also met ...".)
    const std::uint32_t first = sent.first_token;
    if (doc.tokens[first].kind != TokenKind::word) return nullptr;
    const std::int32_t opener = doc.mention_at[first];
    if (opener == kNone || std::find(c.source.begin(), c.source.end(), opener) == c.source.end() ||
        tense_of(doc, c) != Tense::past)
        return nullptr;
    // A name goes on with acts told as going on ("also", "then", "later", "during the
    // visit"), not with words said or asked (said now, as a rule), nor with what one has or
    // had done at another time ("Trump imposed tariffs in April. Trump met Xi in Busan.").
    if (out.mentions[static_cast<std::size_t>(opener)].form != MentionForm::pronoun) {
        const int root = cameo_root(c.cameo);
        if ((root >= 1 && root <= 3) || (root >= 10 && root <= 13)) return nullptr;
        bool goes_on = false;
        for (std::uint32_t k = first; k < sent.end_token; ++k) {
            if (k < c.begin &&
                (doc.is_word(k, "has") || doc.is_word(k, "have") || doc.is_word(k, "had")))
                return nullptr;
            for (const std::string_view w :
                 {"also", "then", "later", "there", "afterwards", "subsequently", "during"})
                goes_on = goes_on || doc.is_word(k, w);
        }
        if (!goes_on) return nullptr;
    }
    const std::string& who = out.mentions[static_cast<std::size_t>(opener)].actor;
    for (auto e = out.events.rbegin(); e != out.events.rend(); ++e) {
        if (e->sentence_index + 1 < s) break;
        if (e->sentence_index + 1 != s) continue;
        if (e->date_from == DateSource::timex && e->modality == Modality::asserted &&
            std::find(e->source.begin(), e->source.end(), who) != e->source.end())
            return &*e;
    }
    return nullptr;
}

// "Ukraine denied the accusation", "Caracas condemned the threat", "the ICC rejected the
// measures": a reply to an act the article told before, named by a noun after the reply's
// verb. The type of the act the noun names, or empty.
std::string_view act_named_by(std::string_view noun) {
    static constexpr std::pair<std::string_view, std::string_view> kNouns[] = {
        {"accusation", "accuse"},  {"accusations", "accuse"}, {"allegation", "accuse"},
        {"allegations", "accuse"}, {"charge", "accuse"},      {"charges", "accuse"},
        {"claim", "accuse"},       {"claims", "accuse"},      {"measures", "sanction"},
        {"sanctions", "sanction"}, {"tariffs", "sanction"},   {"threat", "threaten"},
        {"threats", "threaten"},   {"ultimatum", "threaten"}, {"arrest", "arrest"},
        {"arrests", "arrest"},     {"detention", "arrest"},   {"criticism", "criticize"}};
    for (const auto& [n, type] : kNouns)
        if (n == noun) return type;
    return {};
}

// Who did the act a reply at `c` answers: the source of the last event of the article told
// before, of the type its object names, aimed at whoever replies ("Russia accused Ukraine of
// shelling a hospital. Ukraine denied the accusation": Russia); empty when none is.
std::vector<std::string> replied_to(const Document& doc, const Extraction& out,
                                    const Sentence& sent, const Candidate& c,
                                    const std::vector<std::string>& repliers) {
    const int root = cameo_root(c.cameo);
    if (!(c.type == "deny" || root == 12 || c.cameo == "111") || repliers.empty() ||
        (c.info && c.info->noun))
        return {};
    std::uint32_t k = c.end;
    // ("denied the latest US accusations": past the article and one or two words before it.)
    if (k < sent.end_token && (doc.is_word(k, "the") || doc.is_word(k, "these") ||
                               doc.is_word(k, "this") || doc.is_word(k, "those")))
        ++k;
    std::string_view type;
    for (std::uint32_t n = 0; n < 3 && k < sent.end_token && type.empty(); ++n, ++k) {
        if (doc.tokens[k].kind != TokenKind::word) break;
        type = act_named_by(doc.key(k));
    }
    if (type.empty() || (k < sent.end_token && doc.is_word(k, "of"))) return {};
    for (auto e = out.events.rbegin(); e != out.events.rend(); ++e) {
        if (e->type != type || e->sentence_index >= doc.sentence_of[c.begin]) continue;
        const bool aimed = std::any_of(repliers.begin(), repliers.end(), [&](const auto& id) {
            return std::find(e->target.begin(), e->target.end(), id) != e->target.end();
        });
        if (!aimed) continue;
        std::vector<std::string> doers = e->source;
        std::erase_if(doers, [&](const std::string& id) {
            return std::find(repliers.begin(), repliers.end(), id) != repliers.end();
        });
        return doers;
    }
    return {};
}

// Whether the time at token `tk` is what a first or a record is measured from: "for the first
// time since 1980", "the worst fighting since 2014". It is no time of the event.
bool record_since(const Document& doc, const Sentence& sent, std::uint32_t tk) {
    if (tk < sent.first_token + 2 || !doc.is_word(tk - 1, "since")) return false;
    for (std::uint32_t k = tk - 1; k-- > sent.first_token && k + 9 > tk;) {
        if (doc.tokens[k].kind == TokenKind::punct) return false;
        for (const std::string_view w : {"first", "highest", "lowest", "biggest", "largest",
                                         "worst", "deadliest", "best", "heaviest", "strongest"})
            if (doc.is_word(k, w)) return true;
    }
    return false;
}

// Whether "to" stands between tokens `from` and `to`: an infinitive's act after a verb.
bool infinitive_between(const Document& doc, std::uint32_t from, std::uint32_t to) {
    for (std::uint32_t k = from + 1; k < to; ++k)
        if (doc.is_word(k, "to")) return true;
    return false;
}

// Whether an event will be written for `c` (EventFinder::find drops the rest): somebody is
// in it, or it was demanded, and it has the target it needs.
bool written(const Candidate& c) {
    if (c.source.empty() && c.target.empty() && !c.demanded) return false;
    return !(c.info && (c.info->flags & kNeedObject) && c.target.empty() && !c.unnamed_object);
}

// Whether a seat of government that `c` is aimed at stands for the government: whom words,
// diplomacy, demands, threats, sanctions and military or economic aid are aimed at ("Beijing
// warned Washington", "sanctions on Moscow", "arms for Kyiv"), not a place that a visit, other
// aid, protest, troops, force or coercion reach, done, intended, threatened or eased ("visited
// Moscow", "plans to visit Kyiv", "food aid to Kabul", "withdrew from Kabul", "shelled Kyiv",
// "threatened a curfew in Algiers", "lifted the curfew in Bangkok"). Whoever acts is always
// the government.
bool seat_target_governs(const Candidate& c) {
    const int root = cameo_root(c.cameo);
    if (c.type == "visit" || root == 0) return false;
    if (c.cameo == "071" || c.cameo == "072" || c.cameo == "0331" || c.cameo == "0332") return true;
    if (root == 7 || root == 14 || root == 15 || root >= 17) return false;
    for (const std::string_view place :
         {"0333", "0334", "042", "044", "081", "087", "132", "137", "138"})
        if (c.cameo.starts_with(place)) return false;
    return true;
}

// "Moscow warned Washington": a seat of government that acts or is addressed in any event of
// the sentence that is written becomes a mention of what is governed from it, unless an event
// of the sentence reaches it as a place.
void seats_as_governments(const Document& doc, Extraction& out, const Lexicon& lexicon,
                          const std::vector<Candidate>& cands) {
    std::vector<std::int32_t> governing, places;
    for (const Candidate& c : cands) {
        if (!written(c)) continue;
        governing.insert(governing.end(), c.source.begin(), c.source.end());
        auto& role = seat_target_governs(c) ? governing : places;
        role.insert(role.end(), c.target.begin(), c.target.end());
    }
    for (const std::int32_t m : governing) {
        if (std::find(places.begin(), places.end(), m) != places.end()) continue;
        const graph::Span span = out.mentions[static_cast<std::size_t>(m)].span;
        government_for_seat(out, lexicon, m, doc.text.substr(span.begin, span.size()));
    }
}

bool is_calendar(const Timex& t) {
    if (t.type != TimexType::date && t.type != TimexType::time) return false;
    return !t.value.empty() && t.value.find("_REF") == std::string::npos;
}

// The tense of a trigger: its own form ("said"), else its clause's.
Tense tense_of(const Document& doc, const Candidate& c) {
    const Tense own = tense_marker(doc, c.begin);
    if (own != Tense::unknown) return own;
    // "issued a statement saying it would ...": what a statement reports has a tense of its
    // own; the statement's is the nearest before it in the sentence.
    if (c.statement) {
        const Sentence& s = doc.sentences[doc.sentence_of[c.begin]];
        if (const Tense before = tense_near(doc, c.begin, c.begin, s.end_token);
            before != Tense::unknown)
            return before;
    }
    return tense_near(doc, c.begin, c.begin, c.end);
}

// "Three days later", "a week later", "two months later", "a year later": that long after the
// date the story named last before it ("met on Tuesday ... Three days later, met again"), at
// the precision of the unit: a day for days and weeks, a month for months, a year for years
// (and never finer than the date it counts from).
std::optional<DateValue> later_than_named_date(const Document& doc, const Extraction& out,
                                               const std::vector<std::size_t>& in_sentence) {
    for (const std::size_t ti : in_sentence) {
        const Timex& t = out.timexes[ti];
        if (t.type != TimexType::duration || t.value.size() < 3 || t.value[0] != 'P') continue;
        const char unit = t.value.back();
        if (unit != 'D' && unit != 'W' && unit != 'M' && unit != 'Y') continue;
        int count = 0;
        const auto [ptr, ec] =
            std::from_chars(t.value.data() + 1, t.value.data() + t.value.size() - 1, count);
        if (ec != std::errc{} || ptr != t.value.data() + t.value.size() - 1 || count <= 0) continue;
        // ("A thousand years later" dates nothing a news story reports.)
        if (count > (unit == 'Y' ? 100 : unit == 'M' ? 1200 : 3650)) continue;
        // The word right after the duration.
        const auto after =
            std::partition_point(doc.tokens.begin(), doc.tokens.end(),
                                 [&](const Token& tk) { return tk.begin < t.span.end; });
        const auto k = static_cast<std::uint32_t>(after - doc.tokens.begin());
        if (after == doc.tokens.end() || !(doc.is_word(k, "later") || doc.is_word(k, "afterwards")))
            continue;
        for (std::size_t r = ti; r-- > 0;) {
            const Timex& before = out.timexes[r];
            if (before.type != TimexType::date) continue;
            const auto from = DateValue::parse(before.value);
            if (!from) continue;
            const graph::Precision p = from->precision();
            const date::year_month_day ymd{from->first_day()};
            if (unit == 'D' || unit == 'W') {
                if (p != graph::Precision::day) return std::nullopt;
                return DateValue(from->first_day() + date::days{unit == 'W' ? 7 * count : count},
                                 graph::Precision::day);
            }
            if (unit == 'M') {
                if (p != graph::Precision::day && p != graph::Precision::month) return std::nullopt;
                const auto ym = ymd.year() / ymd.month() + date::months{count};
                return DateValue(date::sys_days{ym / 1}, graph::Precision::month);
            }
            if (p != graph::Precision::day && p != graph::Precision::month &&
                p != graph::Precision::year)
                return std::nullopt;
            return DateValue(date::sys_days{(ymd.year() + date::years{count}) / 1 / 1},
                             graph::Precision::year);
        }
        return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

// Whether token `tk` lies in the clause the speech or demand verb `c` reports, whose times are the
// reported acts', not the saying's: "X will meet Y on Wednesday, Miller said", "said that X
// would arrive on Friday" (not "said on Friday", "said in a statement on Friday").
bool in_reported_clause(const Document& doc, const std::vector<Candidate>& cands,
                        const Candidate& c, std::uint32_t tk) {
    // (Also the act a demand verb asks for: "urged Putin to visit Turkey next year".)
    if (!c.said &&
        (!(c.statement || (c.info && (c.info->flags & kDemand))) || !c.info || c.info->noun))
        return false;
    const auto acts_between = [&](std::uint32_t b, std::uint32_t e) {
        return std::any_of(cands.begin(), cands.end(), [&](const Candidate& o) {
            return &o != &c && o.begin >= b && o.begin < e && o.info && !o.info->noun;
        });
    };
    if (tk < c.begin) {
        // A speaker after the clause he reports: the clause, a comma, the speaker and the verb.
        // ("On Friday, Miller said": a fronted time with no act before the comma is the
        // saying's.)
        const Sentence& s = doc.sentences[doc.sentence_of[c.begin]];
        const auto clause = [&](std::uint32_t e) {
            for (std::uint32_t k = s.first_token; k < e; ++k)
                if (doc.is(k, WordClass::aux) || doc.is(k, WordClass::modal) ||
                    (doc.tokens[k].has(kLower) && Verbs::builtin().is_past(doc.key(k))))
                    return true;
            return acts_between(s.first_token, e);
        };
        // (Not a phrase a preposition opens, "In a letter handed over on Monday, Iraq said",
        // nor a verb joined by "and": "rejected the plan on Friday, and said".)
        const std::uint32_t first = s.first_token;
        if (doc.is(first, WordClass::prep) || doc.is(first, WordClass::sconj)) return false;
        // ("Asked on Friday about the talks, Lavrov said", "Speaking on Friday, X said".)
        if (doc.tokens[first].kind == TokenKind::word &&
            (Verbs::builtin().is_past(doc.key(first)) || doc.key(first).ends_with("ing")))
            return false;
        for (std::uint32_t k = c.begin; k-- > tk;) {
            if (doc.key(k) != ",") continue;
            if (doc.is_word(k + 1, "and") || doc.is_word(k + 1, "but") || k + 1 == c.begin)
                return false;
            return c.begin - k < 7 && clause(k);
        }
        return false;
    }
    // After the verb: a clause of its own, with "that" or a verb ("said it had raised $90
    // million in March"), or the infinitive a demand asks for ("urged Congress to pass the
    // bill in June").
    const bool demand = c.info && (c.info->flags & kDemand);
    for (std::uint32_t k = c.end; k < tk; ++k)
        if (doc.is_word(k, "that") || doc.is(k, WordClass::aux) || doc.is(k, WordClass::modal) ||
            (doc.tokens[k].has(kLower) && Verbs::builtin().is_past(doc.key(k))) ||
            (demand && doc.is_word(k, "to") && k + 1 < tk && doc.tokens[k + 1].has(kLower) &&
             doc.classes[k + 1] == 0))
            return true;
    return acts_between(c.end, tk);
}

void EventFinder::find(Document& doc, Extraction& out) const {
    const TriggerLexicon& lex = TriggerLexicon::builtin();
    std::optional<DateValue> article_day;
    if (doc.date) article_day = DateValue::of(*doc.date);
    std::vector<std::size_t> dated;  // events with a calendar date, for "since that attack"
    std::vector<std::vector<std::size_t>> timexes_of(doc.sentences.size());
    for (std::size_t t = 0; t < out.timexes.size(); ++t)
        if (out.timexes[t].sentence < timexes_of.size())
            timexes_of[out.timexes[t].sentence].push_back(t);
    std::unordered_map<std::string, std::vector<std::size_t>> events_of_type;  // for repeats

    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const Sentence& sent = doc.sentences[s];
        std::vector<Candidate> cands = SentenceEvents(doc, out, lex, lexicon_, s).run();
        seats_as_governments(doc, out, lexicon_, cands);
        for (Candidate& c : cands) {
            auto actors = [&](const std::vector<std::int32_t>& ms) {
                std::vector<std::string> ids;
                for (const auto m : ms) {
                    const std::string& id = out.mentions[static_cast<std::size_t>(m)].actor;
                    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
                }
                return ids;
            };
            // "Arab and Muslim Americans backed Biden": one event per actor acting, except for
            // what several do together (meet, negotiate, fight, sign).
            const bool together = graph::symmetric_event_type(c.type);
            std::vector<std::vector<std::string>> source_groups;
            if (together || c.source.size() <= 1) {
                source_groups.push_back(actors(c.source));
            } else {
                for (const auto& id : actors(c.source)) source_groups.push_back({id});
            }
            for (const auto& sources : source_groups) {
                Event e;
                e.source = sources;
                e.target = actors(c.target);
                if (e.target.empty()) e.target = replied_to(doc, out, sent, c, e.source);
                // Nobody acts on itself: "China rejected a statement criticizing Beijing".
                std::erase_if(e.target, [&](const std::string& id) {
                    return std::find(e.source.begin(), e.source.end(), id) != e.source.end();
                });
                // (An act that needs a target is none when its target was only its source.)
                if (!written(c) || (e.target.empty() && c.info && (c.info->flags & kNeedObject) &&
                                    !c.unnamed_object))
                    continue;
                // "the meeting", "Biden's comment" again: an event named again, not a new one.
                if (c.info && c.info->noun) {
                    const auto& same_type = events_of_type[c.type];
                    const bool again =
                        std::any_of(same_type.begin(), same_type.end(), [&](std::size_t b) {
                            const Event& before = out.events[b];
                            auto known = [&](const std::string& id) {
                                return std::find(before.source.begin(), before.source.end(), id) !=
                                           before.source.end() ||
                                       std::find(before.target.begin(), before.target.end(), id) !=
                                           before.target.end();
                            };
                            return std::all_of(e.source.begin(), e.source.end(), known) &&
                                   std::all_of(e.target.begin(), e.target.end(), known);
                        });
                    if (again) continue;
                }
                e.id = out.article_id + "#e" + std::to_string(out.events.size() + 1);
                e.type = c.type;
                e.cameo = c.cameo;
                e.trigger = {doc.tokens[c.begin].begin, doc.tokens[c.end - 1].end};
                e.sentence = sent.span;
                e.sentence_index = s;
                e.polarity = c.polarity;
                e.modality = c.modality;
                e.confidence = c.confidence;

                // The date: the nearest calendar time expression of the sentence.
                const Timex* best = nullptr;
                std::uint32_t best_distance = ~0u;
                std::uint32_t best_token = 0;
                for (const std::size_t ti : timexes_of[s]) {
                    const Timex& t = out.timexes[ti];
                    if (!is_calendar(t)) continue;
                    std::uint32_t tk = sent.first_token;
                    while (tk < sent.end_token && doc.tokens[tk].begin < t.span.begin) ++tk;
                    // "Merkel, who met Macron on Tuesday, praised the deal": a relative clause's
                    // time is its own event's, not the main clause's.
                    if (const auto clause = relative_clause_around(doc, sent, tk);
                        clause && !(clause->first < c.begin && c.begin < clause->second))
                        continue;
                    if (in_reported_clause(doc, cands, c, tk)) continue;
                    if (record_since(doc, sent, tk)) continue;
                    // ("threatened on Monday to attack Israel next week": the threat's time is
                    // the threatening's, not the attack's; so for an act agreed or pledged in
                    // an infinitive, "agreed to hold talks next week", but "promised more aid
                    // on Tuesday" is the promising.)
                    if ((c.threatened_by ||
                         (c.expressed_by && infinitive_between(doc, *c.expressed_by, c.begin))) &&
                        tk >= c.begin) {
                        bool own_clause = true;  // (", officials said Wednesday" is not)
                        for (std::uint32_t k = c.end; k < tk; ++k)
                            if (doc.key(k) == ",") own_clause = false;
                        if (own_clause) continue;
                    }
                    const std::uint32_t d = tk > c.begin ? tk - c.begin : c.begin - tk;
                    if (d < best_distance) {
                        best_distance = d;
                        best = &t;
                        best_token = tk;
                    }
                }
                if (best) {
                    e.date_value = best->value;
                    e.date = DateValue::parse(best->value);
                    e.date_from = DateSource::timex;
                    // "since Oct. 7": the event starts then and goes on to the article's date.
                    if (best_token > sent.first_token && doc.is_word(best_token - 1, "since")) {
                        e.end = article_day;
                    } else if (best_token > sent.first_token &&
                               (doc.is_word(best_token - 1, "until") ||
                                doc.is_word(best_token - 1, "till"))) {
                        e.end = e.date;
                        e.date.reset();
                        e.date_value.clear();
                        e.date_from = DateSource::none;
                    }
                } else if (const auto later = later_than_named_date(doc, out, timexes_of[s]);
                           later && !(article_day && later->first_day() > article_day->last_day() &&
                                      tense_of(doc, c) == Tense::past)) {
                    // (A past act is not dated after the article: the story counts otherwise.)
                    e.date = later;
                    e.date_value = later->to_string();
                    e.date_from = DateSource::timex;
                } else {
                    // "since that attack", "since the war began": an event named before.
                    for (std::uint32_t k = sent.first_token; k + 2 < sent.end_token; ++k) {
                        if (!doc.is_word(k, "since") && !doc.is_word(k, "after")) continue;
                        std::uint32_t j = k + 1;
                        if (doc.is_word(j, "that") || doc.is_word(j, "the") ||
                            doc.is_word(j, "this"))
                            ++j;
                        const auto m = lex.match(doc.keys, doc.tokens, j, sent.end_token);
                        if (!m) continue;
                        const std::string& wanted = m->readings->front().type;
                        graph::EventAnchor anchor{
                            std::string(doc.key(k)),
                            wanted,
                            {doc.tokens[k].begin, doc.tokens[j + m->length - 1].end},
                            {}};
                        for (auto it = dated.rbegin(); it != dated.rend(); ++it) {
                            const Event& before = out.events[*it];
                            if (!graph::anchor_matches(wanted, before.type)) continue;
                            e.date = before.date;
                            e.date_value = before.date_value;
                            e.date_from = DateSource::inferred;
                            if (doc.is_word(k, "since")) e.end = article_day;
                            anchor.event = before.id;
                            break;
                        }
                        // Unresolved here, the graph may still date it from another article.
                        e.anchor = std::move(anchor);
                        break;
                    }
                    // "Fidan visited Baghdad last Tuesday. He met Rashid": a sentence going on
                    // with the last one's subject, by a pronoun opening it, goes on in its time.
                    if (e.date_value.empty() && e.modality == Modality::asserted)
                        if (const Event* before = continued_from(doc, out, sent, s, c)) {
                            e.date = before->date;
                            e.date_value = before->date_value;
                            e.date_from = DateSource::inferred;
                        }
                    if (e.date_value.empty() && article_day && e.modality != Modality::planned &&
                        e.modality != Modality::hypothetical && e.modality != Modality::demanded) {
                        // Reported past (or present) with nothing closer: the article's date.
                        // The trigger's own tense first ("said"), then the clause's.
                        if (tense_of(doc, c) != Tense::future) {
                            e.date = article_day;
                            e.date_value = article_day->to_string();
                            e.date_from = DateSource::article;
                        }
                    }
                }
                if (e.date && e.date_from == DateSource::timex) dated.push_back(out.events.size());
                events_of_type[e.type].push_back(out.events.size());
                // Relations: actor to actor, in the event's direction.
                if (!c.relation.empty() && c.polarity == Polarity::positive &&
                    e.modality != Modality::demanded && e.modality != Modality::hypothetical)
                    for (const auto& src : e.source)
                        for (const auto& tgt : e.target)
                            if (src != tgt)
                                out.relations.push_back(graph::RelationRecord{
                                    c.relation, src, tgt, e.date, e.id, e.sentence});
                out.events.push_back(std::move(e));
            }
        }
    }
}

}  // namespace tkg::extract
