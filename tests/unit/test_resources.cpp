// test_resources.cpp — see test_resources.h.
#include "test_resources.h"

namespace lede {

const Resources& test_resources() {
    static const std::unique_ptr<const Resources> resources =
        Resources::load(assets::Source::folder(LEDE_SOURCE_DIR "/assets"));
    return *resources;
}

}  // namespace lede
