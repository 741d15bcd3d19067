// Time expressions: detection by token patterns and normalization to TimeML values with
// Howard Hinnant's date library, against the article date. At every token the scanner tries
// each family of expressions (calendar dates, weekdays, relative phrases, "ago", durations,
// years and decades, times of day, references like "recently", frequencies) and keeps the
// longest match. Year and weekday ambiguity is settled by the tense of the clause.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>

#include "stages.hpp"
#include "string_map.hpp"
#include "tense.hpp"
#include "time_words.hpp"
#include "tkg/extract/timex.hpp"

namespace tkg::extract {
namespace {

using date::days;
using date::sys_days;
using date::year_month_day;
using graph::DateValue;
using graph::Precision;

struct Hit {
    std::uint32_t begin = 0, end = 0;  // tokens
    TimexType type = TimexType::date;
    std::string value;
    std::string mod;
};

constexpr int kVague = -1;  // "several", "few": a count TimeML writes as X

std::string four(int y) {
    std::string s = std::to_string(y < 0 ? -y : y);
    while (s.size() < 4) s.insert(s.begin(), '0');
    return s;
}
std::string two(int v) {
    std::string s = std::to_string(v);
    if (v >= 0 && v < 10) s.insert(s.begin(), '0');
    return s;
}

std::string day_value(std::optional<int> y, int m, int d) {
    return (y ? four(*y) : "XXXX") + "-" + two(m) + "-" + two(d);
}
std::string month_value(std::optional<int> y, int m) {
    return (y ? four(*y) : "XXXX") + "-" + two(m);
}

std::string duration_value(int n, std::string_view unit) {
    const std::string count = n == kVague ? "X" : std::to_string(n);
    auto times = [&](int k) { return n == kVague ? std::string("X") : std::to_string(n * k); };
    if (unit == "D") return "P" + count + "D";
    if (unit == "W") return "P" + count + "W";
    if (unit == "2W") return "P" + times(2) + "W";
    if (unit == "WE") return "P" + count + "WE";
    if (unit == "M") return "P" + count + "M";
    if (unit == "Q") return "P" + times(3) + "M";
    if (unit == "Y") return "P" + count + "Y";
    if (unit == "DE") return "P" + times(10) + "Y";
    if (unit == "CE") return "P" + times(100) + "Y";
    if (unit == "ML") return "P" + times(1000) + "Y";
    if (unit == "H") return "PT" + count + "H";
    if (unit == "MIN") return "PT" + count + "M";
    if (unit == "S") return "PT" + count + "S";
    return "P" + count + unit.data();
}

class TimexScanner {
  public:
    TimexScanner(Document& doc, Extraction& out)
        : doc_(doc), out_(out), words_(TimeWords::builtin()) {
        if (doc.date) anchor_ = sys_days{*doc.date};
        // Each token's time-word readings, looked up once ("Oct." is "oct").
        readings_.resize(doc.tokens.size());
        for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
            std::string_view k = doc.key(i);
            if (k.size() > 1 && k.back() == '.') k.remove_suffix(1);
            readings_[i] = doc.tokens[i].kind == TokenKind::punct ? nullptr : words_.readings(k);
        }
    }

    void scan() {
        for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
            sentence_ = &doc_.sentences[s];
            last_day_.reset();
            std::uint32_t i = sentence_->first_token;
            while (i < sentence_->end_token) {
                if (auto h = match(i)) {
                    record(*h, s);
                    i = h->end;
                } else {
                    ++i;
                }
            }
        }
    }

