// The extraction stages, each a small value type with a const call that adds its findings
// to the Extraction and its per-token layers to the Document. Private to the extract library.
#pragma once

#include "document.hpp"
#include "tkg/extract/extraction.hpp"
#include "tkg/extract/lexicon.hpp"

namespace tkg::extract {

class MentionFinder {
  public:
    explicit MentionFinder(const Lexicon& lexicon);
    void find(Document& doc, Extraction& out) const;

  private:
    const Lexicon& lexicon_;
};

class TimexFinder {
  public:
    void find(Document& doc, Extraction& out) const;
};

class EventFinder {
  public:
    explicit EventFinder(const Lexicon& lexicon) : lexicon_(lexicon) {}
    void find(Document& doc, Extraction& out) const;

  private:
    const Lexicon& lexicon_;
};

}  // namespace tkg::extract
