// extract_actors.cpp — see extract_actors.h: mentions (actor_mentions.h) merged into
// actors (actor_resolve.h).
#include "extract_actors.h"

#include "actor_mentions.h"
#include "actor_resolve.h"

namespace lede {

std::vector<Actor> extract_actors(const nlp::Document& doc, const actors::ActorResources& resources,
                                  const syntax::PosTagger& tagger) {
    if (doc.tokens.empty()) return {};
    return actors::resolve_actors(doc, actors::find_mentions(doc, resources, tagger), resources.gazetteer);
}

}  // namespace lede
