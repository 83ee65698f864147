// html_content.cpp — see html_content.h. The page becomes a flat table of elements in
// document order (a parent always comes before its children), so every bottom-up sum is
// one backwards loop and nothing recurses, however deep the page nests.
#include "html_content.h"

#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <string>
#include <unordered_set>

#include "../base/ascii.h"
#include "../input_limits.h"

namespace lede::html {
namespace {

bool one_of(std::string_view t, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), t) != names.end();
}

// ---- class/id hints (assets/clean/html/, html_hints.h) ----

// The reason's code, in storage that lives as long as the hints (the resources).
const char* reason_code(const std::string& reason, const ContentHints& h) {
    for (const std::string& r : h.reasons)
        if (r == reason) return r.c_str();
    return "boilerplate";
}

// Ids that in-page links point to ("#toc_pricing"): the sections a table of contents
// leads to, whose ids often carry its name; such an id says nothing about the section.
using AnchorTargets = std::unordered_set<std::string_view>;

AnchorTargets anchor_targets(const xmlNode* body) {
    AnchorTargets out;
    for (const xmlNode* n = body; n; n = next_in_order(n, body)) {
        if (!has_tag(n, "a")) continue;
        const auto href = attribute(n, "href");
        if (href && href->size() > 1 && href->front() == '#') out.insert(href->substr(1));
    }
    return out;
}

// Words of class and id: each name split at non-alphanumerics, plus the name joined.
void for_each_hint_word(const xmlNode* n, const AnchorTargets& targets,
                        const std::function<void(const std::string&)>& f) {
    for (const char* name : {"class", "id"}) {
        const auto v = attribute(n, name);
        if (!v) continue;
        if (name[0] == 'i' && targets.count(*v)) continue;
        std::string word, joined;
        auto flush_word = [&] {
            if (!word.empty()) f(word);
            word.clear();
        };
        for (std::size_t i = 0; i <= v->size(); ++i) {
            const char c = i < v->size() ? (*v)[i] : ' ';
            if (base::is_ascii_space(c)) {
                flush_word();
                if (!joined.empty() && joined != word) f(joined);
                joined.clear();
            } else if (base::is_ascii_alnum(c)) {
                const char l = base::lower_ascii(c);
                word.push_back(l);
                joined.push_back(l);
            } else {
                flush_word();
            }
        }
    }
}

struct HintVerdict {
    int weight = 0;                  // +25 content words, -25 boilerplate words (Readability's scale)
    const char* boilerplate = nullptr;
    bool protected_ = false;
};

HintVerdict judge_hints(const xmlNode* n, const AnchorTargets& targets, const ContentHints& h) {
    HintVerdict v;
    bool good = false, bad = false;
    const std::string_view own_tag = tag(n);
    for_each_hint_word(n, targets, [&](const std::string& w) {
        if (h.content.count(w)) good = true;
        // A word that repeats the tag (<article id="article-comment-7">) protects nothing.
        if (h.protecting.count(w) && w != own_tag) v.protected_ = true;
        auto it = h.boilerplate.find(w);
        if (it != h.boilerplate.end()) {
            bad = true;
            if (!v.boilerplate) v.boilerplate = reason_code(it->second, h);
        }
    });
    if (good) v.weight += 25;
    if (bad) v.weight -= 25;
    return v;
}

bool is_hidden(const xmlNode* n) {
    if (attribute(n, "hidden")) return true;
    if (const auto aria = attribute(n, "aria-hidden"); aria && base::lower_ascii(*aria) == "true") return true;
    if (const auto style = attribute(n, "style")) {
        std::string s;
        for (char c : *style)
            if (!base::is_ascii_space(c)) s.push_back(base::lower_ascii(c));
        if (s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos) return true;
    }
    return false;
}

const char* structural_reason(std::string_view t) {
    if (t == "nav") return "menu";
    if (t == "aside") return "sidebar";
    if (t == "footer") return "footer";
    if (t == "header") return "header";
    if (t == "form") return "form";
    if (t == "dialog") return "ad";
    if (t == "figcaption") return "caption";
    if (t == "button" || t == "label") return "ui-label";
    return nullptr;
}

// ---- links ----

