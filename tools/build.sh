#!/usr/bin/env bash
# Builds Lede's build trees (each one incremental on re-runs):
#   build/web     emcmake: the web app (build/web/web/) and the wasm unit tests
#   build/asan    clang + AddressSanitizer/UBSan: the unit suite again
#   build/fuzz    clang + libFuzzer: the fuzz targets
#   build/native  g++: lede_core, the `lede` CLI, the unit tests; its CTest drives all the others
# usage: tools/build.sh [web|native|all]   (default all)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
what="${1:-all}"
jobs="${LEDE_JOBS:-2}"
export NODE_PATH=/usr/share/nodejs   # emscripten's node tools need acorn from Debian (TOOLCHAIN.md trap 1)
# ccache for the g++ and clang trees: rebuilds, fresh clones (CI) and git worktrees share
# objects (paths are hashed relative to the clone). Not under emcmake: em++ is a wrapper
# script ccache cannot see through.
launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

build_web() {
  [ -f build/web/build.ninja ] || emcmake cmake -S . -B build/web -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/web -j "$jobs"
}
build_clang() {   # $1 dir, $2 target (only what the native CTest runs from that tree), $3... cmake options
  local dir="$1" target="$2"; shift 2
  [ -f "$dir/build.ninja" ] || CC=clang-14 CXX=clang++-14 cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@" >/dev/null
  cmake --build "$dir" -j "$jobs" --target "$target"
}
build_native() {
  cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" \
        -DLEDE_WEB_BUILD_DIR="$root/build/web" \
        -DLEDE_SANITIZE_BUILD_DIR="$root/build/asan" \
        -DLEDE_FUZZ_BUILD_DIR="$root/build/fuzz" >/dev/null
  cmake --build build/native -j "$jobs"
}

case "$what" in
  web) build_web ;;
  native) build_native ;;
  all)
    build_native
    build_web
    build_clang build/asan lede_unit_tests -DLEDE_SANITIZE=ON
    build_clang build/fuzz lede_fuzzers -DLEDE_FUZZ=ON
    ;;
  *) echo "usage: tools/build.sh [web|native|all]" >&2; exit 2 ;;
esac
