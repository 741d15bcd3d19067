// Writes an Extraction as one line of the `tkg extract` JSON Lines contract
// (../shared/spec/extract-jsonl.md, schema "tkg.extract/1").
//
//   std::string line = extraction_to_json(x, article.text);   // ends with '\n'
#pragma once

#include <string>
#include <string_view>

#include "tkg/extract/extraction.hpp"

namespace tkg::extract {

inline constexpr std::string_view kExtractSchema = "tkg.extract/1";

std::string extraction_to_json(const Extraction& x, std::string_view text);
void append_extraction_json(std::string& out, const Extraction& x, std::string_view text);

}  // namespace tkg::extract
