// actor_resources.h — the actors stage's data (NER model, gazetteers, name words, actor dictionary), loaded once from the asset source
// and passed to the stage (no stage reads a data file after loading).
#pragma once

#include "asset_source.h"

namespace lede::actors {

struct ActorResources {
    // Reads the stage's files from `source`; a file that is missing or malformed is named in
    // `report` and its part stays empty (the stage then does what it can without it).
    static ActorResources load(const assets::Source& source, assets::LoadReport& report);
};

}  // namespace lede::actors
