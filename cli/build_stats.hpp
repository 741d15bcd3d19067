// What `tkg build --stats` prints: the wall time of each phase, the throughput of extraction
// and of each file written, and the process's peak resident memory.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <ostream>
#include <vector>

#include "tkg/extract/pipeline.hpp"

namespace tkg::cli {

// Seconds between laps of one clock.
class Stopwatch {
  public:
    double lap() {
        const auto now = std::chrono::steady_clock::now();
        const double s = std::chrono::duration<double>(now - last_).count();
        last_ = now;
        return s;
    }

  private:
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// The files one exporter wrote (csv writes two), the time it took, and the process's peak
// memory when it was done.
struct WrittenFiles {
    std::vector<std::filesystem::path> paths;
    double seconds = 0;
    std::uint64_t peak_bytes = 0;
};

// A phase of the build before the writes: its time and the peak memory when it ended, so a
// user sees which phase the peak belongs to.
struct PhaseStats {
    double seconds = 0;
    std::uint64_t peak_bytes = 0;
};

// Peak resident set size of this process so far, in bytes (0 where unknown).
std::uint64_t peak_rss_bytes();

// `written` gives each file's own time; `writes` the wall time of writing them all (side by
// side on `threads` threads).
void print_build_stats(std::ostream& out, const extract::PipelineStats& stats, PhaseStats extract,
                       PhaseStats finalize, const std::vector<WrittenFiles>& written,
                       PhaseStats writes, unsigned threads);

}  // namespace tkg::cli
