// A calendar date at the precision the text supports. News says "November 2023" or "in 2020"
// far more often than a day; a DateValue keeps that precision and behaves as the interval it
// stands for, so "2023-11" overlaps "2023-11-20" and sorts before "2023-12-01".
//
//   auto d = DateValue::parse("2023-11");          // month precision
//   d->first_day();  // 2023-11-01      d->end_day();  // 2023-12-01 (exclusive)
//   d->to_string();  // "2023-11"       (the TimeML value it came from)
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace tkg::graph {

enum class Precision : std::uint8_t {
    day,
    week,     // ISO week: 2023-W47
    month,    // 2023-11
    season,   // 2023-SU (spring SP, summer SU, fall FA, winter WI)
    quarter,  // 2023-Q3
    half,     // 2023-H1
    year,     // 2023
    decade,   // 199 (the 1990s)
    century,  // 20 (the 21st century, 2000-2099, as TimeML writes it)
};

std::string_view to_string(Precision p);
std::optional<Precision> parse_precision(std::string_view name);

class DateValue {
  public:
    // The unit of `precision` that contains `day` (a month value for any day of that month).
    DateValue(date::sys_days day, Precision precision);
    static DateValue of(date::year_month_day ymd) { return {date::sys_days{ymd}, Precision::day}; }

    // Parses a TimeML value with a known calendar position: "2023-11-12", "2023-W47", "2023-11",
    // "2023-SU", "2023-Q3", "2023-H1", "2023", "199", "20". A time part ("2023-11-12T16:49") is
    // dropped. Values with unknown parts ("XXXX-11", "PRESENT_REF", durations) give nullopt.
    static std::optional<DateValue> parse(std::string_view timeml);

    date::sys_days first_day() const noexcept { return first_; }
    date::sys_days end_day() const noexcept;  // exclusive
    date::sys_days last_day() const noexcept { return end_day() - date::days{1}; }
    Precision precision() const noexcept { return precision_; }
    int year() const noexcept;

    std::string to_string() const;         // the TimeML value
    std::string first_day_string() const;  // always YYYY-MM-DD
    std::string last_day_string() const;   // always YYYY-MM-DD

    bool contains(const DateValue& other) const noexcept;
    bool overlaps(const DateValue& other) const noexcept;

    // Time order: earlier start first; for the same start, the shorter interval first.
    friend std::strong_ordering operator<=>(const DateValue& a, const DateValue& b) noexcept;
    friend bool operator==(const DateValue& a, const DateValue& b) noexcept = default;

  private:
    date::sys_days first_;
    Precision precision_;
};

// "YYYY-MM-DD" with a real calendar day, or nullopt ("2023-13-45", "0000-00-00", "2023-11").
std::optional<date::year_month_day> parse_iso_day(std::string_view text);
std::string format_iso_day(date::sys_days day);

}  // namespace tkg::graph
