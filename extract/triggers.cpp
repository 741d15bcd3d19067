#include "triggers.hpp"

#include <algorithm>
#include <map>

#include "tkg/extract/data.hpp"

namespace tkg::extract {
namespace {

std::vector<std::string_view> fields(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (;;) {
        const auto tab = line.find('\t', start);
        out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
        if (tab == std::string_view::npos) return out;
        start = tab + 1;
    }
}

std::vector<std::string> commas(std::string_view s) {
    std::vector<std::string> out;
    if (s.empty() || s == "-") return out;
    std::size_t start = 0;
    for (;;) {
        const auto c = s.find(',', start);
        out.emplace_back(s.substr(start, c == std::string_view::npos ? c : c - start));
        if (c == std::string_view::npos) return out;
        start = c + 1;
    }
}

}  // namespace

const TriggerLexicon& TriggerLexicon::builtin() {
    static const TriggerLexicon instance;
    return instance;
}

TriggerLexicon::TriggerLexicon() {
    // Surface form -> its readings, gathered first so that "attack" (noun and verb) or
    // "protest" keep every reading.
    std::map<std::string, std::vector<TriggerInfo>> surfaces;
    std::vector<std::string> order;
    auto add = [&](const std::string& surface, TriggerInfo info) {
        auto [it, fresh] = surfaces.try_emplace(surface);
        if (fresh) order.push_back(surface);
        if (std::find(it->second.begin(), it->second.end(), info) == it->second.end())
            it->second.push_back(std::move(info));
    };
    for (const auto line : data::word_list("triggers.tsv")) {
        const auto f = fields(line);
        if (f.size() < 7) continue;
        TriggerInfo info;
        info.noun = f[1] == "noun";
        info.type = f[2] == "-" ? "" : std::string(f[2]);
        info.cameo = f[3] == "-" ? "" : std::string(f[3]);
        info.relation = f[4] == "-" ? "" : std::string(f[4]);
        for (const auto& flag : commas(f[5])) {
            if (flag == "obj") info.flags |= kObject;
            if (flag == "speech") info.flags |= kSpeech;
            if (flag == "demand") info.flags |= kDemand;
            if (flag == "light") info.flags |= kLight;
            if (flag == "receive") info.flags |= kReceive;
            if (flag == "needobj") info.flags |= kNeedObject;
            if (flag == "noobj") info.flags |= kNoObject;
            if (flag == "stop") info.flags |= kStop;
            if (flag == "needto") info.flags |= kNeedTo;
            if (flag == "needlight") info.flags |= kNeedLight;
            if (flag == "avert") info.flags |= kAvert;
            if (flag == "repel") info.flags |= kRepel;
            if (flag == "armed") info.flags |= kArmed;
            if (flag == "forces") info.flags |= kArmed | kForces;
            if (flag.starts_with("then=")) {
                for (std::size_t b = 5; b <= flag.size();) {
                    const auto slash = std::min(flag.find('/', b), flag.size());
                    info.complement.push_back(flag.substr(b, slash - b));
                    b = slash + 1;
                }
            }
        }
        for (const auto& p : commas(f[6])) {
            if (p == "between")
                info.between = true;
            else if (p.ends_with(">source"))
                info.source_preps.push_back(p.substr(0, p.find('>')));
            else
                info.target_preps.push_back(p);
        }
        const std::string lemma(f[0]);
        if (info.noun) {
            add(lemma, info);
            continue;
        }
        // A verb phrase inflects its first word: "call for" -> "called for", "calling for".
        const auto space = lemma.find(' ');
        const std::string head = lemma.substr(0, space);
        const std::string rest = space == std::string::npos ? "" : lemma.substr(space);
        for (const auto& [form, kind] : Verbs::builtin().forms(head)) {
            TriggerInfo v = info;
            v.form = kind;
            add(form + rest, v);
        }
    }
    for (const auto& surface : order) table_.add(surface, surfaces[surface], false);

    for (const auto line : data::word_list("demand_codes.tsv")) {
        const auto f = fields(line);
        if (f.size() < 3) continue;
        refine_keys_.emplace_back(std::string(f[0]), std::string(f[1]));
        refine_codes_.emplace_back(f[2]);
    }
}

std::string TriggerLexicon::refined_code(std::string_view asker, std::string_view object) const {
    for (std::size_t k = 0; k < refine_keys_.size(); ++k)
        if (refine_keys_[k].first == asker && refine_keys_[k].second == object)
            return refine_codes_[k];
    return {};
}

}  // namespace tkg::extract
