// Edits to an article's actors once mentions are resolved: the event finder adds actors that
// only its own readings name (a demonym's country, a capital's country). Private to the
// extract library.
#pragma once

#include <cstdint>
#include <string_view>

#include "tkg/extract/extraction.hpp"
#include "tkg/extract/lexicon.hpp"

namespace tkg::extract {

// The actor of lexicon entry `e` in `out`, appended (with no mentions yet) if it is not one.
graph::ActorRecord& actor_of_entry(Extraction& out, const LexiconEntry& e);

// Makes the name mention `m` of a capital, written `surface`, a mention of its country
// ("Moscow" in "Moscow warned Washington" is Russia), and drops the city's actor if nothing
// else names it. Returns whether the mention changed: it does not for one of no capital.
bool country_for_capital(Extraction& out, const Lexicon& lexicon, std::int32_t m,
                         std::string_view surface);

}  // namespace tkg::extract
