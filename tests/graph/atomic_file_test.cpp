// AtomicFile and OutputGuard: whole files or none, never someone else's file, and no litter
// from killed runs, while a live writer's temporary file is left alone.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "tkg/atomic_file.hpp"
#include "tkg/error.hpp"

namespace fs = std::filesystem;

namespace {

struct ScratchDir {
    fs::path path;
    ScratchDir() {
        std::string pattern = (fs::temp_directory_path() / "tkg-atomic-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~ScratchDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::string read(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void touch(const fs::path& p, const std::string& content = "x") { std::ofstream(p) << content; }

}  // namespace

TEST_CASE("an uncommitted AtomicFile leaves the previous file and no temporary file") {
    ScratchDir dir;
    const fs::path target = dir.path / "graph.json";
    touch(target, "old");
    {
        tkg::AtomicFile f(target);
        f.stream() << "new, but never committed";
    }
    CHECK(read(target) == "old");
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
    tkg::write_file_atomically(target, "new");
    CHECK(read(target) == "new");
}

TEST_CASE("OutputGuard: foreign files need force; its own files and new files do not") {
    ScratchDir dir;
    const fs::path mine = dir.path / "graph.json", theirs = dir.path / "notes.txt";
    touch(theirs, "keep me");
    const tkg::OutputGuard guard(false);
    CHECK_NOTHROW(guard.check(mine));  // does not exist yet
    tkg::write_file_atomically(mine, "{}");
    guard.record(mine);
    CHECK_NOTHROW(guard.check(mine));
    CHECK_THROWS_AS(guard.check(theirs), tkg::OutputError);
    CHECK_NOTHROW(tkg::OutputGuard(true).check(theirs));
    CHECK(read(theirs) == "keep me");
}

TEST_CASE("OutputGuard removes a dead run's temporary files, not a live writer's") {
    ScratchDir dir;
    const fs::path target = dir.path / "graph.json";
    // Above any pid_max Linux allows: that writer cannot be running.
    const fs::path dead = dir.path / ".graph.json.tmp.999999999.a1b2c3";
    const fs::path unnamed = dir.path / ".graph.json.tmp.Zx81Qa";  // no pid at all
    // The parent of this test process is alive for as long as the test runs.
    const fs::path live = dir.path / (".graph.json.tmp." + std::to_string(::getppid()) + ".q9w8e7");
    const fs::path other = dir.path / ".edges.csv.tmp.999999999.a1b2c3";  // another target's
    for (const auto& p : {dead, unnamed, live, other}) touch(p);
    tkg::OutputGuard(false).check(target);
    CHECK_FALSE(fs::exists(dead));
    CHECK_FALSE(fs::exists(unnamed));
    CHECK(fs::exists(live));
    CHECK(fs::exists(other));
}
