// The extraction stages, each a small value type with a const call that adds its findings
// to the Extraction and its per-token layers to the Document. Private to the extract library.
#pragma once

#include <string>
#include <unordered_map>

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
    EventFinder();
    void find(Document& doc, Extraction& out) const;

  private:
    struct Trigger {
        std::string type;
        std::string cameo;
    };
    std::unordered_map<std::string, Trigger> triggers_;
};

}  // namespace tkg::extract
