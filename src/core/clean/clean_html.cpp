// clean_html.cpp — see clean_html.h. Parse (html_document), read the page's own metadata
// (html_metadata), choose the article's blocks (html_content), then walk the page once,
// in document order, writing the kept text as paragraphs and noting every dropped text
// as a removed span; a block the page prints twice is kept once (html_repeats). Words
// are copied from the source wherever the parser shows they are verbatim there, so
// `origin` maps them back; whitespace is collapsed as a browser renders it (a single
// source space between two copied words is copied too).
#include "clean_html.h"

#include <algorithm>
#include <unordered_set>

#include "../article_builder.h"
#include "../input_limits.h"
#include "html_content.h"
#include "html_document.h"
#include "html_drop_cap.h"
#include "html_repeats.h"
#include "html_streamed.h"

#include <libxml/tree.h>
#include "html_metadata.h"

namespace lede {
namespace {

using html::HtmlDocument;

struct Word {
    const xmlNode* node = nullptr;
    std::string_view node_text;        // the node's whole content
    std::size_t offset = 0, length = 0;
    bool space_before = false;
    std::optional<std::size_t> source; // where the word is in the input, when verbatim
};

struct PendingParagraph {
    ParagraphKind kind = ParagraphKind::Paragraph;
    std::vector<Word> words;
};

bool is_space_at(std::string_view s, std::size_t i, std::size_t& width) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') { width = 1; return true; }
    if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') { width = 2; return true; }  // no-break space
    return false;
}

class Walker {
public:
    Walker(const HtmlDocument& doc, const html::ContentSelection& selection, const html::HtmlHints& hints)
        : doc_(doc), selection_(selection), hints_(hints), roots_(selection.roots.begin(), selection.roots.end()) {}

    std::vector<PendingParagraph> paragraphs;
    std::vector<Removed> removed;

    void run(const xmlNode* start) {
        int depth = 0;
        const xmlNode* n = start;
        while (n) {
            if (enter(n, depth)) {
                ++depth;
                n = n->children;
                continue;
            }
            // n is done: leave it and every ancestor whose last child it closes.
            for (;;) {
                leave(n, depth);
                if (n == start) { n = nullptr; break; }
                if (n->next) { n = n->next; break; }
                n = n->parent;
                --depth;
            }
        }
        flush();
        release_held();
        flush_removed();
    }

private:
    const HtmlDocument& doc_;
    const html::ContentSelection& selection_;
    const html::HtmlHints& hints_;
    std::unordered_set<const xmlNode*> roots_;
    const xmlNode* root_open_ = nullptr;       // the selected root we are inside
    const xmlNode* drop_open_ = nullptr;       // the dropped subtree we are inside
    const char* drop_reason_ = nullptr;
    std::vector<ParagraphKind> kinds_;         // open blocks that set a kind
    std::vector<const xmlNode*> kind_nodes_;
    int quotes_ = 0;
    PendingParagraph current_;
    bool pending_space_ = false;
    std::size_t cursor_ = 0;                   // source position of the last located word
    std::optional<Removed> open_removed_;
    // A drop cap waiting for the next text: a capital letter that was a whole block or a
    // whole dropped fragment (html_drop_cap.h). Resolved at the next text node.
    std::optional<Word> held_;
    bool held_kept_ = false;                   // it came from kept text (else from a dropped part)
    ParagraphKind held_kind_ = ParagraphKind::Paragraph;
    const char* held_reason_ = nullptr;

    bool keeping() const { return root_open_ && !drop_open_; }

