// clean_resources.h — the cleaning stage's data (line lexicons, HTML hints, date words), loaded once from the asset source
// and passed to the stage (no stage reads a data file after loading).
#pragma once

#include "asset_source.h"

namespace lede::clean {

struct CleanResources {
    // Reads the stage's files from `source`; a file that is missing or malformed is named in
    // `report` and its part stays empty (the stage then does what it can without it).
    static CleanResources load(const assets::Source& source, assets::LoadReport& report);
};

}  // namespace lede::clean
