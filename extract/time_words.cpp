#include "time_words.hpp"

#include <array>
#include <charconv>

#include "tkg/extract/data.hpp"
#include "tkg/extract/word_classes.hpp"

namespace tkg::extract {
namespace {

constexpr std::array<std::pair<std::string_view, TimeClass>, 12> kClasses = {{
    {"month", TimeClass::month},
    {"weekday", TimeClass::weekday},
    {"season", TimeClass::season},
    {"partofday", TimeClass::partofday},
    {"unit", TimeClass::unit},
    {"number", TimeClass::number},
    {"ordinal", TimeClass::ordinal},
    {"relative", TimeClass::relative},
    {"modifier", TimeClass::modifier},
    {"ref", TimeClass::ref},
    {"day", TimeClass::day},
    {"set", TimeClass::set},
}};

}  // namespace

const TimeWords& TimeWords::builtin() {
    static const TimeWords instance;
    return instance;
}

TimeWords::TimeWords() {
    for (const auto line : data::word_list("time_words.tsv")) {
        const auto t1 = line.find('\t');
        const auto t2 = line.find('\t', t1 + 1);
        if (t1 == std::string_view::npos || t2 == std::string_view::npos) continue;
        const auto cls_name = line.substr(t1 + 1, t2 - t1 - 1);
        for (const auto& [name, cls] : kClasses) {
            if (name != cls_name) continue;
            TimeWord w{cls, std::string(line.substr(t2 + 1)), 0};
            std::from_chars(w.value.data(), w.value.data() + w.value.size(), w.number);
            words_[std::string(line.substr(0, t1))].push_back(std::move(w));
        }
    }
}

const TimeWord* TimeWords::find(std::string_view word, TimeClass cls) const {
    thread_local std::string buf;
    std::string_view k = lookup_key(word, buf);
    if (k.size() > 1 && k.back() == '.') k.remove_suffix(1);
    const auto* all = readings(k);
    if (!all) return nullptr;
    for (const TimeWord& w : *all)
        if (w.cls == cls) return &w;
    return nullptr;
}

const std::vector<TimeWord>* TimeWords::readings(std::string_view key) const {
    const auto it = words_.find(key);
    return it == words_.end() ? nullptr : &it->second;
}

}  // namespace tkg::extract
