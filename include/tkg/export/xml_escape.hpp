// XML text and attribute escaping that is safe for any input: markup characters become
// entities and characters XML 1.0 forbids (controls, U+FFFE, U+FFFF, malformed UTF-8) become
// U+FFFD, so a name full of '&', '<', quotes, emoji or right-to-left text still gives a
// well-formed file.
#pragma once

#include <string>
#include <string_view>

namespace tkg::exporters {

void append_xml_escaped(std::string& out, std::string_view text);
// The same on one line, for attribute values: every control character (tab and newline too)
// becomes a space.
void append_xml_escaped_line(std::string& out, std::string_view text);
std::string xml_escape(std::string_view text);

// An XML NMTOKEN made from any id, one to one: ASCII letters, digits, '.', '-' and ':' stay,
// every other byte becomes "_XX" (hex), so "event:a1#e3" becomes "event:a1_23e3".
std::string xml_nmtoken(std::string_view id);

}  // namespace tkg::exporters
