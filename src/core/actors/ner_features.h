// ner_features.h — the features of the NER tagger, shared by the core and the trainer
// (tools/train_ner), so that training and tagging see exactly the same strings.
//
// Per token: lower-cased word, word shape, prefixes and suffixes, capitalisation at
// sentence start, a window of two words and shapes either side, gazetteer membership
// (countries, demonyms, capitals, regions, cities, first and last names, titles, with the
// token's position inside the matched phrase), and document evidence: whether the
// word also occurs in lower case elsewhere in the document (a sentence-initial
// "Officials" is then likely a common word).
//
// Labels are BILOU over PER, ORG, LOC and MISC (`ner_labels`). Changing any feature
// means retraining (tools/train_ner.sh).
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "../nlp/perceptron.h"
#include "gazetteer.h"

namespace lede::ner {

// The model's labels, in index order: "O", then B-/I-/L-/U- for PER, ORG, LOC, MISC.
std::vector<std::string> ner_labels();

// Words seen in lower case anywhere in the document (folded form).
struct DocumentEvidence {
    std::unordered_set<std::string> lower_seen;
    std::unordered_set<std::string> cap_inside;   // seen capitalised after the first word of a sentence
    bool mostly_uppercase = false;                // headline-style or shouting text
    bool no_capitals = false;                     // text typed without capitals
};

DocumentEvidence document_evidence(const std::vector<std::vector<std::string_view>>& sentences);

// Appends one sentence's token features to `out` (one begin_token per word). `domain`
// (training only, e.g. "tw" for tweets) adds a domain-marked copy of every feature; tagging
// passes none.
void sentence_features(const std::vector<std::string_view>& words, const DocumentEvidence& doc,
                       const gazetteer::Gazetteer& gaz, nlp::FeatureSequence& out,
                       std::string_view domain = {});

// Word shape: runs of the same class collapsed: "Putin" -> "Xx", "U.S." -> "X.X.", "2020" -> "d".
std::string word_shape(std::string_view word);

}  // namespace lede::ner
