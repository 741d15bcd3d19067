// ActorLookup: finds the actor a person means by a name typed on the command line. Ids, names
// and aliases match regardless of case, punctuation and a leading "the"; a title the graph
// knows may precede the name; a single word may be a person's surname or any whole word of a
// name. The first of these tiers that matches decides, so "biden" (an alias) means Joe Biden
// even though "Biden administration" also contains the word.
//
//   ActorLookup lookup(graph);                    // indexes names once
//   ActorMatch m = lookup.find("President Biden");
//   if (m.status == ActorMatch::found) use(m.actors.front());
//
// A name that fits several actors gives all of them (most mentioned first), so the caller can
// list them; an unknown name gives the near matches (by edit distance of whole names or words).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "tkg/graph/timeline_graph.hpp"

namespace tkg::graph {

struct ActorMatch {
    enum Status : std::uint8_t { found, ambiguous, not_found };
    Status status = not_found;
    // found: the actor; ambiguous: every candidate; not_found: near matches, best first.
    std::vector<Vertex> actors;
};

class ActorLookup {
  public:
    explicit ActorLookup(const TimelineGraph& graph);

    ActorMatch find(std::string_view name) const;

    // At most this many near matches for an unknown name.
    static constexpr std::size_t kMaxSuggestions = 5;

  private:
    using Postings = std::vector<std::uint32_t>;  // actor indexes, ascending
    using Index = std::unordered_map<std::string, Postings>;

    ActorMatch decide(Postings candidates) const;
    ActorMatch find_key(const std::string& key) const;
    ActorMatch find_without_title(const std::string& key) const;
    Postings surname_matches(const std::string& key) const;
    Postings word_matches(const std::string& key) const;
    std::vector<Vertex> suggestions(const std::string& key) const;

    const TimelineGraph& graph_;
    std::vector<Vertex> actors_;  // by actor index
    Index names_, aliases_, surnames_, words_;
    std::unordered_set<std::string> titles_;
};

// The form names are compared in: ASCII lowercase, '.' and apostrophes dropped ("U.S." is
// "us"), other punctuation and spaces as single spaces, a leading "the " removed.
std::string name_key(std::string_view name);

}  // namespace tkg::graph
