// Synthetic news corpus for benchmarks: N articles as JSON Lines, deterministic for a seed.
// Articles vary their actors (lexicon people with their titles, invented people, countries,
// organizations, groups of demonyms and religions), their events (meetings, criticism,
// demands, attacks, aid, statements ...), sentence shapes (active, passive, nouns with light
// verbs, quotes, appositives, coordination) and dates (absolute, relative, weekdays), so
// extraction meets the same variety as in real news, not one article copied N times.
//
//   tkg_gen_corpus 100000 > corpus.jsonl      (optional second argument: seed)
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "tkg/extract/data.hpp"
#include "tkg/extract/lexicon.hpp"
#include "tkg/graph/date_value.hpp"

namespace {

// A small, fast, deterministic generator (splitmix64).
class Random {
  public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    template <typename T>
    const T& pick(const std::vector<T>& v) {
        return v[below(v.size())];
    }
    bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }

  private:
    std::uint64_t state_;
};

struct Person {
    std::string name;   // "Antony Blinken"
    std::string title;  // "Secretary of State" or ""
};

struct Vocabulary {
    std::vector<Person> people;
    std::vector<std::string> countries, demonyms, orgs, cities, given, surnames;
};

Vocabulary vocabulary() {
    Vocabulary v;
    tkg::extract::Lexicon lex = tkg::extract::Lexicon::builtin();
    for (std::size_t i = 0; i < lex.size(); ++i) {
        const auto& e = lex.entry(static_cast<std::uint32_t>(i));
        switch (e.kind) {
            case tkg::extract::EntryKind::person:
                v.people.push_back({e.name, e.roles.empty() ? "" : e.roles.front().title});
                break;
            case tkg::extract::EntryKind::country:
                v.countries.push_back(e.name);
                for (const auto& d : e.demonyms)
                    if (!d.empty() && d.back() != 's') v.demonyms.push_back(d);
                break;
            case tkg::extract::EntryKind::organization:
                v.orgs.push_back(e.name);
                break;
            case tkg::extract::EntryKind::place:
                if (e.subkind == "city") v.cities.push_back(e.name);
                break;
            default:
                break;
        }
    }
    for (const auto line : tkg::extract::data::word_list("given_names.tsv"))
        v.given.emplace_back(line.substr(0, line.find('\t')));
    // Invented surnames from syllables: unknown to every lexicon, as most names in news are.
    const std::vector<std::string> a = {"Al",   "Bar", "Cor", "Dan", "El",  "Fen", "Gar", "Hol",
                                        "Ist",  "Jor", "Kel", "Lom", "Mar", "Nor", "Osk", "Pel",
                                        "Quin", "Ros", "Sal", "Tor", "Ul",  "Var", "Wel", "Yar"};
    const std::vector<std::string> b = {
        "ani", "berg", "cott",  "dale", "ez",  "ford", "gard", "holm", "ini",  "ley", "man",
        "nik", "ov",   "quist", "rez",  "son", "ton",  "ura",  "vic",  "wick", "yan", "zi"};
    for (const auto& x : a)
        for (const auto& y : b) v.surnames.push_back(x + y);
    return v;
}

class ArticleWriter {
  public:
    ArticleWriter(const Vocabulary& v, Random& r) : v_(v), r_(r) {}

