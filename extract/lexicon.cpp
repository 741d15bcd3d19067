#include "tkg/extract/lexicon.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "phrase_table.hpp"
#include "tkg/error.hpp"
#include "tkg/extract/data.hpp"
#include "tkg/extract/word_classes.hpp"

namespace tkg::extract {

struct Lexicon::AliasTable {
    struct Value {
        std::uint32_t entry = 0;
        bool demonym = false;
        friend bool operator==(const Value&, const Value&) = default;
    };
    PhraseTable<Value> phrases;
};

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (;;) {
        const auto p = s.find(sep, start);
        out.push_back(s.substr(start, p == std::string_view::npos ? p : p - start));
        if (p == std::string_view::npos) break;
        start = p + 1;
    }
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

std::vector<std::string> list_field(std::string_view field) {
    std::vector<std::string> out;
    if (trim(field).empty()) return out;
    for (const auto part : split(field, '|'))
        if (!trim(part).empty()) out.emplace_back(trim(part));
    return out;
}

std::string lower(std::string_view s) {
    std::string buf;
    return std::string(lookup_key(s, buf));
}

// Calls `row(fields, line_number)` for every data line of a TSV text.
template <typename Fn>
void for_each_row(std::string_view content, Fn&& row) {
    std::size_t line_no = 0;
    while (!content.empty()) {
        const auto nl = content.find('\n');
        std::string_view line = content.substr(0, nl);
        content = nl == std::string_view::npos ? std::string_view{} : content.substr(nl + 1);
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (trim(line).empty() || line.front() == '#') continue;
        row(split(line, '\t'), line_no);
    }
}

std::string field(const std::vector<std::string_view>& f, std::size_t i) {
    return i < f.size() ? std::string(trim(f[i])) : std::string();
}

}  // namespace

std::optional<graph::DateValue> parse_partial_date(std::string_view s) {
    s = trim(s);
    if (s.size() == 4 || s.size() == 7 || s.size() == 10) return graph::DateValue::parse(s);
    return std::nullopt;
}

std::optional<std::vector<graph::Role>> parse_roles(std::string_view text, std::string& error) {
    std::vector<graph::Role> roles;
    if (trim(text).empty()) return roles;
    for (const auto part_raw : split(text, ';')) {
        const std::string_view part = trim(part_raw);
        if (part.empty()) continue;
        graph::Role role;
        std::string_view rest = part;
        const auto colon = rest.rfind(':');
        std::string_view range;
        if (colon != std::string_view::npos && rest.find("..", colon) != std::string_view::npos) {
            range = rest.substr(colon + 1);
            rest = rest.substr(0, colon);
        }
        const auto at = rest.find('@');
        role.title = std::string(trim(rest.substr(0, at)));
        if (at != std::string_view::npos) role.org = std::string(trim(rest.substr(at + 1)));
        if (role.title.empty()) {
            error = "role without a title: '" + std::string(part) + "'";
            return std::nullopt;
        }
        if (!range.empty()) {
            const auto dots = range.find("..");
            const auto from = trim(range.substr(0, dots)), to = trim(range.substr(dots + 2));
            if (!from.empty() && !(role.from = parse_partial_date(from))) {
                error = "bad role date '" + std::string(from) + "'";
                return std::nullopt;
            }
            if (!to.empty() && !(role.to = parse_partial_date(to))) {
                error = "bad role date '" + std::string(to) + "'";
                return std::nullopt;
            }
        }
        roles.push_back(std::move(role));
    }
    return roles;
}

