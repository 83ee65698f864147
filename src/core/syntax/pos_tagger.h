// pos_tagger.h — part-of-speech tags for the words of a sentence.
//
// An averaged perceptron (nlp/perceptron.h) trained on UD English EWT (CC BY-SA 4.0) by
// tools/train_pos; weights in assets/models/pos.bin. Tags are the Universal POS tags,
// except that verbs carry their Penn form, which the clause rules need for passives and
// participles: VB, VBD, VBG, VBN, VBP, VBZ instead of VERB (AUX stays AUX).
// Contract:
// - `SyntaxModels::load` (syntax_models.h) loads the model once; when the file is missing
//   or corrupt, `ready()` is false and `tag` returns an empty vector (callers fall back to rules).
// - `tag(words)` returns one tag per word; `add_features` is the one feature function,
//   shared by the trainer and the tagger so both see the same features.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../nlp/perceptron.h"

namespace lede::syntax {

class PosTagger {
public:
    static PosTagger from_model(nlp::Perceptron model);

    bool ready() const { return !model_.empty(); }
    std::vector<std::string> tag(const std::vector<std::string_view>& words) const;

    // The features of word i of `words` appended to `seq` as one token.
    static void add_features(const std::vector<std::string_view>& words, std::size_t i, nlp::FeatureSequence& seq);

private:
    nlp::Perceptron model_;
};

// Verb tags (VB, VBD, VBG, VBN, VBP, VBZ) and AUX.
bool is_verb_tag(std::string_view tag);

}  // namespace lede::syntax
