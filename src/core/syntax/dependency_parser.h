// dependency_parser.h — labelled dependency trees for the words of a sentence.
//
// A greedy arc-hybrid transition parser (arc_hybrid.h) scored by an averaged perceptron
// (nlp/perceptron.h, int8 weights, hashed features of parser_features.h), trained on UD
// English EWT (CC BY-SA 4.0) by tools/train_parser with a dynamic oracle; weights in
// assets/models/parser.bin. Labels are Universal Dependencies relations (frequent subtypes
// such as nsubj:pass and obl:tmod kept, rare ones folded to their universal part).
// Contract:
// - `DependencyParser::shared()` loads the model once; when the file is missing or is not
//   a parser model, `ready()` is false and `parse` returns an empty Parse.
// - `parse(words, tags)` takes one POS tag per word (syntax::PosTagger's tags) and returns
//   one head and one label per word: head = index of the head word, -1 for the sentence's
//   root (exactly one word). The tree is projective. Linear time: two decisions per word.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../nlp/perceptron.h"

namespace lede::syntax {

struct Parse {
    std::vector<int> heads;            // per word: head word index, -1 for the root
    std::vector<std::string> labels;   // per word: relation to its head ("root" for the root)
    bool empty() const { return heads.empty(); }
};

class DependencyParser {
public:
    static const DependencyParser& shared();
    // nullopt when the model's labels are not SHIFT, L-x..., R-x... (see labels_for_model).
    static std::optional<DependencyParser> from_model(nlp::Perceptron model);

    bool ready() const { return !model_.empty(); }
    const nlp::Perceptron& model() const { return model_; }
    const std::vector<std::string>& relations() const { return relations_; }

    Parse parse(const std::vector<std::string_view>& words, const std::vector<std::string>& tags) const;

    // The classifier labels for relations r0..rk: "SHIFT", "L-r0".."L-rk", "R-r0".."R-rk"
    // (the order of arc_hybrid.h's move_index). The trainer names its model's labels so.
    static std::vector<std::string> labels_for_model(const std::vector<std::string>& relations);

private:
    nlp::Perceptron model_;
    std::vector<std::string> relations_;
};

}  // namespace lede::syntax
