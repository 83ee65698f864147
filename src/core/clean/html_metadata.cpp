// html_metadata.cpp — see html_metadata.h. One walk collects every clue; the choice
// between clues happens afterwards, in one place per field.
#include "html_metadata.h"

#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "../assets.h"
#include "html_published.h"
#include "published_date.h"

namespace lede::html {
namespace {

using json = nlohmann::json;

const std::vector<std::string>& lines(const char* path) {
    static std::unordered_map<std::string, std::vector<std::string>> cache;
    auto it = cache.find(path);
    if (it == cache.end()) it = cache.emplace(path, assets::read_lines(path)).first;
    return it->second;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\n\f");
    if (b == std::string_view::npos) return {};
    const auto e = s.find_last_not_of(" \t\r\n\f");
    return std::string(s.substr(b, e - b + 1));
}

std::string collapse(std::string_view s) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {   // no-break space
            space = true;
            ++i;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') { space = true; continue; }
        if (space && !out.empty()) out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

bool looks_like_url(std::string_view s) {
    return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 || s.rfind("//", 0) == 0 || s.rfind("www.", 0) == 0;
}

// Everything the walk noticed.
struct Clues {
    std::string lang;
    std::string title_tag;
    std::string canonical;                                   // <link rel=canonical href>
    std::vector<std::string> h1s;
    std::unordered_map<std::string, std::string> meta;      // first value per lower-case key
    std::vector<std::string> jsonld;                         // raw script texts
    std::vector<std::string> byline_texts;                   // rel=author, itemprop=author, .byline
    // Headings that may be the headline: their text and the index into dates.texts just
    // after them, so the dateline under the headline can be found once it is known.
    struct Heading {
        std::string text;
        std::size_t text_index = 0;
        bool h1 = false;
    };
    std::vector<Heading> headings;
    DateClues dates;                                         // texts and <time> elements
};

std::string text_children(const xmlNode* n) {
    std::string out;
    for (const xmlNode* c = n->children; c; c = c->next)
        if (is_text(c)) out.append(content(c));
    return out;
}

bool is_author_markup(const xmlNode* n) {
    const auto rel = attribute(n, "rel");
    const auto prop = attribute(n, "itemprop");
    if ((rel && lower(*rel) == "author") || (prop && lower(*prop) == "author")) return true;
    for (const std::string& w : class_words(n))
        if (w == "byline" || w == "author" || w == "authorname") return true;
    return false;
}

Clues collect(const HtmlDocument& doc) {
    constexpr std::size_t kMaxHeadings = 64;
    Clues clues;
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
            if (type && lower(trim(*type)) == "application/ld+json" && clues.jsonld.size() < 16)
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
                if (key && value && !trim(*value).empty()) clues.meta.emplace(lower(trim(*key)), trim(*value));
            }
        } else if (t == "link") {
            const auto rel = attribute(n, "rel");
            const auto href = attribute(n, "href");
            if (rel && href && lower(trim(*rel)) == "canonical" && clues.canonical.empty()) clues.canonical = trim(*href);
        } else if (t == "h1" || t == "h2") {
            const std::string text = collapsed_text(n, 1000);
            if (t == "h1" && clues.h1s.size() < 8) clues.h1s.push_back(text);
            if (t == "h1") {
                descend = false;
                if (!text.empty() && clues.headings.size() < kMaxHeadings)
                    clues.headings.push_back({text, clues.dates.texts.size(), true});
            } else if (!text.empty() && clues.headings.size() < kMaxHeadings) {
                // An <h2> headline: its own text nodes come next, the dateline after them.
                std::size_t own = 0;
                for (const xmlNode* c = next_in_order(n, n); c; c = next_in_order(c, n))
                    if (is_text(c) && !trim(content(c)).empty()) ++own;
                clues.headings.push_back({text, clues.dates.texts.size() + own, false});
            }
        } else if (is_text(n)) {
            if (!trim(content(n)).empty()) clues.dates.texts.push_back(n);
        } else if (t == "time") {
            const auto dt = attribute(n, "datetime");
            if (dt && !trim(*dt).empty()) {
                TimeClue time;
                time.value = trim(*dt);
                time.text_index = clues.dates.texts.size();
                const auto prop = attribute(n, "itemprop");
                if (attribute(n, "pubdate") || (prop && lower(*prop) == "datepublished")) time.cue = DateCue::Published;
                else if (prop && lower(*prop) == "datemodified") time.cue = DateCue::Updated;
                else time.cue = class_cue(n);
                clues.dates.times.push_back(std::move(time));
            }
        } else if (is_element(n) && !in_author && clues.byline_texts.size() < 8 && is_author_markup(n)) {
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

// ---- JSON-LD ----

struct JsonLdArticle {
    std::string headline, published, byline, publisher;
    bool is_article = false;
};

bool type_in(const json& obj, const std::vector<std::string>& types) {
    auto it = obj.find("@type");
    if (it == obj.end()) return false;
    auto matches = [&](const json& v) {
        return v.is_string() && std::find(types.begin(), types.end(), v.get_ref<const std::string&>()) != types.end();
    };
    if (matches(*it)) return true;
    if (it->is_array())
        for (const json& v : *it)
            if (matches(v)) return true;
    return false;
}

std::string string_field(const json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end()) return {};
    if (it->is_string()) return trim(decode_entities(it->get_ref<const std::string&>()));
    if (it->is_array() && !it->empty() && it->front().is_string())
        return trim(decode_entities(it->front().get_ref<const std::string&>()));
    return {};
}

// Author names from a string, a Person/Organization object (or an @id reference into the
// graph), or an array of those.
std::string author_names(const json& value, const std::unordered_map<std::string, const json*>& by_id) {
    std::vector<std::string> names;
    auto add = [&](const json& v) {
        std::string name;
        if (v.is_string()) {
            name = trim(decode_entities(v.get_ref<const std::string&>()));
        } else if (v.is_object()) {
            name = string_field(v, "name");
            if (name.empty()) {
                const std::string id = string_field(v, "@id");
                auto it = by_id.find(id);
                if (it != by_id.end()) name = string_field(*it->second, "name");
            }
        }
        name = collapse(name);
        if (!name.empty() && !looks_like_url(name) && std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    };
    if (value.is_array()) {
        for (const json& v : value) add(v);
    } else {
        add(value);
    }
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

// Deeply nested JSON is not metadata; refuse it before the parser sees it.
bool shallow_json(std::string_view text) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '{' || c == '[') { if (++depth > 32) return false; }
        else if (c == '}' || c == ']') --depth;
    }
    return true;
}

JsonLdArticle read_jsonld(const std::vector<std::string>& scripts) {
    const auto& article_types = lines("clean/html/jsonld_article_types.txt");
    const auto& page_types = lines("clean/html/jsonld_page_types.txt");
    JsonLdArticle best, page;
    for (const std::string& script : scripts) {
        if (script.size() > (1u << 20) || !shallow_json(script)) continue;
        const json root = json::parse(script, nullptr, false);
        if (root.is_discarded()) continue;
        // Every object reachable, breadth first (no recursion): @graph arrays, nested
        // mainEntity objects and top-level lists all count.
        std::vector<const json*> objects;
        std::vector<const json*> queue{&root};
        for (std::size_t i = 0; i < queue.size() && queue.size() < 2000; ++i) {
            const json& v = *queue[i];
            if (v.is_array()) {
                for (const json& e : v) queue.push_back(&e);
            } else if (v.is_object()) {
                objects.push_back(&v);
                for (const char* key : {"@graph", "mainEntity", "mainEntityOfPage", "itemListElement"}) {
                    auto it = v.find(key);
                    if (it != v.end() && (it->is_object() || it->is_array())) queue.push_back(&*it);
                }
            }
        }
        std::unordered_map<std::string, const json*> by_id;
        for (const json* o : objects) {
            const std::string id = string_field(*o, "@id");
            if (!id.empty()) by_id.emplace(id, o);
        }
        for (const json* o : objects) {
            const bool is_article = type_in(*o, article_types);
            const bool is_page = !is_article && type_in(*o, page_types);
            if (!is_article && !is_page) continue;
            JsonLdArticle& into = is_article ? best : page;
            if (into.is_article || (!is_article && !into.published.empty())) continue;
            JsonLdArticle found;
            found.is_article = is_article;
            found.headline = collapse(string_field(*o, "headline"));
            if (found.headline.empty() && is_article) found.headline = collapse(string_field(*o, "name"));
            found.published = string_field(*o, "datePublished");
            if (found.published.empty()) found.published = string_field(*o, "dateCreated");
            auto author = o->find("author");
            if (author == o->end()) author = o->find("creator");
            if (author != o->end()) found.byline = author_names(*author, by_id);
            auto publisher = o->find("publisher");
            if (publisher != o->end()) {
                if (publisher->is_object()) {
                    found.publisher = string_field(*publisher, "name");
                    if (found.publisher.empty()) {
                        auto it = by_id.find(string_field(*publisher, "@id"));
                        if (it != by_id.end()) found.publisher = string_field(*it->second, "name");
                    }
                } else if (publisher->is_string()) {
                    found.publisher = trim(publisher->get_ref<const std::string&>());
                }
            }
            into = found;
        }
    }
    if (!best.is_article) {
        best.published = page.published;
        best.publisher = page.publisher;
        if (best.byline.empty()) best.byline = page.byline;
    }
    return best;
}

// ---- choices ----

std::string meta_value(const Clues& c, const char* key) {
    auto it = c.meta.find(key);
    return it == c.meta.end() ? std::string() : collapse(decode_entities(it->second));
}

std::string normalise_language(std::string lang) {
    lang = trim(lang);
    std::replace(lang.begin(), lang.end(), '_', '-');
    const auto space = lang.find_first_of(" ,;");
    if (space != std::string::npos) lang.resize(space);
    if (lang.size() < 2 || lang.size() > 35) return {};
    for (char c : lang)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return {};
    return lang;
}

// Titles are compared and shown with the typewriter apostrophe: "Beginner’s" and
// "Beginner's" are the same headline, and pages mix both between <h1> and metadata.
std::string plain_apostrophes(std::string text) {
    for (const char* curly : {"\xE2\x80\x99", "\xE2\x80\x98"}) {
        for (std::size_t at = text.find(curly); at != std::string::npos; at = text.find(curly, at + 1))
            text.replace(at, 3, "'");
    }
    return text;
}

std::string strip_by(std::string text) {
    text = collapse(text);
    const std::string l = lower(text);
    for (const char* prefix : {"by ", "by: ", "written by ", "author: ", "words by "}) {
        if (l.rfind(prefix, 0) == 0) return trim(text.substr(std::string(prefix).size()));
    }
    return text;
}

}  // namespace

