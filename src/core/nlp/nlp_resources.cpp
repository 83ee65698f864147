// nlp_resources.cpp — see nlp_resources.h.
#include "nlp_resources.h"

namespace lede::nlp {

NlpResources NlpResources::load(const assets::Source& source, assets::LoadReport& report) {
    (void)source;
    (void)report;
    return {};
}

}  // namespace lede::nlp