// The host of an absolute link ("https://www.example.com/x" -> "example.com"); empty for a
// relative one, which always stays on the page's own site.
std::string_view link_host(std::string_view href) {
    const auto scheme = href.find("//");
    if (scheme == std::string_view::npos || (scheme > 0 && href[scheme - 1] != ':')) return {};
    if (scheme > 6) return {};   // "//" deep in a path, not after a scheme
    std::string_view host = href.substr(scheme + 2);
    host = host.substr(0, host.find_first_of("/?#:"));
    if (host.substr(0, 4) == "www.") host.remove_prefix(4);
    return host;
}

// ---- the element table ----

struct Elem {
    const xmlNode* node = nullptr;
    int parent = -1;
    std::string_view tag;
    const char* hard = nullptr;        // never content
    const char* soft = nullptr;        // boilerplate unless it is the bulk of the page
    HintVerdict hints;
    bool marker = false;               // article / main / itemprop=articleBody in the subtree
    bool article_body = false;         // itemprop=articleBody itself
    bool active_soft = false;          // soft reason applies in this run
    // Own text (text node children), fixed at build time.
    std::size_t own_text = 0, own_commas = 0;
    // Subtree sums (recomputed by aggregate()).
    std::size_t text = 0, link = 0, inline_text = 0, commas = 0, heading = 0;
    std::size_t good = 0;              // text in readable blocks: paragraphs, headings, list items with few links
    int p = 0, img = 0, li = 0, input = 0, embed = 0;
    bool has_block = false;
    bool in_code = false;              // inside <pre> or <code>
    bool external = false;             // an <a> to another site than the page's own
    std::size_t external_link = 0;     // text in such links (subtree sum)
};

bool is_paragraph_tag(std::string_view t) { return one_of(t, {"p", "pre", "td"}); }

class Table {
public:
    std::vector<Elem> elems;
    int body = 0;

    void build(const xmlNode* start, const AnchorTargets& targets, const ContentHints& hints) {
        std::vector<int> stack;
        int depth = 0;
        const xmlNode* n = start;
        while (n) {
            bool descend = false;
            if (n->type == XML_ELEMENT_NODE) {
                const bool too_deep = depth >= limits::kMaxHtmlDepth;
                if (too_deep && is_never_text(n)) {
                    // Flattened region: never-text elements still hide their content.
                } else if (too_deep) {
                    descend = n->children != nullptr;
                    if (descend) stack.push_back(stack.empty() ? 0 : stack.back());
                } else {
                    const int index = static_cast<int>(elems.size());
                    elems.push_back(make(n, stack.empty() ? -1 : stack.back(), targets, hints));
                    // Class words in code are a highlighter's (a "comment" token), not the page's.
                    if (Elem& e = elems.back(); e.parent >= 0) {
                        const Elem& p = elems[e.parent];
                        e.in_code = p.in_code || p.tag == "pre" || p.tag == "code";
                        if (e.in_code) e.hints = HintVerdict{};
                    }
                    descend = n->children != nullptr && !elems.back().hard;
                    if (descend) stack.push_back(index);
                }
            } else if (is_text(n) && !stack.empty()) {
                Elem& owner = elems[stack.back()];
                if (!owner.hard) {
                    for (char c : content(n)) {
                        if (!base::is_ascii_space(c)) ++owner.own_text;
                        if (c == ',') ++owner.own_commas;
                    }
                }
            }
            if (descend) {
                ++depth;
                n = n->children;
                continue;
            }
            for (;;) {
                if (n == start) { n = nullptr; break; }
                if (n->next) { n = n->next; break; }
                n = n->parent;
                --depth;
                stack.pop_back();
            }
        }
    }

