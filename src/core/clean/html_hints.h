// html_hints.h — the word lists the HTML cleaner reads from assets/clean/html/: class and id
// words of boilerplate and content, which date a class names, title separators, meta keys of
// dates and authors, JSON-LD article types, drop-cap class words. Loaded once with the
// stage's resources (clean_resources.h).
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "../asset_source.h"
#include "text_lexicon.h"

namespace lede::html {

// Class/id words (boilerplate_hints.txt, content_hints.txt).
struct ContentHints {
    std::unordered_map<std::string, std::string> boilerplate;   // word -> reason
    std::unordered_set<std::string> content;
    std::unordered_set<std::string> protecting;                 // content words marked "keep"
    std::vector<std::string> reasons;                           // stable storage for reason codes
};

// Class words naming which date an element shows (date_class_hints.txt).
struct DateClassHints {
    std::unordered_set<std::string> published, updated;
};

// The byline cues of the text lexicon without a closing colon ("written by", "by"), and the
// letters they start and end with: a text that starts (ends) with none of them cannot open
// (close) with a cue, and most texts are ruled out by one lookup.
struct BylineCues {
    std::vector<std::string> bare;
    bool first[256] = {}, last[256] = {};
};

struct HtmlHints {
    ContentHints content;
    DateClassHints date_classes;
    BylineCues byline_cues;
    std::vector<std::string> title_separators;           // "|", "-", ... (matched with a space each side)
    std::vector<std::string> author_link_segments;       // "/author/": path segments of author pages
    std::vector<std::string> date_meta_names;            // meta keys of the publication date, best first
    std::vector<std::string> date_modified_meta_names;
    std::vector<std::string> author_meta_names;
    // Fragments of meta keys (date_meta_fragments.txt): a site's own key ("w-published-date")
    // holds a publication fragment and no modification fragment.
    std::vector<std::string> publication_fragments, modification_fragments;
    // The listed date meta names that name publication and have no namespace ("publish_date"),
    // matched after a site's own prefix.
    std::vector<std::string> prefixable_date_names;
    std::vector<std::string> jsonld_article_types, jsonld_page_types;
    std::unordered_set<std::string> drop_cap_words;

    // Reads assets/clean/html/; the byline cues come from the already loaded `text` lexicon.
    static HtmlHints load(const assets::Source& source, const TextLexicon& text, assets::LoadReport& report);
};

}  // namespace lede::html
