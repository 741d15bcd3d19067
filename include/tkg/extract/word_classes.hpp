// WordClasses: the closed-class words of English (determiners, pronouns, prepositions,
// conjunctions, auxiliaries ...) from extract/data/closed_class.tsv, looked up by token text.
// Shallow syntax uses them to find phrase boundaries, and mention detection uses them to keep
// capitalized function words ("Since", "Furthermore", "During") from becoming names.
//
//   const WordClasses& wc = WordClasses::builtin();
//   wc.has(token_text, WordClass::prep);   // "with" -> true
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tkg::extract {

enum class WordClass : std::uint16_t {
    det = 1 << 0,
    pron_subj = 1 << 1,
    pron_obj = 1 << 2,
    pron_poss = 1 << 3,
    pron_refl = 1 << 4,
    pron_other = 1 << 5,
    prep = 1 << 6,
    conj = 1 << 7,
    sconj = 1 << 8,
    adv = 1 << 9,
    aux = 1 << 10,
    modal = 1 << 11,
    neg = 1 << 12,
    wh = 1 << 13,
    quant = 1 << 14,
    num = 1 << 15,
};

// Lowercases ASCII letters and turns a curly apostrophe into "'": the form every word list
// is keyed by. Writes into `buf` and returns a view of it.
std::string_view lookup_key(std::string_view text, std::string& buf);
// The same appended to `out`; returns the key's length.
std::size_t append_lookup_key(std::string_view text, std::string& out);

class WordClasses {
  public:
    static const WordClasses& builtin();

    std::uint16_t classes(std::string_view text) const;        // 0 for open-class words
    std::uint16_t classes_of_key(std::string_view key) const;  // for an already made lookup_key
    bool has(std::string_view text, WordClass c) const {
        return (classes(text) & static_cast<std::uint16_t>(c)) != 0;
    }
    bool is_function_word(std::string_view text) const { return classes(text) != 0; }

  private:
    WordClasses();
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::unordered_map<std::string, std::uint16_t, Hash, std::equal_to<>> map_;
};

}  // namespace tkg::extract
