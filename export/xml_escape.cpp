#include "tkg/export/xml_escape.hpp"

#include "text.hpp"

namespace tkg::exporters {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// What an ASCII byte becomes, or an empty view when it stays as it is.
std::string_view ascii_escape(unsigned char u, bool one_line) {
    switch (u) {
        case '&':
            return "&amp;";
        case '<':
            return "&lt;";
        case '>':
            return "&gt;";
        case '"':
            return "&quot;";
        case '\'':
            return "&apos;";
        case '\t':
            return one_line ? " " : "&#9;";
        case '\n':
            return one_line ? " " : "&#10;";
        case '\r':
            return one_line ? " " : "&#13;";
        default:
            if (u < 0x20 || u == 0x7F) return one_line ? " " : kReplacement;
            return {};
    }
}

// Escapes `text` into `out`. Runs of bytes that stay as they are (most of any text) are copied
// in one piece. `one_line`: every control character becomes a space instead.
void append_escaped(std::string& out, std::string_view text, bool one_line) {
    std::size_t kept = 0;  // start of the run not yet copied
    for (std::size_t i = 0; i < text.size();) {
        const auto u = static_cast<unsigned char>(text[i]);
        std::string_view with;
        std::size_t n = 1;
        if (u < 0x80) {
            with = ascii_escape(u, one_line);
        } else {
            char32_t cp = 0;
            n = decode_utf8(text, i, cp);
            // XML 1.0 forbids U+FFFE, U+FFFF; the C1 controls are allowed but discouraged.
            if (n == 0) {
                with = kReplacement;
                n = 1;
            } else if (cp >= 0x80 && cp < 0xA0) {
                with = one_line ? " " : kReplacement;
            } else if (cp == 0xFFFE || cp == 0xFFFF) {
                with = kReplacement;
            }
        }
        if (!with.empty()) {
            out.append(text, kept, i - kept);
            out += with;
            kept = i + n;
        }
        i += n;
    }
    out.append(text, kept, text.size() - kept);
}

}  // namespace

void append_xml_escaped(std::string& out, std::string_view text) {
    append_escaped(out, text, false);
}

void append_xml_escaped_line(std::string& out, std::string_view text) {
    append_escaped(out, text, true);
}

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    append_xml_escaped(out, text);
    return out;
}

std::string xml_nmtoken(std::string_view id) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(id.size() + 4);
    for (const char c : id) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
            c == '.' || c == '-' || c == ':') {
            out += c;
        } else {
            out += '_';
            out += kHex[u >> 4];
            out += kHex[u & 15];
        }
    }
    if (out.empty()) out.push_back('_');  // not `out = "_"`: GCC 12 -Wrestrict false positive
    return out;
}

}  // namespace tkg::exporters
