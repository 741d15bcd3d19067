#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "tkg/error.hpp"
#include "tkg/extract/lexicon.hpp"

using namespace tkg::extract;

namespace {

std::optional<std::string> match_at(const Lexicon& lex, const std::string& text, std::size_t i,
                                    std::uint32_t* length = nullptr) {
    const auto toks = tokenize(text);
    const auto m = lex.match(text, toks, i, toks.size());
    if (!m) return std::nullopt;
    if (length) *length = m->length;
    return lex.entry(m->entry).id;
}

}  // namespace

TEST_CASE("the built-in lexicon knows countries, demonyms, institutions and people") {
    Lexicon lex = Lexicon::builtin();
    lex.compile();
    std::uint32_t len = 0;
    CHECK(match_at(lex, "the White House said", 1, &len) == "white-house");
    CHECK(len == 2);
    CHECK(match_at(lex, "aid to the U.S. now", 3) == "united-states");
    CHECK(match_at(lex, "National Security Council officials", 0, &len) ==
          "national-security-council");
    CHECK(len == 3);
    CHECK(match_at(lex, "Secretary Antony Blinken said", 1) == "antony-blinken");
    const auto israel = lex.country_of_demonym("Israeli");
    REQUIRE(israel);
    CHECK(lex.entry(*israel).id == "israel");
    CHECK(lex.entry(*lex.country_by_code("PSE")).id == "palestine");
    // Capitalized alias words must be capitalized in the text.
    CHECK_FALSE(match_at(lex, "the white house on the hill", 1));
}

TEST_CASE("places of different countries sharing a name are namesakes, the first by default") {
    Lexicon lex = Lexicon::builtin();
    lex.compile();
    const auto ids = [&](std::string_view key) {
        std::vector<std::string> out;
        for (const std::uint32_t i : lex.namesakes(key)) out.push_back(lex.entry(i).id);
        return out;
    };
    CHECK(ids("tripoli") == std::vector<std::string>{"tripoli-libya", "tripoli-lebanon"});
    CHECK(ids("georgia") == std::vector<std::string>{"georgia", "georgia-us"});
    CHECK(ids("congo") == std::vector<std::string>{"dr-congo", "congo"});
    CHECK(match_at(lex, "fighting in Congo", 2) == "dr-congo");
    // A name of one country's places only ("New York" the city and the state), or of one
    // place, has none.
    CHECK(lex.namesakes("new york").empty());
    CHECK(lex.namesakes("paris").empty());
    CHECK(lex.namesakes("republic of congo").empty());
}

TEST_CASE("seats of government stand for what is governed from them") {
    Lexicon lex = Lexicon::builtin();
    const auto id = [&](std::string_view place) {
        const auto g = lex.governed_from(place);
        return g ? lex.entry(*g).id : std::string();
    };
    CHECK(id("moscow") == "russia");
    CHECK(id("washington") == "united-states");
    CHECK(id("tripoli-libya") == "libya");
    CHECK(id("brussels") == "european-union");
    // Namesakes, states, countries, other cities and territories' capitals are no seats.
    CHECK(id("tripoli-lebanon").empty());
    CHECK(id("washington-state").empty());
    CHECK(id("new-york").empty());
    CHECK(id("russia").empty());
    CHECK(id("hamilton").empty());
    // A user entry of the city's id replaces it.
    LexiconEntry club;
    club.id = "moscow";
    club.name = "Moscow Club";
    club.type = tkg::graph::ActorType::org;
    club.kind = EntryKind::organization;
    lex.add(std::move(club));
    CHECK(id("moscow").empty());
}

TEST_CASE("role holders on a date come from the people lexicon") {
    Lexicon lex = Lexicon::builtin();
    lex.compile();
    const auto day = date::sys_days{date::year{2023} / 11 / 12};
    const auto presidents = lex.holders("president", "united-states", day);
    REQUIRE(presidents.size() == 1);
    CHECK(lex.entry(presidents[0]).id == "joe-biden");
    const auto earlier =
        lex.holders("President", "united-states", date::sys_days{date::year{2019} / 6 / 1});
    REQUIRE(earlier.size() == 1);
    CHECK(lex.entry(earlier[0]).id == "donald-trump");
}

