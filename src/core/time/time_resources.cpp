// time_resources.cpp — see time_resources.h.
#include "time_resources.h"

namespace lede::time {

TimeResources TimeResources::load(const assets::Source& source, assets::LoadReport& report) {
    (void)source;
    (void)report;
    return {};
}

}  // namespace lede::time
