// Access to the data files compiled into tkg (extract/data/*): lexicons, word lists, trigger
// tables. They are embedded at build time so the executable needs no data path; users extend
// them with --lexicon instead of editing them.
#pragma once

#include <string_view>
#include <vector>

namespace tkg::extract::data {

// The content of the embedded data file `name` ("abbreviations.txt"), or empty if unknown.
std::string_view embedded_data(std::string_view name);

// The lines of a word-list file with comments ('#') and blank lines removed, whitespace
// trimmed. Views into the embedded data.
std::vector<std::string_view> word_list(std::string_view name);

}  // namespace tkg::extract::data
