#include <doctest/doctest.h>

#include "tkg/export/xml_escape.hpp"

using tkg::exporters::xml_escape;

TEST_CASE("xml_escape makes any text safe for XML 1.0") {
    CHECK(xml_escape("A & B <c> \"d\" 'e'") == "A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;");
    CHECK(xml_escape("tab\there\nnl") == "tab&#9;here&#10;nl");
    CHECK(xml_escape(std::string("nul\0x", 5)) == "nul\xEF\xBF\xBDx");
    CHECK(xml_escape("bad \xff byte") == "bad \xEF\xBF\xBD byte");
    CHECK(xml_escape("emoji 🙂 and שלום") == "emoji 🙂 and שלום");
    CHECK(xml_escape("\xEF\xBF\xBE") == "\xEF\xBF\xBD");  // U+FFFE is not an XML character
}

TEST_CASE("xml_nmtoken keeps readable ids and escapes the rest one to one") {
    using tkg::exporters::xml_nmtoken;
    CHECK(xml_nmtoken("actor:joe-biden") == "actor:joe-biden");
    CHECK(xml_nmtoken("event:a1#e3") == "event:a1_23e3");
    CHECK(xml_nmtoken("a_b") == "a_5Fb");
    CHECK(xml_nmtoken("a b&c") == "a_20b_26c");
    CHECK(xml_nmtoken("") == "_");
    CHECK(xml_nmtoken("a_23") != xml_nmtoken("a#"));
}
