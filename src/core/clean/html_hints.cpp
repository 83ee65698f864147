// html_hints.cpp — see html_hints.h.
#include "html_hints.h"

#include <algorithm>

#include "../base/ascii.h"

namespace lede::html {
namespace {

ContentHints load_content_hints(const assets::Source& source, assets::LoadReport& report) {
    ContentHints out;
    for (const std::string& line : source.require_lines("clean/html/boilerplate_hints.txt", report)) {
        const auto tab = line.find('\t');
        if (tab == std::string::npos) continue;
        out.boilerplate[line.substr(0, tab)] = line.substr(tab + 1);
    }
    for (const std::string& line : source.require_lines("clean/html/content_hints.txt", report)) {
        const auto tab = line.find('\t');
        const std::string word = line.substr(0, tab);
        out.content.insert(word);
        if (tab != std::string::npos && line.substr(tab + 1) == "keep") out.protecting.insert(word);
    }
    for (const auto& kv : out.boilerplate)
        if (std::find(out.reasons.begin(), out.reasons.end(), kv.second) == out.reasons.end())
            out.reasons.push_back(kv.second);
    return out;
}

// "kind<TAB>word,word" lines: the words of the lines whose kind is `first_kind` go to
// `first`, every other line's to `other`.
void keyed_words(const std::vector<std::string>& lines, const char* first_kind, std::vector<std::string>& first,
                 std::vector<std::string>& other) {
    for (const std::string& line : lines) {
        const auto tab = line.find('\t');
        if (tab == std::string::npos) continue;
        auto& into = line.compare(0, tab, first_kind) == 0 ? first : other;
        std::size_t i = tab + 1;
        while (i <= line.size()) {
            std::size_t j = line.find(',', i);
            if (j == std::string::npos) j = line.size();
            if (j > i) into.push_back(line.substr(i, j - i));
            i = j + 1;
        }
    }
}

BylineCues bare_byline_cues(const TextLexicon& text) {
    BylineCues out;
    for (std::string c : text.byline_cues) {
        while (!c.empty() && c.back() == ':') c.pop_back();
        if (!c.empty()) out.bare.push_back(std::move(c));
    }
    for (const std::string& c : out.bare) {
        out.first[static_cast<unsigned char>(c.front())] = true;
        out.last[static_cast<unsigned char>(c.back())] = true;
    }
    return out;
}

bool holds_any(const std::string& s, const std::vector<std::string>& fragments) {
    return std::any_of(fragments.begin(), fragments.end(),
                       [&](const std::string& f) { return s.find(f) != std::string::npos; });
}

}  // namespace

HtmlHints HtmlHints::load(const assets::Source& source, const TextLexicon& text, assets::LoadReport& report) {
    HtmlHints h;
    h.content = load_content_hints(source, report);
    {
        std::vector<std::string> published, updated;
        keyed_words(source.require_lines("clean/html/date_class_hints.txt", report), "updated", updated, published);
        h.date_classes.published.insert(published.begin(), published.end());
        h.date_classes.updated.insert(updated.begin(), updated.end());
    }
    h.byline_cues = bare_byline_cues(text);
    h.title_separators = source.require_lines("clean/html/title_separators.txt", report);
    for (const std::string& seg : source.require_lines("clean/html/author_link_paths.txt", report))
        h.author_link_segments.push_back("/" + base::lower_ascii(seg) + "/");
    h.date_meta_names = source.require_lines("clean/html/date_meta_names.txt", report);
    h.date_modified_meta_names = source.require_lines("clean/html/date_modified_meta_names.txt", report);
    h.author_meta_names = source.require_lines("clean/html/author_meta_names.txt", report);
    keyed_words(source.require_lines("clean/html/date_meta_fragments.txt", report), "published",
                h.publication_fragments, h.modification_fragments);
    for (const std::string& n : h.date_meta_names)
        if (holds_any(n, h.publication_fragments) && n.find(':') == std::string::npos) h.prefixable_date_names.push_back(n);
    h.jsonld_article_types = source.require_lines("clean/html/jsonld_article_types.txt", report);
    h.jsonld_page_types = source.require_lines("clean/html/jsonld_page_types.txt", report);
    for (const std::string& line : source.require_lines("clean/html/drop_cap_hints.txt", report)) h.drop_cap_words.insert(line);
    return h;
}

}  // namespace lede::html