Lexicon Lexicon::builtin() {
    Lexicon lex;
    auto fail = [](std::string_view file, std::size_t line, const std::string& what) {
        throw InputError("built-in lexicon: " + what, Location{std::string(file), {}, line, {}});
    };
    // Order matters only for identical aliases: the first entry keeps them.
    for_each_row(data::embedded_data("countries.tsv"), [&](const auto& f, std::size_t) {
        LexiconEntry e;
        e.country = field(f, 0);
        e.id = field(f, 1);
        e.name = field(f, 2);
        e.aliases = list_field(field(f, 3));
        e.demonyms = list_field(field(f, 4));
        e.type = graph::ActorType::loc;
        e.kind = EntryKind::country;
        e.subkind = "country";
        lex.add(std::move(e));
    });
    for_each_row(data::embedded_data("organizations.tsv"), [&](const auto& f, std::size_t) {
        LexiconEntry e;
        e.id = field(f, 0);
        e.name = field(f, 1);
        e.aliases = list_field(field(f, 2));
        e.country = field(f, 3);
        e.sector = field(f, 4);
        e.subkind = field(f, 5);
        e.type = graph::ActorType::org;
        e.kind = EntryKind::organization;
        lex.add(std::move(e));
    });
    for_each_row(data::embedded_data("places.tsv"), [&](const auto& f, std::size_t) {
        LexiconEntry e;
        e.id = field(f, 0);
        e.name = field(f, 1);
        e.aliases = list_field(field(f, 2));
        e.country = field(f, 3);
        e.subkind = field(f, 4);
        e.type = graph::ActorType::loc;
        e.kind = EntryKind::place;
        lex.add(std::move(e));
    });
    for_each_row(data::embedded_data("seats.tsv"), [&](const auto& f, std::size_t line) {
        const auto place = lex.find(field(f, 0));
        if (!place || lex.entry(*place).kind != EntryKind::place || !lex.find(field(f, 1)))
            fail("seats.tsv", line, "a seat needs a place and an actor of the lexicon");
        lex.seats_.emplace(field(f, 0), field(f, 1));
    });
    for_each_row(data::embedded_data("leader_offices.tsv"), [&](const auto& f, std::size_t) {
        lex.leader_offices_.emplace(field(f, 0), field(f, 1));
    });
    for_each_row(data::embedded_data("people.tsv"), [&](const auto& f, std::size_t line) {
        LexiconEntry e;
        e.id = field(f, 0);
        e.name = field(f, 1);
        e.aliases = list_field(field(f, 2));
        const std::string g = field(f, 3);
        e.gender = g.empty() ? 0 : g[0];
        e.country = field(f, 4);
        e.sector = field(f, 5);
        std::string error;
        auto roles = parse_roles(field(f, 6), error);
        if (!roles) fail("people.tsv", line, error);
        e.roles = std::move(*roles);
        e.type = graph::ActorType::person;
        e.kind = EntryKind::person;
        lex.add(std::move(e));
    });
    return lex;
}

void Lexicon::add(LexiconEntry entry) {
    if (const auto it = by_id_.find(entry.id); it != by_id_.end()) {
        entries_[it->second] = std::move(entry);
        return;
    }
    by_id_.emplace(entry.id, static_cast<std::uint32_t>(entries_.size()));
    entries_.push_back(std::move(entry));
}

void Lexicon::load_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot open the lexicon file", Location{path.string(), {}, {}, {}});
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string content = std::move(ss).str();
    auto fail = [&](std::size_t line, const std::string& what) {
        throw InputError("lexicon: " + what, Location{path.string(), {}, line, {}});
    };
    auto finish = [&](LexiconEntry e, std::string_view type, std::string_view roles,
                      std::size_t line) {
        if (e.id.empty() && !e.name.empty()) e.id = graph::slugify(e.name);
        if (e.id.empty() || e.name.empty()) fail(line, "an entry needs an id or a name");
        const auto t = graph::parse_actor_type(type.empty() ? "PERSON" : type);
        if (!t)
            fail(line, "type must be PERSON, ORG, LOC or GROUP, not '" + std::string(type) + "'");
        e.type = *t;
        e.kind = *t == graph::ActorType::person ? EntryKind::person
                 : *t == graph::ActorType::loc  ? EntryKind::place
                                                : EntryKind::organization;
        std::string error;
        auto r = parse_roles(roles, error);
        if (!r) fail(line, error);
        e.roles = std::move(*r);
        add(std::move(e));
    };
    const std::string ext = path.extension().string();
    if (ext == ".json" || ext == ".jsonl" || ext == ".ndjson") {
        std::size_t line_no = 0;
        std::istringstream lines(content);
        std::string line;
        while (std::getline(lines, line)) {
            ++line_no;
            if (trim(line).empty()) continue;
            rapidjson::Document d;
            d.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
            if (d.HasParseError() || !d.IsObject())
                fail(line_no, d.HasParseError() ? std::string("not valid JSON: ") +
                                                      rapidjson::GetParseError_En(d.GetParseError())
                                                : "each line must be a JSON object");
            auto str = [&](const char* k) -> std::string {
                const auto it = d.FindMember(k);
                if (it == d.MemberEnd() || it->value.IsNull()) return {};
                if (!it->value.IsString())
                    fail(line_no, std::string("\"") + k + "\" must be a string");
                return {it->value.GetString(), it->value.GetStringLength()};
            };
            LexiconEntry e;
            e.id = str("id");
            e.name = str("name");
            e.country = str("country");
            e.sector = str("sector");
            const std::string g = str("gender");
            e.gender = g.empty() ? 0 : g[0];
            if (const auto it = d.FindMember("aliases");
                it != d.MemberEnd() && it->value.IsArray()) {
                for (const auto& a : it->value.GetArray())
                    if (a.IsString()) e.aliases.emplace_back(a.GetString(), a.GetStringLength());
            } else {
                e.aliases = list_field(str("aliases"));
            }
            finish(std::move(e), str("type"), str("roles"), line_no);
        }
        return;
    }
    for_each_row(content, [&](const auto& f, std::size_t line) {
        if (field(f, 0) == "id" && field(f, 1) == "type") return;  // header row
        LexiconEntry e;
        e.id = field(f, 0);
        e.name = field(f, 2);
        e.aliases = list_field(field(f, 3));
        e.country = field(f, 4);
        e.sector = field(f, 5);
        const std::string g = field(f, 7);
        e.gender = g.empty() ? 0 : g[0];
        finish(std::move(e), field(f, 1), field(f, 6), line);
    });
}

