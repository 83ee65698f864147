// test_resources.cpp — see test_resources.h.
#include "test_resources.h"

namespace lede {

const assets::Source& test_assets() {
    static const assets::Source folder = assets::Source::folder(LEDE_SOURCE_DIR "/assets");
    return folder;
}

const Resources& test_resources() {
    static const std::unique_ptr<const Resources> resources = Resources::load(test_assets());
    return *resources;
}

}  // namespace lede
