// DatedEvents: a set of events (by index) with their dates, answering "which of them may
// overlap this date" without looking at all of them. TimelineGraph keeps one per event
// identity (type, actors, stance) to find the report of the same event in a corpus where a
// busy identity ("United States statement") gathers thousands of events.
//
//   DatedEvents d;
//   d.insert(7, DateValue::parse("2023-11-12"));
//   d.for_candidates(DateValue::parse("2023-11"), [](std::uint32_t e) { /* e == 7 */ });
//
// A few events are kept in a list; past that, by precision and start day, so that a query
// visits the events whose start lies within the longest span of their precision before the
// queried date's end: for a day, the events of that day and the weeks, months and years around
// it. Candidates may still not overlap (the caller checks); every overlapping event is visited.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "tkg/graph/date_value.hpp"

namespace tkg::graph {

class DatedEvents {
  public:
    void insert(std::uint32_t event, const std::optional<DateValue>& date);
    // Moves `event` from date `before` to date `after` (a more precise report of it).
    void move(std::uint32_t event, const std::optional<DateValue>& before,
              const std::optional<DateValue>& after);
    // Calls f(event) for every event that may overlap `date` (an undated query: the undated
    // events), each once, in no particular order.
    template <class F>
    void for_candidates(const std::optional<DateValue>& date, F f) const;

  private:
    struct Item {
        std::uint32_t event;
        std::int32_t first = 0;       // days since 1970, inclusive
        std::int32_t end = 0;         // exclusive
        std::int16_t precision = -1;  // -1: undated
    };
    struct ByStart {
        std::map<std::int32_t, std::vector<std::uint32_t>> events;  // first day -> events
        std::int32_t longest = 0;  // days of the longest span inserted
    };
    struct Index {
        std::vector<ByStart> by_precision;
        std::vector<std::uint32_t> undated;
    };
    static constexpr std::size_t kFew = 12;

    static Item item_of(std::uint32_t event, const std::optional<DateValue>& date);
    static void index_item(Index& index, const Item& item);

    std::vector<Item> few_;         // every event while there are few
    std::unique_ptr<Index> index_;  // once there are more
};

template <class F>
void DatedEvents::for_candidates(const std::optional<DateValue>& date, F f) const {
    const Item q = item_of(0, date);
    if (!index_) {
        for (const Item& it : few_)
            if ((q.precision < 0) == (it.precision < 0) &&
                (q.precision < 0 || (it.first < q.end && q.first < it.end)))
                f(it.event);
        return;
    }
    if (q.precision < 0) {
        for (const std::uint32_t e : index_->undated) f(e);
        return;
    }
    for (const ByStart& b : index_->by_precision) {
        auto it = b.events.lower_bound(q.first - b.longest + 1);
        for (; it != b.events.end() && it->first < q.end; ++it)
            for (const std::uint32_t e : it->second) f(e);
    }
}

}  // namespace tkg::graph