namespace {

// Arabic names write their article either way: "Hamad bin Khalifa Al Thani" and "... al-Thani",
// "Abu Musab al-Zarqawi" and "... Al Zarqawi". Returns `name` and its other spelling, if any.
std::vector<std::string> arabic_article_spellings(const std::string& name) {
    std::vector<std::string> out{name};
    std::string other = name;
    bool changed = false;
    for (std::size_t k = 1; k + 3 < other.size(); ++k) {
        if (other[k - 1] != ' ' || (other[k] != 'A' && other[k] != 'a') || other[k + 1] != 'l')
            continue;
        if (other[k + 2] == ' ' && std::isupper(static_cast<unsigned char>(other[k + 3]))) {
            other[k] = 'a';
            other[k + 2] = '-';  // "Al Thani" -> "al-Thani"
            changed = true;
        } else if (other[k + 2] == '-' && std::isupper(static_cast<unsigned char>(other[k + 3]))) {
            other[k] = 'A';
            other[k + 2] = ' ';  // "al-Zarqawi" -> "Al Zarqawi"
            changed = true;
        }
    }
    if (changed) out.push_back(std::move(other));
    return out;
}

// The last word of a person's name that is no suffix: "King" of "Martin Luther King Jr.";
// empty for a name of one word.
std::string_view last_name_word(std::string_view name) {
    std::size_t end = name.size();
    while (end > 0) {
        const std::size_t space = name.rfind(' ', end - 1);
        if (space == std::string_view::npos) return {};
        const std::string_view word = name.substr(space + 1, end - space - 1);
        static constexpr std::string_view kSuffixes[] = {"Jr.", "Jr",  "Sr.", "Sr",
                                                         "II",  "III", "IV"};
        if (std::find(std::begin(kSuffixes), std::end(kSuffixes), word) == std::end(kSuffixes))
            return word;
        end = space;
    }
    return {};
}

}  // namespace

