// catch_main.cpp — Catch2's main for the unit test binary (native and wasm).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "assets.h"

int main(int argc, char** argv) {
#ifdef LEDE_TEST_ASSET_DIR
    // Under node the wasm tests read the source tree's assets/ through NODERAWFS.
    lede::assets::set_asset_dir(LEDE_TEST_ASSET_DIR);
#endif
    return Catch::Session().run(argc, argv);
}
