// syntax_models.h — the part-of-speech tagger and the dependency parser, loaded once from the
// asset source and shared by the stages that read syntax (actors, relations).
#pragma once

#include "asset_source.h"
#include "dependency_parser.h"
#include "pos_tagger.h"

namespace lede::syntax {

struct SyntaxModels {
    PosTagger tagger;            // ready() is false when models/pos.bin is missing or malformed
    DependencyParser parser;     // ready() is false when models/parser.bin is missing or malformed

    static SyntaxModels load(const assets::Source& source, assets::LoadReport& report);
};

}  // namespace lede::syntax
