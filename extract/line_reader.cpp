#include "line_reader.hpp"

namespace tkg::extract::detail {

bool LineReader::fill() {
    if (eof_) return false;
    buf_offset_ += len_;
    in_.read(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    len_ = static_cast<std::size_t>(in_.gcount());
    pos_ = 0;
    if (len_ == 0) eof_ = true;
    return len_ > 0;
}

bool LineReader::next(std::string& line, LineInfo& info) {
    line.clear();
    info = LineInfo{};
    if (pos_ == len_ && !fill()) return false;
    if (pending_cr_) {
        pending_cr_ = false;
        if (buf_[pos_] == '\n') {
            ++pos_;
            if (pos_ == len_ && !fill()) return false;
        }
    }
    info.number = ++line_number_;
    info.offset = buf_offset_ + pos_;
    for (;;) {
        std::size_t i = pos_;
        while (i < len_ && buf_[i] != '\n' && buf_[i] != '\r') ++i;
        const std::size_t chunk = i - pos_;
        info.length += chunk;
        if (!info.too_long) {
            if (info.length > max_) {
                info.too_long = true;
                line.clear();
                line.shrink_to_fit();
            } else {
                line.append(buf_.data() + pos_, chunk);
            }
        }
        pos_ = i;
        if (i < len_) {  // found a line end
            const char end = buf_[i];
            ++pos_;
            if (end == '\r') {
                if (pos_ < len_) {
                    if (buf_[pos_] == '\n') ++pos_;
                } else {
                    pending_cr_ = true;
                }
            }
            return true;
        }
        if (!fill()) return true;  // last line without a terminator
    }
}

}  // namespace tkg::extract::detail
