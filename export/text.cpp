#include "text.hpp"

namespace tkg::exporters {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool is_control(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp < 0xA0); }

// Calls f(code point, bytes) for each character, with U+FFFD for each malformed byte.
template <typename F>
void for_each_char(std::string_view s, F&& f) {
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        const std::size_t n = decode_utf8(s, i, cp);
        if (n == 0) {
            f(char32_t{0xFFFD}, kReplacement);
            ++i;
        } else {
            f(cp, s.substr(i, n));
            i += n;
        }
    }
}

}  // namespace

std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        cp = b;
        return 1;
    }
    std::size_t n;
    if ((b & 0xE0) == 0xC0) {
        n = 2;
        cp = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
        n = 3;
        cp = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
        n = 4;
        cp = b & 0x07;
    } else {
        return 0;
    }
    if (i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k) {
        const auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (c & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    const char32_t min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

std::string valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for_each_char(s, [&](char32_t, std::string_view bytes) { out += bytes; });
    return out;
}

std::string one_line(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for_each_char(s, [&](char32_t cp, std::string_view bytes) {
        if (is_control(cp))
            out += ' ';
        else
            out += bytes;
    });
    return out;
}

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    for_each_char(one_line(s), [&](char32_t cp, std::string_view bytes) {
        switch (cp) {
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
                out += "&#39;";
                break;
            default:
                out += bytes;
        }
    });
    return out;
}

std::string dot_quoted(std::string_view s) {
    std::string out = "\"";
    for_each_char(s, [&](char32_t cp, std::string_view bytes) {
        if (cp == '"' || cp == '\\') {
            out += '\\';
            out += bytes;
        } else if (cp == '\n') {
            out += "\\n";
        } else if (is_control(cp)) {
            out += ' ';
        } else {
            out += bytes;
        }
    });
    out += '"';
    return out;
}

std::string csv_field(std::string_view s) {
    const std::string text = one_line(s);
    const bool quote = text.find_first_of(",\"") != std::string::npos ||
                       (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote) return text;
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string join_items(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) {
        if (!out.empty()) out += '|';
        out += s;
    }
    return out;
}

std::string roles_text(const std::vector<graph::Role>& roles) {
    std::string out;
    for (const auto& r : roles) {
        if (!out.empty()) out += "; ";
        out += r.title;
        if (!r.org.empty()) out += " of " + r.org;
        if (r.from || r.to)
            out += " (" + (r.from ? r.from->to_string() : std::string()) + ".." +
                   (r.to ? r.to->to_string() : std::string()) + ")";
    }
    return out;
}

}  // namespace tkg::exporters
