// dependency_parser.h — labelled dependency trees for the words of a sentence.
//
// A greedy arc-hybrid transition parser (arc_hybrid.h) scored by an averaged perceptron
// (nlp/perceptron.h, int8 weights, hashed features of parser_features.h), trained on UD
// English EWT (CC BY-SA 4.0) by tools/train_parser with a dynamic oracle; weights in
// assets/models/parser.bin. Labels are Universal Dependencies relations (frequent subtypes
// such as nsubj:pass and obl:tmod kept, rare ones folded to their universal part).
// Contract:
// - `SyntaxModels::load` (syntax_models.h) loads the model once, packed; when the file is
//   missing or is not a parser model, `ready()` is false and `parse` returns an empty Parse.
// - `parse(words, tags)` takes one POS tag per word (syntax::PosTagger's tags) and returns
//   one head and one label per word: head = index of the head word, -1 for the sentence's
//   root (exactly one word). The tree is projective. Linear time: two decisions per word.
#pragma once

#include <cstdint>
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
    // nullopt when the model's labels are not SHIFT, L-x..., R-x... (see labels_for_model),
    // or its weights are not int8.
    static std::optional<DependencyParser> from_model(nlp::Perceptron model);
    // The same from a packed model's bytes (nlp/perceptron_pack.h), its tables built straight
    // from the streams; model() then holds the header only (labels, no weights).
    static std::optional<DependencyParser> from_packed(std::string_view bytes);

    bool ready() const { return !model_.empty(); }
    // The model (for the shipped parser, loaded packed: its header only, no weights).
    const nlp::Perceptron& model() const { return model_; }
    const std::vector<std::string>& relations() const { return relations_; }

    Parse parse(const std::vector<std::string_view>& words, const std::vector<std::string>& tags) const;

    // The classifier labels for relations r0..rk: "SHIFT", "L-r0".."L-rk", "R-r0".."R-rk"
    // (the order of arc_hybrid.h's move_index). The trainer names its model's labels so.
    static std::vector<std::string> labels_for_model(const std::vector<std::string>& relations);

    // The move scores of one state's features (token 0 of `seq`): exactly the model's
    // emission_scores, read from the flat table below.
    void scores(const nlp::FeatureSequence& seq, std::int32_t* out) const;

private:
    nlp::Perceptron model_;
    std::vector<std::string> relations_;
    // The model's weights in tables built at load. The perceptron's row format (a label
    // bitmask per row, read bit by bit) cost ~200 instructions per feature here, where a state
    // has ~90 features and a row up to 83 moves; and a table per bucket (4 MB) missed the
    // cache on every feature. So: per 32 buckets a bit per bucket with a row and the number of
    // rows before (128 KB for 2^19 buckets), then per row either a few (label << 8 | int8
    // weight) entries or, for rows with many weights, all the moves' weights in a row, which
    // the compiler adds with vector instructions. ~2 MB in all. Int8 weights only.
    struct Row {
        std::uint32_t start = 0;   // into entries_, or into dense_ when `dense`
        std::uint16_t count = 0;   // entries (sparse rows)
        std::uint16_t dense = 0;
    };
    template <typename Sum>
    void add_rows(const nlp::FeatureSequence& seq, Sum* out) const;
    static std::optional<DependencyParser> empty_for(const nlp::Perceptron& model);
    void add_row(std::uint32_t bucket, std::size_t n, const std::uint16_t* labels, const std::int8_t* values);
    void count_rows();
    std::uint32_t bucket_mask_ = 0;
    std::vector<std::uint32_t> has_row_;     // per 32 buckets: {row bits, rows before}
    std::vector<Row> rows_;                  // per row, in bucket order
    std::vector<std::uint16_t> entries_;
    std::vector<std::int8_t> dense_;         // moves weights per dense row
};

}  // namespace lede::syntax
