// StringMap: the word lists' map from a std::string key to a value, looked up with a
// std::string_view, so the hot path never builds a string to ask a question. Private to the
// extract library.
//
// Every token of every article is looked up in several of these (group words, name cues,
// given names, time words, verb forms), nearly always in vain. A node-based map costs a bucket,
// a node and a key load per question; this one keeps its items in one vector and finds them
// through a flat index of positions (graph::FlatIndex), one or two adjacent slots. Built once,
// then only read: items are never erased, and growing may move them (no reference is kept
// across an insertion).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "tkg/graph/flat_index.hpp"

namespace tkg::extract {

// FNV-1a, inlined: word-list keys are short, and for them this beats the library's hash.
struct StringHash {
    std::size_t operator()(std::string_view s) const noexcept {
        std::uint64_t h = 14695981039346656037ull;
        for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};

template <typename Value>
class StringMap {
  public:
    using value_type = std::pair<std::string, Value>;
    using iterator = value_type*;
    using const_iterator = const value_type*;

    iterator begin() noexcept { return items_.data(); }
    iterator end() noexcept { return items_.data() + items_.size(); }
    const_iterator begin() const noexcept { return items_.data(); }
    const_iterator end() const noexcept { return items_.data() + items_.size(); }
    std::size_t size() const noexcept { return items_.size(); }
    bool empty() const noexcept { return items_.empty(); }

    iterator find(std::string_view key) {
        const auto at = position(key);
        return at ? &items_[*at] : end();
    }
    const_iterator find(std::string_view key) const {
        const auto at = position(key);
        return at ? &items_[*at] : end();
    }
    std::size_t count(std::string_view key) const { return position(key) ? 1 : 0; }

    // Adds `key` with `value` unless it is there; the item the key has, and whether it is new.
    template <typename... Args>
    std::pair<iterator, bool> emplace(std::string_view key, Args&&... value) {
        const auto pos = static_cast<std::uint32_t>(items_.size());
        const std::uint32_t at = index_.insert(
            StringHash{}(key), pos, [&](std::uint32_t i) { return items_[i].first == key; });
        if (at != pos) return {&items_[at], false};
        items_.emplace_back(std::piecewise_construct, std::forward_as_tuple(key),
                            std::forward_as_tuple(std::forward<Args>(value)...));
        return {&items_.back(), true};
    }
    Value& operator[](std::string_view key) { return emplace(key).first->second; }

  private:
    std::optional<std::uint32_t> position(std::string_view key) const {
        return index_.find(StringHash{}(key),
                           [&](std::uint32_t i) { return items_[i].first == key; });
    }

    std::vector<value_type> items_;
    graph::FlatIndex index_;
};

// A set of words: a StringMap without values.
class StringSet {
  public:
    StringSet() = default;
    StringSet(std::initializer_list<std::string_view> words) {
        for (const std::string_view w : words) map_.emplace(w);
    }
    std::size_t count(std::string_view word) const { return map_.count(word); }
    bool insert(std::string_view word) { return map_.emplace(word).second; }

  private:
    struct Nothing {};
    StringMap<Nothing> map_;
};

}  // namespace tkg::extract
