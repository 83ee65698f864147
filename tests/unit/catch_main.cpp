// catch_main.cpp — Catch2's main for the unit test binary (native and wasm).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

int main(int argc, char** argv) {
    return Catch::Session().run(argc, argv);
}
