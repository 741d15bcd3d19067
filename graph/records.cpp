#include "tkg/graph/records.hpp"

#include <algorithm>

#include <array>

namespace tkg::graph {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> parse_enum(const std::array<std::string_view, N>& names, std::string_view s) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == s) return static_cast<Enum>(i);
    return std::nullopt;
}

constexpr std::array<std::string_view, 4> kActorTypes = {"PERSON", "ORG", "LOC", "GROUP"};
constexpr std::array<std::string_view, 2> kPolarities = {"positive", "negative"};
constexpr std::array<std::string_view, 5> kModalities = {"asserted", "reported", "hypothetical",
                                                         "planned", "demanded"};
constexpr std::array<std::string_view, 4> kDateSources = {"none", "timex", "article", "inferred"};

}  // namespace

std::string_view to_string(ActorType t) { return kActorTypes[static_cast<std::size_t>(t)]; }
std::string_view to_string(Polarity p) { return kPolarities[static_cast<std::size_t>(p)]; }
std::string_view to_string(Modality m) { return kModalities[static_cast<std::size_t>(m)]; }
std::string_view to_string(DateSource s) { return kDateSources[static_cast<std::size_t>(s)]; }

std::optional<ActorType> parse_actor_type(std::string_view s) {
    return parse_enum<ActorType>(kActorTypes, s);
}
std::optional<Polarity> parse_polarity(std::string_view s) {
    return parse_enum<Polarity>(kPolarities, s);
}
std::optional<Modality> parse_modality(std::string_view s) {
    return parse_enum<Modality>(kModalities, s);
}
std::optional<DateSource> parse_date_source(std::string_view s) {
    return parse_enum<DateSource>(kDateSources, s);
}

std::vector<std::string_view> anchor_types(std::string_view wanted) {
    // A war is reported through its attacks and the attacks through the war.
    if (wanted == "war") return {"war", "attack"};
    if (wanted == "attack") return {"attack", "war"};
    return {wanted};
}

bool anchor_matches(std::string_view wanted, std::string_view type) {
    const auto types = anchor_types(wanted);
    return std::find(types.begin(), types.end(), type) != types.end();
}

bool symmetric_event_type(std::string_view type) {
    static constexpr std::array<std::string_view, 9> kTypes = {
        "meet",           "negotiate",
        "fight",          "war",
        "cooperate",      "military cooperation",
        "sign agreement", "exchange prisoners",
        "ceasefire"};
    return std::find(kTypes.begin(), kTypes.end(), type) != kTypes.end();
}

std::string slugify(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    bool dash = false;
    for (const char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (c >= 'A' && c <= 'Z') {
            if (dash && !out.empty()) out += '-';
            dash = false;
            out += static_cast<char>(c - 'A' + 'a');
        } else if (keep) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            out += ch;
        } else if (c == '\'') {
            // "Biden's" -> "bidens": an apostrophe joins, it does not separate.
        } else {
            dash = true;
        }
    }
    return out;
}

}  // namespace tkg::graph
