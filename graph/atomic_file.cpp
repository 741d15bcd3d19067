#include "tkg/atomic_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tkg/error.hpp"

namespace tkg {

namespace fs = std::filesystem;

AtomicFile::AtomicFile(fs::path target) : target_(std::move(target)) {
    // A device or pipe (/dev/null, /dev/stdout, a FIFO) is written to directly: renaming a
    // file over it would replace it.
    std::error_code st_ec;
    const auto st = fs::status(target_, st_ec);
    if (!st_ec && fs::exists(st) && !fs::is_regular_file(st) && !fs::is_directory(st)) {
        out_.open(target_, std::ios::binary);
        if (!out_)
            throw OutputError("cannot open for writing", Location{target_.string(), {}, {}, {}});
        return;
    }
    const fs::path dir = target_.has_parent_path() ? target_.parent_path() : fs::path(".");
    // mkstemp gives a unique name in the target directory, so rename() stays on one file
    // system and is atomic; the descriptor is closed and the file reopened as a stream.
    // The name carries the writer's process id, so that another run cleaning up after a killed
    // one (OutputGuard::check) leaves the files of a live writer alone.
    std::string pattern = (dir / ("." + target_.filename().string() + ".tmp." +
                                  std::to_string(::getpid()) + ".XXXXXX"))
                              .string();
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
    if (!committed_ && !temp_.empty()) {
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
    if (temp_.empty()) {  // written in place (a device or a pipe)
        committed_ = true;
        return;
    }
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

namespace {

fs::path directory_of(const fs::path& target) {
    return target.has_parent_path() ? target.parent_path() : fs::path(".");
}

std::vector<std::string> manifest(const fs::path& dir) {
    std::vector<std::string> names;
    std::ifstream in(dir / OutputGuard::kManifest);
    std::string line;
    while (std::getline(in, line))
        if (!line.empty()) names.push_back(line);
    return names;
}

// Whether the process that named a temporary file "<pid>.XXXXXX" is still running.
bool writer_alive(std::string_view suffix) {
    const auto dot = suffix.find('.');
    if (dot == std::string_view::npos || dot == 0) return false;
    long pid = 0;
    for (const char c : suffix.substr(0, dot)) {
        if (c < '0' || c > '9' || pid > 1'000'000'000) return false;
        pid = pid * 10 + (c - '0');
    }
    if (pid <= 0 || pid == ::getpid()) return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

}  // namespace

void OutputGuard::check(const fs::path& target) const {
    const fs::path dir = directory_of(target);
    // A killed run leaves its temporary files; they are tkg's own, so they go.
    std::error_code ec;
    const std::string stale_prefix = "." + target.filename().string() + ".tmp.";
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(stale_prefix, 0) == 0 && !writer_alive(name.substr(stale_prefix.size())))
            fs::remove(it->path(), ec);
    }
    if (force_ || !fs::exists(target, ec)) return;
    if (!fs::is_regular_file(target, ec) && !fs::is_directory(target, ec)) return;  // /dev/null
    if (fs::is_directory(target, ec))
        throw OutputError("a directory is in the way", Location{target.string(), {}, {}, {}});
    const auto names = manifest(dir);
    if (std::find(names.begin(), names.end(), target.filename().string()) != names.end()) return;
    throw OutputError("refusing to replace a file tkg did not write (use --force)",
                      Location{target.string(), {}, {}, {}});
}

void OutputGuard::record(const fs::path& target) const {
    std::error_code ec;
    if (!fs::is_regular_file(target, ec)) return;  // nothing to remember about a device
    const fs::path dir = directory_of(target);
    auto names = manifest(dir);
    const std::string name = target.filename().string();
    if (std::find(names.begin(), names.end(), name) != names.end()) return;
    names.push_back(name);
    std::sort(names.begin(), names.end());
    std::string content;
    for (const auto& n : names) content += n + "\n";
    write_file_atomically(dir / kManifest, content);
}

}  // namespace tkg
