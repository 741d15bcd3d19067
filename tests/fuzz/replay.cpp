// Replays a fuzz corpus: `tkg_fuzz_replay TARGET DIR...` runs every file of the directories
// through the target. A crash is a failed test; a crash once found by the fuzzer is added to
// the corpus and so stays a regression test in every build, not only the clang fuzz build.
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_targets.hpp"

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: tkg_fuzz_replay article_reader|extractor|timex|graph_json DIR...\n";
        return 2;
    }
    int (*target)(const std::uint8_t*, std::size_t) = nullptr;
    const std::string name = argv[1];
    if (name == "article_reader") target = tkg::fuzz::article_reader;
    if (name == "extractor") target = tkg::fuzz::extractor;
    if (name == "timex") target = tkg::fuzz::timex;
    if (name == "graph_json") target = tkg::fuzz::graph_json;
    if (!target) {
        std::cerr << "unknown target " << name << '\n';
        return 2;
    }
    std::size_t files = 0;
    for (int i = 2; i < argc; ++i) {
        std::vector<std::filesystem::path> paths;
        for (const auto& e : std::filesystem::directory_iterator(argv[i]))
            if (e.is_regular_file()) paths.push_back(e.path());
        std::sort(paths.begin(), paths.end());
        for (const auto& p : paths) {
            std::ifstream in(p, std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)),
                                    std::istreambuf_iterator<char>());
            target(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            ++files;
        }
    }
    std::cout << name << ": replayed " << files << " inputs\n";
    return files == 0 ? 1 : 0;
}
