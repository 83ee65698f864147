// ner_recase.h — what the NER tagger reads for a line written all in capitals ("APPLE
// UNVEILS NEW IPHONE", a filing's "DOMINION TERMINAL ASSOCIATES"): each word in the case
// the document writes it elsewhere ("unveils" seen in lower case -> "unveils", "Apple" seen
// capitalised -> "Apple"), else title case; short codes the gazetteer knows in capitals
// ("US", "NATO") stay. The tagger was trained on mixed-case text, where capitals are its
// strongest cue: in a capitals-only line every word looked like a name. Only the tagger's
// input changes; tokens, offsets and the mention rules still see the text as written.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer.h"
#include "ner_features.h"

namespace lede::ner {

// Rewrites, in place, the words of every capitals-only segment of `segments` (two or more
// words of two letters or more, no lower-case letter) as views into `store`. Documents
// written mostly in capitals are left alone (there is no mixed-case evidence to read).
void recase_capital_lines(std::vector<std::vector<std::string_view>>& segments, const DocumentEvidence& doc,
                          const gazetteer::Gazetteer& gaz, std::deque<std::string>& store);

}  // namespace lede::ner
