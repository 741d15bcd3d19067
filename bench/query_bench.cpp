// Query benchmark: builds a graph from synthetic articles (no extraction), writes its
// graph.json, then measures loading it back and the latency of the queries of `tkg query`.
//
//   build/release/bench/tkg_bench_query --articles 100000
//   build/release/bench/tkg_bench_query --articles 1000000 --graph /tmp/g1m.json --reuse
//
// Latencies are per call after loading, over sampled actors: hubs (the most connected actors,
// the worst case) and actors picked at random. Prints figures; never a pass/fail test.
#include <algorithm>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "synthetic_articles.hpp"
#include "tkg/graph/graph_json.hpp"
#include "tkg/graph/query.hpp"
#include "tkg/graph/query_centrality.hpp"
#include "tkg/graph/query_communities.hpp"
#include "tkg/graph/query_lookup.hpp"
#include "tkg/graph/query_path.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using namespace tkg::graph;

double seconds_since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::string peak_memory() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.starts_with("VmHWM:")) return line.substr(6);
    return "?";
}

// Milliseconds of each call of `run` over `inputs`, summarized as median, p95 and max.
template <class Input, class Run>
void latency(const char* what, const std::vector<Input>& inputs, Run run) {
    std::vector<double> ms;
    std::size_t answers = 0;
    for (const auto& in : inputs) {
        const auto t0 = Clock::now();
        answers += run(in);
        ms.push_back(seconds_since(t0) * 1000);
    }
    if (ms.empty()) return;
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) {
        return ms[std::min(ms.size() - 1,
                           static_cast<std::size_t>(q * static_cast<double>(ms.size())))];
    };
    std::cout << "  " << std::left << std::setw(34) << what << std::right << std::setw(6)
              << ms.size() << std::fixed << std::setprecision(3) << std::setw(11) << at(0.5)
              << std::setw(11) << at(0.95) << std::setw(11) << ms.back() << std::setw(12) << answers
              << '\n';
}

struct Args {
    std::size_t articles = 100000;
    std::uint64_t seed = 1;
    std::string graph;
    bool reuse = false;
    std::size_t queries = 200;
    bool betweenness = false;
    bool load_only = false;
};

}  // namespace

