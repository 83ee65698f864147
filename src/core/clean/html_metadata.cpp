// html_metadata.cpp — see html_metadata.h. One walk collects every clue; the choice
// between clues happens afterwards, in one place per field.
#include "html_metadata.h"

#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "../base/ascii.h"
#include "html_byline.h"
#include "html_jsonld.h"
#include "html_published.h"
#include "published_date.h"
#include "text_lexicon.h"

namespace lede::html {
namespace {

bool looks_like_url(std::string_view s) {
    return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 || s.rfind("//", 0) == 0 || s.rfind("www.", 0) == 0;
}

// Everything the walk noticed.
struct Clues {
    std::string lang;
    std::string title_tag;
    std::string canonical;                                   // <link rel=canonical href>
    std::unordered_map<std::string, std::string> meta;      // first value per lower-case key
    std::vector<std::string> jsonld;                         // raw script texts
    std::vector<std::string> byline_texts;                   // rel=author, itemprop=author, .byline
    std::vector<std::string> author_links;                   // texts of links to /author/ pages
    // "By Ann Lee"; the name after "Written by": with the index of their text node, to keep
    // those near the headline (a "By Industry" filter elsewhere on the page is not a byline).
    std::vector<std::pair<std::size_t, std::string>> printed_bylines;
    std::vector<std::string> avatars;                        // alt texts of author photos
    // Headings that may be the headline: their text and the index into dates.texts just
    // after them, so the dateline under the headline can be found once it is known.
    std::vector<Heading> headings;
    DateClues dates;                                         // texts and <time> elements
};

std::string text_children(const xmlNode* n) {
    std::string out;
    for (const xmlNode* c = n->children; c; c = c->next)
        if (is_text(c)) out.append(content(c));
    return out;
}

// Class words that mark an author's element ("byline", "author", "c-byline__author",
// "author-name"); a bio or a photo of the author is not the byline.
bool author_class(const std::vector<std::string>& ws) {
    // Most elements have no such word: look for one first, then for what rules it out.
    const bool author = std::any_of(ws.begin(), ws.end(), [](const std::string& w) {
        return w == "byline" || w == "author" || w == "authorname" || w == "authors" || w == "byl";
    });
    if (!author) return false;
    return std::none_of(ws.begin(), ws.end(), [](const std::string& w) {
        return w == "bio" || w == "description" || w == "avatar" || w == "image" || w == "img" || w == "photo" ||
               w == "box" || w == "about" || w == "comment" || w == "comments";
    });
}

// Whether `hay` holds `needle` (lower case), ASCII case-insensitively; no allocation.
bool holds(std::string_view hay, std::string_view needle) {
    if (needle.size() > hay.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && base::lower_ascii(hay[i + k]) == needle[k]) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

bool is_author_markup(const xmlNode* n) {
    const auto rel = attribute(n, "rel");
    const auto prop = attribute(n, "itemprop");
    if ((rel && base::lower_ascii(*rel) == "author") || (prop && base::lower_ascii(*prop) == "author")) return true;
    // Split class and id into words only when they could hold an author word: most
    // elements are ruled out without allocating.
    const auto cls = attribute(n, "class");
    const auto id = attribute(n, "id");
    auto may = [](const std::optional<std::string_view>& v) { return v && (holds(*v, "author") || holds(*v, "byl")); };
    if (!may(cls) && !may(id)) return false;
    return author_class(class_words(n));
}

// A link to an author's page: a path segment from assets/clean/html/author_link_paths.txt
// (`segments`, "/author/") followed by more path ("/author/jane-doe").
bool author_link(const xmlNode* n, const std::vector<std::string>& segments) {
    const auto href = attribute(n, "href");
    if (!href) return false;
    // Paths are matched as written: sites write these segments in lower case.
    const std::string_view h = *href;
    for (const std::string& s : segments) {
        const auto at = h.find(s);
        if (at != std::string_view::npos && at + s.size() < h.size() && h[at + s.size()] != '?' && h[at + s.size()] != '#') return true;
    }
    return false;
}

// An author's photo: an <img> whose class, or a parent's up to three levels, says so.
bool author_photo(const xmlNode* img) {
    const xmlNode* p = img;
    for (int up = 0; p && up < 4; ++up, p = p->parent) {
        if (!is_element(p)) break;
        const auto cls = attribute(p, "class");
        if (!cls) continue;
        // A substring test first (cheap); the words decide.
        if (cls->find("avatar") == std::string_view::npos && cls->find("author") == std::string_view::npos &&
            cls->find("byline") == std::string_view::npos)
            continue;
        for (const std::string& w : class_words(p))
            if (w == "avatar" || w == "author" || w == "byline" || w == "gravatar") return true;
    }
    return false;
}

unsigned char lower_byte(char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); }

// Whether `text` at `at` reads `cue` (lower case), ASCII case-insensitively.
bool reads_at(std::string_view text, std::size_t at, std::string_view cue) {
    if (at + cue.size() > text.size()) return false;
    for (std::size_t k = 0; k < cue.size(); ++k)
        if (lower_byte(text[at + k]) != static_cast<unsigned char>(cue[k])) return false;
    return true;
}

bool space_or_colon(char c) { return c == ' ' || c == ':' || c == '\t' || c == '\n' || c == '\r'; }

// A text ending with a byline cue ("Written by", "By:", "Jun 2 Written By"), whose name is
// in the next text.
bool ends_with_cue(std::string_view text, const BylineCues& cues) {
    while (!text.empty() && space_or_colon(text.back())) text.remove_suffix(1);
    if (text.empty() || !cues.last[lower_byte(text.back())]) return false;
    for (const std::string& c : cues.bare) {
        if (text.size() < c.size() || !reads_at(text, text.size() - c.size(), c)) continue;
        if (text.size() == c.size() || space_or_colon(text[text.size() - c.size() - 1])) return true;
    }
    return false;
}

// A short text opening with a byline cue and a capitalised word ("By Ann Lee", "Written by
// Ann Lee"): the printed byline.
bool printed_byline(std::string_view text, const BylineCues& cues) {
    if (text.size() > 120) return false;
    while (!text.empty() && space_or_colon(text.front())) text.remove_prefix(1);
    if (text.empty() || !cues.first[lower_byte(text.front())]) return false;
    for (const std::string& cue : cues.bare) {
        if (!reads_at(text, 0, cue)) continue;
        std::size_t at = cue.size();
        if (at >= text.size() || !space_or_colon(text[at])) continue;
        while (at < text.size() && space_or_colon(text[at])) ++at;
        return at < text.size() && (base::is_ascii_upper(text[at]) || static_cast<unsigned char>(text[at]) >= 0x80);
    }
    return false;
}

Clues collect(const HtmlDocument& doc, const HtmlHints& hints) {
    constexpr std::size_t kMaxHeadings = 64;
    constexpr std::size_t kMaxBylineClues = 8, kMaxPrinted = 64;
    Clues clues;
    bool name_follows = false;   // the last text was a byline cue alone ("Written by")
    xmlNode* root = doc.root();
    // The author element being read: its text is the byline; what it holds (a date, a
    // <time>) is still walked, but no byline inside it is taken again.
    bool in_author = false;
    const xmlNode* author_end = nullptr;
    if (const auto lang = attribute(root, "lang")) clues.lang = trim(*lang);
    for (xmlNode* n = root; n; ) {
        if (in_author && n == author_end) in_author = false;
        const std::string_view t = tag(n);
        bool descend = true;
        if (t == "script") {
            const auto type = attribute(n, "type");
            if (type && base::lower_ascii(trim(*type)) == "application/ld+json" && clues.jsonld.size() < 16)
                clues.jsonld.push_back(text_children(n));
            descend = false;
        } else if (t == "style" || t == "template") {
            descend = false;
        } else if (t == "title") {
            if (clues.title_tag.empty()) clues.title_tag = collapsed_text(n, 1000);
            descend = false;
        } else if (t == "meta") {
            auto value = attribute(n, "content");
            for (const char* key_attr : {"property", "name", "itemprop", "http-equiv"}) {
                const auto key = attribute(n, key_attr);
                if (key && value && !trim(*value).empty()) clues.meta.emplace(base::lower_ascii(trim(*key)), trim(*value));
            }
        } else if (t == "link") {
            const auto rel = attribute(n, "rel");
            const auto href = attribute(n, "href");
            if (rel && href && base::lower_ascii(trim(*rel)) == "canonical" && clues.canonical.empty()) clues.canonical = trim(*href);
        } else if (t == "h1" || t == "h2" || t == "h3") {
            const std::string text = collapsed_text(n, 1000);
            if (t == "h1") descend = false;
            if (!text.empty() && clues.headings.size() < kMaxHeadings) {
                // Where the dateline under this heading would start: after its own text
                // nodes (an <h1>'s are not walked; an <h2>'s or <h3>'s come next).
                std::size_t own = 0;
                if (t != "h1")
                    for (const xmlNode* c = next_in_order(n, n); c; c = next_in_order(c, n))
                        if (is_text(c) && !trim(content(c)).empty()) ++own;
                clues.headings.push_back({text, t[1] - '0', clues.dates.texts.size() + own});
            }
        } else if (is_text(n)) {
            const std::string_view text = content(n);
            if (!trim(text).empty()) {
                clues.dates.texts.push_back(n);
                const std::size_t index = clues.dates.texts.size() - 1;
                if (clues.printed_bylines.size() < kMaxPrinted) {
                    if (name_follows) clues.printed_bylines.emplace_back(index, collapse_spaces(text.substr(0, 200)));
                    else if (printed_byline(text, hints.byline_cues)) clues.printed_bylines.emplace_back(index, collapse_spaces(text));
                }
                name_follows = text.size() < 40 && ends_with_cue(text, hints.byline_cues);
            }
        } else if (t == "time") {
            const auto dt = attribute(n, "datetime");
            if (dt && !trim(*dt).empty()) {
                TimeClue time;
                time.value = trim(*dt);
                time.text_index = clues.dates.texts.size();
                const auto prop = attribute(n, "itemprop");
                if (attribute(n, "pubdate") || (prop && base::lower_ascii(*prop) == "datepublished")) time.cue = DateCue::Published;
                else if (prop && base::lower_ascii(*prop) == "datemodified") time.cue = DateCue::Updated;
                else time.cue = class_cue(n, hints.date_classes);
                clues.dates.times.push_back(std::move(time));
            }
        } else if (t == "img") {
            const auto alt = attribute(n, "alt");
            if (alt && clues.avatars.size() < kMaxBylineClues && alt->size() < 80 && author_photo(n))
                clues.avatars.push_back(collapse_spaces(*alt));
        } else if (t == "a" && clues.author_links.size() < kMaxBylineClues && author_link(n, hints.author_link_segments)) {
            const std::string text = collapsed_text(n, 200);
            if (!text.empty() && text.size() < 80) clues.author_links.push_back(text);
            if (!in_author && clues.byline_texts.size() < kMaxBylineClues && is_author_markup(n) && !text.empty()) {
                clues.byline_texts.push_back(text);
            }
        } else if (is_element(n) && !in_author && clues.byline_texts.size() < kMaxBylineClues && is_author_markup(n)) {
            const std::string text = collapsed_text(n, 200);
            if (!text.empty() && text.size() < 120) clues.byline_texts.push_back(text);
            if (!text.empty()) {
                in_author = true;
                author_end = next_in_order(n, root, false);
            }
        }
        n = next_in_order(n, root, descend);
    }
    return clues;
}

// ---- choices ----

std::string meta_value(const Clues& c, const char* key) {
    auto it = c.meta.find(key);
    return it == c.meta.end() ? std::string() : collapse_spaces(decode_entities(it->second));
}

// A meta key that is a listed publication-date name (assets/clean/html/date_meta_names.txt,
// those naming publication: "publish", "pub") after a prefix of the site's own and a
// separator ("w-published-date"); a listed name itself is read in its own rank. Which names
// name publication: the fragments of assets/clean/html/date_meta_fragments.txt.
bool prefixed_publication_name(const std::string& key, const HtmlHints& hints) {
    auto holds_any = [&](const std::vector<std::string>& fragments) {
        return std::any_of(fragments.begin(), fragments.end(),
                           [&](const std::string& f) { return key.find(f) != std::string::npos; });
    };
    if (!holds_any(hints.publication_fragments) || holds_any(hints.modification_fragments)) return false;
    for (const std::string& n : hints.prefixable_date_names) {
        if (key.size() <= n.size() + 1 || key.compare(key.size() - n.size(), n.size(), n) != 0) continue;
        const char sep = key[key.size() - n.size() - 1];
        if (sep == '-' || sep == '_' || sep == ':' || sep == '.') return true;
    }
    return false;
}

std::string normalise_language(std::string lang) {
    lang = trim(lang);
    std::replace(lang.begin(), lang.end(), '_', '-');
    const auto space = lang.find_first_of(" ,;");
    if (space != std::string::npos) lang.resize(space);
    if (lang.size() < 2 || lang.size() > 35) return {};
    for (char c : lang)
        if (!base::is_ascii_alnum(c) && c != '-') return {};
    return lang;
}

}  // namespace

HtmlMetadata read_metadata(const HtmlDocument& doc, const clean::CleanResources& res) {
    HtmlMetadata m;
    if (!doc.root()) return m;
    const HtmlHints& hints = res.html;
    Clues clues = collect(doc, hints);
    const JsonLdArticle ld = read_jsonld(clues.jsonld, hints);

    // Outlet.
    std::string outlet = meta_value(clues, "og:site_name");
    if (outlet.empty()) outlet = collapse_spaces(ld.publisher);
    if (outlet.empty()) outlet = meta_value(clues, "application-name");
    if (!outlet.empty()) m.outlet = outlet;

    // Title: see html_title.h.
    TitleClues titles;
    for (const std::string& t : {meta_value(clues, "og:title"), ld.headline, meta_value(clues, "twitter:title"),
                                 collapse_spaces(clues.title_tag)})
        if (!t.empty()) titles.meta_titles.push_back(t);
    titles.outlet = outlet;
    // The page's address; without one, an address the page prints alone as a heading (its
    // logo, "davidbau.com") names the site as well.
    std::string address = clues.canonical.empty() ? meta_value(clues, "og:url") : clues.canonical;
    for (std::size_t i = 0; i < clues.headings.size() && address.empty(); ++i)
        if (looks_like_domain(clues.headings[i].text)) address = "https://" + trim(clues.headings[i].text) + "/";
    titles.site = learn_site_names({outlet, collapse_spaces(ld.publisher), meta_value(clues, "application-name")},
                                   address, titles.meta_titles, hints.title_separators);
    titles.headings = std::move(clues.headings);
    const auto title = choose_title(titles, res);
    if (title) m.title = title->title;

    // Published: see html_published.h.
    DateClues& dates = clues.dates;
    if (!ld.published.empty()) dates.declared.push_back(ld.published);
    for (const std::string& key : hints.date_meta_names) {
        const std::string v = meta_value(clues, key.c_str());
        if (v.empty()) continue;
        dates.declared.push_back(v);
        // Microdata's datePublished is schema.org's property, as in JSON-LD: not a head tag.
        if (key != "datepublished") dates.declared_in_meta = true;
    }
    // A site's own prefix on a listed publication name ("w-published-date", "article.publish_date"):
    // the same statement, after the names read as listed. Keys in sorted order: the map has none.
    {
        std::vector<std::string> keys;
        const std::vector<std::string>& listed = hints.date_meta_names;
        for (const auto& [key, value] : clues.meta)
            if (prefixed_publication_name(key, hints) && std::find(listed.begin(), listed.end(), key) == listed.end())
                keys.push_back(key);
        std::sort(keys.begin(), keys.end());
        for (const std::string& key : keys) {
            dates.declared.push_back(meta_value(clues, key.c_str()));
            dates.declared_in_meta = true;
        }
    }
    if (!ld.modified.empty()) dates.modified.push_back(ld.modified);
    for (const std::string& key : hints.date_modified_meta_names) {
        const std::string v = meta_value(clues, key.c_str());
        if (!v.empty()) dates.modified.push_back(v);
    }
    dates.url = clues.canonical.empty() ? meta_value(clues, "og:url") : clues.canonical;
    {
        std::string lang = normalise_language(clues.lang);
        if (lang.empty()) lang = normalise_language(meta_value(clues, "content-language"));
        if (lang.empty()) lang = normalise_language(meta_value(clues, "og:locale"));
        dates.order = numeric_order(lang, res.dates);
    }
    // The headline's place: the heading that is the title, else the first <h1>.
    if (title && title->heading) dates.headline = titles.headings[*title->heading].text_index;
    for (std::size_t i = 0; i < titles.headings.size() && !dates.headline; ++i)
        if (titles.headings[i].level == 1) dates.headline = titles.headings[i].text_index;
    if (const auto date = choose_published(doc, dates, res)) {
        m.published = date->iso;
        m.published_source = date->source;
    }

    // Byline: see html_byline.h.
    BylineClues by;
    by.jsonld = ld.authors;
    by.jsonld_organization = ld.author_organization;
    for (const std::string& key : hints.author_meta_names) {
        const std::string v = meta_value(clues, key.c_str());
        if (!v.empty() && !looks_like_url(v)) by.meta.push_back(v);
    }
    // twitter:data1 with twitter:label1 "Written by" (the label names what the data is).
    if (base::lower_ascii(meta_value(clues, "twitter:label1")).find("written by") != std::string::npos ||
        base::lower_ascii(meta_value(clues, "twitter:label1")) == "author")
        if (const std::string v = meta_value(clues, "twitter:data1"); !v.empty()) by.meta.push_back(v);
    by.markup = std::move(clues.byline_texts);
    by.links = std::move(clues.author_links);
    // Printed bylines near the headline only (the window the dateline is looked for in).
    constexpr std::size_t kBylineBefore = 12, kBylineAfter = 60;
    for (const auto& [index, text] : clues.printed_bylines) {
        const std::size_t h = dates.headline.value_or(0);
        if (index + kBylineBefore >= h && index <= h + kBylineAfter) by.printed.push_back(text);
        else if (base::lower_ascii(text).find(" by ") != std::string::npos) by.printed_far.push_back(text);   // "Written by …" in a bio
    }
    by.avatars = std::move(clues.avatars);
    if (auto byline = choose_byline(by, titles.site, res)) m.byline = *byline;

    // Language.
    std::string lang = normalise_language(clues.lang);
    if (lang.empty()) lang = normalise_language(meta_value(clues, "content-language"));
    if (lang.empty()) lang = normalise_language(meta_value(clues, "og:locale"));
    if (!lang.empty()) m.language = lang;
    return m;
}

}  // namespace lede::html
