#include <doctest/doctest.h>

#include <cctype>
#include <fstream>
#include <sstream>

#include "tkg/export/cameo.hpp"

using namespace tkg::exporters;

TEST_CASE("CAMEO codebook facts: Goldstein score and quad class, parents for unlisted codes") {
    REQUIRE(cameo_event("040"));
    CHECK(cameo_event("040")->goldstein == "1.0");
    CHECK(cameo_event("040")->quad_class == 1);
    CHECK(cameo_event("190")->goldstein == "-10.0");
    CHECK(cameo_event("190")->quad_class == 4);
    CHECK(cameo_event("0256")->code == "0256");
    CHECK(cameo_event("0259")->code == "025");  // not in CAMEO: its parent
    CHECK(cameo_event("99") == nullptr);
    CHECK(cameo_event("") == nullptr);
    CHECK(cameo_root("0256") == "02");
    CHECK(cameo_root("x1").empty());
}

TEST_CASE("every CAMEO code the event triggers use has its codebook facts") {
    std::ifstream in(std::string(TKG_SOURCE_DIR) + "/extract/data/triggers.tsv");
    REQUIRE(in.good());
    int codes = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string word, part_of_speech, type, code;  // the trigger table's first columns
        std::getline(fields, word, '\t');
        std::getline(fields, part_of_speech, '\t');
        std::getline(fields, type, '\t');
        std::getline(fields, code, '\t');
        if (code.empty() || code == "cameo" || !std::isdigit(static_cast<unsigned char>(code[0])))
            continue;
        ++codes;
        const CameoEvent* c = cameo_event(code);
        REQUIRE_MESSAGE(c, "no codebook entry for " << code);
        CHECK_MESSAGE(c->code == code, code << " resolved only to " << c->code);
        CHECK(c->quad_class >= 1);
        CHECK(c->quad_class <= 4);
    }
    CHECK(codes > 50);
}
