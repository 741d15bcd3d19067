#include "tkg/extract/utf8.hpp"

namespace tkg::extract {

char32_t decode_utf8(std::string_view s, std::size_t pos, std::size_t& length) {
    const auto b0 = static_cast<unsigned char>(s[pos]);
    length = 1;
    if (b0 < 0x80) return b0;
    std::size_t n;
    char32_t cp;
    char32_t min;
    if ((b0 & 0xE0) == 0xC0) {
        n = 2;
        cp = b0 & 0x1F;
        min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        n = 3;
        cp = b0 & 0x0F;
        min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        n = 4;
        cp = b0 & 0x07;
        min = 0x10000;
    } else
        return kReplacementChar;
    if (pos + n > s.size()) return kReplacementChar;
    for (std::size_t i = 1; i < n; ++i) {
        const auto b = static_cast<unsigned char>(s[pos + i]);
        if ((b & 0xC0) != 0x80) return kReplacementChar;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return kReplacementChar;
    length = n;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

SanitizeReport sanitize_utf8(std::string& text) {
    SanitizeReport report;
    // Fast path: most articles are clean ASCII/UTF-8 and are left untouched.
    std::size_t i = 0;
    for (; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) break;
    }
    if (i == text.size()) return report;

    std::string out;
    out.reserve(text.size() + 16);
    out.append(text, 0, i);
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                out += ' ';
                ++report.controls;
            } else {
                out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        std::size_t len = 0;
        const char32_t cp = decode_utf8(text, i, len);
        if (cp == kReplacementChar && len == 1) {
            report.malformed_at.push_back(i);
            append_utf8(out, kReplacementChar);
        } else if ((cp >= 0x80 && cp < 0xA0) || cp == 0xFFFE || cp == 0xFFFF) {
            out += ' ';  // C1 controls and noncharacters: not allowed in XML 1.0 output
            ++report.controls;
        } else {
            out.append(text, i, len);
        }
        i += len;
    }
    text = std::move(out);
    return report;
}

}  // namespace tkg::extract
