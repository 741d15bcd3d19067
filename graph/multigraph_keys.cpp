#include "tkg/graph/multigraph_keys.hpp"

#include <algorithm>
#include <numeric>

namespace tkg::graph {

std::vector<std::uint32_t> multigraph_keys(
    std::span<const std::pair<std::uint64_t, std::uint64_t>> ends) {
    std::vector<std::uint32_t> order(ends.size());
    std::iota(order.begin(), order.end(), 0u);
    // Equal ends stay in input order, so the first of them gets key 0.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return ends[a] < ends[b]; });
    std::vector<std::uint32_t> keys(ends.size(), 0);
    for (std::size_t i = 1; i < order.size(); ++i)
        if (ends[order[i]] == ends[order[i - 1]]) keys[order[i]] = keys[order[i - 1]] + 1;
    return keys;
}

}  // namespace tkg::graph