std::string comparable(std::string_view raw) {
    const std::string text = plain_apostrophes(collapse(raw));
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') { space = true; continue; }
        if (space && !out.empty()) out.push_back(' ');
        space = false;
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

std::string drop_site_name(const std::string& title, const std::string& site) {
    const std::string site_c = comparable(site);
    for (const std::string& sep_word : lines("clean/html/title_separators.txt")) {
        const std::string sep = " " + sep_word + " ";
        // Site name last ("Headline | Site") or first ("Site | Headline").
        const auto last = title.rfind(sep);
        if (last != std::string::npos) {
            const std::string head = trim(title.substr(0, last)), tail = trim(title.substr(last + sep.size()));
            const std::string tail_c = comparable(tail);
            if (!site_c.empty() && !tail_c.empty() &&
                (tail_c == site_c || site_c.find(tail_c) != std::string::npos || tail_c.find(site_c) != std::string::npos))
                return drop_site_name(head, site);
            const auto first = title.find(sep);
            const std::string lead_c = comparable(title.substr(0, first));
            if (!site_c.empty() && (lead_c == site_c || site_c.find(lead_c) != std::string::npos))
                return trim(title.substr(first + sep.size()));
            // Without a known site name: a short last part after a long headline.
            if (site_c.empty() && (sep_word == "|" || sep_word == "-" || sep_word == "–" || sep_word == "—") &&
                tail.size() <= 30 && head.size() >= 2 * tail.size() &&
                std::count(tail.begin(), tail.end(), ' ') <= 3)
                return head;
        }
    }
    return title;
}

HtmlMetadata read_metadata(const HtmlDocument& doc) {
    HtmlMetadata m;
    if (!doc.root()) return m;
    Clues clues = collect(doc);
    const JsonLdArticle ld = read_jsonld(clues.jsonld);

    // Outlet.
    std::string outlet = meta_value(clues, "og:site_name");
    if (outlet.empty()) outlet = collapse(ld.publisher);
    if (outlet.empty()) outlet = meta_value(clues, "application-name");
    if (!outlet.empty()) m.outlet = outlet;

    // Title: a visible <h1> confirmed by metadata first, then metadata titles.
    std::vector<std::string> meta_titles;
    for (const std::string& t : {meta_value(clues, "og:title"), ld.headline, meta_value(clues, "twitter:title"),
                                 collapse(clues.title_tag)}) {
        if (t.empty()) continue;
        meta_titles.push_back(t);
        const std::string stripped = drop_site_name(t, outlet);
        if (stripped != t) meta_titles.push_back(stripped);
    }
    for (const std::string& h1 : clues.h1s) {
        const std::string h = comparable(h1);
        if (h.empty()) continue;
        for (const std::string& t : meta_titles) {
            if (comparable(t) == h) { m.title = collapse(h1); break; }
        }
        if (m.title) break;
    }
    if (!m.title) {
        // The first headline that is not the site's name (a logo in an <h1>).
        const std::string site = comparable(outlet);
        for (const std::string& h1 : clues.h1s) {
            const std::string h = comparable(h1);
            if (h.size() < 4 || h == site) continue;
            m.title = collapse(h1);
            break;
        }
    }
    if (!m.title && !meta_titles.empty()) {
        std::string t = drop_site_name(meta_titles.front(), outlet);
        if (!t.empty()) m.title = t;
    }

    if (m.title) m.title = plain_apostrophes(*m.title);

    // Published: see html_published.h.
    DateClues& dates = clues.dates;
    if (!ld.published.empty()) dates.declared.push_back(ld.published);
    for (const std::string& key : lines("clean/html/date_meta_names.txt")) {
        const std::string v = meta_value(clues, key.c_str());
        if (!v.empty()) dates.declared.push_back(v);
    }
    dates.url = clues.canonical.empty() ? meta_value(clues, "og:url") : clues.canonical;
    // The headline's place: the heading that is the title, else the first <h1>.
    if (m.title) {
        const std::string title = comparable(*m.title);
        for (const auto& h : clues.headings)
            if (comparable(h.text) == title) { dates.headline = h.text_index; break; }
    }
    if (!dates.headline) {
        for (const auto& h : clues.headings)
            if (h.h1) { dates.headline = h.text_index; break; }
    }
    if (const auto date = choose_published(doc, dates)) {
        m.published = date->iso;
        m.published_source = date->source;
    }

    // Byline.
    std::string byline = ld.byline;
    if (byline.empty()) {
        const std::string author = meta_value(clues, "author");
        if (!author.empty() && !looks_like_url(author)) byline = author;
    }
    if (byline.empty()) {
        const std::string author = meta_value(clues, "article:author");
        if (!author.empty() && !looks_like_url(author)) byline = author;
    }
    if (byline.empty()) {
        for (const std::string& t : clues.byline_texts) {
            const std::string name = strip_by(t);
            if (!name.empty() && name.size() <= 80) { byline = name; break; }
        }
    }
    if (!byline.empty()) m.byline = byline;

    // Language.
    std::string lang = normalise_language(clues.lang);
    if (lang.empty()) lang = normalise_language(meta_value(clues, "content-language"));
    if (lang.empty()) lang = normalise_language(meta_value(clues, "og:locale"));
    if (!lang.empty()) m.language = lang;
    return m;
}

}  // namespace lede::html
