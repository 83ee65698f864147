// clean_resources.cpp — see clean_resources.h.
#include "clean_resources.h"

namespace lede::clean {

CleanResources CleanResources::load(const assets::Source& source, assets::LoadReport& report) {
    (void)source;
    (void)report;
    return {};
}

}  // namespace lede::clean
