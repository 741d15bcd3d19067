#include "tkg/extract/tokenizer.hpp"

#include <string>
#include <unordered_set>

#include "tkg/extract/data.hpp"
#include "tkg/extract/utf8.hpp"

namespace tkg::extract {
namespace {

const std::unordered_set<std::string_view>& abbreviations() {
    static const auto* set = [] {
        auto* s = new std::unordered_set<std::string_view>();
        for (const auto w : data::word_list("abbreviations.txt")) s->insert(w);
        return s;
    }();
    return *set;
}

// "SEPT.", "SEN.": an abbreviation of the list written in capitals, as headlines do.
bool all_caps_abbreviation(const std::unordered_set<std::string_view>& abbrevs,
                           std::string_view word) {
    if (word.size() < 2 || word.size() > 5) return false;
    std::string cased(word);
    for (std::size_t k = 0; k < cased.size(); ++k) {
        const char c = cased[k];
        if (c < 'A' || c > 'Z') return false;
        if (k > 0) cased[k] = static_cast<char>(c - 'A' + 'a');
    }
    return abbrevs.count(cased) > 0;
}

bool is_space_cp(char32_t cp) noexcept {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000 || cp == 0xFEFF || cp == 0x1680 || cp == 0x2028 || cp == 0x2029;
}

bool is_ascii_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }
bool is_apostrophe(char32_t cp) noexcept { return cp == '\'' || cp == 0x2019; }
bool is_hyphen(char32_t cp) noexcept { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

class Scanner {
  public:
    explicit Scanner(std::string_view t) : t_(t) {}
    std::size_t size() const noexcept { return t_.size(); }
    // Code point at `pos` (0 past the end); `len` gets its byte length.
    char32_t at(std::size_t pos, std::size_t& len) const noexcept {
        if (pos >= t_.size()) {
            len = 0;
            return 0;
        }
        const auto c = static_cast<unsigned char>(t_[pos]);
        if (c < 0x80) {
            len = 1;
            return c;
        }
        return decode_utf8(t_, pos, len);
    }
    char32_t at(std::size_t pos) const noexcept {
        std::size_t len;
        return at(pos, len);
    }
    bool word_char(std::size_t pos) const noexcept {
        const char32_t cp = at(pos);
        return is_letter(cp) || is_digit(cp);
    }

  private:
    std::string_view t_;
};

// The apostrophe suffixes split off as their own tokens ("’s", "’re", "’ve", "’ll", "’d", "’m").
bool is_clitic_suffix(std::string_view s) {
    std::string lower(s);
    for (auto& c : lower) c = static_cast<char>(c | 0x20);
    return lower == "s" || lower == "re" || lower == "ve" || lower == "ll" || lower == "d" ||
           lower == "m";
}

std::size_t ascii_letter_run(std::string_view t, std::size_t pos) {
    std::size_t j = pos;
    while (j < t.size() && is_ascii_letter(t[j])) ++j;
    return j - pos;
}

void set_case_flags(const Scanner& sc, Token& tok) {
    std::size_t letters = 0, upper = 0;
    bool first = true;
    for (std::size_t i = tok.begin; i < tok.end;) {
        std::size_t len;
        const char32_t cp = sc.at(i, len);
        if (is_letter(cp)) {
            ++letters;
            if (is_upper(cp)) ++upper;
            if (first) {
                if (is_upper(cp)) tok.flags |= kCapitalized;
                if (is_lower(cp)) tok.flags |= kLower;
                first = false;
            }
        } else if (is_digit(cp)) {
            tok.flags |= kHasDigit;
        }
        i += len ? len : 1;
    }
    if (letters >= 2 && upper == letters) tok.flags |= kAllCaps;
}

}  // namespace

bool is_upper(char32_t cp) noexcept {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;
    if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
    if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
    if (cp == 0x178) return true;
    if (cp >= 0x179 && cp <= 0x17E) return cp % 2 == 1;
    if (cp >= 0x391 && cp <= 0x3A9) return true;
    if (cp >= 0x400 && cp <= 0x42F) return true;
    return false;
}

bool is_lower(char32_t cp) noexcept {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
    if (cp >= 0x100 && cp <= 0x17F) return is_letter(cp) && !is_upper(cp);
    if (cp >= 0x3B1 && cp <= 0x3C9) return true;
    if (cp >= 0x430 && cp <= 0x45F) return true;
    return false;
}

bool is_letter(char32_t cp) noexcept {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp == kReplacementChar) return false;
    if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    if (cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows, boxes
    if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
    if (cp >= 0xFE30 && cp <= 0xFE6F) return false;
    if (cp >= 0xFF00 && cp <= 0xFF20) return false;
    if (cp >= 0x1F000) return false;  // emoji and pictographs
    return true;
}

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> out;
    tokenize(text, out);
    return out;
}

