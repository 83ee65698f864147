// dependency_parser.cpp — see dependency_parser.h. Greedy decoding: at each state the best
// legal move by the model's integer scores (ties to the lowest move index, so native and
// wasm agree).
#include "dependency_parser.h"

#include <limits>

#include "../assets.h"
#include "arc_hybrid.h"
#include "parser_features.h"

namespace lede::syntax {

std::vector<std::string> DependencyParser::labels_for_model(const std::vector<std::string>& relations) {
    std::vector<std::string> out{"SHIFT"};
    for (const auto& r : relations) out.push_back("L-" + r);
    for (const auto& r : relations) out.push_back("R-" + r);
    return out;
}

std::optional<DependencyParser> DependencyParser::from_model(nlp::Perceptron model) {
    const auto& labels = model.labels();
    if (labels.size() < 3 || labels.size() % 2 == 0 || labels[0] != "SHIFT") return std::nullopt;
    DependencyParser p;
    const std::size_t k = (labels.size() - 1) / 2;
    for (std::size_t i = 0; i < k; ++i) {
        if (labels[1 + i].rfind("L-", 0) != 0) return std::nullopt;
        p.relations_.push_back(labels[1 + i].substr(2));
    }
    if (labels_for_model(p.relations_) != labels) return std::nullopt;
    p.model_ = std::move(model);
    return p;
}

const DependencyParser& DependencyParser::shared() {
    static const DependencyParser parser = [] {
        auto bytes = assets::read("models/parser.bin");
        std::optional<nlp::Perceptron> model = bytes ? nlp::Perceptron::from_bytes(std::move(*bytes)) : std::nullopt;
        std::optional<DependencyParser> p = model ? from_model(std::move(*model)) : std::nullopt;
        return p ? std::move(*p) : DependencyParser();
    }();
    return parser;
}

Parse DependencyParser::parse(const std::vector<std::string_view>& words, const std::vector<std::string>& tags) const {
    Parse out;
    if (!ready() || words.empty()) return out;
    const ParserInput in(words, tags);
    ArcHybrid state(words.size());
    const int relations = static_cast<int>(relations_.size());
    const std::size_t moves = model_.labels().size();
    std::vector<std::int32_t> scores(moves);
    nlp::FeatureSequence seq;
    while (!state.done()) {
        seq.clear();
        add_parser_features(state, in, seq);
        model_.emission_scores(seq, 0, scores.data());
        int best = -1;
        std::int32_t top = std::numeric_limits<std::int32_t>::min();
        for (std::size_t m = 0; m < moves; ++m) {
            if (!state.legal(move_of(static_cast<int>(m), relations).kind) || (best >= 0 && scores[m] <= top)) continue;
            best = static_cast<int>(m);
            top = scores[m];
        }
        state.apply(move_of(best, relations));   // some move is always legal until done()
    }
    out.heads = state.heads();
    out.labels.reserve(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        const int l = state.labels()[i];
        if (out.heads[i] == static_cast<int>(words.size())) {
            out.heads[i] = -1;
            out.labels.push_back("root");   // whatever label the move onto the root carried
            continue;
        }
        out.labels.push_back(l >= 0 && l < relations ? relations_[static_cast<std::size_t>(l)] : "dep");
    }
    return out;
}

}  // namespace lede::syntax
