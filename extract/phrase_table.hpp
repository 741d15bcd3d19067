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

#include "string_map.hpp"
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
    static constexpr std::size_t kMaxWords = 16;  // longer phrases are never added

    // Adds `phrase`; false (and nothing added) if it is already there or has no tokens.
    bool add(std::string_view phrase, Value value, bool match_case) {
        const std::vector<Token> toks = tokenize(phrase);
        if (toks.empty() || toks.size() > kMaxWords) return false;
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

    // The longest phrase starting at token `i` and ending before `end`, given every token's
    // lookup key (Document::keys): the hot path, no string is built.
    std::optional<Match> longest(const std::vector<std::string_view>& keys,
                                 const std::vector<Token>& tokens, std::size_t i,
                                 std::size_t end) const {
        return find(tokens, i, end, [&](std::size_t k) { return keys[k]; });
    }

    // The same from the text, for callers without keys.
    std::optional<Match> longest(std::string_view text, const std::vector<Token>& tokens,
                                 std::size_t i, std::size_t end) const {
        std::string owned[kMaxWords];
        std::string buf;
        const std::size_t stop = std::min(end, i + kMaxWords);
        for (std::size_t k = i; k < stop; ++k)
            owned[k - i] = std::string(lookup_key(tokens[k].text(text), buf));
        return find(tokens, i, stop, [&](std::size_t k) { return std::string_view(owned[k - i]); });
    }

    bool empty() const noexcept { return by_first_.empty(); }

  private:
    template <typename KeyAt>
    std::optional<Match> find(const std::vector<Token>& tokens, std::size_t i, std::size_t end,
                              KeyAt key_at) const {
        if (i >= end) return std::nullopt;
        const auto it = by_first_.find(key_at(i));
        if (it == by_first_.end()) return std::nullopt;
        for (const Entry& e : it->second) {
            const std::size_t n = e.keys.size();
            if (i + n > end) continue;
            bool ok = true;
            for (std::size_t k = 0; k < n && ok; ++k) {
                const Token& t = tokens[i + k];
                if (e.capital[k] && !t.has(kCapitalized) && !t.has(kAllCaps))
                    ok = false;
                else if (k > 0 && key_at(i + k) != e.keys[k])
                    ok = false;
            }
            if (ok) return Match{&e.value, static_cast<std::uint32_t>(n)};
        }
        return std::nullopt;
    }

    struct Entry {
        std::vector<std::string> keys;
        std::vector<bool> capital;
        Value value{};
    };
    StringMap<std::vector<Entry>> by_first_;
};

}  // namespace tkg::extract
