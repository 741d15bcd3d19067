#include "synthetic_articles.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace tkg::bench {
namespace {

using graph::ActorRecord;
using graph::ActorType;
using graph::DateValue;
using graph::Precision;

// SplitMix64: tiny, fast, and the same numbers on every platform (unlike std distributions).
struct Rng {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

constexpr std::array<std::string_view, 40> kSyllables = {
    "ba",  "ko",  "ri",  "mel", "tan", "vor", "sel", "dun", "ka",  "li",  "mor", "zen", "pa", "ru",
    "del", "gan", "so",  "ti",  "na",  "vel", "qua", "ste", "bro", "fin", "lo",  "mar", "ne", "or",
    "pel", "rin", "sha", "tor", "u",   "vin", "wen", "ya",  "zo",  "ex",  "al",  "ber"};
constexpr std::array<std::string_view, 24> kGiven = {
    "Anna",  "Omar",  "Li",    "Maria", "John",  "Fatima", "Ivan",  "Sofia",
    "Kenji", "Amara", "Lucas", "Noor",  "Pedro", "Elena",  "Chen",  "Yusuf",
    "Grace", "Tomas", "Aisha", "David", "Mei",   "Samuel", "Leila", "Hugo"};
constexpr std::array<std::string_view, 8> kOrgKinds = {"Ministry",  "Party", "Council", "Bank",
                                                       "Institute", "Union", "Front",   "Agency"};
constexpr std::array<std::string_view, 4> kGroupKinds = {"protesters", "farmers", "students",
                                                         "veterans"};
constexpr std::array<std::string_view, 12> kCountries = {"USA", "GBR", "FRA", "DEU", "RUS", "CHN",
                                                         "IND", "BRA", "ZAF", "ISR", "PSE", "UKR"};
constexpr std::array<std::string_view, 6> kSectors = {"GOV", "MIL", "LEG", "BUS", "MED", "NGO"};
constexpr std::array<std::string_view, 5> kTitles = {"Minister", "Senator", "President", "General",
                                                     "Spokesperson"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

struct EventKind {
    std::string_view type, cameo, relation, verb;
};
constexpr std::array<EventKind, 10> kEventKinds = {{
    {"meet", "040", "met_with", "met"},
    {"criticize", "111", "criticized", "criticized"},
    {"praise", "051", "praised", "praised"},
    {"accuse", "112", "accused", "accused"},
    {"support", "050", "supported", "backed"},
    {"attack", "190", "attacked", "attacked"},
    {"negotiate", "046", "negotiated_with", "negotiated with"},
    {"demand", "100", "demanded_from", "made demands of"},
    {"threaten", "130", "threatened", "threatened"},
    {"aid", "070", "aided", "sent aid to"},
}};

// A distinct, pronounceable word for every index: its digits in base 40, one syllable each.
std::string word(std::size_t i) {
    std::string out;
    do {
        out += kSyllables[i % kSyllables.size()];
        i /= kSyllables.size();
    } while (i > 0 || out.size() < 4);
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

const date::sys_days kFirstDay = date::sys_days{date::year{2015} / 1 / 1};
constexpr std::size_t kDays = 3653;  // 2015 to 2024

}  // namespace

SyntheticArticles::SyntheticArticles(SyntheticOptions options) : options_(options) {
    const std::size_t n =
        options_.actors ? options_.actors : std::max<std::size_t>(1000, options_.articles / 10);
    actors_.reserve(n);
    Rng rng{options_.seed * 0x2545F4914F6CDD1Dull};
    for (std::size_t i = 0; i < n; ++i) {
        ActorRecord a;
        const double kind = rng.unit();
        const std::string w = word(i);
        if (kind < 0.6) {
            a.type = ActorType::person;
            a.name = std::string(kGiven[rng.below(kGiven.size())]) + " " + w;
            a.aliases = {w};
        } else if (kind < 0.8) {
            a.type = ActorType::org;
            a.name = w + " " + std::string(kOrgKinds[rng.below(kOrgKinds.size())]);
        } else if (kind < 0.9) {
            a.type = ActorType::loc;
            a.name = w;
        } else {
            a.type = ActorType::group;
            a.name = w + " " + std::string(kGroupKinds[rng.below(kGroupKinds.size())]);
        }
        a.id = graph::slugify(a.name);
        a.country = kCountries[rng.below(kCountries.size())];
        if (a.type != ActorType::loc) a.sector = kSectors[rng.below(kSectors.size())];
        if (a.type == ActorType::person && rng.unit() < 0.3) {
            const auto from = kFirstDay + date::days{static_cast<int>(rng.below(kDays))};
            a.roles.push_back({std::string(kTitles[rng.below(kTitles.size())]), a.country,
                               DateValue(from, Precision::day),
                               DateValue(from + date::days{1461}, Precision::day)});
        }
        actors_.push_back(std::move(a));
    }
}

graph::ArticleRecord SyntheticArticles::article(std::size_t i) const {
    Rng rng{(options_.seed + 1) * 0x9E3779B97F4A7C15ull ^ (i * 0xD1B54A32D192ED03ull)};
    graph::ArticleRecord r;
    r.id = "s" + std::to_string(i);
    const auto day = kFirstDay + date::days{static_cast<int>(rng.below(kDays))};
    const double p = rng.unit();
    const Precision precision = p < 0.85   ? Precision::day
                                : p < 0.95 ? Precision::month
                                           : Precision::year;
    r.date = DateValue(day, Precision::day);
    r.title = "Report " + std::to_string(i);
    r.source = "synthetic";

    // Popularity falls off as the cube: index floor(n u^3) puts a tenth of all picks on the
    // top 0.1% of actors, which gives the hubs real news graphs have.
    const std::size_t n = actors_.size();
    std::vector<std::size_t> cast;
    const std::size_t wanted = 2 + rng.below(4);
    while (cast.size() < wanted) {
        const double u = rng.unit();
        const auto pick =
            std::min(n - 1, static_cast<std::size_t>(static_cast<double>(n) * u * u * u));
        if (std::find(cast.begin(), cast.end(), pick) == cast.end()) cast.push_back(pick);
    }
    for (const std::size_t a : cast) {
        r.actors.push_back(actors_[a]);
        r.actors.back().mentions = static_cast<std::uint32_t>(1 + rng.below(3));
    }

    const std::size_t events = 1 + rng.below(2);
    for (std::size_t e = 0; e < events; ++e) {
        const EventKind& kind = kEventKinds[rng.below(kEventKinds.size())];
        const std::size_t s = rng.below(cast.size());
        std::size_t t = rng.below(cast.size() - 1);
        if (t >= s) ++t;
        const ActorRecord& source = actors_[cast[s]];
        const ActorRecord& target = actors_[cast[t]];
        graph::EventRecord ev;
        ev.id = r.id + "#e" + std::to_string(e + 1);
        ev.type = kind.type;
        ev.cameo = kind.cameo;
        ev.source = {source.id};
        ev.target = {target.id};
        ev.date = DateValue(day - date::days{static_cast<int>(rng.below(5))}, precision);
        ev.date_source = graph::DateSource::timex;
        ev.polarity = rng.unit() < 0.05 ? graph::Polarity::negative : graph::Polarity::positive;
        ev.modality = rng.unit() < 0.8 ? graph::Modality::asserted : graph::Modality::reported;
        ev.confidence = 0.5 + 0.05 * static_cast<double>(rng.below(10));
        std::string sentence = source.name + " " + std::string(kind.verb) + " " + target.name +
                               " on " + std::string(kWeekdays[rng.below(kWeekdays.size())]) +
                               ", according to officials briefed on the talks.";
        const auto trigger_begin = static_cast<std::uint32_t>(source.name.size() + 1);
        ev.mention = graph::EventMention{
            r.id,
            {trigger_begin, trigger_begin + static_cast<std::uint32_t>(kind.verb.size())},
            std::string(kind.verb),
            {0, static_cast<std::uint32_t>(sentence.size())},
            std::move(sentence),
            ev.date};
        r.relations.push_back({std::string(kind.relation), source.id, target.id, {}, ev.id, {}});
        r.events.push_back(std::move(ev));
    }
    // Now and then a role, as "X, spokesperson of Y" gives one: a relation with no event.
    if (rng.unit() < 0.03 && cast.size() > 1)
        r.relations.push_back(
            {"spokesperson_of", actors_[cast[0]].id, actors_[cast[1]].id, r.date, {}, {}});
    return r;
}

}  // namespace tkg::bench
