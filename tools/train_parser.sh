#!/bin/sh
# train_parser.sh — rebuilds assets/models/parser.bin (the dependency parser) from UD English
# EWT in $SHARED/data/train/ud_english_ewt (CC BY-SA 4.0).
# usage: tools/train_parser.sh [BUILD_DIR] [extra lede_train_parser flags]
# Deterministic: the same corpus, POS model and flags give the same bytes. About 6 minutes of
# wall time on this busy shared machine (45 s of CPU for the parser's 6 epochs and the 4
# jackknifed POS taggers); memory ~0.6 GB.
set -e
# The shared data and scorers sit beside the repo (../shared), as in CI; LEDE_SHARED overrides.
SHARED=${LEDE_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build/native}
[ $# -gt 0 ] && shift
cmake --build "$BUILD" --target lede_train_parser -j2
# --max-dropped 4: weights of magnitude <= 4 (of 127) are dropped, which brings the model
# under the 0.5 MB gzip budget: 7.5 MB -> 1.8 MB raw, 483 KB gzip, EWT dev LAS 79.6 -> 78.9;
# written packed (src/core/nlp/perceptron_pack.h) that is 684 KB raw, 365 KB gzip.
# Chosen on EWT dev among 2^17-2^19 buckets, count cut-offs 1/3/6 and drops 2-6 (what fits).
"$BUILD/tools/train_parser/lede_train_parser" --data "${LEDE_TRAIN_DATA:-$SHARED/data/train}/ud_english_ewt" \
    --out "$ROOT/assets/models/parser.bin" --max-dropped 4 "$@"
