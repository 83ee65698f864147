// time_resources.h — the time stage's data (the time lexicon and grammar), loaded once from the asset source
// and passed to the stage (no stage reads a data file after loading).
#pragma once

#include "asset_source.h"

namespace lede::time {

struct TimeResources {
    // Reads the stage's files from `source`; a file that is missing or malformed is named in
    // `report` and its part stays empty (the stage then does what it can without it).
    static TimeResources load(const assets::Source& source, assets::LoadReport& report);
};

}  // namespace lede::time
