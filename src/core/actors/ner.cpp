// ner.cpp — see ner.h.
#include "ner.h"

#include <deque>

#include "ner_features.h"
#include "ner_recase.h"

namespace lede::ner {
namespace {

EntityType type_of(std::string_view label) {
    const std::string_view t = label.substr(2);
    if (t == "PER") return EntityType::Per;
    if (t == "ORG") return EntityType::Org;
    if (t == "LOC") return EntityType::Loc;
    return EntityType::Misc;
}

}  // namespace

std::optional<nlp::Perceptron> ner_model_from_bytes(std::string bytes) {
    auto p = nlp::Perceptron::from_bytes(std::move(bytes));   // the model keeps the bytes
    if (!p || p->labels() != ner_labels()) return std::nullopt;  // a model for other features
    p->set_transition_mask(nlp::bio_transition_mask(p->labels()));
    return p;
}

std::vector<EntityMention> tag_entities(const nlp::Document& doc, const nlp::Perceptron& model,
                                        const gazetteer::Gazetteer& gaz) {
    std::vector<EntityMention> out;
    if (model.empty()) return out;
    std::vector<std::vector<std::string_view>> sentences;
    sentences.reserve(doc.sentences.size());
    // Lines are tagged apart: a name never runs across a line break (lists, headlines).
    std::vector<std::size_t> segment_first;
    for (const auto& s : doc.sentences) {
        std::vector<std::string_view> words;
        for (std::size_t t = s.first_token; t < s.end_token; ++t) {
            if (!words.empty() && doc.tokens[t].newline_before) {
                sentences.push_back(std::move(words));
                words.clear();
            }
            if (words.empty()) segment_first.push_back(t);
            words.push_back(doc.token_text(t));
        }
        if (!words.empty()) sentences.push_back(std::move(words));
    }
    const DocumentEvidence evidence = document_evidence(sentences);
    std::deque<std::string> recased;   // the words of capitals-only lines, as the tagger reads them
    recase_capital_lines(sentences, evidence, gaz, recased);
    const auto& labels = model.labels();
    nlp::FeatureSequence features;
    for (std::size_t k = 0; k < sentences.size(); ++k) {
        features.clear();
        sentence_features(sentences[k], evidence, gaz, features);
        const std::vector<int> tags = model.tag(features);
        const std::size_t base = segment_first[k];
        std::size_t open = 0;
        for (std::size_t i = 0; i < tags.size(); ++i) {
            const std::string& l = labels[static_cast<std::size_t>(tags[i])];
            if (l[0] == 'B') open = i;
            if (l[0] == 'U') out.push_back({base + i, base + i + 1, type_of(l)});
            if (l[0] == 'L') out.push_back({base + open, base + i + 1, type_of(l)});
        }
    }
    return out;
}

}  // namespace lede::ner
