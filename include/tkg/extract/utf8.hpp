// Small UTF-8 helpers for the text layer. The input is untrusted: decoding never reads past
// the end and reports malformed sequences instead of guessing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tkg::extract {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point at `pos`; sets `length` to its byte length (1 for a malformed byte,
// which decodes as kReplacementChar). Overlong forms and surrogates are malformed.
char32_t decode_utf8(std::string_view text, std::size_t pos, std::size_t& length);

void append_utf8(std::string& out, char32_t cp);

// Makes `text` safe to tokenize and to write into JSON and XML: every malformed byte sequence
// becomes U+FFFD and every control character other than tab, newline and carriage return
// becomes a space. Returns the text offsets (before the change) of the malformed sequences
// and, separately, how many control characters were replaced.
struct SanitizeReport {
    std::vector<std::size_t> malformed_at;
    std::size_t controls = 0;
    bool changed() const { return !malformed_at.empty() || controls != 0; }
};
SanitizeReport sanitize_utf8(std::string& text);

}  // namespace tkg::extract
