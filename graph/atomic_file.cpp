#include "tkg/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tkg/error.hpp"

namespace tkg {

namespace fs = std::filesystem;

AtomicFile::AtomicFile(fs::path target) : target_(std::move(target)) {
    const fs::path dir = target_.has_parent_path() ? target_.parent_path() : fs::path(".");
    // mkstemp gives a unique name in the target directory, so rename() stays on one file
    // system and is atomic; the descriptor is closed and the file reopened as a stream.
    std::string pattern = (dir / ("." + target_.filename().string() + ".tmp.XXXXXX")).string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        throw OutputError(std::string("cannot create a temporary file: ") + std::strerror(errno),
                          Location{target_.string(), {}, {}, {}});
    ::fchmod(fd, 0644);
    ::close(fd);
    temp_ = pattern;
    out_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!out_) {
        std::error_code ec;
        fs::remove(temp_, ec);
        throw OutputError("cannot open a temporary file for writing",
                          Location{target_.string(), {}, {}, {}});
    }
}

AtomicFile::~AtomicFile() {
    if (!committed_) {
        out_.close();
        std::error_code ec;
        fs::remove(temp_, ec);
    }
}

void AtomicFile::commit() {
    out_.flush();
    const bool ok = static_cast<bool>(out_);
    out_.close();
    if (!ok || out_.fail())
        throw OutputError("write failed (disk full?)", Location{target_.string(), {}, {}, {}});
    if (::rename(temp_.c_str(), target_.c_str()) != 0)
        throw OutputError(std::string("cannot replace the file: ") + std::strerror(errno),
                          Location{target_.string(), {}, {}, {}});
    committed_ = true;
}

void write_file_atomically(const fs::path& target, std::string_view content) {
    AtomicFile out(target);
    out.stream().write(content.data(), static_cast<std::streamsize>(content.size()));
    out.commit();
}

}  // namespace tkg
