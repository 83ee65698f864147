#!/usr/bin/env bash
# clean_html.sh — HTML cleaning on WCXB dev articles: Lede beside Mozilla Readability, same run.
# Prints shingle F1, bag-of-words F1, title / day / author accuracy for both, then Lede's
# native speed in MB/s over the same pages.
# usage: bench/clean_html.sh [BUILD_DIR] [--limit N]   (run from the project root)
# needs: build/eval with peers installed (cp -r ../shared/eval build/eval && (cd build/eval/peers && npm ci))
set -euo pipefail
# The shared data and scorers sit beside the repo (../shared), as in CI; LEDE_SHARED overrides.
SHARED=${LEDE_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
BUILD=${1:-build/native}; shift || true
DATA=${WCXB_DIR:-$SHARED/data/cleaning/wcxb-dev-articles}
EVAL=${EVAL_DIR:-build/eval}
[ -d "$EVAL/peers/node_modules" ] || { echo "peers missing: cp -r ../shared/eval build/eval && (cd build/eval/peers && npm ci)"; exit 2; }
echo "== Lede ($BUILD) =="
python3 "$EVAL/score_clean.py" --set wcxb --mode html --dir "$DATA" --cmd "$BUILD/src/cli/lede analyze" "$@"
echo "== Mozilla Readability (jsdom) =="
python3 "$EVAL/score_clean.py" --set wcxb --mode html --dir "$DATA" --cmd "node $EVAL/peers/readability.mjs" "$@"
echo "== speed (native, one process per page, includes the whole analysis) =="
python3 bench/clean_html_speed.py "$BUILD/src/cli/lede" "$DATA" "$@"
