#include "tkg/extract/extraction.hpp"

namespace tkg::extract {
namespace {

// Evidence snippets are the sentence, cut at a character boundary past this many bytes.
constexpr std::size_t kSnippetBytes = 300;

std::string snippet(std::string_view text, graph::Span s) {
    if (s.begin > text.size() || s.end > text.size() || s.begin > s.end) return {};
    std::string_view v = text.substr(s.begin, s.end - s.begin);
    if (v.size() <= kSnippetBytes) return std::string(v);
    std::size_t cut = kSnippetBytes;
    while (cut > 0 && (static_cast<unsigned char>(v[cut]) & 0xC0) == 0x80) --cut;
    return std::string(v.substr(0, cut)) + "\xE2\x80\xA6";  // …
}

}  // namespace

graph::ArticleRecord to_article_record(const Extraction& x, std::string_view text) {
    graph::ArticleRecord rec;
    rec.id = x.article_id;
    if (x.article_date) rec.date = graph::DateValue::of(*x.article_date);
    rec.title = x.title;
    rec.url = x.url;
    rec.source = x.source;
    rec.actors = x.actors;
    rec.relations = x.relations;
    rec.events.reserve(x.events.size());
    for (const Event& e : x.events) {
        graph::EventRecord r;
        r.id = e.id;
        r.type = e.type;
        r.cameo = e.cameo;
        r.source = e.source;
        r.target = e.target;
        r.date = e.date;
        r.end = e.end;
        r.date_source = e.date ? e.date_from : graph::DateSource::none;
        r.polarity = e.polarity;
        r.modality = e.modality;
        r.confidence = e.confidence;
        r.mention = graph::EventMention{x.article_id,
                                        e.trigger,
                                        std::string(text.substr(e.trigger.begin, e.trigger.size())),
                                        e.sentence,
                                        snippet(text, e.sentence),
                                        e.date};
        r.anchor = e.anchor;
        rec.events.push_back(std::move(r));
    }
    return rec;
}

}  // namespace tkg::extract
