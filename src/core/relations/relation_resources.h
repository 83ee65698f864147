// relation_resources.h — the relations stage's data (trigger lexicon, lemmas, function words, modality cues, event nouns), loaded once from the asset source
// and passed to the stage (no stage reads a data file after loading).
#pragma once

#include "asset_source.h"

namespace lede::relations {

struct RelationResources {
    // Reads the stage's files from `source`; a file that is missing or malformed is named in
    // `report` and its part stays empty (the stage then does what it can without it).
    static RelationResources load(const assets::Source& source, assets::LoadReport& report);
};

}  // namespace lede::relations
