// html_content.h — finding the article's block in a parsed page, the way Readability and
// trafilatura do: drop what is never content, score containers, keep the best one.
//
// Steps (all iterative; nesting beyond limits::kMaxHtmlDepth is not scored, only read):
// 1. Never content: script, style, noscript, template, iframe, svg, canvas, object, embed,
//    media, form controls, hidden elements (hidden, aria-hidden, display:none), and nav,
//    aside, footer, header, form and figcaption unless they hold the bulk of the page.
//    Elements whose class/id words mark boilerplate (assets/clean/html/boilerplate_hints.txt)
//    go too, unless a content word protects them (content_hints.txt) or they hold most of
//    the page's paragraph text (comments excepted). An id that in-page links point to
//    ("#toc_costs") names a section a table of contents leads to, and is not read.
// 2. Each paragraph-like block (p, pre, td, or a div holding text with no block inside)
//    with 25+ bytes of text scores 1 + commas + length/100 (at most 3) for its parent, half
//    for its grandparent, less further up; containers start from their tag and class words,
//    and end multiplied by (1 - link density).
// 3. The best container wins (moving up when several near-best ones share an ancestor, or
//    when its parent scores higher); siblings that score well or read as paragraphs join it.
//    A page's declared body (itemprop=articleBody, a lone <article>) that holds the winner
//    takes its place.
// 4. Inside the chosen blocks, link lists (links to other sites than the page's own count
//    half), image galleries, short UI fragments and boilerplate-marked parts are left out; class words alone never take out more than
//    half of a block (a page builder may mark every section of the story "toc" or "menu").
// When that keeps almost nothing, the selection runs again without class/id hints.
//
// Contract: never fails; a page with no body gives no roots.
#pragma once

#include <unordered_map>
#include <vector>

#include "html_document.h"
#include "html_hints.h"

namespace lede::html {

struct ContentSelection {
    // The article's blocks, in document order (no one inside another).
    std::vector<const xmlNode*> roots;
    // Subtrees left out, with the reason code for "removed": inside the roots and, for
    // labelling, the boilerplate regions elsewhere in the page.
    std::unordered_map<const xmlNode*, const char*> dropped;
};

ContentSelection select_content(const HtmlDocument& doc, const ContentHints& hints);

// Elements whose content is never text for the reader (script, style, ...).
bool is_never_text(const xmlNode* n);
// Elements that start a new block of text (p, div, li, h1, td, br, ...).
bool is_block(const xmlNode* n);

}  // namespace lede::html
