// Extracts one article with the installed library, merges it into a graph and prints counts.
#include <iostream>

#include <tkg/extract/extractor.hpp>
#include <tkg/graph/graph_json.hpp>

int main() {
    tkg::extract::Article a;
    a.id = "c1";
    a.date = date::year{2023} / 11 / 12;
    a.text = "Secretary of State Antony Blinken met with Jordan's King Abdullah on Oct. 7.";
    tkg::extract::Extractor extractor;
    const auto x = extractor.extract(a);
    tkg::graph::TimelineGraph g;
    g.add(tkg::extract::to_article_record(x, a.text));
    g.finalize();
    std::cout << "actors " << g.actor_count() << " articles " << g.article_count() << '\n';
    return g.article_count() == 1 && g.actor_count() > 0 ? 0 : 1;
}
