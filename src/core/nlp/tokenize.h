// tokenize.h — tokens and sentences of news text.
//
// Handles abbreviations (U.S., Dr., Jan.), initials, curly apostrophes ("Trump’s" ->
// "Trump" + "’s"), hyphenated names, numbers with separators, URLs. Paragraph breaks
// ("\n\n") always end a sentence. Linear in the text size.
#pragma once

#include <string_view>

#include "document.h"
#include "nlp_resources.h"

namespace lede::nlp {

// `resources`: the abbreviations whose period stays in the word (NlpResources).
Document tokenize(std::string_view text, const NlpResources& resources);

}  // namespace lede::nlp
