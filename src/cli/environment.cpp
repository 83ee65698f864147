// environment.cpp — see environment.h.
#include "environment.h"

#include <cstdlib>

#ifndef LEDE_DEFAULT_ASSET_DIR
#define LEDE_DEFAULT_ASSET_DIR "assets"
#endif

namespace lede::cli {

std::string asset_folder() {
    const char* env = std::getenv("LEDE_ASSETS");
    return env && *env ? env : LEDE_DEFAULT_ASSET_DIR;
}

const Resources& process_resources() {
    static const std::unique_ptr<const Resources> resources = Resources::load(assets::Source::folder(asset_folder()));
    return *resources;
}

bool relations_baseline_requested() {
    const char* env = std::getenv("LEDE_RELATIONS_BASELINE");
    return env && *env && *env != '0';
}

}  // namespace lede::cli