  private:
    // ------------------------------------------------------------------ tokens
    std::uint32_t end() const { return sentence_->end_token; }
    bool in(std::uint32_t i) const { return i < end(); }
    const Token& tok(std::uint32_t i) const { return doc_.tokens[i]; }
    std::string_view text(std::uint32_t i) const { return doc_.word(i); }
    bool is(std::uint32_t i, std::string_view w) const { return in(i) && doc_.is_word(i, w); }
    bool cap(std::uint32_t i) const {
        return in(i) && (tok(i).has(kCapitalized) || tok(i).has(kAllCaps));
    }
    const TimeWord* tw(std::uint32_t i, TimeClass c) const {
        if (!in(i) || tok(i).kind == TokenKind::punct) return nullptr;
        const auto* all = readings_[i];
        if (!all) return nullptr;
        for (const TimeWord& w : *all)
            if (w.cls == c) return &w;
        return nullptr;
    }
    std::optional<long> digits(std::uint32_t i, std::size_t max_len = 9) const {
        if (!in(i) || tok(i).kind != TokenKind::number) return std::nullopt;
        const std::string_view t = text(i);
        if (t.empty() || t.size() > max_len) return std::nullopt;
        long v = 0;
        for (const char c : t) {
            if (c < '0' || c > '9') return std::nullopt;
            v = v * 10 + (c - '0');
        }
        return v;
    }
    std::optional<int> year_at(std::uint32_t i) const {
        const auto v = digits(i, 4);
        if (!v || text(i).size() != 4 || *v < 1000 || *v > 2199) return std::nullopt;
        return static_cast<int>(*v);
    }
    // 1..31 written "7", "7th", "21st" or "seventh".
    std::optional<int> day_at(std::uint32_t i) const {
        if (!in(i)) return std::nullopt;
        if (const auto v = digits(i, 2); v && *v >= 1 && *v <= 31) return static_cast<int>(*v);
        if (tok(i).kind == TokenKind::number) {
            const std::string_view t = text(i);
            std::size_t k = 0;
            while (k < t.size() && t[k] >= '0' && t[k] <= '9') ++k;
            const auto suffix = t.substr(k);
            if (k >= 1 && k <= 2 &&
                (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")) {
                int v = 0;
                std::from_chars(t.data(), t.data() + k, v);
                if (v >= 1 && v <= 31) return v;
            }
        }
        if (const auto* o = tw(i, TimeClass::ordinal)) return o->number;
        return std::nullopt;
    }
    // A count: "three", "25", "a", "several" (kVague).
    std::optional<int> count_at(std::uint32_t i) const {
        if (const auto v = digits(i, 6)) return static_cast<int>(*v);
        if (const auto* n = tw(i, TimeClass::number)) return n->value == "X" ? kVague : n->number;
        return std::nullopt;
    }
    const TimeWord* unit_at(std::uint32_t i) const { return tw(i, TimeClass::unit); }
    bool plural(std::uint32_t i) const {
        return in(i) && text(i).size() > 2 && text(i).back() == 's';
    }

    // A month name. "May" and "March" are also a verb and a noun, so they need a date around
    // them; a capitalized word before ("Theresa May") is a name.
    std::optional<int> month_at(std::uint32_t i) const {
        const auto* m = tw(i, TimeClass::month);
        if (!m || !cap(i)) return std::nullopt;
        const std::string_view t = text(i);
        const bool abbreviation = t.size() <= 4 && !doc_.is_word(i, "may") &&
                                  !doc_.is_word(i, "june") && !doc_.is_word(i, "july");
        if (abbreviation && t.back() != '.' && !tok(i).has(kAllCaps) && !day_at(i + 1) &&
            !year_at(i + 1))
            return std::nullopt;  // "Mar", "Jan" alone are not clear enough
        const bool ambiguous = doc_.is_word(i, "may") || doc_.is_word(i, "march") ||
                               doc_.is_word(i, "mar") || doc_.is_word(i, "august");
        if (ambiguous) {
            const bool date_after = day_at(i + 1) || year_at(i + 1);
            const bool cue_before =
                i > sentence_->first_token &&
                (is(i - 1, "in") || is(i - 1, "since") || is(i - 1, "until") || is(i - 1, "by") ||
                 is(i - 1, "early") || is(i - 1, "late") || is(i - 1, "mid") || is(i - 1, "last") ||
                 is(i - 1, "next") || is(i - 1, "this") || is(i - 1, "during") ||
                 is(i - 1, "from") || is(i - 1, "through") || is(i - 1, "before") ||
                 is(i - 1, "after") || is(i - 1, "of") || is(i - 1, "till") || day_at(i - 1));
            if (!date_after && !cue_before) return std::nullopt;
        }
        return m->number;
    }
    std::optional<int> weekday_at(std::uint32_t i) const {
        const auto* w = tw(i, TimeClass::weekday);
        if (!w || !cap(i)) return std::nullopt;
        const std::string_view t = text(i);
        if (t.size() <= 5 && t.back() != '.' && !tok(i).has(kAllCaps))
            return std::nullopt;  // "Sun", "Wed"
        return w->number;
    }

    // ------------------------------------------------------------------ calendar helpers
    Tense tense(std::uint32_t b, std::uint32_t e) const {
        // "asked India to withdraw its troops by March 15": a deadline for an act still to
        // come (an infinitive between the clause's verb and "by") lies ahead.
        // ("invited Modi to visit Washington in June": so is the time of an act asked for.)
        const bool deadline = b > 0 && (doc_.is_word(b - 1, "by") || doc_.is_word(b - 1, "until"));
        const bool when = b > 0 && (doc_.is_word(b - 1, "in") || doc_.is_word(b - 1, "on"));
        if (deadline || when) {
            const std::uint32_t first = doc_.sentences[doc_.sentence_of[b]].first_token;
            for (std::uint32_t k = b - 1; k-- > first && k + 12 > b;) {
                const Tense t = tense_marker(doc_, k);
                if (t == Tense::past || t == Tense::present) break;
                if (doc_.is_word(k, "to") && k + 1 < b && doc_.tokens[k + 1].has(kLower) &&
                    doc_.classes[k + 1] == 0 && (deadline || asked_before(k, first)))
                    return Tense::future;
            }
        }
        return tense_near(doc_, b, b, e);
    }

    // Whether a verb asking for an act stands shortly before the "to" at `to`: "asked Russia
    // to", "invited Modi to", "urged them to".
    bool asked_before(std::uint32_t to, std::uint32_t first) const {
        for (std::uint32_t k = to; k-- > first && k + 6 > to;) {
            const std::string_view w = doc_.key(k);
            for (const std::string_view stem :
                 {"ask", "urg", "invit", "call", "order", "told", "tell", "press", "demand"})
                if (w.starts_with(stem)) return true;
        }
        return false;
    }

    // The year of a month (and day) that the text gives without one.
    std::optional<int> infer_year(int month, int day, Tense t) const {
        if (!anchor_) return std::nullopt;
        const year_month_day a{*anchor_};
        const int y = static_cast<int>(a.year());
        const int am = static_cast<int>(static_cast<unsigned>(a.month()));
        const int ad = static_cast<int>(static_cast<unsigned>(a.day()));
        // > 0: the date is after the anchor within the same year.
        const int cmp = month != am ? month - am : (day == 0 ? 0 : day - ad);
        if (t == Tense::past) return cmp > 0 ? y - 1 : y;
        if (t == Tense::future) return cmp < 0 ? y + 1 : y;
        // Present or no tense: news looks back, unless the date is just ahead (two months).
        const int ahead = ((month - am) % 12 + 12) % 12;
        if (cmp > 0) return ahead <= 2 ? y : y - 1;
        if (cmp < 0 && ahead >= 1 && ahead <= 2) return y + 1;
        return y;
    }

    // "[of] last year", "next year", "this year" after a month or a date ("Oct. 7 last year",
    // "in May of last year"): the year and the end of the phrase.
    std::optional<std::pair<int, std::uint32_t>> relative_year_at(std::uint32_t k) const {
        if (!anchor_) return std::nullopt;
        if (is(k, "of")) ++k;
        const auto* r = tw(k, TimeClass::relative);
        if (!r || !is(k + 1, "year")) return std::nullopt;
        const int y = static_cast<int>(year_month_day{*anchor_}.year());
        return std::pair{y + unit_offset(r->value), k + 2};
    }
    // How many units from the anchor a relative word moves: last -1, next +1, this 0.
    static int unit_offset(std::string_view rel) {
        return rel == "last" || rel == "past" ? -1 : rel == "next" ? 1 : 0;
    }

    std::optional<sys_days> weekday_date(int wd, Tense t, int shift) const {
        if (!anchor_) return std::nullopt;
        const date::weekday target{static_cast<unsigned>(wd % 7)};
        const date::weekday have{*anchor_};
        const int back = static_cast<int>((have - target).count());   // 0..6 days ago
        const int ahead = static_cast<int>((target - have).count());  // 0..6 days ahead
        if (shift < 0) return *anchor_ - days{back == 0 ? 7 : back};
        if (shift > 0) return *anchor_ + days{ahead == 0 ? 7 : ahead};
        if (t == Tense::future) return *anchor_ + days{ahead};
        if (t == Tense::past || t == Tense::present) return *anchor_ - days{back};
        return ahead < back ? *anchor_ + days{ahead} : *anchor_ - days{back};
    }

    std::string anchored(Precision p, int offset) const {
        // The unit `offset` units away from the anchor: last week, next month, this year.
        sys_days d = *anchor_;
        const year_month_day a{d};
        switch (p) {
            case Precision::day:
                d += days{offset};
                break;
            case Precision::week:
                d += days{7 * offset};
                break;
            case Precision::month:
                d = sys_days{year_month_day{a.year(), a.month(), date::day{1}} +
                             date::months{offset}};
                break;
            case Precision::quarter:
                d = sys_days{year_month_day{a.year(), a.month(), date::day{1}} +
                             date::months{3 * offset}};
                break;
            case Precision::year:
                d = sys_days{year_month_day{a.year(), date::January, date::day{1}} +
                             date::years{offset}};
                break;
            case Precision::decade:
                d = sys_days{year_month_day{a.year(), date::January, date::day{1}} +
                             date::years{10 * offset}};
                break;
            case Precision::century:
                d = sys_days{year_month_day{a.year(), date::January, date::day{1}} +
                             date::years{100 * offset}};
                break;
            default:
                break;
        }
        return DateValue(d, p).to_string();
    }
    static std::string unknown_of(Precision p) {
        switch (p) {
            case Precision::day:
                return "XXXX-XX-XX";
            case Precision::week:
                return "XXXX-WXX";
            case Precision::month:
                return "XXXX-XX";
            case Precision::quarter:
                return "XXXX-QX";
            default:
                return "XXXX";
        }
    }
    static std::optional<Precision> precision_of_unit(std::string_view unit) {
        if (unit == "D") return Precision::day;
        if (unit == "W" || unit == "WE") return Precision::week;
        if (unit == "M") return Precision::month;
        if (unit == "Q") return Precision::quarter;
        if (unit == "Y") return Precision::year;
        if (unit == "DE") return Precision::decade;
        if (unit == "CE") return Precision::century;
        return std::nullopt;
    }

    // ------------------------------------------------------------------ matching
    // Whether a time expression can start at token `i`: a number, a time word, or one of the
    // few words that lead into one ("in the past", "more than", "every"). Most tokens cannot,
    // and are passed over at once.
    bool could_start(std::uint32_t i) const {
        const Token& t = tok(i);
        if (t.kind == TokenKind::number || readings_[i] != nullptr) return true;
        if (t.kind != TokenKind::word)
            return t.kind == TokenKind::punct && (text(i) == "'" || text(i) == "\xE2\x80\x99");
        static const StringSet kLeads = {"in",     "the",    "at",       "up",      "more",
                                         "less",   "fewer",  "over",     "nearly",  "almost",
                                         "under",  "about",  "around",   "roughly", "approximately",
                                         "fiscal", "for",    "during",   "these",   "within",
                                         "each",   "every",  "per",      "once",    "twice",
                                         "noon",   "midday", "midnight", "annual",  "biannual",
                                         "mid"};
        if (kLeads.count(doc_.key(i))) return true;
        const std::string_view w = text(i);
        return t.has(kHyphenated) || (w.size() >= 2 && (w[0] == 'Q' || w[0] == 'q' || w[0] == 'F'));
    }

    std::optional<Hit> match(std::uint32_t i) {
        if (doc_.timex_at[i] != kNone || !could_start(i)) return std::nullopt;
        std::optional<Hit> best;
        auto consider = [&](std::optional<Hit> h) {
            if (h && h->end > h->begin && (!best || h->end > best->end)) best = std::move(h);
        };
        consider(numeric_date(i));
        consider(month_date(i));
        consider(day_month_date(i));
        consider(weekday_date_expr(i));
        consider(relative(i));
        consider(ago_or_in(i));
        consider(duration(i));
        consider(year_expr(i));
        consider(day_word(i));
        consider(reference(i));
        consider(time_of_day(i));
        consider(frequency(i));
        consider(season(i));
        consider(quarter(i));
        return best;
    }

    std::uint32_t skip_the(std::uint32_t i) const { return is(i, "the") ? i + 1 : i; }

    // A modifier written right before the expression: early, mid, late (and earlier, later).
    // "end", "beginning", "start" modify only as "the end of ...".
    const TimeWord* bare_modifier(std::uint32_t i) const {
        if (!(is(i, "early") || is(i, "mid") || is(i, "late") || is(i, "earlier") ||
              is(i, "later")))
            return nullptr;
        return tw(i, TimeClass::modifier);
    }

    // "2023-11-12", "2023-11", "11/12/2023" (month first), "11/12/23".
    std::optional<Hit> numeric_date(std::uint32_t i) const {
        if (!in(i) || tok(i).kind != TokenKind::number) return std::nullopt;
        const std::string_view t = text(i);
        if (t.size() == 10 && t[4] == '-' && t[7] == '-') {
            if (const auto d = graph::parse_iso_day(t))
                return Hit{i, i + 1, TimexType::date, std::string(t), {}};
            return std::nullopt;
        }
        if (t.size() == 7 && t[4] == '-') {
            if (DateValue::parse(t)) return Hit{i, i + 1, TimexType::date, std::string(t), {}};
            return std::nullopt;
        }
        const auto s1 = t.find('/');
        if (s1 == std::string_view::npos) return std::nullopt;
        const auto s2 = t.find('/', s1 + 1);
        if (s2 == std::string_view::npos || t.find('/', s2 + 1) != std::string_view::npos)
            return std::nullopt;
        int a = 0, b = 0, y = 0;
        auto num = [](std::string_view s, int& v) {
            return !s.empty() && s.size() <= 4 &&
                   std::from_chars(s.data(), s.data() + s.size(), v).ec == std::errc{};
        };
        if (!num(t.substr(0, s1), a) || !num(t.substr(s1 + 1, s2 - s1 - 1), b) ||
            !num(t.substr(s2 + 1), y))
            return std::nullopt;
        if (t.substr(s2 + 1).size() == 2) y += y < 50 ? 2000 : 1900;
        int m = a, d = b;
        if (a > 12 && b <= 12) std::swap(m, d);  // 25/12/2023 is day first
        const year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                 date::day{static_cast<unsigned>(d)}};
        if (!ymd.ok() || m < 1 || m > 12) return std::nullopt;
        return Hit{i, i + 1, TimexType::date, day_value(y, m, d), {}};
    }

