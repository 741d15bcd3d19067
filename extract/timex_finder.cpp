#include <array>

#include "stages.hpp"

namespace tkg::extract {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

int month_of(std::string_view w) {
    std::string buf;
    std::string_view k = lookup_key(w, buf);
    if (!k.empty() && k.back() == '.') k.remove_suffix(1);
    for (std::size_t m = 0; m < kMonths.size(); ++m)
        if (k == kMonths[m] ||
            (k.size() >= 3 && kMonths[m].substr(0, k.size()) == k && k.size() <= 4 && k != "ma"))
            return static_cast<int>(m) + 1;
    return 0;
}

int number_of(std::string_view w) {
    int v = 0;
    if (w.empty() || w.size() > 4) return -1;
    for (char c : w) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

std::string two(unsigned v) { return (v < 10 ? "0" : "") + std::to_string(v); }

}  // namespace

// A first version: "Oct. 7", "November 12, 2023", "November 2020" and four-digit years.
void TimexFinder::find(Document& doc, Extraction& out) const {
    const auto n = doc.tokens.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Token& t = doc.tokens[i];
        const int month = t.has(kCapitalized) ? month_of(doc.word(i)) : 0;
        std::size_t end = i;
        std::string value;
        if (month && (month != 5 || (i + 1 < n && number_of(doc.word(i + 1)) > 0))) {
            int day = i + 1 < n ? number_of(doc.word(i + 1)) : -1;
            int year = -1;
            end = i + 1;
            if (day >= 1 && day <= 31) {
                end = i + 2;
                if (end + 1 < n && doc.word(end) == "," && number_of(doc.word(end + 1)) >= 1000) {
                    year = number_of(doc.word(end + 1));
                    end += 2;
                }
            } else if (day >= 1000) {
                year = day;
                day = -1;
                end = i + 2;
            } else {
                day = -1;
            }
            if (year < 0 && doc.date) {
                year = static_cast<int>(doc.date->year());
                if (static_cast<unsigned>(doc.date->month()) < static_cast<unsigned>(month)) --year;
            }
            value = (year < 0 ? std::string("XXXX") : std::to_string(year)) + "-" +
                    two(static_cast<unsigned>(month)) +
                    (day > 0 ? "-" + two(static_cast<unsigned>(day)) : "");
        } else if (t.kind == TokenKind::number && number_of(doc.word(i)) >= 1900 &&
                   number_of(doc.word(i)) <= 2100 && i > 0 &&
                   (doc.is_word(i - 1, "in") || doc.is_word(i - 1, "the") ||
                    doc.is_word(i - 1, "since"))) {
            value = std::string(doc.word(i));
            end = i + 1;
        }
        if (value.empty()) continue;
        const auto index = static_cast<std::int32_t>(out.timexes.size());
        out.timexes.push_back(Timex{
            {t.begin, doc.tokens[end - 1].end}, TimexType::date, value, {}, doc.sentence_of[i]});
        for (std::size_t k = i; k < end; ++k) doc.timex_at[k] = index;
        i = end - 1;
    }
}

}  // namespace tkg::extract
