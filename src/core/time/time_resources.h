// time_resources.h — the time stage's data (the time lexicon and grammar), loaded once from the asset source
// and passed to the stage (no stage reads a data file after loading).
#pragma once

#include <memory>

#include "asset_source.h"
#include "time_grammar.h"
#include "time_lexicon.h"

namespace lede::time {

struct TimeResources {
    // Behind pointers: the grammar refers to the lexicon, and the part is moved once loaded.
    // Both are set by load (empty when their files are missing); a default-constructed part
    // has neither, and the stage then finds no times.
    std::unique_ptr<const TimeLexicon> lexicon;
    std::unique_ptr<const TimeGrammar> grammar;

    // Reads the stage's files from `source`; a file that is missing or malformed is named in
    // `report` and its part stays empty (the stage then does what it can without it).
    static TimeResources load(const assets::Source& source, assets::LoadReport& report);
};

}  // namespace lede::time
