#include "tkg/graph/date_value.hpp"

#include <array>
#include <charconv>

#include <date/iso_week.h>

namespace tkg::graph {
namespace {

using date::days;
using date::sys_days;
using date::year_month_day;

constexpr std::array<std::string_view, 9> kPrecisionNames = {
    "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"};

// Reads exactly `n` ASCII digits at `pos`; -1 if they are not all digits.
int digits(std::string_view s, std::size_t pos, std::size_t n) {
    if (pos + n > s.size()) return -1;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int floor_div(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Seasons follow the meteorological convention; winter YYYY is December YYYY to February.
constexpr std::array<std::string_view, 4> kSeasons = {"SP", "SU", "FA", "WI"};
constexpr std::array<unsigned, 4> kSeasonStartMonth = {3, 6, 9, 12};

unsigned season_index(date::month m) {
    const unsigned mm = static_cast<unsigned>(m);
    if (mm >= 3 && mm <= 5) return 0;
    if (mm >= 6 && mm <= 8) return 1;
    if (mm >= 9 && mm <= 11) return 2;
    return 3;
}

std::string four_digit_year(int y) {
    std::string out = std::to_string(y < 0 ? -y : y);
    while (out.size() < 4) out.insert(out.begin(), '0');
    return y < 0 ? "-" + out : out;
}

}  // namespace

std::string_view to_string(Precision p) { return kPrecisionNames[static_cast<std::size_t>(p)]; }

std::optional<Precision> parse_precision(std::string_view name) {
    for (std::size_t i = 0; i < kPrecisionNames.size(); ++i)
        if (kPrecisionNames[i] == name) return static_cast<Precision>(i);
    return std::nullopt;
}

DateValue::DateValue(sys_days day, Precision precision) : precision_(precision) {
    const year_month_day ymd{day};
    const int y = static_cast<int>(ymd.year());
    switch (precision) {
        case Precision::day:
            first_ = day;
            break;
        case Precision::week: {
            const iso_week::year_weeknum_weekday w{day};
            first_ = sys_days{w.year() / w.weeknum() / iso_week::mon};
            break;
        }
        case Precision::month:
            first_ = sys_days{ymd.year() / ymd.month() / 1};
            break;
        case Precision::season: {
            const unsigned s = season_index(ymd.month());
            // January and February belong to the winter that began the December before.
            const int sy = (s == 3 && static_cast<unsigned>(ymd.month()) < 3) ? y - 1 : y;
            first_ = sys_days{date::year{sy} / date::month{kSeasonStartMonth[s]} / 1};
            break;
        }
        case Precision::quarter: {
            const unsigned q = (static_cast<unsigned>(ymd.month()) - 1) / 3;
            first_ = sys_days{ymd.year() / date::month{q * 3 + 1} / 1};
            break;
        }
        case Precision::half: {
            const unsigned h = static_cast<unsigned>(ymd.month()) <= 6 ? 1 : 7;
            first_ = sys_days{ymd.year() / date::month{h} / 1};
            break;
        }
        case Precision::year:
            first_ = sys_days{ymd.year() / 1 / 1};
            break;
        case Precision::decade:
            first_ = sys_days{date::year{floor_div(y, 10) * 10} / 1 / 1};
            break;
        case Precision::century:
            first_ = sys_days{date::year{floor_div(y, 100) * 100} / 1 / 1};
            break;
    }
}

sys_days DateValue::end_day() const noexcept {
    const year_month_day ymd{first_};
    switch (precision_) {
        case Precision::day:
            return first_ + days{1};
        case Precision::week:
            return first_ + days{7};
        case Precision::month:
            return sys_days{(ymd + date::months{1})};
        case Precision::season:
            return sys_days{(ymd + date::months{3})};
        case Precision::quarter:
            return sys_days{(ymd + date::months{3})};
        case Precision::half:
            return sys_days{(ymd + date::months{6})};
        case Precision::year:
            return sys_days{(ymd + date::years{1})};
        case Precision::decade:
            return sys_days{(ymd + date::years{10})};
        case Precision::century:
            return sys_days{(ymd + date::years{100})};
    }
    return first_ + days{1};
}

int DateValue::year() const noexcept { return static_cast<int>(year_month_day{first_}.year()); }

std::string DateValue::to_string() const {
    const year_month_day ymd{first_};
    const int y = static_cast<int>(ymd.year());
    const std::string yy = four_digit_year(y);
    auto two = [](unsigned v) { return (v < 10 ? "0" : "") + std::to_string(v); };
    switch (precision_) {
        case Precision::day:
            return format_iso_day(first_);
        case Precision::week: {
            const iso_week::year_weeknum_weekday w{first_};
            return four_digit_year(static_cast<int>(w.year())) + "-W" +
                   two(static_cast<unsigned>(w.weeknum()));
        }
        case Precision::month:
            return yy + "-" + two(static_cast<unsigned>(ymd.month()));
        case Precision::season:
            return yy + "-" + std::string(kSeasons[season_index(ymd.month())]);
        case Precision::quarter:
            return yy + "-Q" + std::to_string((static_cast<unsigned>(ymd.month()) - 1) / 3 + 1);
        case Precision::half:
            return yy + (static_cast<unsigned>(ymd.month()) <= 6 ? "-H1" : "-H2");
        case Precision::year:
            return yy;
        case Precision::decade:
            return yy.substr(0, yy.size() - 1);
        case Precision::century:
            return yy.substr(0, yy.size() - 2);
    }
    return yy;
}

std::string DateValue::first_day_string() const { return format_iso_day(first_); }
std::string DateValue::last_day_string() const { return format_iso_day(last_day()); }

bool DateValue::contains(const DateValue& other) const noexcept {
    return first_ <= other.first_ && other.end_day() <= end_day();
}

bool DateValue::overlaps(const DateValue& other) const noexcept {
    return first_ < other.end_day() && other.first_ < end_day();
}

std::strong_ordering operator<=>(const DateValue& a, const DateValue& b) noexcept {
    if (auto c = a.first_ <=> b.first_; c != 0) return c;
    if (auto c = a.end_day() <=> b.end_day(); c != 0) return c;
    return a.precision_ <=> b.precision_;
}

std::optional<year_month_day> parse_iso_day(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
    if (y < 0 || m < 0 || d < 0) return std::nullopt;
    const year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                             date::day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || y == 0) return std::nullopt;
    return ymd;
}

std::string format_iso_day(sys_days day) {
    const year_month_day ymd{day};
    auto two = [](unsigned v) { return (v < 10 ? "0" : "") + std::to_string(v); };
    return four_digit_year(static_cast<int>(ymd.year())) + "-" +
           two(static_cast<unsigned>(ymd.month())) + "-" + two(static_cast<unsigned>(ymd.day()));
}

std::optional<DateValue> DateValue::parse(std::string_view s) {
    if (const auto t = s.find('T'); t != std::string_view::npos) s = s.substr(0, t);
    if (s.size() == 2 || s.size() == 3) {  // century "20" or decade "199"
        const int v = digits(s, 0, s.size());
        if (v < 0) return std::nullopt;
        const int y = s.size() == 2 ? v * 100 : v * 10;
        return DateValue{sys_days{date::year{y} / 1 / 1},
                         s.size() == 2 ? Precision::century : Precision::decade};
    }
    const int y = digits(s, 0, 4);
    if (y < 0) return std::nullopt;
    const sys_days jan1{date::year{y} / 1 / 1};
    if (s.size() == 4) return DateValue{jan1, Precision::year};
    if (s[4] != '-') return std::nullopt;
    const std::string_view rest = s.substr(5);
    if (s.size() == 10) {
        if (auto ymd = parse_iso_day(s)) return DateValue::of(*ymd);
        return std::nullopt;
    }
    if (rest.size() == 2) {
        if (rest[0] == 'Q' || rest[0] == 'H') {
            const int n = digits(rest, 1, 1);
            const int limit = rest[0] == 'Q' ? 4 : 2;
            if (n < 1 || n > limit) return std::nullopt;
            const unsigned m =
                static_cast<unsigned>(rest[0] == 'Q' ? (n - 1) * 3 + 1 : (n - 1) * 6 + 1);
            return DateValue{sys_days{date::year{y} / date::month{m} / 1},
                             rest[0] == 'Q' ? Precision::quarter : Precision::half};
        }
        for (std::size_t i = 0; i < kSeasons.size(); ++i)
            if (rest == kSeasons[i])
                return DateValue{sys_days{date::year{y} / date::month{kSeasonStartMonth[i]} / 1},
                                 Precision::season};
        const int m = digits(rest, 0, 2);
        if (m < 1 || m > 12) return std::nullopt;
        return DateValue{sys_days{date::year{y} / date::month{static_cast<unsigned>(m)} / 1},
                         Precision::month};
    }
    if (rest.size() == 3 && rest[0] == 'W') {
        const int w = digits(rest, 1, 2);
        if (w < 1 || w > 53) return std::nullopt;
        const iso_week::year_weeknum_weekday iw{
            iso_week::year{y}, iso_week::weeknum{static_cast<unsigned>(w)}, iso_week::mon};
        if (!iw.ok()) return std::nullopt;
        return DateValue{sys_days{iw}, Precision::week};
    }
    return std::nullopt;
}

}  // namespace tkg::graph