    std::string person() {
        if (r_.chance(55)) {
            const Person& p = r_.pick(v_.people);
            if (!p.title.empty() && r_.chance(50)) return p.title + " " + p.name;
            return p.name;
        }
        std::string name = r_.pick(v_.given) + " " + r_.pick(v_.surnames);
        if (r_.chance(30)) {
            static const std::vector<std::string> titles = {
                "Sen.", "Gov.",  "Foreign Minister", "Prime Minister", "spokesman", "General",
                "Dr.",  "Mayor", "President"};
            const std::string& t = r_.pick(titles);
            if (t == "spokesman") return r_.pick(v_.orgs) + " spokesman " + name;
            return t + " " + name;
        }
        return name;
    }
    std::string country() { return r_.pick(v_.countries); }
    // ("The Times" brings its own article: no "the The Times".)
    std::string org() {
        const std::string& o = r_.pick(v_.orgs);
        return o.starts_with("The ") ? o : "the " + o;
    }
    std::string group() {
        static const std::vector<std::string> heads = {"leaders",    "officials", "voters",
                                                       "activists",  "groups",    "lawmakers",
                                                       "protesters", "diplomats"};
        static const std::vector<std::string> religions = {"Muslim", "Jewish",   "Christian",
                                                           "Arab",   "Catholic", "Hindu"};
        if (r_.chance(40))
            return r_.pick(religions) + " " + r_.pick(v_.demonyms) + " " + r_.pick(heads);
        return r_.pick(v_.demonyms) + " " + r_.pick(heads);
    }
    std::string actor() {
        switch (r_.below(4)) {
            case 0:
                return person();
            case 1:
                return country();
            case 2:
                return org();
            default:
                return group();
        }
    }
    std::string when() {
        static const std::vector<std::string> months = {"Jan.",  "Feb.", "March", "April",
                                                        "May",   "June", "July",  "Aug.",
                                                        "Sept.", "Oct.", "Nov.",  "Dec."};
        static const std::vector<std::string> days = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                      "Friday", "Saturday", "Sunday"};
        switch (r_.below(7)) {
            case 0:
                return "on " + r_.pick(days);
            case 1:
                return "on " + r_.pick(months) + " " + std::to_string(1 + r_.below(28));
            case 2:
                return "last week";
            case 3:
                return "earlier this month";
            case 4:
                return "in " + std::to_string(2000 + r_.below(24));
            case 5:
                return "two days ago";
            default:
                return "yesterday";
        }
    }
    std::string sentence() {
        const std::string a = actor(), b = actor();
        switch (r_.below(16)) {
            case 0:
                return a + " met " + b + " in " + r_.pick(v_.cities) + " " + when() + ".";
            case 1:
                return a + " condemned " + b + " " + when() + ", calling the move dangerous.";
            case 2:
                return b + " was criticized by " + a + " after the vote.";
            case 3:
                return a + " called for a ceasefire between " + country() + " and " + org() + ".";
            case 4:
                return "In a closed-door meeting with " + group() + ", " + person() +
                       " promised more aid " + when() + ".";
            case 5:
                return "\xE2\x80\x9CWe will not accept this,\xE2\x80\x9D said " + person() + ".";
            case 6:
                return a + " accused " + b + " of violating the agreement, according to " + org() +
                       ".";
            case 7:
                return country() + " launched air strikes on " + r_.pick(v_.cities) + " " + when() +
                       ", killing dozens of civilians.";
            case 8:
                return a + " and " + b + " held talks on trade " + when() + ".";
            case 9:
                return a + " faced criticism from " + group() + " over the decision.";
            case 10:
                return person() + ", a former " + r_.pick(v_.demonyms) +
                       " diplomat who is now director of " + org() +
                       ", said the talks had stalled.";
            case 11:
                return a + " will visit " + country() + " next month to discuss security.";
            case 12:
                return "Officials said " + a + " had sent aid to " + country() + " since " +
                       std::to_string(1 + r_.below(28)) + " March.";
            case 13:
                return a + " did not meet " + b + ", refusing to comment on the dispute.";
            case 14:
                return a + " demanded the release of prisoners held by " + b + ".";
            default:
                return "The " + std::to_string(2 + r_.below(20)) + "-year dispute between " + a +
                       " and " + b + " could escalate in the coming weeks, analysts warned.";
        }
    }
    std::string article() {
        std::string text;
        const std::size_t paragraphs = 3 + r_.below(4);
        for (std::size_t p = 0; p < paragraphs; ++p) {
            if (p) text += "\n\n";
            const std::size_t n = 3 + r_.below(5);
            for (std::size_t s = 0; s < n; ++s) {
                std::string next = sentence();
                if (next[0] >= 'a' && next[0] <= 'z')
                    next[0] = static_cast<char>(next[0] - 'a' + 'A');
                text += (s ? " " : "") + next;
            }
        }
        return text;
    }

  private:
    const Vocabulary& v_;
    Random& r_;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: tkg_gen_corpus N [SEED] > corpus.jsonl\n";
        return 1;
    }
    const long long n = std::atoll(argv[1]);
    Random r(argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 20231112);
    const Vocabulary v = vocabulary();
    ArticleWriter writer(v, r);
    const date::sys_days first{date::year{2015} / 1 / 1};
    static const std::vector<std::string> sources = {"wire.example", "daily.example",
                                                     "post.example", "herald.example"};
    std::string out;
    for (long long i = 0; i < n; ++i) {
        rapidjson::StringBuffer buf;
        rapidjson::Writer<rapidjson::StringBuffer> w(buf);
        const std::string id = "syn-" + std::to_string(i);
        const std::string day =
            tkg::graph::format_iso_day(first + date::days{static_cast<int>(r.below(3650))});
        const std::string text = writer.article();
        const std::string title = text.substr(0, text.find_first_of(".,"));
        w.StartObject();
        w.Key("id");
        w.String(id.c_str());
        w.Key("date");
        w.String(day.c_str());
        w.Key("title");
        w.String(title.c_str());
        w.Key("source");
        w.String(sources[r.below(sources.size())].c_str());
        w.Key("text");
        w.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
        w.EndObject();
        out.append(buf.GetString(), buf.GetSize());
        out += '\n';
        if (out.size() > (1u << 20)) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            out.clear();
        }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
