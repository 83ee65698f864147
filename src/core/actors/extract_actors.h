// extract_actors.h — people, organisations, places and groups in the article, merged
// into actors (canonical name, aliases, roles, links such as capital-of).
#pragma once

#include <vector>

#include "../analysis.h"
#include "../nlp/document.h"
#include "../syntax/pos_tagger.h"
#include "actor_resources.h"

namespace lede {

// `tagger` (part-of-speech, from syntax::SyntaxModels) tells nouns from verbs around names.
std::vector<Actor> extract_actors(const nlp::Document& doc, const actors::ActorResources& resources,
                                  const syntax::PosTagger& tagger);

}  // namespace lede
