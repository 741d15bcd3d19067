#include "tkg/graph/flat_index.hpp"

#include <stdexcept>

namespace tkg::graph {

void FlatIndex::grow(std::size_t items) {
    // Positions are 32-bit (kEmpty excluded); the table has at least twice as many slots.
    if (items >= kEmpty) throw std::length_error("FlatIndex: more than 2^32 - 1 items");
    unsigned bits = 4;
    while ((std::size_t{1} << bits) < items * 2) ++bits;
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(std::size_t{1} << bits, Slot{});
    mask_ = slots_.size() - 1;
    shift_ = 64 - bits;
    // Keys are distinct (insert() keeps the first item of a key), so the order the slots are
    // re-placed in cannot change what a lookup finds.
    for (const Slot& s : old) {
        if (s.pos == kEmpty) continue;
        std::size_t i = home(s.tag);
        while (slots_[i].pos != kEmpty) i = (i + 1) & mask_;
        slots_[i] = s;
    }
}

}  // namespace tkg::graph
