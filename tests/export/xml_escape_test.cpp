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

TEST_CASE("append_xml_escaped_line puts any text on one line, escaped, after what it is given") {
    auto line = [](std::string_view text) {
        std::string out = "x=";
        tkg::exporters::append_xml_escaped_line(out, text);
        return out;
    };
    CHECK(line("plain text, kept as it is") == "x=plain text, kept as it is");
    CHECK(line("tab\there\r\nnl") == "x=tab here  nl");
    CHECK(line(std::string("nul\0x\x7f", 6)) == "x=nul x ");
    CHECK(line("C1 \xC2\x85 control") == "x=C1   control");  // U+0085, a newline in Unicode
    CHECK(line("A & <b> \"c\" 'd'") == "x=A &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;");
    CHECK(line("cut \xE2\x82") == "x=cut \xEF\xBF\xBD\xEF\xBF\xBD");  // each bad byte
    CHECK(line("\xEF\xBF\xBF end") == "x=\xEF\xBF\xBD end");          // U+FFFF
    CHECK(line("emoji 🙂 שלום") == "x=emoji 🙂 שלום");
    CHECK(line("") == "x=");
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
