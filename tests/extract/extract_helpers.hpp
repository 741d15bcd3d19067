// Shared helpers for extraction tests: one Extractor for the whole test run (building it
// compiles the lexicons) and compact views of what it found.
#pragma once

#include <string>
#include <vector>

#include "tkg/extract/extractor.hpp"

namespace tkg::test {

const extract::Extractor& extractor();

// Extracts `text` as an article dated `date` ("YYYY-MM-DD", or "" for none).
extract::Extraction extract_text(const std::string& text, const std::string& date = "2023-11-12");

// "text|TYPE|actor" for every mention, in text order.
std::vector<std::string> mention_list(const std::string& text,
                                      const std::string& date = "2023-11-12");

// The actor with this id, or nullptr.
const graph::ActorRecord* find_actor(const extract::Extraction& x, const std::string& id);

bool has_relation(const extract::Extraction& x, const std::string& type, const std::string& source,
                  const std::string& target);

}  // namespace tkg::test

#include <doctest/doctest.h>

namespace doctest {
// Shows string lists in failed checks.
template <>
struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& v) {
        std::string out = "{";
        for (const auto& s : v) out += (out.size() > 1 ? ", \"" : "\"") + s + "\"";
        return String((out + "}").c_str());
    }
};
}  // namespace doctest