void Lexicon::compile() {
    auto table = std::make_shared<AliasTable>();
    demonym_.clear();
    by_code_.clear();
    namesakes_.clear();
    has_namesakes_.assign(entries_.size(), false);
    by_surname_.clear();
    // The first entry to claim an alias keeps it; places of other countries claiming it too
    // are its namesakes, for resolution to choose from the context.
    std::unordered_map<std::string, std::vector<std::uint32_t>> place_names;
    const auto note_place_name = [&](std::string_view name, std::uint32_t i) {
        std::string key, buf;
        for (const Token& t : tokenize(name)) {
            if (!key.empty()) key += ' ';
            key += lookup_key(t.text(name), buf);
        }
        auto& list = place_names[key];
        if (std::find(list.begin(), list.end(), i) == list.end()) list.push_back(i);
    };
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
        const LexiconEntry& e = entries_[i];
        if (e.type == graph::ActorType::loc && !e.country.empty()) {
            note_place_name(e.name, i);
            for (const auto& a : e.aliases) note_place_name(a, i);
        }
        for (const auto& spelling : arabic_article_spellings(e.name))
            table->phrases.add(spelling, {i, false}, true);
        for (const auto& a : e.aliases)
            for (const auto& spelling : arabic_article_spellings(a))
                table->phrases.add(spelling, {i, false}, true);
        for (const auto& d : e.demonyms) {
            table->phrases.add(d, {i, true}, true);
            demonym_.emplace(lower(d), i);
        }
        if (e.kind == EntryKind::country && !e.country.empty()) by_code_.emplace(e.country, i);
        if (e.type == graph::ActorType::person) {
            const std::string_view surname = last_name_word(e.name);
            if (!surname.empty() && surname.size() < e.name.size())
                by_surname_[std::string(surname)].push_back(i);
        }
    }
    for (auto& named : place_names) {
        const std::string& first_country = entries_[named.second.front()].country;
        const bool countries_differ =
            std::any_of(named.second.begin(), named.second.end(),
                        [&](std::uint32_t i) { return entries_[i].country != first_country; });
        if (!countries_differ) continue;
        for (const std::uint32_t i : named.second) has_namesakes_[i] = true;
        namesakes_.emplace(named.first, std::move(named.second));
    }
    aliases_ = std::move(table);
}

std::optional<LexiconMatch> Lexicon::match(std::string_view text, const std::vector<Token>& tokens,
                                           std::size_t i, std::size_t end) const {
    if (!aliases_) return std::nullopt;
    const auto m = aliases_->phrases.longest(text, tokens, i, end);
    if (!m) return std::nullopt;
    return LexiconMatch{m->value->entry, m->length, m->value->demonym};
}

std::optional<LexiconMatch> Lexicon::match(const std::vector<std::string_view>& keys,
                                           const std::vector<Token>& tokens, std::size_t i,
                                           std::size_t end) const {
    if (!aliases_) return std::nullopt;
    const auto m = aliases_->phrases.longest(keys, tokens, i, end);
    if (!m) return std::nullopt;
    return LexiconMatch{m->value->entry, m->length, m->value->demonym};
}

std::optional<std::uint32_t> Lexicon::find(std::string_view id) const {
    const auto it = by_id_.find(std::string(id));
    return it == by_id_.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
}

std::optional<std::uint32_t> Lexicon::country_of_demonym(std::string_view word) const {
    const auto it = demonym_.find(lower(word));
    return it == demonym_.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
}

const std::vector<std::uint32_t>& Lexicon::people_by_surname(std::string_view surname) const {
    static const std::vector<std::uint32_t> none;
    const auto it = by_surname_.find(std::string(surname));
    return it == by_surname_.end() ? none : it->second;
}

const std::vector<std::uint32_t>& Lexicon::namesakes(std::string_view key) const {
    static const std::vector<std::uint32_t> none;
    const auto it = namesakes_.find(std::string(key));
    return it == namesakes_.end() ? none : it->second;
}

std::optional<std::uint32_t> Lexicon::country_by_code(std::string_view code) const {
    const auto it = by_code_.find(std::string(code));
    return it == by_code_.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
}

std::optional<std::uint32_t> Lexicon::governed_from(std::string_view place_id) const {
    const auto it = seats_.find(std::string(place_id));
    if (it == seats_.end()) return std::nullopt;
    // A user entry of the same id replaces the city: it is a seat only while still a place.
    const auto place = by_id_.find(it->first);
    if (place == by_id_.end() || entries_[place->second].kind != EntryKind::place)
        return std::nullopt;
    return find(it->second);
}

std::string_view Lexicon::leader_office(std::string_view code) const {
    const auto it = leader_offices_.find(std::string(code));
    return it == leader_offices_.end() ? std::string_view{} : std::string_view(it->second);
}

std::vector<std::uint32_t> Lexicon::holders(std::string_view title, std::string_view org,
                                            std::optional<date::sys_days> day) const {
    std::vector<std::uint32_t> out;
    const std::string want = lower(title);
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
        for (const auto& r : entries_[i].roles) {
            if (lower(r.title) != want) continue;
            if (!org.empty() && r.org != org) continue;
            if (day) {
                if (r.from && *day < r.from->first_day()) continue;
                if (r.to && *day >= r.to->end_day()) continue;
            }
            out.push_back(i);
            break;
        }
    }
    return out;
}

}  // namespace tkg::extract
