#include "tkg/extract/extractor.hpp"

#include <algorithm>

#include "document.hpp"
#include "mentions.hpp"
#include "stages.hpp"

namespace tkg::extract {

struct Extractor::Impl {
    ExtractorOptions options;
    Lexicon lexicon;
    TimexFinder timexes;
    EventFinder events;

    explicit Impl(ExtractorOptions opts)
        : options(std::move(opts)),
          lexicon(options.builtin_lexicon ? Lexicon::builtin() : Lexicon{}),
          events(lexicon) {
        for (const auto& file : options.lexicon_files) lexicon.load_file(file);
        lexicon.compile();
    }
};

Extractor::Extractor(ExtractorOptions options)
    : impl_(std::make_unique<Impl>(std::move(options))) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

const Lexicon& Extractor::lexicon() const { return impl_->lexicon; }

Extraction Extractor::extract(const Article& article) const {
    Extraction x;
    x.article_id = article.id;
    x.article_date = article.date;
    x.title = article.title;
    x.source = article.source;
    x.url = article.url;
    x.diagnostics = article.diagnostics;

    Document doc;
    analyze(doc, article.text, article.date);
    // Time first: month and weekday names are then never taken for names.
    impl_->timexes.find(doc, x);
    std::vector<Candidate> candidates = find_candidates(doc, impl_->lexicon);
    resolve_actors(doc, impl_->lexicon, candidates, x);
    impl_->events.find(doc, x);

    if (impl_->options.min_confidence > 0) {
        const double min = impl_->options.min_confidence;
        x.events.erase(std::remove_if(x.events.begin(), x.events.end(),
                                      [&](const Event& e) { return e.confidence < min; }),
                       x.events.end());
        x.relations.erase(
            std::remove_if(x.relations.begin(), x.relations.end(),
                           [&](const graph::RelationRecord& r) {
                               return !r.event.empty() &&
                                      std::none_of(x.events.begin(), x.events.end(),
                                                   [&](const Event& e) { return e.id == r.event; });
                           }),
            x.relations.end());
    }
    return x;
}

}  // namespace tkg::extract
