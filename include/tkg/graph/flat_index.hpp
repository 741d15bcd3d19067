// FlatIndex: finds items of a vector the caller owns by their key, keeping only positions.
//
// The graph's id indexes were node-based hash maps holding a copy of every key: ~100 bytes and
// three dependent cache misses (bucket, node, key) per actor, event and relation, which made
// merging a large corpus wait on memory. This index is one array of 8-byte slots (a 32-bit
// fold of the key's hash and the item's position), probed linearly and kept at most half full,
// so a lookup reads one or two adjacent slots and then the item itself to confirm the key.
//
//   std::vector<std::string> names = {"Kirby", "Biden"};
//   FlatIndex index;
//   for (std::uint32_t i = 0; i < names.size(); ++i)
//       index.insert(std::hash<std::string>{}(names[i]), i, [](std::uint32_t) { return false; });
//   auto at = index.find(std::hash<std::string_view>{}("Biden"),
//                        [&](std::uint32_t i) { return names[i] == "Biden"; });   // at == 1
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace tkg::graph {

class FlatIndex {
  public:
    // The position whose item `equal` accepts among those stored under `hash`, if any.
    template <class Equal>
    std::optional<std::uint32_t> find(std::uint64_t hash, Equal&& equal) const {
        if (slots_.empty()) return std::nullopt;
        const std::uint32_t tag = fold(hash);
        for (std::size_t i = home(tag);; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.pos == kEmpty) return std::nullopt;
            if (s.tag == tag && equal(s.pos)) return s.pos;
        }
    }

    // Stores `pos` under `hash` unless an item `equal` accepts is stored there already; returns
    // the position the key now has (the earlier one, or `pos`).
    template <class Equal>
    std::uint32_t insert(std::uint64_t hash, std::uint32_t pos, Equal&& equal) {
        if ((size_ + 1) * 2 > slots_.size()) grow(size_ + 1);
        const std::uint32_t tag = fold(hash);
        std::size_t i = home(tag);
        for (; slots_[i].pos != kEmpty; i = (i + 1) & mask_)
            if (slots_[i].tag == tag && equal(slots_[i].pos)) return slots_[i].pos;
        slots_[i] = Slot{tag, pos};
        ++size_;
        return pos;
    }

    // Room for `n` items without growing.
    void reserve(std::size_t n) {
        if (n * 2 > slots_.size()) grow(n);
    }
    std::size_t size() const noexcept { return size_; }

  private:
    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t pos = kEmpty;
    };
    static constexpr std::uint32_t kEmpty = UINT32_MAX;

    static std::uint32_t fold(std::uint64_t hash) {
        return static_cast<std::uint32_t>(hash ^ (hash >> 32));
    }
    // Fibonacci hashing spreads the tag's bits over the table size, whatever the hash function.
    std::size_t home(std::uint32_t tag) const {
        return static_cast<std::size_t>((tag * 0x9E3779B97F4A7C15ull) >> shift_);
    }
    void grow(std::size_t items);

    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    unsigned shift_ = 64;
    std::size_t size_ = 0;
};

}  // namespace tkg::graph
