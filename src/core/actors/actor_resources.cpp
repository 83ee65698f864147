// actor_resources.cpp — see actor_resources.h.
#include "actor_resources.h"

namespace lede::actors {

ActorResources ActorResources::load(const assets::Source& source, assets::LoadReport& report) {
    (void)source;
    (void)report;
    return {};
}

}  // namespace lede::actors