    // [early|mid|late] Month [Day[,] [Year]] | Month Year | "mid-October".
    std::optional<Hit> month_date(std::uint32_t i) const {
        // ("Tue.," at the end of a text: nothing follows the comma.)
        if (!in(i)) return std::nullopt;
        std::uint32_t j = i;
        std::string mod;
        if (const auto* m = bare_modifier(j);
            m && in(j + 1) && !tok(j).has(kCapitalized | kAllCaps)) {
            if (!is(j, "earlier") && !is(j, "later")) {
                mod = m->value;
                ++j;
            }
        }
        int month = 0;
        if (const auto mm = month_at(j)) {
            month = *mm;
        } else if (tok(j).has(kHyphenated)) {
            // "mid-October", "late-November"
            const std::string_view t = text(j);
            const auto dash = t.find('-');
            const auto* m = words_.find(t.substr(0, dash), TimeClass::modifier);
            const auto* mo = words_.find(t.substr(dash + 1), TimeClass::month);
            if (!m || !mo) return std::nullopt;
            mod = m->value;
            month = mo->number;
        } else {
            return std::nullopt;
        }
        const std::uint32_t month_tok = j++;
        if (const auto d = day_at(j);
            d && !(tok(j).kind == TokenKind::word && !tw(j, TimeClass::ordinal))) {
            const int day = *d;
            std::uint32_t e = j + 1;
            std::optional<int> y;
            std::uint32_t k = e;
            if (in(k) && text(k) == ",") ++k;
            if (const auto yy = year_at(k)) {
                y = *yy;
                e = k + 1;
            } else if (const auto ry = relative_year_at(e)) {
                y = ry->first;
                e = ry->second;
            }
            if (!y) y = infer_year(month, day, tense(i, e));
            const year_month_day ymd{date::year{y.value_or(2000)},
                                     date::month{static_cast<unsigned>(month)},
                                     date::day{static_cast<unsigned>(day)}};
            if (!ymd.ok()) return std::nullopt;
            return Hit{i, e, TimexType::date, day_value(y, month, day), mod};
        }
        std::uint32_t k = j;
        if (in(k) && (text(k) == "," || is(k, "of"))) ++k;
        if (const auto yy = year_at(k))
            return Hit{i, k + 1, TimexType::date, month_value(*yy, month), mod};
        if (const auto ry = relative_year_at(j))
            return Hit{i, ry->second, TimexType::date, month_value(ry->first, month), mod};
        return Hit{i, month_tok + 1, TimexType::date,
                   month_value(infer_year(month, 0, tense(i, month_tok + 1)), month), mod};
    }

