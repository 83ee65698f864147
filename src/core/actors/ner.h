// ner.h — named-entity mentions of a tokenized document, from the trained tagger.
//
// The model (assets/models/ner.bin, trained by tools/train_ner.sh) is loaded at first
// use and shared; without it `tag_entities` returns nothing (and `ner_model_loaded`
// says so). Each sentence is tagged with BILOU labels by Viterbi decoding, and the
// labels become token ranges typed PER, ORG, LOC or MISC. Linear in the document size.
#pragma once

#include <string>
#include <vector>

#include "../nlp/document.h"

namespace lede::ner {

enum class EntityType { Per, Org, Loc, Misc };

struct EntityMention {
    std::size_t first_token = 0;                  // [first_token, end_token) into Document::tokens
    std::size_t end_token = 0;
    EntityType type = EntityType::Misc;
};

std::vector<EntityMention> tag_entities(const nlp::Document& doc);

bool ner_model_loaded();

}  // namespace lede::ner
