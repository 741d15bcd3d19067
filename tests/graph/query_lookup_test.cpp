#include "tkg/graph/query_lookup.hpp"

#include <doctest/doctest.h>

#include "extract/extract_helpers.hpp"
#include "graph/query_fixture.hpp"

using namespace tkg::graph;
using tkg::test::ids;
using tkg::test::query_world;

namespace {

// "found:id", "ambiguous:id,id" or "not_found:id,id" (the near matches).
std::string answer(const ActorLookup& lookup, std::string_view name) {
    const ActorMatch m = lookup.find(name);
    std::string out = m.status == ActorMatch::found       ? "found:"
                      : m.status == ActorMatch::ambiguous ? "ambiguous:"
                                                          : "not_found:";
    const auto list = ids(m.actors);
    for (std::size_t i = 0; i < list.size(); ++i) out += (i ? "," : "") + list[i];
    return out;
}

}  // namespace

TEST_CASE("name keys ignore case, punctuation, spacing and a leading 'the'") {
    CHECK(name_key("  Joe   BIDEN. ") == "joe biden");
    CHECK(name_key("the U.S.") == "us");
    CHECK(name_key("Biden's") == "bidens");
    CHECK(name_key("Biden\xE2\x80\x99s") == "bidens");
    CHECK(name_key("Abercrombie-Winstanley") == "abercrombie winstanley");
    CHECK(name_key("The White House") == "white house");
    CHECK(name_key("Théo Lévy") == "th\xC3\xA9o l\xC3\xA9vy");
    CHECK(name_key("...") == "");
}

TEST_CASE("ids, names and aliases resolve in any case") {
    const ActorLookup lookup(query_world());
    CHECK(answer(lookup, "joe-biden") == "found:joe-biden");
    CHECK(answer(lookup, "actor:joe-biden") == "found:joe-biden");
    CHECK(answer(lookup, "Joe Biden") == "found:joe-biden");
    CHECK(answer(lookup, "joe  biden.") == "found:joe-biden");
    CHECK(answer(lookup, "biden") == "found:joe-biden");
    CHECK(answer(lookup, "BIDEN") == "found:joe-biden");
    CHECK(answer(lookup, "President Joe Biden") == "found:joe-biden");
    CHECK(answer(lookup, "the White House") == "found:white-house");
    CHECK(answer(lookup, "white house") == "found:white-house");
}

TEST_CASE("a title the graph knows may precede a name") {
    const ActorLookup lookup(query_world());
    CHECK(answer(lookup, "President Biden") == "found:joe-biden");
    CHECK(answer(lookup, "Secretary of State Blinken") == "found:antony-blinken");
    CHECK(answer(lookup, "Senator Warren") == "found:elizabeth-warren");
    // Neither Miller holds the title, so the title cannot choose between them.
    CHECK(answer(lookup, "Prime Minister Miller") == "ambiguous:aaron-miller,stephen-miller");
    // A title alone is not a name.
    CHECK(answer(lookup, "Senator").starts_with("not_found"));
}

TEST_CASE("a surname or a whole word finds the one actor it fits") {
    const ActorLookup lookup(query_world());
    CHECK(answer(lookup, "Kirby") == "found:john-kirby");
    CHECK(answer(lookup, "netanyahu") == "found:benjamin-netanyahu");
    CHECK(answer(lookup, "electoral") == "found:electoral-college");
    CHECK(answer(lookup, "Benjamin") == "found:benjamin-netanyahu");
}

TEST_CASE("an ambiguous name gives every candidate") {
    const ActorLookup lookup(query_world());
    CHECK(answer(lookup, "Miller") == "ambiguous:aaron-miller,stephen-miller");
    CHECK(answer(lookup, "Arab") == "ambiguous:arab-americans,arab-groups");
}

TEST_CASE("candidates come most mentioned first") {
    TimelineGraph g;
    auto person = [](const char* id, const char* name, std::uint32_t mentions) {
        ActorRecord a;
        a.id = id;
        a.name = name;
        a.mentions = mentions;
        return a;
    };
    ArticleRecord a1, a2;
    a1.id = "a1";
    a1.actors = {person("john-smith", "John Smith", 1), person("jane-smith", "Jane Smith", 1)};
    a2.id = "a2";
    a2.actors = {person("jane-smith", "Jane Smith", 4)};
    g.add(a1);
    g.add(a2);
    const ActorLookup lookup(g);
    const ActorMatch m = lookup.find("smith");
    CHECK(m.status == ActorMatch::ambiguous);
    REQUIRE(m.actors.size() == 2);
    CHECK(g.actor(m.actors[0]).id == "jane-smith");
    CHECK(g.actor(m.actors[1]).id == "john-smith");
}

TEST_CASE("an unknown name gives near matches by whole name or word") {
    const ActorLookup lookup(query_world());
    CHECK(answer(lookup, "Bidn") == "not_found:joe-biden");
    CHECK(answer(lookup, "Joe Bidn") == "not_found:joe-biden");
    CHECK(answer(lookup, "Antony Blinkin") == "not_found:antony-blinken");
    CHECK(answer(lookup, "Millar") == "not_found:aaron-miller,stephen-miller");
    CHECK(answer(lookup, "Zzyzx") == "not_found:");
    CHECK(answer(lookup, "") == "not_found:");
}
