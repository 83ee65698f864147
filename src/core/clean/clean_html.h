// clean_html.h — cleaning a text/html flavour or a saved page, with libxml2's HTML parser.
//
// Input: valid UTF-8 HTML. Output as for clean_text, except that origin runs and removed
// spans point into the HTML source. Scripts, styles and iframes are never executed;
// their content never reaches the article.
#pragma once

#include <string_view>

#include "clean_resources.h"
#include "clean_result.h"

namespace lede {

CleanResult clean_html(const clean::CleanResources& resources, std::string_view html);

}  // namespace lede
