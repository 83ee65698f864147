// resources.cpp — see resources.h.
#include "resources.h"

namespace lede {

std::unique_ptr<const Resources> Resources::load(const assets::Source& source) {
    auto r = std::make_unique<Resources>();
    r->source = source.describe();
    r->clean = clean::CleanResources::load(source, r->report);
    r->nlp = nlp::NlpResources::load(source, r->report);
    r->syntax = syntax::SyntaxModels::load(source, r->report);
    r->actors = actors::ActorResources::load(source, r->report);
    r->time = time::TimeResources::load(source, r->report);
    r->relations = relations::RelationResources::load(source, r->report);
    return r;
}

}  // namespace lede
