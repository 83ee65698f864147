// html_drop_cap.h — a drop cap: the first letter of an article set in its own element
// ("<span class=dropcap>H</span>ong Kong", "<div class=initial>H</div><p>ong Kong").
// Read naively it splits its word ("H ong Kong", or "ong Kong" once a one-letter block is
// dropped as a fragment), and the actor extractor then finds "Kong". The walker in
// clean_html.cpp holds such a letter back and glues it to the next word when that word
// starts in lower case.
#pragma once

#include <string_view>

#include <libxml/tree.h>

#include "html_hints.h"

namespace lede::html {

// One code point, an upper-case letter (Latin, Greek or Cyrillic).
bool is_capital_letter(std::string_view word);
// The word starts with a lower-case letter (Latin, Greek or Cyrillic).
bool starts_lower_case(std::string_view word);
// The element holding a text node (or its parent) has a drop-cap class/id word
// (assets/clean/html/drop_cap_hints.txt).
bool in_drop_cap_element(const xmlNode* text_node, const HtmlHints& hints);

}  // namespace lede::html