    // [the] Day [of] Month [Year]: "12 November 2023", "the 7th of October".
    std::optional<Hit> day_month_date(std::uint32_t i) const {
        if (!in(i)) return std::nullopt;
        std::uint32_t j = skip_the(i);
        const auto d = day_at(j);
        if (!d) return std::nullopt;
        std::uint32_t k = j + 1;
        if (is(k, "of")) ++k;
        const auto m = month_at(k);
        if (!m) return std::nullopt;
        std::uint32_t e = k + 1;
        std::optional<int> y;
        std::uint32_t l = e;
        if (in(l) && text(l) == ",") ++l;
        if (const auto yy = year_at(l)) {
            y = *yy;
            e = l + 1;
        } else if (const auto ry = relative_year_at(e)) {
            y = ry->first;
            e = ry->second;
        }
        if (!y) y = infer_year(*m, *d, tense(i, e));
        const year_month_day ymd{date::year{y.value_or(2000)},
                                 date::month{static_cast<unsigned>(*m)},
                                 date::day{static_cast<unsigned>(*d)}};
        if (!ymd.ok()) return std::nullopt;
        return Hit{i, e, TimexType::date, day_value(y, *m, *d), {}};
    }

    // [last|next|this] Weekday [morning ...]; "Tuesday, Nov. 14" takes the date that follows.
    std::optional<Hit> weekday_date_expr(std::uint32_t i) const {
        std::uint32_t j = i;
        int shift = 0;
        if (is(j, "last") || is(j, "next") || is(j, "this")) {
            shift = is(j, "last") ? -1 : is(j, "next") ? 1 : 0;
            ++j;
        }
        const auto wd = weekday_at(j);
        if (!wd) return std::nullopt;
        std::uint32_t e = j + 1;
        if (in(e) && text(e) == ",") {
            if (auto h = month_date(e + 1)) return Hit{i, h->end, h->type, h->value, h->mod};
            if (auto h = day_month_date(e + 1)) return Hit{i, h->end, h->type, h->value, h->mod};
        }
        const auto day = weekday_date(*wd, tense(i, e), shift);
        std::string value = day ? graph::format_iso_day(*day) : "XXXX-XX-XX";
        if (const auto* p = tw(e, TimeClass::partofday); p && !plural(e))
            return Hit{i, e + 1, TimexType::time, value + "T" + p->value, {}};
        return Hit{i, e, TimexType::date, value, {}};
    }

    // [earlier|later|early|late] (this|last|next|past|coming) (unit|Month|season)
    std::optional<Hit> relative(std::uint32_t i) const {
        std::uint32_t j = i;
        std::string mod;
        bool earlier_later = false;
        if (const auto* m = bare_modifier(j); m && !cap(j + 1)) {
            earlier_later = is(j, "earlier") || is(j, "later");
            if (!earlier_later) mod = m->value;
            ++j;
        }
        const bool the = is(j, "the");
        if (the) ++j;
        const auto* r = tw(j, TimeClass::relative);
        if (!r) return std::nullopt;
        const std::string& rel = r->value;
        ++j;
        // "the past two years", "the next six months": durations.
        if (const auto n = count_at(j); n && (rel == "past" || rel == "next" || rel == "last") &&
                                        unit_at(j + 1) && !is(j, "a") && !is(j, "an")) {
            const auto* u = unit_at(j + 1);
            return Hit{i, j + 2, TimexType::duration, duration_value(*n, u->value), mod};
        }
        if (const auto* u = unit_at(j)) {
            if (plural(j)) {
                // "the coming days", "the past weeks", "recent months"
                if (rel == "next") return Hit{i, j + 1, TimexType::date, "FUTURE_REF", {}};
                if (rel == "past" || rel == "last")
                    return Hit{i, j + 1, TimexType::date, "PAST_REF", {}};
                return std::nullopt;
            }
            if (rel == "past" && the)
                return Hit{i, j + 1, TimexType::duration, duration_value(1, u->value), mod};
            const auto p = precision_of_unit(u->value);
            if (!p) return std::nullopt;
            const int offset = unit_offset(rel);
            // "The next day", "the previous day": the day after or before the one the story
            // last named ("met on Tuesday. The next day ..."), as a reader counts it; the
            // article's date only when no day was named before.
            if (the && *p == Precision::day && story_day_ && offset != 0 &&
                (is(j - 1, "next") || is(j - 1, "following") || is(j - 1, "previous") ||
                 is(j - 1, "preceding")))
                return Hit{i, j + 1, TimexType::date,
                           graph::format_iso_day(*story_day_ + days{offset}), mod};
            std::string value = anchor_ ? anchored(*p, offset) : unknown_of(*p);
            if (u->value == "WE") value += "-WE";
            return Hit{i, j + 1, TimexType::date, value, earlier_later ? std::string() : mod};
        }
        if (const auto* m = tw(j, TimeClass::month); m && cap(j)) {
            std::optional<int> y;
            if (anchor_) {
                const int am =
                    static_cast<int>(static_cast<unsigned>(year_month_day{*anchor_}.month()));
                const int ay = static_cast<int>(year_month_day{*anchor_}.year());
                if (rel == "next")
                    y = m->number > am ? ay : ay + 1;
                else if (rel == "last" || rel == "past")
                    y = m->number < am ? ay : ay - 1;
                else
                    y = ay;
            }
            return Hit{i, j + 1, TimexType::date, month_value(y, m->number), mod};
        }
        if (tw(j, TimeClass::season)) return season_value(i, j, rel, mod);
        return std::nullopt;
    }

