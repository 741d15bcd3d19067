// Extractor: the whole extraction pipeline for one article — text layer, actor mentions and
// identity, time expressions, events and relations. Build one (it compiles the lexicons) and
// call extract() from any number of threads: it is const and shares its tables read-only.
//
//   Extractor ex({.lexicon_files = {"my-actors.tsv"}});
//   Extraction x = ex.extract(article);
//   std::cout << extraction_to_json(x, article.text);
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "tkg/extract/article.hpp"
#include "tkg/extract/extraction.hpp"
#include "tkg/extract/lexicon.hpp"

namespace tkg::extract {

struct ExtractorOptions {
    bool builtin_lexicon = true;                       // --no-builtin-lexicon turns it off
    std::vector<std::filesystem::path> lexicon_files;  // --lexicon FILE (repeatable)
    double min_confidence = 0.0;                       // events below are dropped
};

class Extractor {
  public:
    explicit Extractor(ExtractorOptions options = {});  // throws tkg::InputError for a bad lexicon
    ~Extractor();
    Extractor(Extractor&&) noexcept;
    Extractor& operator=(Extractor&&) noexcept;

    Extraction extract(const Article& article) const;
    const Lexicon& lexicon() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace tkg::extract
