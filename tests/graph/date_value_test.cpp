#include <doctest/doctest.h>

#include "tkg/graph/date_value.hpp"

using tkg::graph::DateValue;
using tkg::graph::Precision;

TEST_CASE("DateValue parses and prints TimeML values at their precision") {
    for (const char* v : {"2023-11-12", "2023-W47", "2023-11", "2023-SU", "2023-Q3", "2023-H2",
                          "2023", "199", "20", "0987-01-05"}) {
        const auto d = DateValue::parse(v);
        REQUIRE_MESSAGE(d.has_value(), v);
        CHECK(d->to_string() == v);
    }
    CHECK(DateValue::parse("2023-11")->precision() == Precision::month);
    CHECK(DateValue::parse("199")->precision() == Precision::decade);
    CHECK(DateValue::parse("2023-11-12T16:49")->to_string() == "2023-11-12");
}

TEST_CASE("DateValue refuses values with unknown or impossible parts") {
    for (const char* v : {"XXXX-11", "PRESENT_REF", "P25Y", "2023-13", "2023-02-30", "2023-Q5",
                          "2023-W54", "", "20234", "2023-1", "abcd"})
        CHECK_MESSAGE(!DateValue::parse(v).has_value(), v);
}

TEST_CASE("DateValue is the interval it stands for") {
    const auto nov = *DateValue::parse("2023-11");
    const auto day = *DateValue::parse("2023-11-20");
    const auto dec1 = *DateValue::parse("2023-12-01");
    CHECK(nov.contains(day));
    CHECK(nov.overlaps(day));
    CHECK_FALSE(nov.overlaps(dec1));
    CHECK(nov < day);  // same start is not the case; November starts first
    CHECK(day < dec1);
    CHECK(nov.first_day_string() == "2023-11-01");
    CHECK(nov.last_day_string() == "2023-11-30");
    CHECK(DateValue::parse("2024-02")->last_day_string() == "2024-02-29");
    CHECK(DateValue::parse("199")->last_day_string() == "1999-12-31");
    CHECK(DateValue::parse("20")->first_day_string() == "2000-01-01");
    // ISO week 1 of 2021 starts on Monday 2021-01-04.
    CHECK(DateValue::parse("2021-W01")->first_day_string() == "2021-01-04");
    // Winter 2023 runs from December 2023 through February 2024.
    CHECK(DateValue::parse("2023-WI")->last_day_string() == "2024-02-29");
    // Same start: the shorter interval sorts first.
    CHECK(*DateValue::parse("2023-11-01") < nov);
}

TEST_CASE("DateValue built from a day at a coarser precision snaps to its unit") {
    const auto day = tkg::graph::parse_iso_day("2023-08-17");
    REQUIRE(day);
    const date::sys_days d{*day};
    CHECK(DateValue(d, Precision::month).to_string() == "2023-08");
    CHECK(DateValue(d, Precision::quarter).to_string() == "2023-Q3");
    CHECK(DateValue(d, Precision::season).to_string() == "2023-SU");
    CHECK(DateValue(d, Precision::week).to_string() == "2023-W33");
    CHECK(DateValue(d, Precision::decade).to_string() == "202");
    const auto jan = tkg::graph::parse_iso_day("2024-01-15");
    CHECK(DateValue(date::sys_days{*jan}, Precision::season).to_string() == "2023-WI");
}

TEST_CASE("parse_iso_day accepts only real calendar days") {
    CHECK(tkg::graph::parse_iso_day("2024-02-29"));
    CHECK_FALSE(tkg::graph::parse_iso_day("2023-02-29"));
    CHECK_FALSE(tkg::graph::parse_iso_day("2023-13-45"));
    CHECK_FALSE(tkg::graph::parse_iso_day("0000-00-00"));
    CHECK_FALSE(tkg::graph::parse_iso_day("2023-1-05"));
}