void tokenize(std::string_view text, std::vector<Token>& out) {
    out.clear();
    out.reserve(text.size() / 5 + 8);
    const Scanner sc(text);
    const auto& abbrevs = abbreviations();
    std::size_t i = 0;
    std::uint16_t pending = 0;  // whitespace flags for the next token
    int newlines = 0;
    bool open_single = false;  // an opening ‘ is waiting for its ’

    auto emit = [&](std::size_t b, std::size_t e, TokenKind kind, std::uint16_t flags) {
        Token t{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), kind,
                static_cast<std::uint16_t>(flags | pending)};
        if (kind != TokenKind::punct) set_case_flags(sc, t);
        out.push_back(t);
        pending = 0;
        newlines = 0;
    };
    auto prev_adjacent_word = [&](std::size_t pos) {
        return !out.empty() && out.back().end == pos && out.back().kind != TokenKind::punct;
    };

    while (i < text.size()) {
        std::size_t len;
        const char32_t cp = sc.at(i, len);
        if (is_space_cp(cp)) {
            pending |= kSpaceBefore;
            if (cp == '\n' || (cp == '\r' && sc.at(i + 1) != '\n') || cp == 0x2028 ||
                cp == 0x2029) {
                pending |= kNewlineBefore;
                if (++newlines >= 2 || cp == 0x2029) pending |= kParagraphBefore;
            }
            i += len;
            continue;
        }
        const std::size_t start = i;

        // Contraction "n't" split off "don't", "isn’t": the word scan stopped before the n.
        if ((cp == 'n' || cp == 'N') && prev_adjacent_word(i)) {
            std::size_t alen;
            const char32_t ap = sc.at(i + 1, alen);
            if (is_apostrophe(ap) && (sc.at(i + 1 + alen) | 0x20) == 't' &&
                !sc.word_char(i + 2 + alen)) {
                emit(i, i + 2 + alen, TokenKind::word, kClitic);
                i += 2 + alen;
                continue;
            }
        }

        if (is_letter(cp)) {
            std::size_t j = i;
            std::uint16_t flags = 0;
            for (;;) {
                std::size_t l;
                char32_t c = sc.at(j, l);
                while (l && (is_letter(c) || is_digit(c))) {
                    j += l;
                    c = sc.at(j, l);
                }
                if (l && is_hyphen(c) && sc.word_char(j + l)) {
                    flags |= kHyphenated;
                    j += l;
                    continue;
                }
                if (l && is_apostrophe(c) && is_letter(sc.at(j + l))) {
                    const std::size_t run = ascii_letter_run(text, j + l);
                    const bool word_ends = !sc.word_char(j + l + run);
                    if (word_ends && is_clitic_suffix(text.substr(j + l, run))) break;
                    if (word_ends && run == 1 && (text[j + l] | 0x20) == 't' && j > i &&
                        (text[j - 1] | 0x20) == 'n') {
                        j -= 1;  // "don't" -> "do" + "n't"
                        break;
                    }
                    j += l;  // O'Brien, D’Amato
                    continue;
                }
                if (c == '.') {
                    const std::string_view word = text.substr(i, j - i);
                    const bool single = (j - i) == 1;
                    if (single && is_letter(sc.at(j + 1)) && sc.at(j + 2) == '.') {
                        // Dotted acronym: U.S., U.N., D.C., e.g.
                        j += 1;
                        while (is_letter(sc.at(j)) && sc.at(j + 1) == '.' && !sc.word_char(j + 2)) {
                            j += 2;
                        }
                        flags |= kAbbreviation;
                    } else if ((j - i) == 1 && is_upper(cp)) {
                        j += 1;  // an initial: "J."
                        flags |= kAbbreviation;
                    } else if ((abbrevs.count(word) || all_caps_abbreviation(abbrevs, word)) &&
                               !sc.word_char(j + 1)) {
                        j += 1;
                        flags |= kAbbreviation;
                    }
                }
                break;
            }
            if (j == i) j = i + len;  // defensive: always advance
            emit(i, j, TokenKind::word, flags);
            i = j;
            continue;
        }

        if (is_digit(cp)) {
            std::size_t j = i;
            while (j < text.size() && is_digit(static_cast<unsigned char>(text[j]))) ++j;
            while (j + 1 < text.size() &&
                   (text[j] == ',' || text[j] == '.' || text[j] == ':' || text[j] == '/' ||
                    text[j] == '-') &&
                   is_digit(static_cast<unsigned char>(text[j + 1]))) {
                ++j;
                while (j < text.size() && is_digit(static_cast<unsigned char>(text[j]))) ++j;
            }
            TokenKind kind = TokenKind::number;
            std::uint16_t flags = 0;
            // Ordinals, decades and units: "21st", "1990s", "4pm", "5bn".
            const std::size_t run = ascii_letter_run(text, j);
            if (run > 0 && run <= 2 && !sc.word_char(j + run)) {
                j += run;
            } else if (run == 0 && j < text.size() && is_hyphen(sc.at(j)) &&
                       is_letter(sc.at(j + 1))) {
                // "25-year", "F-16" style compounds are words.
                std::size_t l;
                sc.at(j, l);
                j += l;
                while (sc.word_char(j) || (is_hyphen(sc.at(j)) && sc.word_char(j + 1))) {
                    std::size_t l2;
                    sc.at(j, l2);
                    j += l2;
                }
                kind = TokenKind::word;
                flags |= kHyphenated;
            }
            emit(i, j, kind, flags);
            i = j;
            continue;
        }

        // Punctuation and symbols.
        std::uint16_t flags = 0;
        std::size_t j = i + len;
        if (cp == '.' && text.substr(i, 3) == "...") {
            j = i + 3;
        } else if (cp == '-' && text.substr(i, 2) == "--") {
            j = i + 2;
        } else if (cp == '`' || (cp == '\'' && text.substr(i, 2) == "''")) {
            // ``LaTeX-style quotes'' as some corpora write them.
            if (text.substr(i, 2) == "``" || text.substr(i, 2) == "''") j = i + 2;
            flags |= (cp == '`') ? kOpenQuote : kCloseQuote;
        } else if (cp == 0x201C || cp == 0x201E || cp == 0xAB) {
            flags |= kOpenQuote;
        } else if (cp == 0x201D || cp == 0xBB) {
            flags |= kCloseQuote;
        } else if (cp == 0x2018) {
            flags |= kOpenQuote;
            open_single = true;
        } else if (is_apostrophe(cp)) {
            const std::size_t run = ascii_letter_run(text, j);
            if (prev_adjacent_word(i) && run > 0 && !sc.word_char(j + run) &&
                is_clitic_suffix(text.substr(j, run))) {
                j += run;  // "’s", "’re" ...
                flags |= kClitic;
            } else if (prev_adjacent_word(i) && !open_single && i > 0 &&
                       (text[i - 1] | 0x20) == 's' && !sc.word_char(j)) {
                flags |= kClitic;  // plural possessive: "Americans’ concerns"
            } else if (cp == 0x2019 || prev_adjacent_word(i)) {
                flags |= kCloseQuote;
                open_single = false;
            } else {
                flags |= kOpenQuote;
                open_single = true;
            }
        } else if (cp == '"') {
            const bool after_space =
                i == 0 || (pending & kSpaceBefore) ||
                (!out.empty() && out.back().end == i && out.back().kind == TokenKind::punct &&
                 !out.back().has(kCloseQuote) &&
                 (text[out.back().begin] == '(' || text[out.back().begin] == '['));
            flags |= after_space ? kOpenQuote : kCloseQuote;
        }
        emit(start, j, flags & kClitic ? TokenKind::word : TokenKind::punct, flags);
        i = j;
    }
}

}  // namespace tkg::extract
