// AtomicFile: write a file completely or not at all. Bytes go to a temporary file in the
// target's directory, which replaces the target by rename() on commit(). If the process dies
// or commit() is never called, the previous file is left as it was.
//
//   tkg::AtomicFile out("out/graph.json");
//   out.stream() << data;
//   out.commit();            // throws tkg::OutputError if anything failed
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

namespace tkg {

class AtomicFile {
  public:
    explicit AtomicFile(std::filesystem::path target);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();  // removes the temporary file unless committed

    std::ostream& stream() { return out_; }
    const std::filesystem::path& target() const noexcept { return target_; }
    void commit();

  private:
    std::filesystem::path target_;
    std::filesystem::path temp_;
    std::ofstream out_;
    bool committed_ = false;
};

// Writes `content` to `target` atomically.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

}  // namespace tkg
