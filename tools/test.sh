#!/usr/bin/env bash
# README command (b): set everything up, build every tree, run every test.
# One CTest run in build/native executes all labels: unit, wasm, browser, sanitize, fuzz.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash tools/bootstrap.sh
bash tools/build.sh all
ctest --test-dir build/native --output-on-failure --timeout 600 "$@"
