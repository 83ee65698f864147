// parser_features.h — the features of one parser state (the one feature function, shared by
// tools/train_parser and the parser so both see the same features).
//
// Words and tags are hashed once per sentence (`ParserInput`); a state's features combine
// those hashes (and arc labels, distances, valencies) with integer mixing, not strings, so
// a state costs ~80 multiplications. The templates follow the usual rich feature set of
// transition parsers (Zhang & Nivre 2011): words and tags of s0..s2 and b0..b2, their pairs
// and triples, the outermost dependents of s0, s1 and b0 and their labels, the s0-b0 and
// s1-s0 distances and the valencies. Changing anything here means retraining.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../nlp/perceptron.h"
#include "arc_hybrid.h"

namespace lede::syntax {

// Per-position hashes of a sentence; position n (the last) is the root.
struct ParserInput {
    std::vector<std::uint32_t> word, tag, suffix;

    // `tags` one per word (the POS tagger's); words are lower-cased and digits folded to 0.
    ParserInput(const std::vector<std::string_view>& words, const std::vector<std::string>& tags);
    std::size_t size() const { return word.size() - 1; }
};

// The word form the parser sees: ASCII lower case, digits as 0, ’ as '.
std::string parser_word(std::string_view w);

// Appends one token (the state) with its features to `seq`.
void add_parser_features(const ArcHybrid& state, const ParserInput& in, nlp::FeatureSequence& seq);

}  // namespace lede::syntax
