#include "tkg/export/xml_escape.hpp"

namespace tkg::exporters {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Byte length of the UTF-8 sequence at `i` (0 when malformed); `allowed` tells whether XML 1.0
// accepts the character.
std::size_t utf8_length(std::string_view s, std::size_t i, bool& allowed) {
    allowed = false;
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t n;
    char32_t cp;
    if ((b & 0xE0) == 0xC0) {
        n = 2;
        cp = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
        n = 3;
        cp = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
        n = 4;
        cp = b & 0x07;
    } else
        return 0;
    if (i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k) {
        const auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (c & 0x3F);
    }
    const char32_t min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    allowed = !(cp == 0xFFFE || cp == 0xFFFF || (cp >= 0x80 && cp < 0xA0));
    return n;
}

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
        bool allowed = false;
        const std::size_t n = utf8_length(text, i, allowed);
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
