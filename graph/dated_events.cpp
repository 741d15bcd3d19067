#include "tkg/graph/dated_events.hpp"

#include <algorithm>

namespace tkg::graph {

DatedEvents::Item DatedEvents::item_of(std::uint32_t event, const std::optional<DateValue>& date) {
    Item it{event};
    if (!date) return it;
    it.first = static_cast<std::int32_t>(date->first_day().time_since_epoch().count());
    it.end = static_cast<std::int32_t>(date->end_day().time_since_epoch().count());
    it.precision = static_cast<std::int16_t>(date->precision());
    return it;
}

void DatedEvents::index_item(Index& index, const Item& item) {
    if (item.precision < 0) {
        index.undated.push_back(item.event);
        return;
    }
    const auto p = static_cast<std::size_t>(item.precision);
    if (index.by_precision.size() <= p) index.by_precision.resize(p + 1);
    ByStart& b = index.by_precision[p];
    b.events[item.first].push_back(item.event);
    b.longest = std::max(b.longest, item.end - item.first);
}

void DatedEvents::insert(std::uint32_t event, const std::optional<DateValue>& date) {
    const Item item = item_of(event, date);
    if (index_) {
        index_item(*index_, item);
        return;
    }
    few_.push_back(item);
    if (few_.size() <= kFew) return;
    index_ = std::make_unique<Index>();
    for (const Item& it : few_) index_item(*index_, it);
    few_.clear();
    few_.shrink_to_fit();
}

void DatedEvents::move(std::uint32_t event, const std::optional<DateValue>& before,
                       const std::optional<DateValue>& after) {
    if (!index_) {
        for (Item& it : few_)
            if (it.event == event) it = item_of(event, after);
        return;
    }
    const Item old = item_of(event, before);
    std::vector<std::uint32_t>* list = &index_->undated;
    if (old.precision >= 0) {
        auto& events = index_->by_precision[static_cast<std::size_t>(old.precision)].events;
        const auto found = events.find(old.first);
        list = found == events.end() ? nullptr : &found->second;
    }
    if (list) list->erase(std::remove(list->begin(), list->end(), event), list->end());
    index_item(*index_, item_of(event, after));
}

}  // namespace tkg::graph
