// resources.h — every data file the core uses, loaded once and owned by one object.
//
// `Resources::load(source)` reads every stage's files (lexicons, gazetteers, models) from a
// folder or a bundle (asset_source.h) and reports which were missing or malformed;
// `analyze(resources, input, options)` then reads only this object, never a file or a
// global. Tests build it from the source tree's assets (or from small fixtures), the CLI
// from its asset folder, the web worker from the packed bundle.
#pragma once

#include <memory>

#include "actors/actor_resources.h"
#include "asset_source.h"
#include "clean/clean_resources.h"
#include "nlp/nlp_resources.h"
#include "relations/relation_resources.h"
#include "syntax/syntax_models.h"
#include "time/time_resources.h"

namespace lede {

struct Resources {
    clean::CleanResources clean;
    nlp::NlpResources nlp;
    syntax::SyntaxModels syntax;
    actors::ActorResources actors;
    time::TimeResources time;
    relations::RelationResources relations;
    assets::LoadReport report;                  // what was missing or malformed when loading
    std::string source;                         // where they came from, for messages

    // Held behind a pointer: stages may keep pointers into their own parts, so the object
    // never moves once loaded.
    static std::unique_ptr<const Resources> load(const assets::Source& source);
};

}  // namespace lede
