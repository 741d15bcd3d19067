// SyntheticArticles: article records for benchmarks, made without running extraction, so a
// graph of a million articles takes seconds to build. The corpus looks like news in the ways
// that matter to queries: a few actors are in most stories (popularity falls off steeply, so
// hubs with tens of thousands of events exist), dates spread over ten years at day, month or
// year precision, and every event has a type, CAMEO code, participants, a relation and a
// sentence of evidence.
//
//   SyntheticArticles corpus({.articles = 100000, .seed = 7});
//   TimelineGraph g;
//   for (std::size_t i = 0; i < corpus.size(); ++i) g.add(corpus.article(i));
//
// Deterministic: article i depends only on the seed and i, on every machine.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "tkg/graph/records.hpp"

namespace tkg::bench {

struct SyntheticOptions {
    std::size_t articles = 100000;
    std::uint64_t seed = 1;
    // Distinct actors; 0 picks one per ten articles, at least 1000.
    std::size_t actors = 0;
};

class SyntheticArticles {
  public:
    explicit SyntheticArticles(SyntheticOptions options);

    std::size_t size() const noexcept { return options_.articles; }
    std::size_t actor_count() const noexcept { return actors_.size(); }
    const graph::ActorRecord& actor(std::size_t i) const { return actors_.at(i); }
    graph::ArticleRecord article(std::size_t i) const;

  private:
    SyntheticOptions options_;
    std::vector<graph::ActorRecord> actors_;  // most popular first
};

}  // namespace tkg::bench
