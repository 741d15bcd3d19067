// Extraction throughput: reads the given inputs once into memory, then extracts every article
// `--repeat` times on one thread and prints MB/s and articles/s.
//   build/release/bench/tkg_bench_extract examples/articles --repeat 200
#include <chrono>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "tkg/extract/extractor.hpp"
#include "tkg/extract/reader.hpp"

int main(int argc, char** argv) {
    std::vector<std::string> inputs;
    int repeat = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
            repeat = std::atoi(argv[++i]);
        else
            inputs.emplace_back(argv[i]);
    }
    if (inputs.empty() || repeat < 1) {
        std::cerr << "usage: tkg_bench_extract INPUT... [--repeat N]\n";
        return 1;
    }
    tkg::extract::ArticleReader reader(inputs, {});
    std::vector<tkg::extract::Article> articles;
    std::size_t bytes = 0;
    tkg::extract::ReadItem item;
    while (reader.next(item))
        if (item.article) {
            bytes += item.article->text.size();
            articles.push_back(std::move(*item.article));
        }
    const auto t_lex = std::chrono::steady_clock::now();
    tkg::extract::Extractor extractor;
    const auto t0 = std::chrono::steady_clock::now();
    std::size_t events = 0, mentions = 0;
    for (int r = 0; r < repeat; ++r)
        for (const auto& a : articles) {
            const auto x = extractor.extract(a);
            events += x.events.size();
            mentions += x.mentions.size();
        }
    const auto t1 = std::chrono::steady_clock::now();
    const double secs = std::chrono::duration<double>(t1 - t0).count();
    const double total = static_cast<double>(bytes) * repeat;
    std::cout << "articles            " << articles.size() << " x " << repeat << '\n'
              << "lexicon load (s)    " << std::chrono::duration<double>(t0 - t_lex).count() << '\n'
              << "extract time (s)    " << secs << '\n'
              << "extract MB/s (1 thread) " << total / secs / 1e6 << '\n'
              << "articles/s          " << static_cast<double>(articles.size()) * repeat / secs
              << '\n'
              << "mentions, events    " << mentions / static_cast<std::size_t>(repeat) << ", "
              << events / static_cast<std::size_t>(repeat) << '\n';
    return 0;
}