    std::optional<Hit> season_value(std::uint32_t b, std::uint32_t season_tok, std::string_view rel,
                                    const std::string& mod) const {
        const auto* s = tw(season_tok, TimeClass::season);
        std::optional<int> y;
        if (anchor_) {
            // The season's own year: January 2024 is in the winter of 2023.
            const DateValue current(*anchor_, Precision::season);
            y = current.year();
            static constexpr std::string_view kOrder = "SPSUFAWI";
            const auto have = kOrder.find(current.to_string().substr(5));
            const auto want = kOrder.find(s->value);
            if (rel == "last" && want >= have)
                --*y;
            else if (rel == "next" && want <= have)
                ++*y;
            else if (rel.empty()) {
                const Tense t = tense(b, season_tok + 1);
                if (t == Tense::past && want > have) --*y;
                if (t == Tense::future && want < have) ++*y;
            }
        }
        return Hit{b, season_tok + 1, TimexType::date, (y ? four(*y) : "XXXX") + "-" + s->value,
                   mod};
    }

    // Count Unit ago / in Count Unit / Count Unit from now.
    std::optional<Hit> ago_or_in(std::uint32_t i) const {
        // "years ago", "months ago": some time back.
        if (unit_at(i) && plural(i) && is(i + 1, "ago"))
            return Hit{i, i + 2, TimexType::date, "PAST_REF", {}};
        const bool in_future = is(i, "in") || is(i, "within");
        const std::uint32_t j = in_future ? i + 1 : i;
        const auto n = count_at(j);
        const auto* u = n ? unit_at(j + 1) : nullptr;
        if (!u) return std::nullopt;
        int sign = 0;
        std::uint32_t e = j + 2;
        if (!in_future && is(e, "ago")) {
            sign = -1;
            ++e;
        } else if (!in_future && is(e, "from") && is(e + 1, "now")) {
            sign = 1;
            e += 2;
        } else if (in_future && is(i, "in")) {
            // "in three days" points ahead only in a clause about the future.
            if (tense(i, e) != Tense::future) return std::nullopt;
            sign = 1;
        } else {
            return std::nullopt;
        }
        const std::uint32_t b = in_future ? j : i;  // "in" is not part of the expression
        if (*n == kVague)
            return Hit{b, e, TimexType::date, sign < 0 ? "PAST_REF" : "FUTURE_REF", {}};
        const auto p = precision_of_unit(u->value);
        if (!p || !anchor_)
            return Hit{b, e, TimexType::date, unknown_of(p.value_or(Precision::day)), {}};
        return Hit{b, e, TimexType::date, anchored(*p, sign * *n), {}};
    }

    // [more than|nearly|about ...] Count Unit[-long] | "25-year" | "for years".
    std::optional<Hit> duration(std::uint32_t i) const {
        std::uint32_t j = i;
        std::string mod;
        auto two_words = [&](std::string_view a, std::string_view b) {
            return is(j, a) && is(j + 1, b);
        };
        if (two_words("more", "than")) {
            mod = "MORE_THAN";
            j += 2;
        } else if (is(j, "over") && count_at(j + 1)) {
            mod = "MORE_THAN";
            ++j;
        } else if (two_words("less", "than") || two_words("fewer", "than")) {
            mod = "LESS_THAN";
            j += 2;
        } else if (two_words("at", "least")) {
            mod = "EQUAL_OR_MORE";
            j += 2;
        } else if (two_words("up", "to") || two_words("at", "most")) {
            mod = "EQUAL_OR_LESS";
            j += 2;
        } else if (is(j, "nearly") || is(j, "almost") || is(j, "under")) {
            mod = "LESS_THAN";
            ++j;
        } else if (is(j, "about") || is(j, "around") || is(j, "roughly") ||
                   is(j, "approximately") || is(j, "some")) {
            if (count_at(j + 1)) {
                mod = "APPROX";
                ++j;
            }
        }
        // "25-year", "three-day": one hyphenated word.
        if (in(j) && tok(j).has(kHyphenated)) {
            const std::string_view t = text(j);
            const auto dash = t.find('-');
            const std::string_view num = t.substr(0, dash), rest = t.substr(dash + 1);
            const auto unit_end = rest.find('-');
            const std::string_view unit = rest.substr(0, unit_end);
            int n = 0;
            const bool number =
                std::from_chars(num.data(), num.data() + num.size(), n).ec == std::errc{} &&
                std::from_chars(num.data(), num.data() + num.size(), n).ptr ==
                    num.data() + num.size();
            const TimeWord* nw = number ? nullptr : words_.find(num, TimeClass::number);
            const TimeWord* uw = words_.find(unit, TimeClass::unit);
            if ((number || (nw && nw->value != "X")) && uw) {
                if (!number) n = nw->number;
                return Hit{i, j + 1, TimexType::duration, duration_value(n, uw->value), mod};
            }
            // "decades-long"
            if (const TimeWord* u2 = words_.find(num, TimeClass::unit); u2 && rest == "long")
                return Hit{i, j + 1, TimexType::duration,
                           duration_value(kVague, u2->value == "DE" ? "Y" : u2->value), mod};
        }
        const auto n = count_at(j);
        if (n) {
            const auto* u = unit_at(j + 1);
            if (!u) {
                // "a couple of weeks", "a few days"
                if ((is(j, "a") && (is(j + 1, "few") || is(j + 1, "couple"))) &&
                    unit_at(j + 2 + (is(j + 2, "of") ? 1 : 0))) {
                    const std::uint32_t k = j + 2 + (is(j + 2, "of") ? 1 : 0);
                    const int count = is(j + 1, "couple") ? 2 : kVague;
                    if (is(k + 1, "ago")) return std::nullopt;
                    return Hit{i, k + 1, TimexType::duration,
                               duration_value(count, unit_at(k)->value), mod};
                }
                return std::nullopt;
            }
            if (is(j + 2, "ago") || (is(j + 2, "from") && is(j + 3, "now"))) return std::nullopt;
            // "a day" after "once", "twice", "times" or an amount is a frequency.
            if ((is(j, "a") || is(j, "an")) && j > sentence_->first_token &&
                (is(j - 1, "once") || is(j - 1, "twice") || is(j - 1, "times")))
                return std::nullopt;
            // "2,000 people" never gets here; "one day" and "a day" alone say little but are kept.
            std::uint32_t e = j + 2;
            if (in(e) && text(e) == "-" && is(e + 1, "long")) e += 2;
            return Hit{i, e, TimexType::duration, duration_value(*n, u->value), mod};
        }
        // "for years", "over decades", "for months": a vague duration.
        if (mod.empty() && (is(i, "for") || is(i, "over") || is(i, "during")) && unit_at(i + 1) &&
            plural(i + 1) && !is(i + 2, "ago"))
            return Hit{i + 1,
                       i + 2,
                       TimexType::duration,
                       duration_value(kVague, unit_at(i + 1)->value),
                       {}};
        return std::nullopt;
    }

