#include "tkg/export/xml_escape.hpp"

#include "text.hpp"

namespace tkg::exporters {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

void append_xml_escaped(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x80) {
            switch (c) {
                case '&':
                    out += "&amp;";
                    break;
                case '<':
                    out += "&lt;";
                    break;
                case '>':
                    out += "&gt;";
                    break;
                case '"':
                    out += "&quot;";
                    break;
                case '\'':
                    out += "&apos;";
                    break;
                case '\t':
                    out += "&#9;";
                    break;
                case '\n':
                    out += "&#10;";
                    break;
                case '\r':
                    out += "&#13;";
                    break;
                default:
                    if (u < 0x20 || u == 0x7F)
                        out += kReplacement;
                    else
                        out += c;
            }
            ++i;
            continue;
        }
        char32_t cp = 0;
        const std::size_t n = decode_utf8(text, i, cp);
        // XML 1.0 forbids U+FFFE, U+FFFF; the C1 controls are allowed but discouraged.
        const bool allowed = !(cp == 0xFFFE || cp == 0xFFFF || (cp >= 0x80 && cp < 0xA0));
        if (n == 0) {
            out += kReplacement;
            ++i;
        } else if (!allowed) {
            out += kReplacement;
            i += n;
        } else {
            out.append(text, i, n);
            i += n;
        }
    }
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
