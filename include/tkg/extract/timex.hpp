// Time expressions: finds every date, time, duration and frequency in a text and normalizes it
// to a TimeML TIMEX3 value against the article's publication date — never the machine clock.
//
//   "Oct. 7"          -> DATE "2023-10-07"   (past tense in an article of 2023-11-12)
//   "earlier this month" -> DATE "2023-11"    "next November" -> DATE "2024-11"
//   "a 25 year tenure" -> DURATION "P25Y"     "every year"    -> SET "P1Y"
//   "recently"         -> DATE "PAST_REF"     without a date: "Oct. 7" -> "XXXX-10-07"
//
//   auto found = tkg::extract::find_timexes("They met on Tuesday.", date::year{2023}/11/12);
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "tkg/extract/extraction.hpp"

namespace tkg::extract {

// Tokenizes `text` and returns its time expressions in text order.
std::vector<Timex> find_timexes(std::string_view text, std::optional<date::year_month_day> anchor);

}  // namespace tkg::extract
