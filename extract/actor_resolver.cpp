// Identity: decides which actor every mention candidate names, within one article.
//   - lexicon names are their lexicon entry; other names are the slug of their full name;
//   - a lone surname or first name joins a full name of the same article;
//   - "the Post" joins "The Washington Post"; "the president" joins the person holding that
//     title in the article (or, failing that, the lexicon's holder on the article's date in a
//     country the article names);
//   - he/she/his/her join the most recent person of a compatible gender in the last sentences,
//     they/their the most recent group; "the leaders" the last group of leaders;
//   - "Biden's top advisers", "his chief of staff", "his administration" are actors of their own
//     tied to their owner (or the lexicon's holder of that role).
// Then it writes mentions, actors (names, aliases, roles, country, sector) and role relations.
#include <algorithm>
#include <array>
#include <numeric>
#include <unordered_map>

#include "article_actors.hpp"
#include "cues.hpp"
#include "mentions.hpp"
#include "verbs.hpp"

namespace tkg::extract {
namespace {

using graph::ActorType;

std::string lower(std::string_view s) {
    std::string buf;
    return std::string(lookup_key(s, buf));
}

std::vector<std::string_view> split_words(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ') ++j;
        if (j > i) out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

bool role_active(const graph::Role& r, std::optional<date::sys_days> day) {
    if (!day) return true;
    if (r.from && *day < r.from->first_day()) return false;
    if (r.to && *day >= r.to->end_day()) return false;
    return true;
}

class Resolver {
  public:
    Resolver(Document& doc, const Lexicon& lex, std::vector<Candidate>& cands, Extraction& out)
        : doc_(doc), lex_(lex), c_(cands), out_(out) {
        if (doc.date) day_ = date::sys_days{*doc.date};
        order_.resize(c_.size());
        std::iota(order_.begin(), order_.end(), 0);
        std::stable_sort(order_.begin(), order_.end(),
                         [&](std::size_t a, std::size_t b) { return c_[a].begin < c_[b].begin; });
        key_.assign(c_.size(), std::string());
        name_.assign(c_.size(), std::string());
    }

    void run() {
        key_names();
        acronyms_defined_here();
        link_short_names();
        // "the administration" last: it may name an administration first named later.
        auto government = [&](std::size_t i) {
            return c_[i].kind == CandidateKind::anaphor && c_[i].type == ActorType::org;
        };
        for (const std::size_t i : order_)
            if (!government(i)) resolve_reference(i);
        for (const std::size_t i : order_)
            if (government(i)) resolve_reference(i);
        build_actors();
    }

  private:
    // ------------------------------------------------------------------ helpers
    const Token& tok(std::uint32_t i) const { return doc_.tokens[i]; }
    std::uint32_t sentence(std::size_t ci) const { return doc_.sentence_of[c_[ci].begin]; }
    std::string surface(std::size_t ci) const {
        const Candidate& c = c_[ci];
        return std::string(
            doc_.text.substr(tok(c.begin).begin, tok(c.end - 1).end - tok(c.begin).begin));
    }
    const LexiconEntry* entry(std::size_t ci) const {
        return c_[ci].entry >= 0 ? &lex_.entry(static_cast<std::uint32_t>(c_[ci].entry)) : nullptr;
    }
    bool resolved(std::size_t ci) const { return !key_[ci].empty(); }
    ActorType type_of(std::size_t ci) const {
        if (const auto* e = entry(ci)) return e->type;
        return c_[ci].type;
    }
    char gender_of(std::size_t ci) const {
        const auto it = gender_.find(key_[ci]);
        return it == gender_.end() ? 0 : it->second;
    }
    void bind(std::size_t ci, const std::string& key) { key_[ci] = key; }
    void bind_to(std::size_t ci, std::size_t other) {
        key_[ci] = key_[other];
        c_[ci].resolved = static_cast<std::int32_t>(other);
    }

    // ------------------------------------------------------------------ names
    void key_names() {
        for (std::size_t i = 0; i < c_.size(); ++i) {
            Candidate& c = c_[i];
            if (c.kind != CandidateKind::name && c.kind != CandidateKind::group) continue;
            if (!c.typed || c.needs_state) continue;
            if (c.entry < 0)
                if (const auto h = holder_by_surname(c)) c.entry = static_cast<std::int32_t>(*h);
            if (const auto* e = entry(i)) {
                bind(i, e->id);
                name_[i] = e->name;
                if (e->gender) gender_[e->id] = e->gender;
            } else {
                name_[i] = c.name;
                bind(i, c.id.empty() ? graph::slugify(c.name) : c.id);
                if (c.gender && c.gender != 'u') gender_[key_[i]] = c.gender;
            }
        }
    }

    // "President Bush" on a day of 2008: the one person the lexicon knows by that surname who
    // held the title that day. A surname alone is no alias when several people bear it.
    std::optional<std::uint32_t> holder_by_surname(const Candidate& c) const {
        if (!day_ || c.type != ActorType::person || c.name.empty() ||
            c.name.find(' ') != std::string::npos)
            return std::nullopt;
        std::optional<std::uint32_t> found;
        for (const RoleClaim& r : c.roles) {
            if (r.former) continue;
            for (const std::uint32_t h : lex_.holders(r.title, "", day_)) {
                const LexiconEntry& e = lex_.entry(h);
                const auto words = split_words(e.name);
                if (e.type != ActorType::person || words.empty() || words.back() != c.name)
                    continue;
                if (found && *found != h) return std::nullopt;
                found = h;
            }
        }
        return found;
    }

    // "Brown", "Rice" named alone, with no full name in the article: the one person the
    // lexicon knows by that surname who held an office on the article's date ("Brown" in 2008
    // is Gordon Brown, "Miller" in November 2023 Matthew Miller). Nobody when none or several
    // did, or when the one serving sits outside government and another bearer of the name once
    // led a country, as news names former leaders by surname alone. Nor a word opening
    // a sentence unless a verb of its own follows: "Rice prices rose", "Gang members killed".
    std::optional<std::uint32_t> serving_by_surname(const Candidate& c,
                                                    std::string_view word) const {
        if (!day_) return std::nullopt;
        const Sentence& sent = doc_.sentences[doc_.sentence_of[c.begin]];
        if (c.begin == sent.first_token && !(c.end < sent.end_token && acts_alone(c.end)))
            return std::nullopt;
        std::optional<std::uint32_t> found;
        bool found_governs = false;  // in a country's government now
        bool other_led = false;      // a bearer out of office once led a country
        for (const std::uint32_t h : lex_.people_by_surname(word)) {
            const LexiconEntry& e = lex_.entry(h);
            bool serving = false, governs = false, leader = false;
            for (const graph::Role& r : e.roles) {
                leader = leader || leading_office(r);
                if (!role_active(r, day_)) continue;
                serving = true;
                const auto org = lex_.find(r.org);
                governs = governs || (org && lex_.entry(*org).kind == EntryKind::country);
            }
            if (!serving) {
                other_led = other_led || leader;
                continue;
            }
            if (found) return std::nullopt;
            found = h;
            found_governs = governs;
        }
        // A former leader is as likely meant as a legislator or an official outside
        // government: "Bush" in 2022 (Cori Bush served), "Khan" in 2023 (Karim Khan of the
        // ICC, Imran Khan led Pakistan); not against Hillary Clinton, Secretary of State in
        // 2010.
        if (found && !found_governs && other_led) return std::nullopt;
        return found;
    }
    // Whether the word at `k` goes on as one person's verb: a verb in the past ("Bush met"),
    // an auxiliary or modal of the singular ("Brown has", "Rice will") or a comma; not a noun
    // ("Rice prices", "Gang members") nor a plural verb ("Jobs were lost").
    bool acts_alone(std::uint32_t k) const {
        const std::string_view w = doc_.key(k);
        static constexpr std::string_view kSingular[] = {
            "was",   "is",     "has",  "had", "will", "would", "could", "can",  "may",
            "might", "should", "must", "did", "does", "says",  "also",  "then", ","};
        if (std::find(std::begin(kSingular), std::end(kSingular), w) != std::end(kSingular))
            return true;
        return doc_.tokens[k].has(kLower) && w != "were" && Verbs::builtin().is_past(w);
    }
    // Whether role `r` leads a country: its president, prime minister, chancellor or monarch.
    bool leading_office(const graph::Role& r) const {
        static constexpr std::string_view kTop[] = {"President", "Prime Minister", "Chancellor",
                                                    "Premier",   "King",           "Queen",
                                                    "Emir",      "Supreme Leader"};
        if (std::find(std::begin(kTop), std::end(kTop), r.title) == std::end(kTop)) return false;
        const auto org = lex_.find(r.org);
        return org && lex_.entry(*org).kind == EntryKind::country;
    }

    // "Agency for International Development (AID)": an acronym in brackets after an
    // organization's name means that name in this article, and so does every later use of it.
    // One the lexicon knows as another body ("Forces for Defence of Democracy (FDD)", not the
    // Foundation for Defense of Democracies) is taken from the lexicon only when the name's
    // capitalized initials spell it; one it does not know needs no such proof.
    void acronyms_defined_here() {
        std::unordered_map<std::string_view, std::size_t> defined;  // acronym -> the name
        for (const std::size_t i : order_) {
            Candidate& c = c_[i];
            const bool the = c.end - c.begin == 2 && doc_.is_word(c.begin, "the");
            if (c.kind != CandidateKind::name || (c.end - c.begin != 1 && !the)) continue;
            const std::string_view word = doc_.word(the ? c.begin + 1 : c.begin);
            std::size_t name = c_.size();
            if (const auto it = defined.find(word); it != defined.end()) {
                name = it->second;
            } else if (!the && c.type == ActorType::org && c.begin >= 1 &&
                       c.end < doc_.tokens.size() && doc_.word(c.begin - 1) == "(" &&
                       doc_.word(c.end) == ")") {
                for (const std::size_t j : order_)
                    if (c_[j].end == c.begin - 1 && c_[j].kind == CandidateKind::name &&
                        resolved(j) && type_of(j) == ActorType::org &&
                        (c.entry < 0 || (c_[j].entry != c.entry && initials(name_[j]) == word)))
                        name = j;
                if (name != c_.size()) defined.emplace(word, name);
            }
            if (name == c_.size()) continue;
            c.entry = c_[name].entry;
            c.type = type_of(name);
            c.typed = true;
            name_[i] = name_[name];
            bind_to(i, name);
            // "FDD fighters" took the lexicon body's country when they were found.
            for (Candidate& g : c_)
                if (g.member_of == static_cast<std::int32_t>(i)) g.country = country_of(name);
        }
    }

    static std::string initials(std::string_view name) {
        std::string out;
        for (const std::string_view w : split_words(name))
            if (w.front() >= 'A' && w.front() <= 'Z') out += w.front();
        return out;
    }

    // A lone word that is the surname or first name of a person named in full in this article
    // ("Miller" after "Aaron David Miller"), or the last word of an organization named before
    // ("the Post" after "The Washington Post").
    void link_short_names() {
        // The first and last words of every full name, in text order: "Miller" -> the names
        // that end (or start) with it.
        std::unordered_map<std::string, std::vector<std::size_t>> by_word;
        for (const std::size_t j : order_) {
            if (!resolved(j) || c_[j].kind != CandidateKind::name) continue;
            const auto words = split_words(name_[j]);
            if (words.size() < 2) continue;
            by_word[std::string(words.back())].push_back(j);
            if (words.front() != words.back()) by_word[std::string(words.front())].push_back(j);
            // (And the surname as written: "Pedro Sanchez" for the lexicon's "Pedro Sánchez".)
            if (const std::string written(doc_.word(c_[j].end - 1)); written != words.back())
                by_word[written].push_back(j);
            // ("Fernandez" of "Cristina Fernandez de Kirchner": a surname before a particle.)
            const std::string written_name = surface(j);
            const auto as_written = split_words(written_name);
            for (const auto* ws : {&words, &as_written})
                for (std::size_t k = 1; k + 2 < ws->size(); ++k)
                    if ((*ws)[k + 1] == "de" || (*ws)[k + 1] == "da" || (*ws)[k + 1] == "del" ||
                        (*ws)[k + 1] == "dos")
                        by_word[std::string((*ws)[k])].push_back(j);
        }
        for (const std::size_t i : order_) {
            Candidate& c = c_[i];
            const bool the = c.end - c.begin == 2 && doc_.is_word(c.begin, "the");
            if (c.kind != CandidateKind::name || c.entry >= 0 || (c.end - c.begin != 1 && !the))
                continue;
            if (c.resolved >= 0) continue;  // an acronym the article defined
            if (c.type != ActorType::person && c.type != ActorType::org) continue;
            const std::uint32_t wb = the ? c.begin + 1 : c.begin;
            const std::string word(doc_.word(wb));
            std::size_t best = c_.size();
            if (const auto it = by_word.find(word); it != by_word.end()) {
                for (const std::size_t j : it->second) {
                    if (j == i) continue;
                    const ActorType t = type_of(j);
                    const auto words = split_words(name_[j]);
                    bool match = false;
                    // (A person is listed under a word only as a name of theirs.)
                    if (t == ActorType::person && c.type == ActorType::person)
                        match = true;
                    else if (t == ActorType::org &&
                             (the || (wb > 0 && doc_.is_word(wb - 1, "the"))))
                        match = words.back() == word;
                    if (!match) continue;
                    // The latest full name before, else the first after.
                    if (best == c_.size() || c_[j].begin < c.begin) best = j;
                    if (c_[j].begin > c.begin) break;
                }
            }
            if (best != c_.size()) {
                bind_to(i, best);
                c.type = type_of(best);
                c.typed = true;
                if (c.type != ActorType::person && !the && c.begin > 0 &&
                    doc_.is_word(c.begin - 1, "the"))
                    c.begin -= 1;  // "the Post"
            } else if (const auto h = c.type == ActorType::person && !the && !by_word.count(word)
                                          ? serving_by_surname(c, word)
                                          : std::nullopt) {
                const LexiconEntry& e = lex_.entry(*h);
                c.entry = static_cast<std::int32_t>(*h);
                c.typed = true;
                bind(i, e.id);
                name_[i] = e.name;
                if (e.gender) gender_[e.id] = e.gender;
            } else if (!c.typed) {
                key_[i].clear();
            }
        }
    }

    // ------------------------------------------------------------------ references
    void resolve_reference(std::size_t i) {
        if (c_[i].needs_state) {
            resolve_state_agent(i);
            return;
        }
        switch (c_[i].kind) {
            case CandidateKind::title_ref:
                resolve_title(i);
                break;
            case CandidateKind::pronoun:
                resolve_pronoun(i);
                break;
            case CandidateKind::anaphor:
                resolve_anaphor(i);
                break;
            case CandidateKind::owned:
                resolve_owned(i);
                break;
            default:
                break;
        }
    }

    // Does candidate j's person hold `title` in this article?
    bool holds(std::size_t j, const std::string& title) const {
        const std::string want = lower(title);
        for (const RoleClaim& r : c_[j].roles)
            if (lower(r.title) == want) return true;
        if (const auto* e = entry(j))
            for (const auto& r : e->roles)
                if (lower(r.title) == want && role_active(r, day_)) return true;
        return false;
    }

    void resolve_title(std::size_t i) {
        // "the French president", "Iran's supreme leader": the office of that country only.
        const std::string qualifier = c_[i].country;
        // "the Chinese leader", "Israel's leader": the office that leads that country.
        const std::string_view leads =
            lower(c_[i].title) == "leader" ? lex_.leader_office(qualifier) : std::string_view{};
        const std::string title = leads.empty() ? c_[i].title : std::string(leads);
        // "London's mayor": the office of that city.
        const LexiconEntry* place = c_[i].office_of >= 0
                                        ? &lex_.entry(static_cast<std::uint32_t>(c_[i].office_of))
                                        : nullptr;
        if (place)
            if (const auto state = seat_state(*place, lower(title))) place = &lex_.entry(*state);
        std::size_t found = c_.size();
        for (const std::size_t j : order_) {
            if (c_[j].begin >= c_[i].begin && found != c_.size()) break;
            if (j == i || !resolved(j) || type_of(j) != ActorType::person) continue;
            if (c_[j].kind != CandidateKind::name) continue;
            if (!holds(j, title)) continue;
            if (!qualifier.empty() && country_of(j) != qualifier) continue;
            found = j;
            if (c_[j].begin > c_[i].begin) break;  // the first holder after, if none before
        }
        if (found != c_.size()) {
            bind_to(i, found);
            return;
        }
        // The lexicon's holder on the article's date, in a country this article names before
        // it ("Officials in the United States said the president ..."; a country named after
        // may be the one acted on: "the president ordered air strikes on Syria").
        if (!day_) return;
        const std::vector<std::string> named = qualifier.empty()
                                                   ? countries_named_before(c_[i].begin)
                                                   : std::vector<std::string>{qualifier};
        std::vector<std::uint32_t> holders;
        for (const std::uint32_t h : lex_.holders(title, "", day_)) {
            for (const auto& r : lex_.entry(h).roles) {
                if (lower(r.title) != lower(title) || !role_active(r, day_)) continue;
                // Only a country's own office: "the president" of a US think tank is not meant.
                const auto org = lex_.find(r.org);
                if (!org) continue;
                if (place ? &lex_.entry(*org) != place
                          : lex_.entry(*org).kind != EntryKind::country)
                    continue;
                const std::string code = lex_.entry(*org).country;
                if (!code.empty() && std::find(named.begin(), named.end(), code) != named.end()) {
                    holders.push_back(h);
                    break;
                }
            }
        }
        // "the pope": a religious or international office is one the world over, named
        // without a country.
        if (holders.empty() && qualifier.empty() && !place &&
            (c_[i].sector == "CVL" || c_[i].sector == "IGO"))
            holders = sole_holder(title);
        if (holders.size() == 1) {
            const LexiconEntry& e = lex_.entry(holders[0]);
            c_[i].entry = static_cast<std::int32_t>(holders[0]);
            bind(i, e.id);
            name_[i] = e.name;
            if (e.gender) gender_[e.id] = e.gender;
        } else if (place) {
            // Nobody the lexicon knows on that day: the office itself, of its city ("Mayor of
            // London") or country ("President of Zambia"), which later mentions of the same
            // office join.
            bind(i, place->id + "-" + graph::slugify(title));
            name_[i] = title + " of " + place->name;
        } else if (!qualifier.empty()) {
            if (const auto country = lex_.country_by_code(qualifier)) {
                const LexiconEntry& ce = lex_.entry(*country);
                bind(i, ce.id + "-" + graph::slugify(title));
                name_[i] = title + " of " + ce.name;
            }
        }
    }

    // The one person holding `title` on the article's date, when every holder the lexicon
    // knows holds it of the same organization; empty otherwise.
    std::vector<std::uint32_t> sole_holder(const std::string& title) const {
        std::vector<std::uint32_t> out;
        std::string org;
        const std::string want = lower(title);
        for (std::uint32_t h = 0; h < lex_.size(); ++h)
            for (const auto& r : lex_.entry(h).roles) {
                if (lower(r.title) != want) continue;
                if (!org.empty() && r.org != org) return {};
                org = r.org;
                if (role_active(r, day_) && std::find(out.begin(), out.end(), h) == out.end())
                    out.push_back(h);
            }
        return out.size() == 1 ? out : std::vector<std::uint32_t>{};
    }

    // The state governed from `place` when `office` is a state's, one a city has none of:
    // "Beijing's ambassador", "Moscow's envoy", "Tehran's foreign minister" are their state's;
    // "Kyiv's mayor", "Cairo's security chief" the city's.
    std::optional<std::uint32_t> seat_state(const LexiconEntry& place,
                                            std::string_view office) const {
        if (place.kind != EntryKind::place) return std::nullopt;
        static constexpr std::array<std::string_view, 10> kStateOffices = {
            "ambassador", "envoy",     "minister", "diplomat", "negotiator",
            "delegate",   "president", "premier",  "spokes",   "representative"};
        if (std::none_of(kStateOffices.begin(), kStateOffices.end(), [&](std::string_view w) {
                return office.find(w) != std::string_view::npos;
            }))
            return std::nullopt;
        const auto state = lex_.governed_from(place.id);
        if (!state || lex_.entry(*state).kind != EntryKind::country) return std::nullopt;
        return state;
    }

    // ISO codes of the countries the article names (as countries or through their places)
    // before token `pos`.
    std::vector<std::string> countries_named_before(std::uint32_t pos) const {
        std::vector<std::string> out;
        auto add = [&](const LexiconEntry& e) {
            if (!e.country.empty() &&
                (e.kind == EntryKind::country || e.kind == EntryKind::place) &&
                std::find(out.begin(), out.end(), e.country) == out.end())
                out.push_back(e.country);
        };
        for (std::size_t j = 0; j < c_.size(); ++j) {
            if (c_[j].begin >= pos) continue;
            if (const auto* e = entry(j)) add(*e);
            // "Kenyan officials said the president ...", "the Kenyan government": a country's
            // own group or institution names that country too (not a company or a movement
            // the lexicon knows: "Apple said the president ..." is Apple's).
            if ((c_[j].kind == CandidateKind::group ||
                 (type_of(j) == ActorType::org && entry(j) == nullptr)) &&
                !c_[j].country.empty() &&
                std::find(out.begin(), out.end(), c_[j].country) == out.end())
                out.push_back(c_[j].country);
            // "Some officials in the United States": a place inside a group's words, which
            // has no mention of its own.
            if (c_[j].kind == CandidateKind::group)
                for (std::uint32_t k = c_[j].begin; k < c_[j].end; ++k)
                    if (const LexiconMatch* m = doc_.lexicon_match(lex_, k); m && !m->demonym)
                        add(lex_.entry(m->entry));
        }
        return out;
    }

    // he/she: the most recent person of a compatible gender in this or the two sentences
    // before; they: the most recent group, preferring the subject of the pronoun's sentence.
    // An object pronoun never names the subject of its own relative clause ("Muslim Americans,
    // who accuse them"), and a plural pronoun after an unresolved plural subject ("The attendees
    // ... their message") stays unresolved rather than guess.
    void resolve_pronoun(std::size_t i) {
        const Candidate& p = c_[i];
        const std::uint32_t s = sentence(i);
        std::size_t best = c_.size(), subject = c_.size(), last_any = c_.size();
        const std::string* not_this = clause_subject_of_object(i);
        // The first person of the sentence before and whether any actor comes before the
        // pronoun in its own sentence: "Blinken met the crown prince. Later he flew to Cairo":
        // a pronoun opening its sentence continues the topic, the last sentence's subject.
        std::size_t previous_first = c_.size();
        bool opens = true;
        for (std::size_t pos = first_at_or_after(s >= 2 ? s - 2 : 0); pos < order_.size(); ++pos) {
            const std::size_t j = order_[pos];
            if (c_[j].begin >= p.begin) break;
            if (j == i) continue;
            if (c_[j].nested) continue;
            const ActorType t = type_of(j);
            const bool fits = p.type == ActorType::org
                                  ? (t == ActorType::org || t == ActorType::loc)
                              : p.plural ? (t == ActorType::group && c_[j].plural)
                                         : (t == ActorType::person && !c_[j].plural);
            if (!fits) continue;
            last_any = j;
            if (!resolved(j)) continue;
            if (not_this && key_[j] == *not_this) continue;
            if (!p.plural && p.type == ActorType::person) {
                const char g = gender_of(j);
                if (g && g != 'u' && p.gender && g != p.gender) continue;
            }
            if (sentence(j) == s) opens = false;
            if (s > 0 && sentence(j) == s - 1 && previous_first == c_.size()) previous_first = j;
            best = j;
            if (p.plural && sentence(j) == s && subject == c_.size()) subject = j;
        }
        if (p.plural && last_any != c_.size() && !resolved(last_any) && sentence(last_any) == s)
            return;
        if (p.plural && last_any == c_.size()) {
            if (const std::size_t speaker = body_reporting(i); speaker != c_.size())
                bind_to(i, speaker);
            return;
        }
        // "voters saying they plan": the speaker right before is meant, not the subject.
        auto speaks_before = [&](std::size_t j) {
            for (std::uint32_t k = c_[j].end; k < p.begin && k < c_[j].end + 2; ++k)
                for (const char* v : {"say", "says", "said", "saying", "told", "argue", "argued"})
                    if (doc_.is_word(k, v)) return true;
            return false;
        };
        if (p.plural && subject != c_.size() && !(best != c_.size() && speaks_before(best)))
            best = subject;
        const bool subject_pronoun = doc_.is_word(p.begin, "he") || doc_.is_word(p.begin, "she");
        if (subject_pronoun && opens && best != c_.size() && sentence(best) + 1 == s &&
            previous_first != c_.size())
            best = previous_first;
        if (subject_pronoun)
            if (const std::size_t speaker = speaker_before(i); speaker != c_.size()) best = speaker;
        if (best == c_.size()) return;
        const bool object = doc_.is_word(p.begin, "them") || doc_.is_word(p.begin, "him") ||
                            doc_.is_word(p.begin, "themselves") || doc_.is_word(p.begin, "himself");
        if (object && !doc_.is_word(p.begin, "themselves") && !doc_.is_word(p.begin, "himself")) {
            for (std::uint32_t k = c_[best].end; k < p.begin && k < c_[best].end + 3; ++k)
                if (doc_.is_word(k, "who") || doc_.is_word(k, "which")) return;
        }
        bind_to(i, best);
    }

    // "X said he would ...", "refused to meet Y, saying he would only ...": he or she opening
    // a reported clause is its speaker: the person right before "said", or the subject of
    // the sentence a "saying" clause hangs on. The candidate, or c_.size().
    std::size_t speaker_before(std::size_t i) const {
        const Candidate& p = c_[i];
        std::uint32_t v = p.begin;
        if (v > 0 && doc_.is_word(v - 1, "that")) --v;
        // "Putin told Macron (that) he ...": past the one told.
        for (std::size_t j = 0; j < c_.size(); ++j)
            if (j != i && c_[j].end == v && c_[j].begin > 0 &&
                doc_.is_word(c_[j].begin - 1, "told")) {
                v = c_[j].begin;
                break;
            }
        if (v == 0) return c_.size();
        --v;
        const bool said = doc_.is_word(v, "said") || doc_.is_word(v, "says") ||
                          (doc_.is_word(v, "told") && v + 1 < p.begin);
        const bool saying = doc_.is_word(v, "saying") || doc_.is_word(v, "adding");
        if (!said && !saying) return c_.size();
        const std::uint32_t s = sentence(i);
        for (std::size_t pos = first_at_or_after(s); pos < order_.size(); ++pos) {
            const std::size_t j = order_[pos];
            if (c_[j].begin >= v || sentence(j) != s) break;
            if (c_[j].nested || !resolved(j) || type_of(j) != ActorType::person || c_[j].plural)
                continue;
            const char g = gender_of(j);
            if (g && g != 'u' && p.gender && g != p.gender) continue;
            // The sentence's first person; unless the verb it hangs on judges another person,
            // whom "he" then means ("criticized Netanyahu, saying he had committed").
            // (Only for what the judged one did: "saying he would visit Beijing" is still
            // the speaker's plan.)
            if (saying) return judged_person_between(j, v) && !plan_follows(p.end) ? c_.size() : j;
            if (c_[j].end + 2 >= v) return j;
        }
        return c_.size();
    }

    // Whether "would", "will" or another word of what is to come follows token `k`.
    bool plan_follows(std::uint32_t k) const {
        return k < doc_.tokens.size() &&
               (doc_.is(k, WordClass::modal) || doc_.is_word(k, "planned") ||
                doc_.is_word(k, "plans") || doc_.is_word(k, "wanted") || doc_.is_word(k, "wants"));
    }

    // Whether a person after candidate `j` and before token `v` is the object of a verb that
    // judges them: praise, thanks, criticism, accusation, blame.
    bool judged_person_between(std::size_t j, std::uint32_t v) const {
        for (std::size_t o = 0; o < c_.size(); ++o) {
            if (c_[o].begin <= c_[j].end || c_[o].end > v || c_[o].begin == 0 ||
                type_of(o) != ActorType::person)
                continue;
            const std::string_view w = doc_.key(c_[o].begin - 1);
            for (const std::string_view stem :
                 {"criticiz", "criticis", "thank", "prais", "accus", "blam", "condemn",
                  "congratulat", "commend", "slam", "denounc", "laud", "hail", "rebuk", "attack"})
                if (w.starts_with(stem)) return true;
        }
        return false;
    }

    // "He urged him", "Erdogan invited him": an object pronoun is never the subject of its own
    // verb (that would be "himself"). The key of that subject, when one stands right before
    // the verb (past adverbs and auxiliaries), or null.
    const std::string* clause_subject_of_object(std::size_t i) const {
        const Candidate& p = c_[i];
        const bool object =
            doc_.is_word(p.begin, "him") || doc_.is_word(p.begin, "them") ||
            (doc_.is_word(p.begin, "her") &&
             !(p.begin + 1 < doc_.tokens.size() &&
               doc_.tokens[p.begin + 1].kind == TokenKind::word &&
               doc_.tokens[p.begin + 1].has(kLower) && doc_.classes[p.begin + 1] == 0));
        if (!object) return nullptr;
        for (std::size_t j = 0; j < c_.size(); ++j) {
            if (j == i || c_[j].nested || !resolved(j) || c_[j].end > p.begin ||
                c_[j].end + 4 < p.begin || sentence(j) != sentence(i))
                continue;
            bool verb_only = c_[j].end < p.begin;
            for (std::uint32_t k = c_[j].end; k < p.begin; ++k) {
                const Token& t = doc_.tokens[k];
                if (t.kind != TokenKind::word || !t.has(kLower) || t.has(kClitic) ||
                    doc_.is_word(k, "that") || doc_.is_word(k, "who") || doc_.is_word(k, "which") ||
                    doc_.is_word(k, "and") || doc_.is_word(k, "to") ||
                    doc_.is(k, WordClass::prep) || doc_.is(k, WordClass::sconj))
                    verb_only = false;
            }
            if (verb_only) return &key_[j];
        }
        return nullptr;
    }

    // "The US claimed that they had attacked Iraq", "Hamas said they would retaliate": with no
    // group before it, a "they" opening what a sentence's subject reports is that subject when
    // it is an organization or a country. The candidate, or c_.size().
    std::size_t body_reporting(std::size_t i) const {
        const Candidate& p = c_[i];
        if (!doc_.is_word(p.begin, "they") || p.begin < 2) return c_.size();
        const bool opens_clause = doc_.is_word(p.begin - 1, "that") ||
                                  doc_.is(p.begin - 1, WordClass::sconj) ||
                                  reporting_verb(p.begin - 1);
        if (!opens_clause) return c_.size();
        const std::uint32_t s = sentence(i);
        for (std::size_t pos = first_at_or_after(s); pos < order_.size(); ++pos) {
            const std::size_t j = order_[pos];
            if (c_[j].begin >= p.begin || sentence(j) != s) break;
            if (c_[j].nested) continue;
            const ActorType t = type_of(j);
            // The subject: the sentence's first actor, with the reporting verb after it.
            if (!resolved(j) || !(t == ActorType::org || t == ActorType::loc)) return c_.size();
            for (std::uint32_t k = c_[j].end; k < p.begin && k < c_[j].end + 3; ++k)
                if (reporting_verb(k)) return j;
            return c_.size();
        }
        return c_.size();
    }

    bool reporting_verb(std::uint32_t k) const {
        return Cues::builtin().reporting_verb(doc_.key(k));
    }

    // Whether the lexicon knows candidate `j` as what `kind` names ("Reuters": media).
    bool names_kind(std::size_t j, const OrgKind& kind) const {
        if (c_[j].entry < 0) return false;
        const std::string& sub = lex_.entry(static_cast<std::uint32_t>(c_[j].entry)).subkind;
        return std::find(kind.refers.begin(), kind.refers.end(), sub) != kind.refers.end();
    }

    void resolve_anaphor(std::size_t i) {
        const Candidate& a = c_[i];
        const std::string head = lower(a.head);
        const bool government = head == "administration" || head == "government";
        const bool kind = a.org_kind != nullptr;  // "the newspaper", "the group"
        if (head == "country" || head == "kingdom") return resolve_country_anaphor(i);
        std::size_t before = c_.size(), after = c_.size();
        for (const std::size_t j : order_) {
            if (j == i || !resolved(j)) continue;
            bool match;
            if (government)
                match = c_[j].kind == CandidateKind::owned && c_[j].type == ActorType::org;
            else if (kind)  // "the newspaper": named with that kind noun before, or known as one
                match = c_[j].kind == CandidateKind::name && type_of(j) == ActorType::org &&
                        c_[j].begin < a.begin &&
                        (c_[j].head == a.head || lower(actor_name(j)).ends_with(" " + a.head) ||
                         names_kind(j, *a.org_kind));
            else
                match = type_of(j) == ActorType::group && lower(c_[j].head) == lower(a.head) &&
                        c_[j].kind != CandidateKind::anaphor;
            if (!match) continue;
            if (c_[j].begin < a.begin)
                before = j;
            else if (after == c_.size())
                after = j;
        }
        const std::size_t pick = before != c_.size() ? before : government ? after : c_.size();
        if (pick != c_.size()) bind_to(i, pick);
    }

    // "the country", "the kingdom": the one country (kingdom) the nearest sentence before that
    // names any names ("Qatar hosted the talks. The country ..."); none when it names two
    // ("Netanyahu said Israel would strike Iran. The country ..." could be either), and never
    // one of its own sentence ("Iran said Israel would pay for attacking the country").
    void resolve_country_anaphor(std::size_t i) {
        const bool kingdoms = lower(c_[i].head) == "kingdom";
        const std::uint32_t own = sentence(i);
        for (std::uint32_t s = own; s-- > 0 && s + 4 > own;) {
            std::size_t one = c_.size();
            bool two = false;
            for (std::size_t at = first_at_or_after(s); at < order_.size(); ++at) {
                const std::size_t j = order_[at];
                if (sentence(j) != s) break;
                const LexiconEntry* e = resolved(j) ? entry(j) : nullptr;
                if (c_[j].kind != CandidateKind::name || e == nullptr ||
                    e->kind != EntryKind::country || (kingdoms && !kingdom(e->country)))
                    continue;
                if (one != c_.size() && key_[one] != key_[j]) two = true;
                one = j;
            }
            if (two) return;
            if (one != c_.size()) return bind_to(i, one);
        }
    }

    // Whether the state of this ISO code is a kingdom ("the kingdom" names it again).
    static bool kingdom(std::string_view code) {
        static constexpr std::string_view kKingdoms[] = {
            "SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK",
            "THA", "KHM", "BTN", "LSO", "SWZ", "TON", "MYS", "OMN", "BRN", "KWT", "QAT"};
        return std::find(std::begin(kKingdoms), std::end(kKingdoms), code) != std::end(kKingdoms);
    }

    // "Police", "the army", "troops", "protesters" (Candidate::needs_state): the same forces or
    // people named with their state before ("Kenyan police ... Police said", "protesters in
    // Nairobi ... the protesters"), else those of the one state the sentence places them in
    // ("Police arrested 12 protesters in Nairobi"), else of the one state the nearest sentence
    // before names. Unplaced, they stay no actor: one "police" for every article would merge
    // the police of every country in the graph.
    void resolve_state_agent(std::size_t i) {
        Candidate& c = c_[i];
        if (c.head == "government") {
            resolve_anaphor(i);  // "the Biden administration ... the government"
            if (resolved(i)) return;
        }
        const bool institution = c.type == ActorType::org;
        // "The ministry said": the ministry named last, and no state's unless one was.
        const bool any_ministry = c.head == "ministry";
        // What they are called: "police", "troops", "security forces".
        const std::string what = lower(c.name.empty() ? c.head : c.name);
        std::size_t before = c_.size();
        // "Israeli troops raided ... The military said": the state of forces of its kind
        // named before.
        std::string forces_code;
        for (const std::size_t j : order_) {
            if (c_[j].begin >= c.begin) break;
            if (!resolved(j) || c_[j].needs_state) continue;
            if (any_ministry) {
                if (type_of(j) == ActorType::org && key_[j].ends_with("-ministry")) before = j;
                continue;
            }
            const std::string code = country_of(j);
            if (code.empty()) continue;
            if (institution) {
                const auto ce = lex_.country_by_code(code);
                if (ce && key_[j] == lex_.entry(*ce).id + "-" + c.head) before = j;
                if (type_of(j) == ActorType::group && !c.sector.empty() &&
                    c_[j].sector == c.sector && (c.sector == "MIL" || c.sector == "COP"))
                    forces_code = code;
            } else if (type_of(j) == ActorType::group && lower(c_[j].head) == lower(c.head)) {
                // "Israeli troops ... the troops", "Syrian security forces", "protesters in
                // Nairobi ... the protesters".
                const std::string named = lower(actor_name(j));
                if (named.ends_with(what) || named.find(what + " in ") != std::string::npos)
                    before = j;
            }
        }
        if (before != c_.size()) {
            bind_to(i, before);
            return;
        }
        if (any_ministry) return;
        // "Canada lifted sanctions, a government spokesman said", "Scholz will meet Macron in
        // Paris, a government spokesman said": the voice speaks for the state of the sentence's
        // first actor, not for where the news happens.
        std::string code;
        // (A ministry or a voice speaks of other states after it: "The Foreign Ministry said
        // Tehran would not negotiate" places it by the sentences before.)
        const bool speaker =
            doc_.key(c.end - 1).starts_with("spokes") || c.head.ends_with("-ministry");
        if (speaker) code = first_state_before(c.begin);
        // ("KYIV - Police in Moscow arrested": where they are said to be wins over the
        // dateline.)
        if (code.empty()) code = state_of_place_after(c.end);
        if (code.empty()) code = forces_code;
        if (code.empty()) code = state_in_context(c.begin, speaker);
        const auto ce = code.empty() ? std::nullopt : lex_.country_by_code(code);
        if (!ce) return;
        const LexiconEntry& e = lex_.entry(*ce);
        // Named as the text would name them, with the ids "Kenyan police" and "Israeli troops"
        // get.
        name_[i] = (e.demonyms.empty() ? e.name : e.demonyms.front()) + " " + what;
        bind(i, institution ? e.id + "-" + c.head : graph::slugify(name_[i]));
        c.country = code;
    }

    // The country of the first actor in the sentence of token `pos` that has one, before it.
    std::string first_state_before(std::uint32_t pos) const {
        const std::uint32_t s = doc_.sentence_of[pos];
        for (std::size_t at = first_at_or_after(s); at < order_.size(); ++at) {
            const std::size_t j = order_[at];
            if (c_[j].begin >= pos || sentence(j) != s) break;
            if (c_[j].nested || c_[j].needs_state || !resolved(j)) continue;
            if (std::string code = country_of(j); !code.empty()) return code;
        }
        return {};
    }

    // The state of the place right after "in" at token `k` ("police in Moscow"), or empty.
    std::string state_of_place_after(std::uint32_t k) const {
        if (k + 1 >= doc_.tokens.size() || !doc_.is_word(k, "in")) return {};
        const LexiconMatch* m = doc_.lexicon_match(lex_, k + 1);
        if (!m || m->demonym) return {};
        // (A word of a longer name: "police in Lebanon County".)
        const std::size_t after = k + 1 + m->length;
        if (after < doc_.tokens.size() && doc_.tokens[after].has(kCapitalized)) return {};
        const LexiconEntry& e = lex_.entry(m->entry);
        return e.kind == EntryKind::country || e.kind == EntryKind::place ? e.country
                                                                          : std::string();
    }

    // The one state the sentence of token `pos` places things in, else the one state the
    // nearest sentence before names; empty where that sentence names two, or none does. A
    // `speaker` (a ministry, a voice) whose own sentence names two speaks of them: the
    // sentences before place it ("Iran rejected it. The Foreign Ministry said Tehran ...").
    std::string state_in_context(std::uint32_t pos, bool speaker = false) const {
        const std::uint32_t own = doc_.sentence_of[pos];
        if (const States here = states_named(own, true); here.one || (here.two && !speaker))
            return here.one ? here.code : std::string();
        for (std::uint32_t s = own; s-- > 0;) {
            if (s >= named_.size()) named_.resize(s + 1);
            if (!named_[s]) named_[s] = states_named(s, false);  // asked again by every agent
            if (named_[s]->one || named_[s]->two) return named_[s]->one ? named_[s]->code : "";
        }
        return {};
    }

    // The states sentence `s` names as countries or by their places; demonyms never count
    // ("Police arrested two Ugandan nationals" places no police in Uganda), nor possessors. In
    // the agent's own sentence (`own`) only where things happen places them ("in Nairobi", "near
    // Aleppo, Syria", a dateline), and any other state named leaves whose they are open
    // ("France will send troops to a force in Liberia", "appreciation for China's help").
    struct States {
        bool one = false, two = false;
        std::string code;
    };
    States states_named(std::uint32_t s, bool own) const {
        const Sentence& sent = doc_.sentences[s];
        States out;
        std::string other;          // own sentence: a state named but not as the place
        bool last_counted = false;  // "near Aleppo, Syria": the place after counts too
        for (std::uint32_t k = sent.first_token; k < sent.end_token; ++k) {
            const LexiconMatch* m = doc_.lexicon_match(lex_, k);
            if (!m) continue;
            const std::uint32_t b = k;
            k += m->length - 1;
            const LexiconEntry& e = lex_.entry(m->entry);
            std::string code = e.country;
            const bool place = e.kind == EntryKind::country || e.kind == EntryKind::place;
            // "Police in Jersey City": a known name inside a longer place name ("Jersey
            // City", "Lebanon County", "Kabul Province") is a word of it; the longer name's
            // own country counts, if it has one.
            if (const std::size_t j = place_around(b, k + 1); j != c_.size()) {
                code = country_of(j);
                k = std::max(k, c_[j].end - 1);
            }
            const bool named = !m->demonym && !code.empty() && place;
            // (A possessor is no place, unless where things happen: "in Nigeria's Kaduna
            // state".)
            const bool possessor = k + 1 < sent.end_token && doc_.is_word(k + 1, "'s");
            const bool counted = named && (!possessor || locative(b, sent, false)) &&
                                 (!own || locative(b, sent, last_counted));
            last_counted = counted;
            if (own && named && !counted) {
                if (!other.empty() && other != code) out.two = true;
                other = code;
            }
            if (!counted) continue;
            if (out.one && out.code != code) out.two = true;
            out.one = true;
            out.code = code;
        }
        if (own && !other.empty() && (!out.one || other != out.code)) out.two = true;
        if (out.two) out.one = false;
        return out;
    }

    // The place name candidate that holds the tokens [b, e) and more, or c_.size().
    std::size_t place_around(std::uint32_t b, std::uint32_t e) const {
        for (const std::size_t j : order_) {
            const Candidate& c = c_[j];
            if (c.begin > b) break;
            if (c.kind == CandidateKind::name && c.type == ActorType::loc && c.end >= e &&
                c.end - c.begin > e - b)
                return j;
        }
        return c_.size();
    }

    // Whether a place at token `b` says where things happen: after "in", "near" ..., after a
    // place that did ("near Aleppo, Syria"), or opening the sentence as a dateline ("NAIROBI,
    // Kenya -", not "Israel has bombarded").
    bool locative(std::uint32_t b, const Sentence& sent, bool after_counted) const {
        if (b == sent.first_token)
            return b + 1 < sent.end_token && doc_.tokens[b + 1].kind == TokenKind::punct;
        std::uint32_t p = b - 1 - (b - 1 > sent.first_token && doc_.is_word(b - 1, "the"));
        // ("in northwest Nigeria", "in the south of Lebanon" is no such place.)
        if (p > sent.first_token && compass_word(doc_.key(p))) p -= 1;
        if (doc_.word(p) == ",") return after_counted || p == sent.first_token + 1;
        for (const std::string_view prep : {"in", "near", "at", "across", "of", "from", "outside",
                                            "inside", "around", "throughout", "into"})
            if (doc_.is_word(p, prep)) return true;
        return false;
    }

    static bool compass_word(std::string_view w) {
        for (const std::string_view d :
             {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
              "central", "northwest", "northeast", "southwest", "southeast", "northwestern",
              "northeastern", "southwestern", "southeastern"})
            if (w == d) return true;
        return false;
    }

    void resolve_owned(std::size_t i) {
        Candidate& c = c_[i];
        if (c.owner < 0) return;
        const auto owner = static_cast<std::size_t>(c.owner);
        if (!resolved(owner) && c_[owner].kind == CandidateKind::pronoun) resolve_pronoun(owner);
        if (!resolved(owner)) return;
        const std::string owner_key = key_[owner];
        const std::string owner_name = actor_name(owner);
        if (c.head == "administration" || c.head == "government") {
            const auto words = split_words(owner_name);
            const std::string last = words.empty() ? owner_name : std::string(words.back());
            name_[i] = last + " " + c.head;
            bind(i, owner_key + "-" + c.head);
            c.country = country_of(owner);
            return;
        }
        // "his chief of staff": the lexicon may know who held that role on the day.
        if (!c.plural && day_) {
            const std::string code = country_of(owner);
            std::vector<std::uint32_t> holders;
            for (const std::uint32_t h : lex_.holders(c.title, "", day_))
                for (const auto& r : lex_.entry(h).roles) {
                    if (lower(r.title) != lower(c.title) || !role_active(r, day_)) continue;
                    const auto org = lex_.find(r.org);
                    if (!org || code.empty() || lex_.entry(*org).country != code) continue;
                    const auto kind = lex_.entry(*org).subkind;
                    if (kind == "government" || kind == "country") {
                        holders.push_back(h);
                        break;
                    }
                }
            if (holders.size() == 1) {
                const LexiconEntry& e = lex_.entry(holders[0]);
                c.entry = static_cast<std::int32_t>(holders[0]);
                c.type = ActorType::person;
                bind(i, e.id);
                name_[i] = e.name;
                if (e.gender) gender_[e.id] = e.gender;
                owned_relations_.push_back({i, owner});
                return;
            }
        }
        const std::string what = c.plural ? c.head : lower(c.title);
        name_[i] = owner_name + "'s " + what;
        bind(i, owner_key + "-" + graph::slugify(what));
        c.country = country_of(owner);
        owned_relations_.push_back({i, owner});
    }

    // The first position in order_ of a candidate in sentence `s` or later.
    std::size_t first_at_or_after(std::uint32_t s) const {
        const auto it = std::lower_bound(
            order_.begin(), order_.end(), s,
            [&](std::size_t c, std::uint32_t value) { return sentence(c) < value; });
        return static_cast<std::size_t>(it - order_.begin());
    }

    std::string actor_name(std::size_t ci) const {
        if (c_[ci].resolved >= 0) return actor_name(static_cast<std::size_t>(c_[ci].resolved));
        if (!name_[ci].empty()) return name_[ci];
        return surface(ci);
    }
    std::string country_of(std::size_t ci) const {
        if (c_[ci].resolved >= 0) return country_of(static_cast<std::size_t>(c_[ci].resolved));
        if (const auto* e = entry(ci)) return e->country;
        return c_[ci].country;
    }

    // The actor id of the organization a role claim names.
    std::string org_key(const RoleClaim& r) {
        if (r.org_token >= 0) {
            for (const std::size_t j : order_)
                if (resolved(j) && c_[j].begin <= static_cast<std::uint32_t>(r.org_token) &&
                    static_cast<std::uint32_t>(r.org_token) < c_[j].end &&
                    type_of(j) != ActorType::person && type_of(j) != ActorType::group)
                    return key_[j];
            return {};
        }
        if (r.org_entry >= 0) {
            const LexiconEntry& e = lex_.entry(static_cast<std::uint32_t>(r.org_entry));
            implied_.push_back(static_cast<std::uint32_t>(r.org_entry));
            return e.id;
        }
        return {};
    }

    // ------------------------------------------------------------------ output
    void build_actors() {
        std::unordered_map<std::string, std::size_t> index;  // actor id -> out_.actors
        auto actor_for = [&](std::size_t ci) -> graph::ActorRecord& {
            const std::string& key = key_[ci];
            auto [it, fresh] = index.emplace(key, out_.actors.size());
            if (fresh) {
                graph::ActorRecord a;
                a.id = key;
                std::size_t origin = ci;
                while (c_[origin].resolved >= 0)
                    origin = static_cast<std::size_t>(c_[origin].resolved);
                if (const auto* e = entry(origin)) {
                    a = record_of(*e);
                    a.id = key;
                    for (const auto& r : e->roles)
                        if (role_active(r, day_)) a.roles.push_back(r);
                } else {
                    a.name = actor_name(origin);
                    a.type = c_[origin].type;
                    a.country = c_[origin].country;
                    a.sector = c_[origin].sector;
                }
                out_.actors.push_back(std::move(a));
            }
            return out_.actors[it->second];
        };

        // Mentions, in text order; the actors in order of first mention.
        std::vector<std::size_t> emitted;
        for (const std::size_t i : order_) {
            if (!resolved(i)) continue;
            const Candidate& c = c_[i];
            if (!c.typed && c.kind == CandidateKind::name) continue;
            graph::ActorRecord& a = actor_for(i);
            ++a.mentions;
            // The longest full name seen names an actor not in the lexicon.
            if (c.kind == CandidateKind::name && c.entry < 0 && c_[i].resolved < 0 &&
                name_[i].size() > a.name.size() && a.type == ActorType::person)
                a.name = name_[i];
            if (c.kind != CandidateKind::pronoun) {
                const std::string s = surface(i);
                if (s != a.name &&
                    std::find(a.aliases.begin(), a.aliases.end(), s) == a.aliases.end())
                    a.aliases.push_back(s);
            }
            MentionForm form = MentionForm::name;
            switch (c.kind) {
                case CandidateKind::name:
                    form = MentionForm::name;
                    break;
                case CandidateKind::group:
                    form = c.plural ? MentionForm::group : MentionForm::nominal;
                    break;
                case CandidateKind::title_ref:
                    form = MentionForm::title;
                    break;
                case CandidateKind::pronoun:
                    form = MentionForm::pronoun;
                    break;
                case CandidateKind::anaphor:
                case CandidateKind::owned:
                    form = MentionForm::nominal;
                    break;
            }
            out_.mentions.push_back(Mention{{tok(c.begin).begin, tok(c.end - 1).end},
                                            a.type,
                                            a.id,
                                            form,
                                            doc_.sentence_of[c.begin]});
            emitted.push_back(i);
        }

        // Roles stated in the text, and the relations they make.
        for (const std::size_t i : order_) {
            if (!resolved(i) || c_[i].roles.empty()) continue;
            for (const RoleClaim& r : c_[i].roles) {
                const std::string org = org_key(r);
                graph::ActorRecord& a = actor_for(i);
                graph::Role role{r.title, org, std::nullopt, std::nullopt};
                const bool known =
                    std::any_of(a.roles.begin(), a.roles.end(), [&](const graph::Role& x) {
                        return lower(x.title) == lower(role.title) && (x.org == org || org.empty());
                    });
                if (!known) a.roles.push_back(role);
                if (a.sector.empty()) a.sector = r.sector;
                if (org.empty() || org == a.id) continue;
                std::optional<graph::DateValue> when;
                if (!r.former && doc_.date) when = graph::DateValue::of(*doc_.date);
                relations_.push_back(
                    graph::RelationRecord{r.relation, a.id, org, when, {}, r.span});
            }
        }
        for (const auto& [member, owner] : owned_relations_) {
            const Candidate& c = c_[member];
            if (c.relation.empty() || key_[member] == key_[owner]) continue;
            relations_.push_back(graph::RelationRecord{
                c.relation,
                key_[member],
                key_[owner],
                doc_.date ? std::optional(graph::DateValue::of(*doc_.date)) : std::nullopt,
                {},
                {tok(c.begin).begin, tok(c.end - 1).end}});
        }
        for (const std::size_t i : order_) {
            const Candidate& c = c_[i];
            if (c.member_of < 0 || !resolved(i)) continue;
            const auto org = static_cast<std::size_t>(c.member_of);
            if (!resolved(org)) continue;
            relations_.push_back(graph::RelationRecord{"member_of",
                                                       key_[i],
                                                       key_[org],
                                                       std::nullopt,
                                                       {},
                                                       {tok(c.begin).begin, tok(c.end - 1).end}});
        }
        // Organizations only implied by a role ("Israeli Prime Minister") become actors too,
        // without mentions, so every relation names an actor of the article.
        for (const std::uint32_t e : implied_) {
            const LexiconEntry& le = lex_.entry(e);
            if (index.count(le.id)) continue;
            index.emplace(le.id, out_.actors.size());
            out_.actors.push_back(record_of(le));
        }
        // Complete people's country and sector from their roles.
        for (auto& a : out_.actors) {
            if (a.type != ActorType::person || !a.country.empty()) continue;
            for (const auto& r : a.roles) {
                if (const auto org = lex_.find(r.org)) {
                    a.country = lex_.entry(*org).country;
                    if (lex_.entry(*org).kind != EntryKind::country &&
                        !lex_.entry(*org).sector.empty())
                        a.sector = lex_.entry(*org).sector;
                    break;
                }
                if (const auto it = index.find(r.org); it != index.end()) {
                    a.country = out_.actors[it->second].country;
                    break;
                }
            }
        }
        for (auto& r : relations_) {
            const bool dup =
                std::any_of(out_.relations.begin(), out_.relations.end(), [&](const auto& x) {
                    return x.type == r.type && x.source == r.source && x.target == r.target;
                });
            if (!dup && index.count(r.source) && index.count(r.target))
                out_.relations.push_back(std::move(r));
        }

        // Token -> mention, preferring the outer mention where two nest.
        doc_.mention_at.assign(doc_.tokens.size(), kNone);
        for (std::size_t m = 0; m < emitted.size(); ++m) {
            const Candidate& c = c_[emitted[m]];
            for (std::uint32_t k = c.begin; k < c.end; ++k) {
                const std::int32_t cur = doc_.mention_at[k];
                if (cur == kNone || out_.mentions[static_cast<std::size_t>(cur)].span.size() <
                                        out_.mentions[m].span.size())
                    doc_.mention_at[k] = static_cast<std::int32_t>(m);
            }
        }
    }

    Document& doc_;
    const Lexicon& lex_;
    std::vector<Candidate>& c_;
    Extraction& out_;
    std::optional<date::sys_days> day_;
    std::vector<std::size_t> order_;  // candidates in text order
    std::vector<std::string> key_;    // actor id per candidate, empty if unresolved
    std::vector<std::string> name_;   // canonical name per candidate
    std::unordered_map<std::string, char> gender_;
    std::vector<std::pair<std::size_t, std::size_t>> owned_relations_;  // (member, owner)
    std::vector<std::uint32_t> implied_;
    std::vector<graph::RelationRecord> relations_;
    mutable std::vector<std::optional<States>> named_;  // per sentence, as state_in_context asks
};

}  // namespace

namespace {

// A place whose name places of other countries share ("Tripoli", "Georgia", "Punjab") is the
// one of the country named right around it ("Tripoli, Lebanon", "the Lebanese city of Tripoli",
// "Atlanta, Georgia"); else of the country most of the article's other actors belong to, when
// it is more than half of them ("Biden won Georgia" among US politicians and places); else the
// lexicon's first. One mention of the United States in a story about Russia and Georgia does
// not move Georgia.
void choose_namesakes(const Document& doc, const Lexicon& lexicon,
                      std::vector<Candidate>& candidates) {
    constexpr std::uint32_t kBefore = 5, kAfter = 4;  // the tokens around the name
    // How many of the other actors' mentions each country has, counted when first needed.
    std::size_t placed = 0;
    std::unordered_map<std::string, std::size_t> by_country;
    const auto count_countries = [&] {
        if (placed > 0) return;
        for (const Candidate& o : candidates) {
            if (o.namesakes || o.country.empty()) continue;
            ++placed;
            ++by_country[o.country];
        }
    };
    for (Candidate& c : candidates) {
        if (!c.namesakes || c.entry < 0) continue;
        const std::vector<std::uint32_t>& places = *c.namesakes;
        if (std::find(places.begin(), places.end(), static_cast<std::uint32_t>(c.entry)) ==
            places.end())
            continue;
        // Countries of the places and demonyms around it (not of people or organizations:
        // "a ceasefire between Georgia and the Democratic Socialists of America").
        std::vector<std::string> near;
        const Sentence& s = doc.sentences[doc.sentence_of[c.begin]];
        const std::uint32_t from = std::max(s.first_token, c.begin - std::min(c.begin, kBefore));
        for (std::uint32_t k = from; k < std::min(s.end_token, c.end + kAfter); ++k) {
            if (k >= c.begin && k < c.end) continue;
            const LexiconMatch* m = doc.lexicon_match(lexicon, k);
            if (m && !(k < c.begin && k + m->length > c.begin) &&
                (m->demonym || lexicon.entry(m->entry).type == ActorType::loc))
                near.push_back(lexicon.entry(m->entry).country);
        }
        std::uint32_t best = static_cast<std::uint32_t>(c.entry);
        std::size_t best_near = 0;
        for (const std::uint32_t p : places) {
            const auto n = static_cast<std::size_t>(
                std::count(near.begin(), near.end(), lexicon.entry(p).country));
            if (n > best_near) {
                best = p;
                best_near = n;
            }
        }
        if (best_near == 0) {
            count_countries();
            for (const std::uint32_t p : places) {
                const auto it = by_country.find(lexicon.entry(p).country);
                if (it != by_country.end() && it->second * 2 > placed) best = p;
            }
        }
        const LexiconEntry& e = lexicon.entry(best);
        c.entry = static_cast<std::int32_t>(best);
        c.country = e.country;
        c.sector = e.sector;
    }
}

}  // namespace

void resolve_actors(Document& doc, const Lexicon& lexicon, std::vector<Candidate>& candidates,
                    Extraction& out) {
    choose_namesakes(doc, lexicon, candidates);
    Resolver(doc, lexicon, candidates, out).run();
}

}  // namespace tkg::extract
