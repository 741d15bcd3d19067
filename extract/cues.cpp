#include "cues.hpp"

#include <array>

#include "tkg/extract/data.hpp"

namespace tkg::extract {
namespace {

// The parts of `line` between `sep`s: a data file's columns (tabs), a column's list (bars).
std::vector<std::string_view> fields(std::string_view line, char sep = '\t') {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (;;) {
        const auto at = line.find(sep, start);
        out.push_back(line.substr(start, at == std::string_view::npos ? at : at - start));
        if (at == std::string_view::npos) return out;
        start = at + 1;
    }
}

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 12> kMonthAbbrevs = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

}  // namespace

const Cues& Cues::builtin() {
    static const Cues instance;
    return instance;
}

Cues::Cues() {
    for (const std::string_view w :
         {"said",      "says",      "say",      "announced", "announces", "stated",      "added",
          "confirmed", "declared",  "insisted", "insists",   "warned",    "warns",       "claimed",
          "claims",    "indicated", "denied",   "denies",    "admitted",  "acknowledged"})
        reporting_.insert(w);
    for (const auto line : data::word_list("titles.tsv")) {
        const auto f = fields(line);
        if (f.size() < 5) continue;
        TitleInfo t;
        t.role = f[1] == "-" ? std::string() : std::string(f[1]);
        t.sector = f[2] == "-" ? std::string() : std::string(f[2]);
        t.relation = f[3] == "-" ? std::string() : std::string(f[3]);
        t.kind = f[4] == "honorific" ? TitleKind::honorific
                 : f[4] == "rank"    ? TitleKind::rank
                 : f[4] == "job"     ? TitleKind::job
                                     : TitleKind::office;
        titles_.add(f[0], std::move(t), false);
    }
    for (const auto line : data::word_list("org_kinds.tsv")) {
        const auto f = fields(line);
        if (f.size() < 2) continue;
        OrgKind k;
        k.sector = f[1] == "-" ? std::string() : std::string(f[1]);
        if (f.size() > 2 && f[2] != "-")
            for (const auto lexicon_kind : fields(f[2], '|')) k.refers.emplace_back(lexicon_kind);
        k.described = f.size() > 3 && f[3] == "described";
        org_kinds_.add(f[0], std::move(k), false);
    }
    for (const auto line : data::word_list("groups.tsv")) {
        const auto f = fields(line);
        if (f.size() < 2) continue;
        GroupWord g;
        g.cls = f[1] == "head"          ? GroupClass::head
                : f[1] == "religion"    ? GroupClass::religion
                : f[1] == "ethnic"      ? GroupClass::ethnic
                : f[1] == "skip"        ? GroupClass::skip
                : f[1] == "institution" ? GroupClass::institution
                                        : GroupClass::modifier;
        if (f.size() > 2) g.code = std::string(f[2]);
        g.state = f.size() > 3 && f[3] == "state";
        g.placed = g.state || (f.size() > 3 && f[3] == "placed");
        g.opposing = f.size() > 3 && f[3] == "opposing";
        g.machine = f.size() > 3 && f[3] == "machine";
        groups_.emplace(std::string(f[0]), std::move(g));
    }
    for (const auto line : data::word_list("name_cues.tsv")) {
        const auto f = fields(line);
        if (f.size() < 2) continue;
        static const std::array<std::pair<std::string_view, NameCue>, 11> kinds = {{
            {"org", NameCue::org},
            {"company", NameCue::company},
            {"org_head", NameCue::org_head},
            {"facility", NameCue::facility},
            {"loc", NameCue::loc},
            {"particle", NameCue::particle},
            {"suffix", NameCue::suffix},
            {"event", NameCue::event},
            {"connector", NameCue::connector},
            {"product", NameCue::product},
            {"model", NameCue::model},
        }};
        for (const auto& [name, cue] : kinds)
            if (f[1] == name) name_cues_.emplace(std::string(f[0]), cue);
    }
    for (const auto line : data::word_list("given_names.tsv")) {
        const auto f = fields(line);
        if (f.size() >= 2 && !f[1].empty()) given_names_.emplace(std::string(f[0]), f[1][0]);
    }
    for (const auto w : data::word_list("common_words.txt")) common_.insert(w);
}

const GroupWord* Cues::group_word(std::string_view word) const {
    if (const auto it = groups_.find(word); it != groups_.end()) return &it->second;
    thread_local std::string buf;
    const std::string_view l = lookup_key(word, buf);
    const auto it = groups_.find(l);
    // Lower-case entries ("leaders") match any case; capitalized ones ("Muslim") only as written.
    if (it != groups_.end() && !l.empty() && it->first == l) return &it->second;
    return nullptr;
}

const GroupWord* Cues::group_word(std::string_view word, std::string_view key) const {
    if (const auto it = groups_.find(word); it != groups_.end()) return &it->second;
    if (key == word) return nullptr;
    // Lower-case entries ("leaders") match any case; capitalized ones ("Muslim") only as written.
    const auto it = groups_.find(key);
    return it != groups_.end() ? &it->second : nullptr;
}

std::optional<NameCue> Cues::name_cue(std::string_view word) const {
    const auto it = name_cues_.find(word);
    return it == name_cues_.end() ? std::nullopt : std::optional<NameCue>(it->second);
}

char Cues::given_name(std::string_view word) const {
    const auto it = given_names_.find(word);
    return it == given_names_.end() ? 0 : it->second;
}

bool Cues::common_word(std::string_view word) const {
    thread_local std::string buf;
    return common_.count(lookup_key(word, buf)) > 0;
}

int Cues::month(std::string_view word) const {
    thread_local std::string buf;
    std::string_view k = lookup_key(word, buf);
    if (!k.empty() && k.back() == '.') k.remove_suffix(1);
    for (std::size_t m = 0; m < 12; ++m)
        if (k == kMonths[m] || k == kMonthAbbrevs[m] || (m == 8 && k == "sept"))
            return static_cast<int>(m) + 1;
    return 0;
}

int Cues::weekday(std::string_view word) const {
    static constexpr std::array<std::pair<std::string_view, int>, 10> kAbbrevs = {{{"mon", 1},
                                                                                   {"tue", 2},
                                                                                   {"tues", 2},
                                                                                   {"wed", 3},
                                                                                   {"thu", 4},
                                                                                   {"thur", 4},
                                                                                   {"thurs", 4},
                                                                                   {"fri", 5},
                                                                                   {"sat", 6},
                                                                                   {"sun", 7}}};
    thread_local std::string buf;
    std::string_view k = lookup_key(word, buf);
    if (!k.empty() && k.back() == '.') k.remove_suffix(1);
    for (std::size_t d = 0; d < 7; ++d)
        if (k == kWeekdays[d]) return static_cast<int>(d) + 1;
    for (const auto& [abbrev, d] : kAbbrevs)
        if (k == abbrev) return d;
    return 0;
}

}  // namespace tkg::extract
