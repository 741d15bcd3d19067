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

// OutputGuard: tkg replaces only files it wrote itself. Each directory it writes into keeps the
// names of its files in `.tkg-outputs`; an existing file not listed there is someone else's
// and is replaced only when forced (--force). Temporary files left by a killed run are removed.
//
//   tkg::OutputGuard guard(force);
//   guard.check("out/graph.json");      // throws tkg::OutputError for a foreign file
//   ... write with AtomicFile ...
//   guard.record("out/graph.json");
class OutputGuard {
  public:
    explicit OutputGuard(bool force) : force_(force) {}
    void check(const std::filesystem::path& target) const;
    void record(const std::filesystem::path& target) const;

    static constexpr const char* kManifest = ".tkg-outputs";

  private:
    bool force_;
};

}  // namespace tkg
