// Edits to an article's actors once mentions are resolved: the event finder adds actors that
// only its own readings name (a demonym's country, the government a capital stands for).
// Private to the extract library.
#pragma once

#include <cstdint>
#include <string_view>

#include "tkg/extract/extraction.hpp"
#include "tkg/extract/lexicon.hpp"

namespace tkg::extract {

// The actor record of lexicon entry `e`, with no mentions and no roles.
graph::ActorRecord record_of(const LexiconEntry& e);

// The actor of lexicon entry `e` in `out`, appended (with no mentions yet) if it is not one.
graph::ActorRecord& actor_of_entry(Extraction& out, const LexiconEntry& e);

// Makes the name mention `m` of a seat of government, written `surface`, a mention of what is
// governed from it ("Moscow" in "Moscow warned Washington" is Russia, "Brussels" the European
// Union), with the pronouns that follow it; drops the city's actor if nothing else names it.
// Returns whether the mention changed: it does not for a place that is no seat (seats.tsv).
bool government_for_seat(Extraction& out, const Lexicon& lexicon, std::int32_t m,
                         std::string_view surface);

}  // namespace tkg::extract
