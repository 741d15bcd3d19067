// LineReader: reads lines of bounded length from a stream. A line longer than the limit is
// skipped without being held in memory, so one 100 MB line cannot exhaust memory. Accepts
// "\n", "\r\n" and a lone "\r" as line ends. Private to the reader.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace tkg::extract::detail {

struct LineInfo {
    std::uint64_t number = 0;  // 1-based
    std::uint64_t offset = 0;  // byte offset of the line's first byte in the stream
    std::uint64_t length = 0;  // full length, even when too long to keep
    bool too_long = false;     // the line was skipped: `line` is empty
};

class LineReader {
  public:
    LineReader(std::istream& in, std::uint64_t max_line_bytes)
        : in_(in), max_(max_line_bytes), buf_(1 << 16) {}

    // Reads the next line into `line`; false at the end of the stream.
    bool next(std::string& line, LineInfo& info);

  private:
    bool fill();

    std::istream& in_;
    std::uint64_t max_;
    std::vector<char> buf_;
    std::size_t pos_ = 0, len_ = 0;
    std::uint64_t buf_offset_ = 0;  // stream offset of buf_[0]
    std::uint64_t line_number_ = 0;
    bool eof_ = false;
    bool pending_cr_ = false;  // last line ended in '\r': a following '\n' belongs to it
};

}  // namespace tkg::extract::detail
