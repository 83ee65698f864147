// nlp_resources.h — the tokenizer's data (abbreviations), loaded once from the asset source
// and passed to the stage (no stage reads a data file after loading).
#pragma once

#include <set>
#include <string>

#include "asset_source.h"

namespace lede::nlp {

struct NlpResources {
    // Words whose trailing period belongs to them ("Dr.", "Jan."), with the period:
    // assets/lexicon/en/abbreviations.txt.
    std::set<std::string> abbreviations;

    // Reads the stage's files from `source`; a file that is missing or malformed is named in
    // `report` and its part stays empty (the stage then does what it can without it).
    static NlpResources load(const assets::Source& source, assets::LoadReport& report);
};

}  // namespace lede::nlp
