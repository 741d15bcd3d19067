// PhraseTable: multi-word phrases looked up by token, longest match first. Keys are the
// lookup keys of the phrase's tokens (lower case, straight apostrophes), so "Secretary of
// State" and "secretary of state" are one phrase; a phrase may ask that its capitalized words
// be capitalized in the text too (names do, titles do not). Private to the extract library.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tkg/extract/tokenizer.hpp"
#include "tkg/extract/word_classes.hpp"

namespace tkg::extract {

template <typename Value>
class PhraseTable {
  public:
    struct Match {
        const Value* value;
        std::uint32_t length;  // tokens
    };

    // Adds `phrase`; false (and nothing added) if it is already there or has no tokens.
    bool add(std::string_view phrase, Value value, bool match_case) {
        const std::vector<Token> toks = tokenize(phrase);
        if (toks.empty()) return false;
        Entry e;
        std::string buf;
        for (const Token& t : toks) {
            e.keys.emplace_back(lookup_key(t.text(phrase), buf));
            e.capital.push_back(match_case && (t.has(kCapitalized) || t.has(kAllCaps)));
        }
        auto& bucket = by_first_[e.keys.front()];
        for (Entry& other : bucket) {
            if (other.keys != e.keys) continue;
            // The same words for the same value in another case ("Gaza Health Ministry", "Gaza
            // health ministry"): a word need only be capitalized if every variant capitalizes it.
            if (other.value == value)
                for (std::size_t k = 0; k < other.capital.size(); ++k)
                    other.capital[k] = other.capital[k] && e.capital[k];
            return false;
        }
        e.value = std::move(value);
        const auto pos = std::find_if(bucket.begin(), bucket.end(), [&](const Entry& o) {
            return o.keys.size() < e.keys.size();
        });
        bucket.insert(pos, std::move(e));  // longest first
        return true;
    }

    // The longest phrase starting at token `i` and ending before `end`.
    std::optional<Match> longest(std::string_view text, const std::vector<Token>& tokens,
                                 std::size_t i, std::size_t end) const {
        if (i >= end) return std::nullopt;
        thread_local std::string buf;
        const auto it = by_first_.find(std::string(lookup_key(tokens[i].text(text), buf)));
        if (it == by_first_.end()) return std::nullopt;
        for (const Entry& e : it->second) {
            const std::size_t n = e.keys.size();
            if (i + n > end) continue;
            bool ok = true;
            for (std::size_t k = 0; k < n && ok; ++k) {
                const Token& t = tokens[i + k];
                if (e.capital[k] && !t.has(kCapitalized) && !t.has(kAllCaps))
                    ok = false;
                else if (k > 0 && lookup_key(t.text(text), buf) != e.keys[k])
                    ok = false;
            }
            if (ok) return Match{&e.value, static_cast<std::uint32_t>(n)};
        }
        return std::nullopt;
    }

    bool empty() const noexcept { return by_first_.empty(); }

  private:
    struct Entry {
        std::vector<std::string> keys;
        std::vector<bool> capital;
        Value value{};
    };
    std::unordered_map<std::string, std::vector<Entry>> by_first_;
};

}  // namespace tkg::extract
