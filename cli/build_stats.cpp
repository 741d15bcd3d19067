#include "build_stats.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <iomanip>
#include <string>
#include <system_error>

namespace tkg::cli {

std::uint64_t peak_rss_bytes() {
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
    return static_cast<std::uint64_t>(usage.ru_maxrss) * 1024;  // Linux reports KiB
}

namespace {

double megabytes(std::uint64_t bytes) { return static_cast<double>(bytes) / 1e6; }

// MB/s, or 0 for an instant.
double rate(std::uint64_t bytes, double seconds) {
    return seconds > 0 ? megabytes(bytes) / seconds : 0;
}

}  // namespace

void print_build_stats(std::ostream& out, const extract::PipelineStats& stats, PhaseStats extract,
                       PhaseStats finalize, const std::vector<WrittenFiles>& written,
                       PhaseStats writes, unsigned threads) {
    const double extract_seconds = extract.seconds;
    const unsigned used = threads == 0 ? extract::default_thread_count() : threads;
    const auto flags = out.flags();
    out << std::fixed << std::setprecision(2);
    out << "stats:\n"
        << "  extract+merge              " << extract_seconds << " s   " << stats.accepted
        << " articles, " << megabytes(stats.bytes) << " MB text, "
        << rate(stats.bytes, extract_seconds) << " MB/s, "
        << (extract_seconds > 0 ? static_cast<double>(stats.accepted) / extract_seconds : 0)
        << " articles/s on " << used << " thread" << (used == 1 ? "" : "s") << ", peak "
        << megabytes(extract.peak_bytes) << " MB\n"
        << "  finalize                   " << finalize.seconds << " s   peak "
        << megabytes(finalize.peak_bytes) << " MB\n";
    for (const auto& w : written) {
        std::uint64_t bytes = 0;
        std::string names;
        for (const auto& p : w.paths) {
            std::error_code ec;
            const auto size = std::filesystem::file_size(p, ec);
            bytes += ec ? 0 : size;
            names += (names.empty() ? "" : ",") + p.filename().string();
        }
        out << "  write " << std::left << std::setw(20) << names << std::right << ' ' << w.seconds
            << " s   " << megabytes(bytes) << " MB, " << rate(bytes, w.seconds) << " MB/s, peak "
            << megabytes(w.peak_bytes) << " MB\n";
    }
    const std::size_t writers = std::min<std::size_t>(used, written.size());
    out << "  writes, side by side       " << writes.seconds << " s   on " << writers << " thread"
        << (writers == 1 ? "" : "s") << ", peak " << megabytes(writes.peak_bytes) << " MB\n"
        << "  total                      " << extract_seconds + finalize.seconds + writes.seconds
        << " s\n"
        << "  peak memory                " << megabytes(peak_rss_bytes()) << " MB (resident)\n";
    out.flags(flags);
}

}  // namespace tkg::cli
