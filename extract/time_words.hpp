// TimeWords: the vocabulary of time expressions (month and weekday names, units, number
// words, relative words ...) from extract/data/time_words.tsv. Private to the extract library.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "string_map.hpp"

namespace tkg::extract {

enum class TimeClass : std::uint8_t {
    month,
    weekday,
    season,
    partofday,
    unit,
    number,
    ordinal,
    relative,
    modifier,
    ref,
    day,
    set
};

struct TimeWord {
    TimeClass cls;
    std::string value;  // as in the data file
    int number = 0;     // numeric value where there is one (month 1..12, number, ordinal)
};

class TimeWords {
  public:
    static const TimeWords& builtin();
    // The meaning of `word` in class `cls` (case-insensitive, a final '.' ignored), or nullptr.
    const TimeWord* find(std::string_view word, TimeClass cls) const;
    // Every reading of a lookup key (a final '.' already ignored by the caller), or nullptr.
    const std::vector<TimeWord>* readings(std::string_view key) const;

  private:
    TimeWords();
    StringMap<std::vector<TimeWord>> words_;
};

}  // namespace tkg::extract