TEST_CASE("historical office holders: one at a time, found by the date of the news") {
    Lexicon lex = Lexicon::builtin();
    lex.compile();
    auto on = [](int y, unsigned m, unsigned d) {
        return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
    };
    const auto french = lex.holders("president", "france", on(1990, 3, 1));
    REQUIRE(french.size() == 1);
    CHECK(lex.entry(french[0]).id == "francois-mitterrand");
    const auto british = lex.holders("prime minister", "united-kingdom", on(1985, 6, 1));
    REQUIRE(british.size() == 1);
    CHECK(lex.entry(british[0]).id == "margaret-thatcher");
    // Overlapping dates in the lexicon would make "the president" ambiguous: from 1977 on,
    // each of these offices has one holder at a time, two only on a handover day (so never
    // on two days running).
    const std::pair<const char*, const char*> offices[] = {
        {"president", "united-states"}, {"president", "france"},
        {"chancellor", "germany"},      {"prime minister", "united-kingdom"},
        {"president", "russia"},        {"prime minister", "israel"}};
    for (const auto& [title, org] : offices)
        for (int y = 1977; y <= 2025; ++y)
            for (unsigned m = 1; m <= 12; ++m) {
                INFO(std::string(title), " of ", std::string(org), " in ", y, "-", m);
                const auto a = lex.holders(title, org, on(y, m, 10));
                const auto b = lex.holders(title, org, on(y, m, 11));
                CHECK((a.size() <= 1 || b.size() <= 1));
            }
}

TEST_CASE("a user lexicon adds and overrides actors; bad lines name file and line") {
    const auto dir = std::filesystem::temp_directory_path() / "tkg-lexicon-test";
    std::filesystem::create_directories(dir);
    const auto tsv = dir / "mine.tsv";
    std::ofstream(tsv) << "id\ttype\tname\taliases\tcountry\tsector\troles\tgender\n"
                          "# comment\n"
                          "acme-news\tORG\tAcme Newswire\tAcme|ANW\tUSA\tMED\t\t\n"
                          "jane-roe\tPERSON\tJane Roe\tRoe\tUSA\tGOV\t"
                          "Mayor@springfield:2020..2024-06\tf\n";
    Lexicon lex;
    lex.load_file(tsv);
    lex.compile();
    CHECK(match_at(lex, "the ANW reported", 1) == "acme-news");
    const LexiconEntry& jane = lex.entry(*lex.find("jane-roe"));
    REQUIRE(jane.roles.size() == 1);
    CHECK(jane.roles[0].title == "Mayor");
    CHECK(jane.roles[0].from->to_string() == "2020");
    CHECK(jane.roles[0].to->to_string() == "2024-06");
    CHECK(jane.gender == 'f');

    const auto jsonl = dir / "mine.jsonl";
    std::ofstream(jsonl)
        << "{\"id\": \"jane-roe\", \"type\": \"PERSON\", \"name\": \"Jane Q. Roe\", "
           "\"aliases\": [\"JQR\"]}\n";
    lex.load_file(jsonl);
    lex.compile();
    CHECK(lex.entry(*lex.find("jane-roe")).name == "Jane Q. Roe");
    CHECK(match_at(lex, "JQR spoke", 0) == "jane-roe");

    const auto bad = dir / "bad.tsv";
    std::ofstream(bad) << "x\tALIEN\tX\n";
    CHECK_THROWS_WITH_AS(lex.load_file(bad), doctest::Contains("bad.tsv:1"), tkg::InputError);
    std::filesystem::remove_all(dir);
}

TEST_CASE("parse_roles") {
    std::string error;
    const auto roles = parse_roles("President@united-states:2021-01-20..;Senator@senate", error);
    REQUIRE(roles);
    REQUIRE(roles->size() == 2);
    CHECK((*roles)[0].org == "united-states");
    CHECK((*roles)[0].from->to_string() == "2021-01-20");
    CHECK_FALSE((*roles)[0].to);
    CHECK((*roles)[1].title == "Senator");
    CHECK_FALSE(parse_roles("@x", error));
    CHECK_FALSE(parse_roles("Mayor@x:20..", error));
}
