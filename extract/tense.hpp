// Tense: which way in time a clause points, from its verbs and time words. Dates need it ("on
// Tuesday" is the last Tuesday in "they met on Tuesday" and the next one in "they will meet on
// Tuesday"), and so do events (planned vs. asserted). Private to the extract library.
#pragma once

#include <cstdint>

#include "document.hpp"

namespace tkg::extract {

enum class Tense : std::uint8_t { unknown, past, present, future };

// The tense marked nearest to token `i` in its sentence, ignoring tokens in [skip_b, skip_e)
// (the time expression itself). Markers: will/would/going to/plan to/expected to (future);
// past forms, was/were/had/did, has + participle (past); is/are/says (present).
Tense tense_near(const Document& doc, std::uint32_t i, std::uint32_t skip_b, std::uint32_t skip_e);

// The tense marked at token `k` alone, or unknown.
Tense tense_marker(const Document& doc, std::uint32_t k);

}  // namespace tkg::extract
