// relation_resources.cpp — see relation_resources.h.
#include "relation_resources.h"

namespace lede::relations {

RelationResources RelationResources::load(const assets::Source& source, assets::LoadReport& report) {
    (void)source;
    (void)report;
    return {};
}

}  // namespace lede::relations
