// clean_text.h — cleaning a text/plain paste (Ctrl+A, Ctrl+C of a whole page).
//
// Input: valid UTF-8. Output: the article paragraphs copied from the input (with origin
// runs), title, published date-time with its source span, byline, and every dropped
// block with a reason. Never fails; a paste with no article gives a "no-article" warning
// and keeps the longest text blocks.
#pragma once

#include <string_view>

#include "clean_resources.h"
#include "clean_result.h"

namespace lede {

CleanResult clean_text(const clean::CleanResources& resources, std::string_view input);

}  // namespace lede
