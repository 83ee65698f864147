// actor_resources.h — the actors stage's data (NER model, gazetteer, word lists, actor
// dictionary), loaded once from the asset source and passed to the stage (no stage reads a
// data file after loading).
//
// Safe to move (Resources::load moves it once): the gazetteer and the dictionary keep
// offsets into their own text, never views, and the model its bytes with offsets.
#pragma once

#include <string>
#include <unordered_set>

#include "../nlp/perceptron.h"
#include "asset_source.h"
#include "gazetteer.h"
#include "phrase_index.h"

namespace lede::actors {

struct ActorResources {
    gazetteer::Gazetteer gazetteer;                       // assets/gazetteer/: countries.tsv, country_names_extra.tsv, phrases.tsv
    nlp::Perceptron ner_model;                            // models/ner.bin; empty when missing or malformed
    std::unordered_set<std::string> calendar_words;       // lexicon/en/months.txt, weekdays.txt: folded names, never actors
    std::unordered_set<std::string> thing_heads;          // lexicon/en/thing_heads.txt: "Kit" of "Software Development Kit (SDK)"
    std::unordered_set<std::string> common_capitals;      // lexicon/en/common_acronyms.txt and short_words.txt: no organisation
    std::unordered_set<std::string> adverbial_words;      // lexicon/en/adverbial_words.txt: "today", "last"
    std::unordered_set<std::string> function_words;       // clean/en/stopwords.txt, lower-cased as the cleaner reads it
    gazetteer::PhraseIndex dictionary;                    // gazetteer/petrarch_actors.txt (native only; empty without it)

    // Reads the stage's files from `source`; a file that is missing or malformed is named in
    // `report` and its part stays empty (the stage then does what it can without it).
    static ActorResources load(const assets::Source& source, assets::LoadReport& report);
};

}  // namespace lede::actors
