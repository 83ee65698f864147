#!/bin/sh
# train_pos.sh — rebuilds assets/models/pos.bin (the part-of-speech tagger) from UD English
# EWT in $SHARED/data/train/ud_english_ewt (CC BY-SA 4.0).
# usage: tools/train_pos.sh [BUILD_DIR] [extra lede_train_pos flags]
# Deterministic: the same corpus and flags give the same bytes. About a minute on one core.
set -e
# The shared data and scorers sit beside the repo (../shared), as in CI; LEDE_SHARED overrides.
SHARED=${LEDE_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build/native}
[ $# -gt 0 ] && shift
cmake --build "$BUILD" --target lede_train_pos -j2
"$BUILD/tools/train_pos/lede_train_pos" --data "${LEDE_TRAIN_DATA:-$SHARED/data/train}/ud_english_ewt" \
    --out "$ROOT/assets/models/pos.bin" "$@"
