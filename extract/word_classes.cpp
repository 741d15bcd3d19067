#include "tkg/extract/word_classes.hpp"

#include <array>
#include <utility>

#include "tkg/extract/data.hpp"

namespace tkg::extract {
namespace {

constexpr std::array<std::pair<std::string_view, WordClass>, 16> kNames = {{
    {"det", WordClass::det},
    {"pron_subj", WordClass::pron_subj},
    {"pron_obj", WordClass::pron_obj},
    {"pron_poss", WordClass::pron_poss},
    {"pron_refl", WordClass::pron_refl},
    {"pron_other", WordClass::pron_other},
    {"prep", WordClass::prep},
    {"conj", WordClass::conj},
    {"sconj", WordClass::sconj},
    {"adv", WordClass::adv},
    {"aux", WordClass::aux},
    {"modal", WordClass::modal},
    {"neg", WordClass::neg},
    {"wh", WordClass::wh},
    {"quant", WordClass::quant},
    {"num", WordClass::num},
}};

}  // namespace

std::size_t append_lookup_key(std::string_view text, std::string& out) {
    // Written through a pointer into space made once: appending byte by byte was a tenth of
    // tokenizing's cost.
    const std::size_t start = out.size();
    out.resize(start + text.size());
    char* o = out.data() + start;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= 'A' && c <= 'Z') {
            *o++ = static_cast<char>(c + ('a' - 'A'));
        } else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
                   (text[i + 2] == '\x99' || text[i + 2] == '\x98')) {
            *o++ = '\'';  // ’ or ‘
            i += 2;
        } else {
            *o++ = c;
        }
    }
    const std::size_t n = static_cast<std::size_t>(o - (out.data() + start));
    out.resize(start + n);
    return n;
}

std::string_view lookup_key(std::string_view text, std::string& buf) {
    buf.clear();
    append_lookup_key(text, buf);
    return buf;
}

WordClasses::WordClasses() {
    for (const auto line : data::word_list("closed_class.tsv")) {
        const auto tab = line.find('\t');
        if (tab == std::string_view::npos) continue;
        const auto word = line.substr(0, tab), cls = line.substr(tab + 1);
        for (const auto& [name, value] : kNames)
            if (name == cls) map_[std::string(word)] |= static_cast<std::uint16_t>(value);
    }
}

const WordClasses& WordClasses::builtin() {
    static const WordClasses instance;
    return instance;
}

std::uint16_t WordClasses::classes(std::string_view text) const {
    thread_local std::string buf;
    return classes_of_key(lookup_key(text, buf));
}

std::uint16_t WordClasses::classes_of_key(std::string_view key) const {
    const auto it = map_.find(key);
    return it == map_.end() ? 0 : it->second;
}

}  // namespace tkg::extract
