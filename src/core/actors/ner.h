// ner.h — named-entity mentions of a tokenized document, from the trained tagger.
//
// The model (assets/models/ner.bin, trained by tools/train_ner.sh) is loaded with the
// actors stage's resources (actor_resources.h); without it `tag_entities` returns nothing.
// Each sentence is tagged with BILOU labels by Viterbi decoding, and the
// labels become token ranges typed PER, ORG, LOC or MISC. Linear in the document size.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "../nlp/document.h"
#include "../nlp/perceptron.h"
#include "gazetteer.h"

namespace lede::ner {

enum class EntityType { Per, Org, Loc, Misc };

struct EntityMention {
    std::size_t first_token = 0;                  // [first_token, end_token) into Document::tokens
    std::size_t end_token = 0;
    EntityType type = EntityType::Misc;
};

// The model of models/ner.bin's bytes, its transitions masked to BILOU; nothing when the
// bytes are no model or a model of other labels (trained for other features).
std::optional<nlp::Perceptron> ner_model_from_bytes(std::string bytes);

// The mentions `model` finds (none when it is empty), with `gaz` for its features.
std::vector<EntityMention> tag_entities(const nlp::Document& doc, const nlp::Perceptron& model,
                                        const gazetteer::Gazetteer& gaz);

}  // namespace lede::ner
