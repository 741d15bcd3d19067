// DatedEvents must visit every event whose date overlaps the query, before and after it grows
// past its small list, and after an event moves to a more precise date.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "tkg/graph/dated_events.hpp"

using namespace tkg::graph;

namespace {

std::vector<std::optional<DateValue>> sample_dates() {
    std::vector<std::optional<DateValue>> d;
    for (const char* v :
         {"2023-11-12", "2023-11", "2023", "2023-W46", "2023-Q4", "2023-SU", "2020", "199", "20",
          "2024-01-01", "2023-12-31", "2023-H2", "2022-11-12", "2023-11-30", "2023-10"})
        d.push_back(DateValue::parse(v));
    d.push_back(std::nullopt);
    return d;
}

// The events whose dates overlap `q` (undated matches undated only), by brute force.
std::set<std::uint32_t> overlapping(const std::vector<std::optional<DateValue>>& dates,
                                    const std::optional<DateValue>& q) {
    std::set<std::uint32_t> out;
    for (std::uint32_t i = 0; i < dates.size(); ++i)
        if ((!q && !dates[i]) || (q && dates[i] && q->overlaps(*dates[i]))) out.insert(i);
    return out;
}

void check_all(const DatedEvents& index, const std::vector<std::optional<DateValue>>& dates) {
    for (const auto& q : sample_dates()) {
        std::set<std::uint32_t> seen;
        index.for_candidates(q, [&](std::uint32_t e) { seen.insert(e); });
        for (const std::uint32_t e : overlapping(dates, q)) {
            INFO("query " << (q ? q->to_string() : "undated") << ", event " << e);
            CHECK(seen.count(e) == 1);
        }
    }
}

}  // namespace

TEST_CASE("DatedEvents visits every overlapping event, few or many") {
    const auto base = sample_dates();
    std::vector<std::optional<DateValue>> dates;
    DatedEvents index;
    for (int round = 0; round < 4; ++round)
        for (const auto& d : base) {
            index.insert(static_cast<std::uint32_t>(dates.size()), d);
            dates.push_back(d);
            check_all(index, dates);  // through the switch from list to index
        }
}

TEST_CASE("DatedEvents follows an event to its more precise date") {
    for (const std::size_t count : {4u, 40u}) {  // in the small list and in the index
        std::vector<std::optional<DateValue>> dates(count, DateValue::parse("2023-11"));
        DatedEvents index;
        for (std::uint32_t i = 0; i < count; ++i) index.insert(i, dates[i]);
        index.move(2, dates[2], DateValue::parse("2023-11-12"));
        dates[2] = DateValue::parse("2023-11-12");
        check_all(index, dates);
        std::set<std::uint32_t> seen;
        index.for_candidates(DateValue::parse("2023-11-20"),
                             [&](std::uint32_t e) { seen.insert(e); });
        // Event 2 is now the 12th only: a query for the 20th need not (and should not) see it
        // as overlapping, while the month-long events stay.
        CHECK(seen.count(0) == 1);
        CHECK_FALSE(overlapping(dates, DateValue::parse("2023-11-20")).count(2));
    }
}