    // Returns whether to descend into n's children.
    bool enter(const xmlNode* n, int depth) {
        if (n->type != XML_ELEMENT_NODE) {
            if (html::is_text(n)) text(n);
            return false;
        }
        if (html::is_never_text(n)) return false;   // scripts, styles, media: never text, never reported
        const bool structured = depth < limits::kMaxHtmlDepth;
        if (!root_open_ && roots_.count(n)) {
            flush();
            root_open_ = n;
        }
        if (!drop_open_) {
            auto it = selection_.dropped.find(n);
            if (it != selection_.dropped.end()) {
                flush();
                drop_open_ = n;
                drop_reason_ = it->second;
            }
        }
        if (structured && html::is_block(n)) {
            flush();
            const std::string_view t = html::tag(n);
            if (t.size() == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6') push_kind(n, ParagraphKind::Heading);
            else if (t == "li" || t == "dt" || t == "dd") push_kind(n, ParagraphKind::ListItem);
            else if (t == "p") push_kind(n, ParagraphKind::Paragraph);
            if (t == "blockquote") ++quotes_;
        }
        return n->children != nullptr;
    }

    void leave(const xmlNode* n, int depth) {
        if (!n || n->type != XML_ELEMENT_NODE || html::is_never_text(n)) return;
        if (depth < limits::kMaxHtmlDepth && html::is_block(n)) {
            flush();
            if (!kind_nodes_.empty() && kind_nodes_.back() == n) {
                kind_nodes_.pop_back();
                kinds_.pop_back();
            }
            if (html::has_tag(n, "blockquote") && quotes_ > 0) --quotes_;
        }
        if (n == drop_open_) {
            flush();
            drop_open_ = nullptr;
            drop_reason_ = nullptr;
        }
        if (n == root_open_) {
            flush();
            root_open_ = nullptr;
        }
    }

    void push_kind(const xmlNode* n, ParagraphKind k) {
        kinds_.push_back(k);
        kind_nodes_.push_back(n);
    }

    ParagraphKind kind_now() const {
        if (!kinds_.empty() && kinds_.back() != ParagraphKind::Paragraph) return kinds_.back();
        return quotes_ > 0 ? ParagraphKind::Quote : ParagraphKind::Paragraph;
    }

    std::optional<std::size_t> locate(const Word& w) {
        auto at = doc_.locate(w.node, w.node_text, w.offset, w.length, cursor_);
        if (at) cursor_ = *at + w.length;
        return at;
    }

    void text(const xmlNode* n) {
        const std::string_view s = html::content(n);
        if (s.empty()) return;
        const bool keep = keeping();
        std::size_t i = 0, width = 0;
        bool space = pending_space_;
        std::optional<std::size_t> first, last;
        bool first_word = true;
        while (i < s.size()) {
            if (is_space_at(s, i, width)) {
                space = true;
                i += width;
                continue;
            }
            std::size_t j = i;
            while (j < s.size() && !is_space_at(s, j, width)) ++j;
            Word w{n, s, i, j - i, space, std::nullopt};
            w.source = locate(w);
            const std::string_view word = s.substr(i, j - i);
            if (first_word) {
                first_word = false;
                // A capital letter alone in a dropped fragment may be the article's drop cap.
                if (!keep && html::is_capital_letter(word) && only_word(s, j)) {
                    release_held();
                    held_ = w;
                    held_kept_ = false;
                    held_reason_ = drop_reason_ ? drop_reason_ : "outside-article";
                    pending_space_ = false;
                    return;
                }
                if (held_) {
                    if (keep && html::starts_lower_case(word)) {
                        flush();
                        current_.kind = held_kept_ ? held_kind_ : kind_now();
                        held_->space_before = false;
                        current_.words.push_back(*held_);
                        held_.reset();
                        w.space_before = false;
                    } else {
                        release_held();
                    }
                }
                // "<span class=dropcap>H</span> ong": the space after a marked initial is layout.
                if (keep && w.space_before && current_.words.size() == 1 && html::starts_lower_case(word) &&
                    current_.words[0].node != n && html::is_capital_letter(current_.words[0].node_text.substr(
                                                       current_.words[0].offset, current_.words[0].length)) &&
                    html::in_drop_cap_element(current_.words[0].node, hints_))
                    w.space_before = false;
            }
            if (keep) {
                if (current_.words.empty()) current_.kind = kind_now();
                current_.words.push_back(w);
            } else {
                if (!first) first = w.source;
                if (w.source) last = *w.source + w.length;
            }
            space = false;
            i = j;
        }
        pending_space_ = space;
        if (keep) {
            flush_removed();
        } else if (first && last) {
            note_removed(*first, *last, drop_reason_ ? drop_reason_ : "outside-article");
        }
    }

    // Nothing but spaces after position j of s.
    static bool only_word(std::string_view s, std::size_t j) {
        std::size_t width = 0;
        while (j < s.size() && is_space_at(s, j, width)) j += width;
        return j >= s.size();
    }

    // The held letter was not a drop cap after all: back to what it was.
    void release_held() {
        if (!held_) return;
        if (held_kept_) {
            PendingParagraph p;
            p.kind = held_kind_;
            p.words.push_back(*held_);
            paragraphs.push_back(std::move(p));
        } else if (held_->source) {
            note_removed(*held_->source, *held_->source + held_->length, held_reason_);
        }
        held_.reset();
    }

    void note_removed(std::size_t start, std::size_t end, const char* reason) {
        if (end <= start) return;
        if (open_removed_ && open_removed_->reason == reason && start >= open_removed_->span.end) {
            open_removed_->span.end = end;
            return;
        }
        flush_removed();
        open_removed_ = Removed{{start, end}, reason};
    }

    void flush_removed() {
        if (open_removed_) removed.push_back(std::move(*open_removed_));
        open_removed_.reset();
    }

    void flush() {
        pending_space_ = false;
        if (current_.words.empty()) return;
        // A block that is one capital letter may be a drop cap: hold it for the next text.
        if (current_.words.size() == 1 &&
            html::is_capital_letter(current_.words[0].node_text.substr(current_.words[0].offset, current_.words[0].length))) {
            release_held();
            held_ = current_.words[0];
            held_kept_ = true;
            held_kind_ = current_.kind;
            current_ = PendingParagraph{};
            return;
        }
        paragraphs.push_back(std::move(current_));
        current_ = PendingParagraph{};
    }
};

std::string paragraph_text(const PendingParagraph& p) {
    std::string out;
    for (const Word& w : p.words) {
        if (w.space_before && !out.empty()) out.push_back(' ');
        out.append(w.node_text.substr(w.offset, w.length));
    }
    return out;
}

void build(const PendingParagraph& p, std::string_view input, ArticleBuilder& b) {
    b.begin_paragraph(p.kind);
    const Word* prev = nullptr;
    for (const Word& w : p.words) {
        if (prev && w.space_before) {
            // One source space between two copied words is itself a copy.
            if (prev->source && w.source && *w.source == *prev->source + prev->length + 1 &&
                input[*prev->source + prev->length] == ' ')
                b.copy(input, *prev->source + prev->length, 1);
            else
                b.write(" ");
        }
        if (w.source) b.copy(input, *w.source, w.length);
        else b.write(w.node_text.substr(w.offset, w.length));
        prev = &w;
    }
    b.end_paragraph();
}

Span source_span(const PendingParagraph& p) {
    std::optional<std::size_t> start, end;
    for (const Word& w : p.words) {
        if (!w.source) continue;
        if (!start) start = w.source;
        end = *w.source + w.length;
    }
    if (!start || !end) return {};
    return {*start, *end};
}

}  // namespace

CleanResult clean_html(const clean::CleanResources& res, std::string_view input) {
    CleanResult result;
    const HtmlDocument doc = HtmlDocument::parse(input);
    const xmlNode* root = doc.root();
    if (doc.flattened_elements() > 0)
        result.warnings.push_back({"html-too-deep", "the HTML nests deeper than " + std::to_string(limits::kMaxHtmlDepth) +
                                                        " levels; " + std::to_string(doc.flattened_elements()) +
                                                        " deeper elements were read as plain text"});
    if (!root) return result;

    html::place_streamed_segments(doc.root());
    const html::HtmlMetadata meta = html::read_metadata(doc, res);
    const html::ContentSelection selection = html::select_content(doc, res.html.content);

    const xmlNode* body = root;
    for (const xmlNode* c = root->children; c; c = c->next)
        if (html::has_tag(c, "body")) body = c;
    Walker walker(doc, selection, res.html);
    walker.run(body);

    // The headline is the title, not the body's first paragraph.
    std::vector<PendingParagraph>& paragraphs = walker.paragraphs;
    if (meta.title) {
        const std::string title = html::comparable(*meta.title);
        for (std::size_t i = 0; i < paragraphs.size() && i < 4; ++i) {
            if (html::comparable(paragraph_text(paragraphs[i])) != title) continue;
            const Span span = source_span(paragraphs[i]);
            if (!span.empty()) walker.removed.push_back({span, "repeated-title"});
            paragraphs.erase(paragraphs.begin() + static_cast<std::ptrdiff_t>(i));
            break;
        }
    }

    // A block the page carries twice (one copy per layout) is read once.
    {
        std::vector<std::string> texts;
        texts.reserve(paragraphs.size());
        for (const PendingParagraph& p : paragraphs) texts.push_back(paragraph_text(p));
        const std::vector<bool> repeat = html::repeated_paragraphs(texts);
        std::size_t kept = 0;
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            if (repeat[i]) {
                const Span span = source_span(paragraphs[i]);
                if (!span.empty()) walker.removed.push_back({span, "repeated"});
                continue;
            }
            if (kept != i) paragraphs[kept] = std::move(paragraphs[i]);
            ++kept;
        }
        paragraphs.resize(kept);
    }

    Article& article = result.article;
    ArticleBuilder builder(article);
    for (const PendingParagraph& p : paragraphs) build(p, input, builder);
    article.title = meta.title;
    article.published = meta.published;
    article.published_source = meta.published_source;
    article.byline = meta.byline;
    article.outlet = meta.outlet;
    if (meta.language) article.language = *meta.language;
    result.removed = std::move(walker.removed);
    std::sort(result.removed.begin(), result.removed.end(),
              [](const Removed& a, const Removed& b) { return a.span.start < b.span.start; });
    return result;
}

}  // namespace lede