    // Years, decades, centuries, fiscal years: "2020", "in 2020", "the 2020 election" (just
    // the year), "late 2023", "mid-2011", "the 1990s", "the '90s", "the 21st century", "FY2024".
    std::optional<Hit> year_expr(std::uint32_t i) const {
        std::uint32_t j = i;
        std::string mod;
        if (const auto* m = bare_modifier(j);
            m && !is(j, "earlier") && !is(j, "later") && (year_at(j + 1) || is(j + 1, "the"))) {
            mod = m->value;
            ++j;
        }
        // "the end of 2023", "the beginning of the year"
        if (is(j, "the") && tw(j + 1, TimeClass::modifier) && is(j + 2, "of")) {
            const auto* m = tw(j + 1, TimeClass::modifier);
            if (const auto y = year_at(j + 3))
                return Hit{i, j + 4, TimexType::date, four(*y), m->value};
            if (is(j + 3, "the") &&
                (is(j + 4, "year") || is(j + 4, "month") || is(j + 4, "week"))) {
                const auto p = is(j + 4, "year")    ? Precision::year
                               : is(j + 4, "month") ? Precision::month
                                                    : Precision::week;
                return Hit{i, j + 5, TimexType::date, anchor_ ? anchored(p, 0) : unknown_of(p),
                           m->value};
            }
            if (const auto mo = month_at(j + 3)) {
                return Hit{i, j + 4, TimexType::date,
                           month_value(infer_year(*mo, 0, tense(i, j + 4)), *mo), m->value};
            }
        }
        const bool the = is(j, "the");
        const std::uint32_t k = the ? j + 1 : j;
        if (!in(k)) return std::nullopt;
        const std::string_view t = text(k);
        // Decades: "1990s", "'90s".
        if (tok(k).kind == TokenKind::number && t.size() == 5 && t.back() == 's') {
            int y = 0;
            if (std::from_chars(t.data(), t.data() + 4, y).ec == std::errc{} && y >= 1000 &&
                y < 2200) {
                if (y % 100 == 0 && the)
                    return Hit{i, k + 1, TimexType::date, four(y).substr(0, 2), mod};
                if (y % 10 == 0) return Hit{i, k + 1, TimexType::date, four(y).substr(0, 3), mod};
            }
        }
        if (t == "'" || t == "\xE2\x80\x99") {
            const std::string_view n = in(k + 1) ? text(k + 1) : std::string_view{};
            if (n.size() == 3 && n.back() == 's' && tok(k + 1).kind == TokenKind::number &&
                tok(k + 1).begin == tok(k).end) {
                int d = 0;
                std::from_chars(n.data(), n.data() + 2, d);
                int y = 1900 + d;
                if (anchor_ && 2000 + d <= static_cast<int>(year_month_day{*anchor_}.year()))
                    y = 2000 + d;
                return Hit{i, k + 2, TimexType::date, four(y).substr(0, 3), mod};
            }
        }
        // Centuries: "the 21st century", "the twentieth century".
        if (the && is(k + 1, "century")) {
            int ordinal = 0;
            if (const auto d = day_at(k)) ordinal = *d;
            if (ordinal >= 1 && ordinal <= 30) {
                return Hit{i, k + 2, TimexType::date, two(ordinal - 1), mod};
            }
        }
        // Fiscal years: "fiscal 2024", "fiscal year 2024", "FY2024", "FY24".
        if (is(k, "fiscal")) {
            std::uint32_t l = k + 1;
            if (is(l, "year")) ++l;
            if (const auto y = year_at(l))
                return Hit{i, l + 1, TimexType::date, "FY" + four(*y), mod};
        }
        if (t.size() >= 4 && (t.starts_with("FY") || t.starts_with("fy"))) {
            int y = 0;
            const auto num = t.substr(2);
            if (std::from_chars(num.data(), num.data() + num.size(), y).ec == std::errc{}) {
                if (num.size() == 2) y += 2000;
                if (y >= 1900 && y < 2200)
                    return Hit{i, k + 1, TimexType::date, "FY" + four(y), mod};
            }
        }
        // "mid-2011", "late-2023"
        if (tok(k).has(kHyphenated)) {
            const auto dash = t.find('-');
            const auto* m = words_.find(t.substr(0, dash), TimeClass::modifier);
            int y = 0;
            const auto num = t.substr(dash + 1);
            if (m && num.size() == 4 &&
                std::from_chars(num.data(), num.data() + 4, y).ec == std::errc{} && y >= 1000 &&
                y < 2200)
                return Hit{i, k + 1, TimexType::date, four(y), m->value};
        }
        const auto y = year_at(k);
        if (!y || !plausible_year(k, !mod.empty())) return std::nullopt;
        // "the 2020 election": the year alone is the expression.
        return Hit{the ? k : i, k + 1, TimexType::date, four(*y), mod};
    }