    // Subtree sums, with the soft reasons that are active.
    void aggregate() {
        for (Elem& e : elems) {
            e.text = e.inline_text = e.own_text;
            e.commas = e.own_commas;
            e.link = e.heading = e.good = e.external_link = 0;
            e.p = e.img = e.li = e.input = e.embed = 0;
            e.has_block = false;
            // An <article> that its own class marks as boilerplate (a comment, a related
            // teaser) says nothing about where the story is.
            const bool disowned = e.hints.boilerplate && !e.hints.protected_;
            e.marker = ((e.tag == "article" || e.tag == "main") && !disowned) || e.article_body;
        }
        for (int i = static_cast<int>(elems.size()) - 1; i > 0; --i) {
            Elem& e = elems[i];
            if (e.parent < 0) continue;
            Elem& p = elems[e.parent];
            p.marker = p.marker || e.marker;
            if (e.hard || e.active_soft) continue;
            const std::string_view t = e.tag;
            if (t == "a") {
                e.link = e.text;
                if (e.external) e.external_link = e.text;
            }
            const bool heading = t.size() == 2 && t[0] == 'h' && t[1] >= '2' && t[1] <= '6';
            if (is_paragraph_tag(t) || t == "li" || t == "blockquote" ||
                (!e.has_block && one_of(t, {"div", "section", "span"}))) {
                e.good = (e.text >= 25 && e.link * 10 < e.text * 3) ? e.text : 0;
            } else if (heading) {
                e.good = (e.link * 2 < e.text) ? e.text : 0;
            }
            if (t.size() == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6') e.heading = e.text;
            p.text += e.text;
            p.good += e.good;
            p.link += e.link;
            p.external_link += e.external_link;
            p.commas += e.commas;
            p.heading += e.heading;
            p.p += e.p + (t == "p");
            p.img += e.img + (t == "img");
            p.li += e.li + (t == "li");
            p.input += e.input + one_of(t, {"input", "select", "textarea", "button"});
            p.embed += e.embed + one_of(t, {"iframe", "embed", "object", "video"});
            const bool block = is_block(e.node) && t != "br";
            if (block) p.has_block = true;
            else p.inline_text += e.inline_text;
        }
    }

    // Links to a host other than the page's own: the page's own host is the one most of
    // its absolute links go to (menus, teasers and related lists all link home).
    void mark_external_links() {
        std::unordered_map<std::string_view, int> hosts;
        for (const Elem& e : elems)
            if (e.tag == "a")
                if (const auto href = attribute(e.node, "href"))
                    if (const auto host = link_host(*href); !host.empty()) ++hosts[host];
        std::string_view own;
        int most = 0;
        for (const auto& kv : hosts)
            if (kv.second > most || (kv.second == most && kv.first < own)) { own = kv.first; most = kv.second; }
        for (Elem& e : elems) {
            if (e.tag != "a") continue;
            const auto href = attribute(e.node, "href");
            const std::string_view host = href ? link_host(*href) : std::string_view();
            e.external = !host.empty() && host != own;
        }
    }

    bool inside_skipped(int i) const {
        for (; i >= 0; i = elems[i].parent)
            if (elems[i].hard || elems[i].active_soft) return true;
        return false;
    }

private:
    static Elem make(const xmlNode* n, int parent, const AnchorTargets& targets, const ContentHints& hints) {
        Elem e;
        e.node = n;
        e.parent = parent;
        e.tag = tag(n);
        if (is_never_text(n)) e.hard = "code";
        // Hidden and UI parts are dropped like boilerplate: not when they hold the bulk of
        // the page (a wrapper revealed by script, a page libxml2 nested inside a <button>).
        e.soft = is_hidden(n) ? "hidden" : structural_reason(e.tag);
        e.hints = judge_hints(n, targets, hints);
        if (const auto prop = attribute(n, "itemprop"); prop && base::lower_ascii(*prop).find("articlebody") != std::string::npos)
            e.article_body = true;
        return e;
    }
};

double link_density(const Elem& e) { return e.text ? double(e.link) / double(e.text) : 0.0; }

// A class word raises only a block with this much text: a one-line "content" box is not
// the story, however it is named.
constexpr std::size_t kHintMinText = 250;
// Without hints (the retry after a first choice too short to be the story) class words
// neither remove blocks nor raise them: a one-line "content" box won the first time.
double initial_score(const Elem& e, bool use_hints) {
    double s = use_hints && (e.hints.weight < 0 || e.text >= kHintMinText) ? e.hints.weight : 0;
    const std::string_view t = e.tag;
    if (t == "div" || t == "article" || t == "main" || t == "section") s += 5;
    else if (one_of(t, {"pre", "td", "blockquote"})) s += 3;
    else if (one_of(t, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"})) s -= 3;
    else if (one_of(t, {"h1", "h2", "h3", "h4", "h5", "h6", "th"})) s -= 5;
    if (e.article_body) s += 25;
    return s;
}

// The candidates' scores (Readability's), by element index.
struct Scores {
    const std::vector<Elem>& el;
    bool use_hints;
    std::vector<double> score;
    std::vector<char> candidate;
    std::vector<char> skipped;            // dropped, or inside a dropped element

    Scores(const Table& table, bool hints)
        : el(table.elems), use_hints(hints), score(el.size(), 0.0), candidate(el.size(), 0), skipped(el.size(), 0) {
        for (std::size_t i = 0; i < el.size(); ++i) {
            const Elem& e = el[i];
            skipped[i] = e.hard || e.active_soft || (e.parent >= 0 && skipped[e.parent]);
        }
    }
    // Makes `a` a candidate with its initial score, once.
    void touch(int a) {
        if (!candidate[a]) { candidate[a] = 1; score[a] = initial_score(el[a], use_hints); }
    }
};

// Each paragraph-like block gives points to its container and up to four ancestors; then
// every candidate's score is scaled by its share of non-link text.
void score_paragraphs(Scores& sc) {
    const auto& el = sc.el;
    for (std::size_t i = 0; i < el.size(); ++i) {
        if (sc.skipped[i]) continue;
        const Elem& e = el[i];
        std::size_t len = 0;
        int first;
        if (is_paragraph_tag(e.tag) || (!e.has_block && one_of(e.tag, {"div", "section", "article", "main", "blockquote"}))) {
            len = e.text;
            first = e.parent;
        } else if (e.has_block && e.inline_text >= 25 && one_of(e.tag, {"div", "section", "article", "main", "td", "blockquote"})) {
            len = e.inline_text;   // loose text between blocks reads as a paragraph of this container
            first = static_cast<int>(i);
        } else {
            continue;
        }
        if (len < 25 || first < 0) continue;
        const double points = 1.0 + double(e.commas) + std::min(std::floor(double(len) / 100.0), 3.0);
        int a = first;
        for (int level = 0; a >= 0 && level < 5; ++level, a = el[a].parent) {
            sc.touch(a);
            sc.score[a] += points / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
        }
    }
    for (std::size_t i = 0; i < el.size(); ++i)
        if (sc.candidate[i]) sc.score[i] *= 1.0 - link_density(el[i]);
}

// From the best candidate to the element that holds the article: the ancestor of several
// near-best candidates, a parent that scores higher, the parent of a lone child.
int settle_top(const Table& table, Scores& sc, int top) {
    const auto& el = sc.el;
    const std::size_t n = el.size();
    const std::vector<double>& score = sc.score;
    // Several near-best candidates under one ancestor: the ancestor holds the article.
    std::vector<int> alternatives;
    for (std::size_t i = 0; i < n; ++i)
        if (sc.candidate[i] && int(i) != top && score[i] >= 0.75 * score[top]) alternatives.push_back(int(i));
    if (alternatives.size() >= 3) {
        for (int a = el[top].parent; a >= 0 && a != table.body; a = el[a].parent) {
            int containing = 0;
            for (int alt : alternatives) {
                for (int b = alt; b >= 0; b = el[b].parent)
                    if (b == a) { ++containing; break; }
            }
            if (containing >= 3) { top = a; sc.touch(a); break; }
        }
    }
    // Climb while the parent scores higher (the article split over children).
    double last = score[top];
    for (int a = el[top].parent; a >= 0 && a != table.body; a = el[a].parent) {
        if (!sc.candidate[a]) continue;
        if (score[a] < last / 3.0) break;
        if (score[a] > last) top = a;
        last = score[a];
    }
    // A lone child says nothing its parent does not.
    while (el[top].parent >= 0 && el[top].parent != table.body) {
        const xmlNode* parent = el[el[top].parent].node;
        int elements = 0;
        for (const xmlNode* c = parent->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE) ++elements;
        if (elements != 1) break;
        top = el[top].parent;
    }
    return top;
}

// Readable text next to the winner (an article cut into sections by a page builder):
// move up while what each parent adds is mostly paragraphs, and only as far as it adds
// a real amount of them (a lone author bio is not worth its surroundings). A level that
// adds mostly other things (a hero box around an intro) is passed over, but then only an
// ancestor whose paragraphs alone are three times all the winner holds is worth it: the rest
// of the article, not a few call-to-action boxes around it.
int grow_over_readable_parents(Scores& sc, int top) {
    const auto& el = sc.el;
    int best = top;
    bool mixed = false;
    for (int a = el[top].parent; a >= 0 && !sc.skipped[a]; a = el[a].parent) {
        const Elem& cur = el[best];
        const Elem& up = el[a];
        const std::size_t extra_text = up.text - std::min(up.text, el[top].text);
        const std::size_t extra_good = up.good - std::min(up.good, el[top].good);
        if (link_density(up) > 0.35) break;
        if (extra_text > 0 && extra_good * 4 < extra_text * 3) {
            mixed = true;
            continue;
        }
        const bool worth = mixed ? up.good >= 3 * cur.text
                                 : up.good >= cur.good + std::max<std::size_t>(200, cur.good / 10);
        if (worth) best = a;
    }
    if (best != top) sc.touch(best);
    return best;
}

// The winner and its siblings that belong to the article.
std::vector<int> article_siblings(const Scores& sc, int top) {
    const auto& el = sc.el;
    const std::vector<double>& score = sc.score;
    std::vector<int> roots;
    const int parent = el[top].parent;
    if (parent < 0) return {top};
    const double threshold = std::max(10.0, score[top] * 0.2);
    const auto top_class = attribute(el[top].node, "class");
    for (std::size_t i = static_cast<std::size_t>(parent) + 1; i < el.size(); ++i) {
        if (el[i].parent != parent) {
            // Skip descendants quickly: they have a parent deeper than `parent`.
            continue;
        }
        const int s = static_cast<int>(i);
        if (sc.skipped[s]) continue;
        if (s == top) { roots.push_back(s); continue; }
        double bonus = 0;
        const auto cls = attribute(el[s].node, "class");
        if (top_class && cls && !top_class->empty() && *cls == *top_class) bonus = score[top] * 0.2;
        bool append = sc.candidate[s] && score[s] + bonus >= threshold;
        if (!append && el[s].tag == "p") {
            const double ld = link_density(el[s]);
            const std::size_t len = el[s].text;
            const std::string text = collapsed_text(el[s].node, 400);
            const bool sentence = text.find(". ") != std::string::npos || (!text.empty() && text.back() == '.');
            append = (len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld == 0 && sentence);
        }
        if (append) roots.push_back(s);
    }
    if (roots.empty()) roots.push_back(top);
    return roots;
}

// Readability-style scoring; returns the chosen roots (indices).
std::vector<int> choose_roots(const Table& table, bool use_hints) {
    Scores sc(table, use_hints);
    score_paragraphs(sc);
    int top = -1;
    for (std::size_t i = 0; i < sc.el.size(); ++i)
        if (sc.candidate[i] && (top < 0 || sc.score[i] > sc.score[top])) top = static_cast<int>(i);
    if (top < 0) return {table.body};
    top = settle_top(table, sc, top);
    top = grow_over_readable_parents(sc, top);
    // Declared article body holding the winner: take it whole.
    for (int a = top; a >= 0; a = sc.el[a].parent) {
        if (sc.el[a].article_body) return {a};
    }
    return article_siblings(sc, top);
}

bool inside(const Table& t, int i, int root) {
    for (; i >= 0; i = t.elems[i].parent)
        if (i == root) return true;
    return false;
}

// How much less a link to another site counts than one within it, in the link density
// that takes a block out as related content.
constexpr double kOutboundLinkDiscount = 0.5;

// Readability's "clean conditionally", for the blocks inside the chosen roots.
const char* conditional_reason(const Elem& e, bool in_figure) {
    const std::string_view t = e.tag;
    if (t.size() == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6') {
        if (e.hints.weight < 0) return "ui-label";
        if (e.text && link_density(e) > 0.5) return "related";
        return nullptr;
    }
    if (!one_of(t, {"div", "section", "ul", "ol", "table", "form", "fieldset", "dl"})) return nullptr;
    const int weight = e.hints.weight;
    if (weight < 0) return e.hints.boilerplate ? e.hints.boilerplate : "boilerplate";
    if (e.commas >= 10) return nullptr;
    const bool list = t == "ul" || t == "ol" || t == "dl";
    // Related-story and menu lists link within the site; a list of sources, products or
    // references links out, and is more often part of what the article says.
    const double ld = e.text ? (double(e.link) - kOutboundLinkDiscount * double(e.external_link)) / double(e.text) : 0.0;
    const double heading_density = e.text ? double(e.heading) / double(e.text) : 0.0;
    if (e.img > 1 && double(e.p) / double(e.img) < 0.5 && !in_figure) return "gallery";
    if (e.input > e.p / 3) return "form";
    if (!list && heading_density < 0.9 && e.text < 25 && (e.img == 0 || e.img > 2) && !in_figure) return "ui-label";
    if (!list && weight < 25 && ld > 0.2 && e.text < 2000) return "related";
    if (ld > 0.5) return "related";
    if ((e.embed == 1 && e.text < 75) || e.embed > 1) return "media-player";
    return nullptr;
}

}  // namespace

bool is_never_text(const xmlNode* n) {
    const std::string_view t = tag(n);
    return one_of(t, {"script", "style", "noscript", "template", "iframe", "svg", "math", "canvas", "object",
                      "embed", "video", "audio", "source", "track", "picture", "map", "input", "select",
                      "option", "textarea", "head", "title", "meta", "link"});
}

bool is_block(const xmlNode* n) {
    const std::string_view t = tag(n);
    return one_of(t, {"p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3",
                      "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead",
                      "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "address", "hr", "br",
                      "form", "fieldset", "details", "summary", "center", "body", "html", "hgroup", "menu"});
}

ContentSelection select_content(const HtmlDocument& doc, const ContentHints& hints) {
    ContentSelection out;
    const xmlNode* root = doc.root();
    if (!root) return out;
    const xmlNode* body = nullptr;
    for (const xmlNode* c = root->children; c; c = c->next)
        if (has_tag(c, "body")) body = c;
    if (!body) body = root;

    Table table;
    table.build(body, anchor_targets(body), hints);
    table.mark_external_links();
    if (table.elems.empty()) return out;
    auto& el = table.elems;

    std::vector<int> roots;
    for (int pass = 0; pass < 2; ++pass) {
        const bool use_hints = pass == 0;
        // Raw sums first: a soft reason never removes the bulk of the page.
        for (Elem& e : el) e.active_soft = false;
        table.aggregate();
        const std::size_t page_text = el[0].text, page_good = el[0].good;
        for (std::size_t i = 1; i < el.size(); ++i) {
            Elem& e = el[i];
            const char* reason = e.soft;
            if (!reason && use_hints && e.hints.boilerplate && !e.hints.protected_ && e.tag != "a" &&
                e.tag != "body" && !e.article_body)
                reason = e.hints.boilerplate;
            if (!reason || e.marker || e.article_body) continue;
            if (e.text * 2 > page_text) continue;
            // A class word is weaker evidence than where the reading is: a "hub--header" or a
            // "layout-sidebar-left" holding most of the page's paragraphs holds the story.
            // Comments are the exception: a long thread can outweigh its article.
            if (!e.soft && e.good * 2 > page_good && std::string_view(reason) != "comments") continue;
            e.active_soft = true;
        }
        table.aggregate();
        roots = choose_roots(table, use_hints);
        std::size_t kept = 0;
        for (int r : roots) kept += el[r].text;
        if (kept >= 250 || !use_hints) break;
    }

    for (int r : roots) out.roots.push_back(el[r].node);
    // Reasons: every skipped element (for labelling), plus conditional drops inside roots.
    for (std::size_t i = 0; i < el.size(); ++i) {
        const Elem& e = el[i];
        if (e.hard) out.dropped.emplace(e.node, e.hard);
        else if (e.active_soft) out.dropped.emplace(e.node, e.soft ? e.soft : e.hints.boilerplate);
    }
    for (int r : roots) {
        // Conditional drops inside this root; class-word drops (a "toc" or "menu" class on
        // every section of a page builder's article) never remove the bulk of the root.
        std::vector<std::pair<int, const char*>> drops;
        std::unordered_set<int> dropped_here;
        std::size_t by_hints = 0;
        for (std::size_t i = static_cast<std::size_t>(r) + 1; i < el.size(); ++i) {
            const Elem& e = el[i];
            if (!inside(table, static_cast<int>(i), r)) break;
            if (e.hard || e.active_soft) continue;
            bool in_figure = false, in_drop = false;
            for (int a = e.parent; a >= 0 && a != r; a = el[a].parent) {
                if (el[a].tag == "figure") in_figure = true;
                if (dropped_here.count(a)) in_drop = true;
            }
            const char* why = conditional_reason(e, in_figure);
            // Nor do measures (link density, few commas) take out the block that holds most
            // of the root: it is the root's content, however many links it carries.
            if (why && e.hints.weight >= 0 && e.text * 2 > el[r].text) why = nullptr;
            if (why) {
                drops.emplace_back(static_cast<int>(i), why);
                dropped_here.insert(static_cast<int>(i));
                if (!in_drop && e.hints.weight < 0) by_hints += e.text;
            }
        }
        const bool keep_hinted = by_hints * 2 > el[r].text;
        for (const auto& [i, why] : drops)
            if (!keep_hinted || el[i].hints.weight >= 0) out.dropped.emplace(el[i].node, why);
    }
    return out;
}

}  // namespace lede::html