int main(int argc, char** argv) {
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (arg == "--articles")
            a.articles = std::stoull(value());
        else if (arg == "--seed")
            a.seed = std::stoull(value());
        else if (arg == "--graph")
            a.graph = value();
        else if (arg == "--reuse")
            a.reuse = true;
        else if (arg == "--queries")
            a.queries = std::stoull(value());
        else if (arg == "--betweenness")
            a.betweenness = true;
        else if (arg == "--load-only")
            a.load_only = true;
        else {
            std::cerr << "usage: tkg_bench_query [--articles N] [--seed S] [--graph FILE] "
                         "[--reuse] [--queries Q] [--betweenness] [--load-only]\n";
            return 1;
        }
    }
    if (a.graph.empty()) a.graph = "/tmp/tkg-bench-" + std::to_string(a.articles) + ".json";
    std::cout << std::fixed << std::setprecision(2);

    if (!a.reuse || !std::filesystem::exists(a.graph)) {
        const tkg::bench::SyntheticArticles corpus({.articles = a.articles, .seed = a.seed});
        auto t0 = Clock::now();
        TimelineGraph g;
        for (std::size_t i = 0; i < corpus.size(); ++i) g.add(corpus.article(i));
        g.finalize();
        std::cout << "build " << a.articles << " synthetic articles: " << seconds_since(t0)
                  << " s (" << g.actor_count() << " actors, " << g.event_count() << " events, "
                  << g.relation_count() << " relations)\n";
        t0 = Clock::now();
        std::ofstream out(a.graph, std::ios::binary);
        write_graph_json(g, out);
        out.close();
        std::cout << "write " << a.graph << ": " << seconds_since(t0) << " s\n";
    }

    const double mb = static_cast<double>(std::filesystem::file_size(a.graph)) / 1e6;
    auto t0 = Clock::now();
    const std::clock_t cpu0 = std::clock();
    std::string text;
    {
        std::ifstream in(a.graph, std::ios::binary);
        text.resize(std::filesystem::file_size(a.graph));
        in.read(text.data(), static_cast<std::streamsize>(text.size()));
    }
    const double read_s = seconds_since(t0);
    t0 = Clock::now();
    const TimelineGraph g = read_graph_json(std::move(text), a.graph);
    const double parse_s = seconds_since(t0);
    // CPU time too: on a machine shared with other work, wall time measures the neighbours.
    const double cpu_s = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
    std::cout << "load " << mb << " MB: read " << read_s << " s + parse/build " << parse_s
              << " s = " << mb / (read_s + parse_s) << " MB/s (parse/build alone " << mb / parse_s
              << " MB/s; read+parse/build CPU " << cpu_s << " s = " << mb / cpu_s << " MB/s)\n";
    std::cout << "graph: " << g.actor_count() << " actors, " << g.event_count() << " events, "
              << g.relation_count() << " relations, " << g.article_count() << " articles\n";
    if (a.load_only) return 0;

    t0 = Clock::now();
    const ActorLookup lookup(g);
    std::cout << "name index: " << seconds_since(t0) << " s\n";
    t0 = Clock::now();
    const ActorNetwork network(g);
    std::cout << "actor network: " << seconds_since(t0) << " s, "
              << boost::num_edges(network.graph()) << " edges\n";

    // Samples: the ten most connected actors, then actors with relations at random.
    std::vector<Vertex> hubs, picks;
    {
        std::vector<std::pair<std::size_t, NetworkVertex>> by_degree;
        for (NetworkVertex v = 0; v < boost::num_vertices(network.graph()); ++v)
            if (const auto d = boost::out_degree(v, network.graph()); d > 0)
                by_degree.emplace_back(d, v);
        std::sort(by_degree.rbegin(), by_degree.rend());
        for (std::size_t i = 0; i < by_degree.size() && i < 10; ++i)
            hubs.push_back(network.actor(by_degree[i].second));
        std::uint64_t x = a.seed;
        for (std::size_t i = 0; i < a.queries && !by_degree.empty(); ++i) {
            x = x * 6364136223846793005ull + 1442695040888963407ull;
            picks.push_back(network.actor(by_degree[(x >> 33) % by_degree.size()].second));
        }
    }
    std::cout << "largest degree: "
              << boost::out_degree(network.vertex(hubs.front()), network.graph()) << " relations ("
              << g.actor(hubs.front()).name << ")\n";
    std::vector<std::pair<Vertex, Vertex>> pairs, linked;
    for (std::size_t i = 0; i + 1 < picks.size(); i += 2)
        pairs.emplace_back(picks[i], picks[i + 1]);
    for (const Vertex v : picks) {
        const auto hits = neighbors(g, v, {});
        if (!hits.empty()) linked.emplace_back(v, hits.front().other(v));
    }
    for (const Vertex h : hubs) linked.emplace_back(h, neighbors(g, h, {}).front().other(h));

    std::cout << "\n  query (ms per call)                  calls     median        p95        max  "
                 "   answers\n";
    std::vector<std::string> names;
    for (const Vertex v : picks) names.push_back(g.actor(v).name);
    latency("resolve a name", names,
            [&](const std::string& n) { return lookup.find(n).actors.size(); });
    latency("neighbors (random actor)", picks,
            [&](Vertex v) { return neighbors(g, v, {}).size(); });
    latency("neighbors (top-10 hub)", hubs, [&](Vertex v) { return neighbors(g, v, {}).size(); });
    NeighborOptions first20;
    first20.limit = 20;
    latency("neighbors -n 20 (top-10 hub)", hubs,
            [&](Vertex v) { return neighbors(g, v, first20).size(); });
    NeighborOptions year;
    year.filter.window = {DateValue::parse("2020"), DateValue::parse("2020")};
    latency("neighbors --from 2020 --to 2020 (hub)", hubs,
            [&](Vertex v) { return neighbors(g, v, year).size(); });
    latency("between (linked pair)", linked, [&](const auto& p) {
        const auto r = between(g, p.first, p.second, {});
        return r.relations.size() + r.events.size();
    });
    latency("between (random pair)", pairs, [&](const auto& p) {
        const auto r = between(g, p.first, p.second, {});
        return r.relations.size() + r.events.size();
    });
    latency("path (random pair, max 6 hops)", pairs, [&](const auto& p) {
        const auto hops = shortest_path(network, p.first, p.second);
        return hops ? hops->size() : 0;
    });
    const std::vector<int> three(3, 0);
    latency("top --by degree", three, [&](int) { return top_actors(network, {}).size(); });
    latency("top --by pagerank", three,
            [&](int) { return top_actors(network, {.by = Centrality::pagerank}).size(); });
    latency("top --by pagerank --from/--to 2020", three, [&](int) {
        return top_actors(network, {.by = Centrality::pagerank, .filter = year.filter}).size();
    });
    if (a.betweenness)
        latency("top --by betweenness", std::vector<int>{0},
                [&](int) { return top_actors(network, {.by = Centrality::betweenness}).size(); });
    latency("communities (components)", std::vector<int>{0}, [&](int) {
        return find_communities(network, {}, CommunityMethod::components).groups.size();
    });
    latency("communities --method louvain", std::vector<int>{0}, [&](int) {
        return find_communities(network, {}, CommunityMethod::louvain).groups.size();
    });
    std::cout << "\npeak memory:" << peak_memory() << '\n';
    return 0;
}