    // A bare four-digit number is a year unless it counts something ("2020 people") or is an
    // amount, a section or a code ("$2020", "Section 2020").
    bool plausible_year(std::uint32_t k, bool cued) const {
        const int y = *year_at(k);
        if (in(k + 1) && (text(k + 1) == "%" || is(k + 1, "percent"))) return false;
        if (k > sentence_->first_token) {
            const std::string_view prev = text(k - 1);
            if (prev == "$" || prev == "\xE2\x82\xAC" || prev == "\xC2\xA3" || prev == "#" ||
                is(k - 1, "no.") || is(k - 1, "number") || is(k - 1, "section") ||
                is(k - 1, "route") || is(k - 1, "room") || is(k - 1, "flight") ||
                is(k - 1, "page") || is(k - 1, "chapter") || is(k - 1, "article") ||
                is(k - 1, "resolution") || is(k - 1, "model"))
                return false;
            if (tok(k - 1).kind == TokenKind::number) return false;
        }
        // A plural noun after the number is what it counts: "2020 people", "1500 troops".
        if (in(k + 1) && tok(k + 1).kind == TokenKind::word && tok(k + 1).has(kLower) &&
            text(k + 1).size() > 3 && text(k + 1).back() == 's' && !unit_at(k + 1))
            return false;
        const bool preposition =
            k > sentence_->first_token &&
            (is(k - 1, "in") || is(k - 1, "since") || is(k - 1, "until") || is(k - 1, "by") ||
             is(k - 1, "before") || is(k - 1, "after") || is(k - 1, "from") ||
             is(k - 1, "through") || is(k - 1, "during") || is(k - 1, "of") || is(k - 1, "the") ||
             is(k - 1, "to") || is(k - 1, "and") || is(k - 1, "or") || is(k - 1, "early") ||
             is(k - 1, "late") || is(k - 1, "mid") || is(k - 1, "for"));
        if (cued || preposition) return true;
        return y >= 1900 && y <= 2100;
    }

    // today, yesterday, tomorrow, tonight [+ part of day].
    std::optional<Hit> day_word(std::uint32_t i) const {
        const auto* d = tw(i, TimeClass::day);
        if (!d) return std::nullopt;
        const bool night = d->value.ends_with("NI");
        int offset = 0;
        std::from_chars(d->value.data(), d->value.data() + d->value.size(), offset);
        const std::string day =
            anchor_ ? graph::format_iso_day(*anchor_ + days{offset}) : "XXXX-XX-XX";
        if (night) return Hit{i, i + 1, TimexType::time, day + "TNI", {}};
        if (const auto* p = tw(i + 1, TimeClass::partofday); p && !plural(i + 1))
            return Hit{i, i + 2, TimexType::time, day + "T" + p->value, {}};
        return Hit{i, i + 1, TimexType::date, day, {}};
    }

    // now, currently, recently, soon, in the future, in the past, these days, at present.
    std::optional<Hit> reference(std::uint32_t i) const {
        if (is(i, "in") && is(i + 1, "the") && (is(i + 2, "future") || is(i + 2, "past")) &&
            !unit_at(i + 3) && !count_at(i + 3))
            return Hit{
                i + 1, i + 3, TimexType::date, is(i + 2, "future") ? "FUTURE_REF" : "PAST_REF", {}};
        if (is(i, "in") && is(i + 1, "recent") && unit_at(i + 2) && plural(i + 2))
            return Hit{i + 1, i + 3, TimexType::date, "PAST_REF", {}};
        if (is(i, "these") && is(i + 1, "days"))
            return Hit{i, i + 2, TimexType::date, "PRESENT_REF", {}};
        if (is(i, "at") && (is(i + 1, "present") || (is(i + 1, "the") && is(i + 2, "moment"))))
            return Hit{
                i + 1, is(i + 1, "present") ? i + 2 : i + 3, TimexType::date, "PRESENT_REF", {}};
        if (is(i, "more") && is(i + 1, "recently"))
            return Hit{i, i + 2, TimexType::date, "PAST_REF", {}};
        const auto* r = tw(i, TimeClass::ref);
        if (!r || is(i, "once") || is(i, "previously") || is(i, "formerly")) return std::nullopt;
        // "right now", "just now" are still "now"; "now" as a discourse marker too.
        return Hit{i, i + 1, TimexType::date, r->value, {}};
    }

    // 4:49 PM, 4 p.m., 4pm, noon, midnight, this morning, last night.
    std::optional<Hit> time_of_day(std::uint32_t i) const {
        if (!(tok(i).kind == TokenKind::number || is(i, "noon") || is(i, "midday") ||
              is(i, "midnight") || is(i, "this") || is(i, "last")))
            return std::nullopt;
        const std::string day = last_day_ ? *last_day_
                                : anchor_ ? graph::format_iso_day(*anchor_)
                                          : "XXXX-XX-XX";
        if (is(i, "noon") || is(i, "midday"))
            return Hit{i, i + 1, TimexType::time, day + "T12:00", {}};
        if (is(i, "midnight")) return Hit{i, i + 1, TimexType::time, day + "T24:00", {}};
        if ((is(i, "this") || is(i, "last")) && tw(i + 1, TimeClass::partofday) && !plural(i + 1)) {
            const auto* p = tw(i + 1, TimeClass::partofday);
            const std::string d =
                is(i, "last") && anchor_ ? graph::format_iso_day(*anchor_ - days{1}) : day;
            return Hit{i, i + 2, TimexType::time, d + "T" + p->value, {}};
        }
        if (!in(i) || tok(i).kind != TokenKind::number) return std::nullopt;
        std::string_view t = text(i);
        int hour = 0, minute = 0;
        bool has_minutes = false;
        std::string_view suffix;
        const auto colon = t.find(':');
        if (colon != std::string_view::npos) {
            if (std::from_chars(t.data(), t.data() + colon, hour).ec != std::errc{} ||
                std::from_chars(t.data() + colon + 1, t.data() + t.size(), minute).ec !=
                    std::errc{} ||
                t.size() - colon - 1 != 2)
                return std::nullopt;
            has_minutes = true;
        } else {
            std::size_t k = 0;
            while (k < t.size() && t[k] >= '0' && t[k] <= '9') ++k;
            if (k == 0 || k > 2) return std::nullopt;
            std::from_chars(t.data(), t.data() + k, hour);
            suffix = t.substr(k);
        }
        std::uint32_t e = i + 1;
        auto ampm = [&](std::string_view w) -> int {
            std::string buf;
            const std::string_view k = lookup_key(w, buf);
            if (k == "am" || k == "a.m." || k == "a.m") return 1;
            if (k == "pm" || k == "p.m." || k == "p.m") return 2;
            return 0;
        };
        int half = ampm(suffix);
        if (!half && in(e) && tok(e).begin == tok(e - 1).end + 1) {
            half = ampm(text(e));
            if (half) ++e;
        }
        if (!half && !(has_minutes && (is(e, "gmt") || is(e, "utc") || is(e, "local")))) {
            if (!has_minutes ||
                !(i > sentence_->first_token && (is(i - 1, "at") || is(i - 1, "by"))))
                return std::nullopt;
        }
        if (hour > 24 || minute > 59) return std::nullopt;
        if (half == 2 && hour < 12) hour += 12;
        if (half == 1 && hour == 12) hour = 0;
        return Hit{i, e, TimexType::time, day + "T" + two(hour) + ":" + two(minute), {}};
    }

    // every year, each Tuesday, weekly, annually, annual, per month, once a week.
    std::optional<Hit> frequency(std::uint32_t i) const {
        // "weekly", "daily" — but not in a name ("The Daily Beast", "Weekly Standard").
        if (const auto* s = tw(i, TimeClass::set); s && !(in(i + 1) && cap(i + 1)))
            return Hit{i, i + 1, TimexType::set, s->value, {}};
        if (is(i, "annual") || is(i, "biannual"))
            return Hit{i, i + 1, TimexType::set, is(i, "annual") ? "P1Y" : "P6M", {}};
        std::uint32_t j = i;
        if (is(j, "once") || is(j, "twice")) ++j;
        if (is(j, "every") || is(j, "each") || is(j, "per") ||
            (j > i && (is(j, "a") || is(j, "an")))) {
            ++j;
            if (is(j, "other")) ++j;
            int n = 1;
            if (const auto c = count_at(j); c && *c > 0 && !is(j, "a")) {
                n = *c;
                ++j;
            }
            if (const auto* u = unit_at(j))
                return Hit{i, j + 1, TimexType::set, duration_value(n, u->value), {}};
            if (const auto wd = weekday_at(j))
                return Hit{i, j + 1, TimexType::set, "XXXX-WXX-" + std::to_string(*wd), {}};
            if (const auto* p = tw(j, TimeClass::partofday))
                return Hit{i, j + 1, TimexType::set, "T" + p->value, {}};
            if (const auto* m = tw(j, TimeClass::month); m && cap(j))
                return Hit{i, j + 1, TimexType::set, "XXXX-" + two(m->number), {}};
        }
        return std::nullopt;
    }

    // [in|this|last|next] [the] season [of] [Year]: "summer 2023", "the summer of 2023".
    std::optional<Hit> season(std::uint32_t i) const {
        std::uint32_t j = i;
        std::string mod;
        if (const auto* m = bare_modifier(j); m && !is(j, "earlier") && !is(j, "later")) {
            mod = m->value;
            ++j;
        }
        const bool the = is(j, "the");
        if (the) ++j;
        const auto* s = tw(j, TimeClass::season);
        if (!s) return std::nullopt;
        std::uint32_t k = j + 1;
        if (is(k, "of")) ++k;
        if (const auto y = year_at(k))
            return Hit{i, k + 1, TimexType::date, four(*y) + "-" + s->value, mod};
        // A season word alone is a date only with a cue: "in the fall", "early spring", "this
        // winter" (relative() takes this/last/next); "the fall of Kabul" is not.
        const bool cue =
            !mod.empty() || (the && i > sentence_->first_token &&
                             (is(i - 1, "in") || is(i - 1, "during") || is(i - 1, "by") ||
                              is(i - 1, "over") || is(i - 1, "until") || is(i - 1, "through")));
        if (!cue || is(j + 1, "of")) return std::nullopt;
        return season_value(i, j, "", mod);
    }

    // Q3, Q3 2023, the third quarter [of 2023], the last quarter.
    std::optional<Hit> quarter(std::uint32_t i) const {
        std::uint32_t j = i;
        if (in(j) && text(j).size() == 2 && (text(j)[0] == 'Q' || text(j)[0] == 'q') &&
            text(j)[1] >= '1' && text(j)[1] <= '4') {
            const int q = text(j)[1] - '0';
            std::uint32_t k = j + 1;
            if (is(k, "of")) ++k;
            std::optional<int> y = year_at(k);
            const std::uint32_t e = y ? k + 1 : j + 1;
            if (!y && anchor_) y = static_cast<int>(year_month_day{*anchor_}.year());
            return Hit{
                i, e, TimexType::date, (y ? four(*y) : "XXXX") + "-Q" + std::to_string(q), {}};
        }
        if (!is(j, "the")) return std::nullopt;
        ++j;
        const auto* o = tw(j, TimeClass::ordinal);
        if ((!o || o->number > 4) && !is(j, "last")) return std::nullopt;
        if (!is(j + 1, "quarter")) return std::nullopt;
        std::uint32_t k = j + 2;
        std::optional<int> y;
        if (is(k, "of")) {
            y = year_at(k + 1);
            if (y) k += 2;
        }
        if (is(j, "last")) {
            if (!anchor_) return Hit{i, k, TimexType::date, "XXXX-QX", {}};
            return Hit{i, k, TimexType::date, anchored(Precision::quarter, -1), {}};
        }
        if (!y && anchor_) {
            const year_month_day a{*anchor_};
            y = static_cast<int>(a.year());
            const int aq = static_cast<int>((static_cast<unsigned>(a.month()) - 1) / 3 + 1);
            const Tense t = tense(i, k);
            if (t == Tense::past && o->number > aq) --*y;
            if (t == Tense::future && o->number < aq) ++*y;
        }
        return Hit{
            i, k, TimexType::date, (y ? four(*y) : "XXXX") + "-Q" + std::to_string(o->number), {}};
    }

    void record(const Hit& h, std::uint32_t sentence) {
        const auto index = static_cast<std::int32_t>(out_.timexes.size());
        out_.timexes.push_back(
            Timex{{tok(h.begin).begin, tok(h.end - 1).end}, h.type, h.value, h.mod, sentence});
        for (std::uint32_t k = h.begin; k < h.end; ++k) doc_.timex_at[k] = index;
        if (h.type == TimexType::date && h.value.size() == 10 && h.value[4] == '-') {
            last_day_ = h.value;
            if (const auto d = graph::parse_iso_day(h.value)) story_day_ = sys_days{*d};
        }
    }

    Document& doc_;
    Extraction& out_;
    const TimeWords& words_;
    std::optional<sys_days> anchor_;
    const Sentence* sentence_ = nullptr;
    std::optional<std::string> last_day_;  // the last day named in the sentence, for times
    std::optional<sys_days> story_day_;    // the last day named in the text so far
    std::vector<const std::vector<TimeWord>*> readings_;  // per token
};

}  // namespace

void TimexFinder::find(Document& doc, Extraction& out) const { TimexScanner(doc, out).scan(); }

std::vector<Timex> find_timexes(std::string_view text, std::optional<date::year_month_day> anchor) {
    Document doc;
    analyze(doc, text, anchor);
    Extraction x;
    TimexFinder{}.find(doc, x);
    return std::move(x.timexes);
}

}  // namespace tkg::extract
