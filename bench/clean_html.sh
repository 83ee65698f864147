#!/usr/bin/env bash
# clean_html.sh — HTML cleaning on WCXB dev articles: Lede beside Mozilla Readability, same run.
# Prints shingle F1, bag-of-words F1, title / day / author accuracy for both, then Lede's
# native speed in MB/s over the same pages.
# usage: bench/clean_html.sh [BUILD_DIR] [--limit N]   (run from the project root)
# needs: node and npm (the Readability peer is installed into build/eval on first use)
set -euo pipefail
# The shared data and scorers sit beside the repo (../shared), as in CI; LEDE_SHARED overrides.
SHARED=${LEDE_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
BUILD=${1:-build/native}; shift || true
DATA=${WCXB_DIR:-$SHARED/data/cleaning/wcxb-dev-articles}
EVAL=${EVAL_DIR:-build/eval}
# The Readability peer needs jsdom and @mozilla/readability, which a fresh clone lacks: copy
# the shared scorers into the (ignored) build folder and install those two from the npm
# registry, at the versions ../shared/eval/peers/package.json pins, into $EVAL/node_modules
# (found from $EVAL/peers by Node's module resolution). Their code never enters the repo.
READABILITY_VERSION=0.6.0
JSDOM_VERSION=29.1.1
[ -d "$EVAL" ] || { mkdir -p "$(dirname "$EVAL")" && cp -r "$SHARED/eval" "$EVAL"; }
has_peer() { [ -d "$EVAL/peers/node_modules/$1" ] || [ -d "$EVAL/node_modules/$1" ]; }
if ! has_peer jsdom || ! has_peer @mozilla/readability; then
  echo "installing the Readability peer (jsdom $JSDOM_VERSION, @mozilla/readability $READABILITY_VERSION) into $EVAL/node_modules"
  npm install --prefix "$EVAL" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
      "jsdom@$JSDOM_VERSION" "@mozilla/readability@$READABILITY_VERSION" >/dev/null
fi
echo "== Lede ($BUILD) =="
python3 "$EVAL/score_clean.py" --set wcxb --mode html --dir "$DATA" --cmd "$BUILD/src/cli/lede analyze" "$@"
echo "== Mozilla Readability (jsdom) =="
python3 "$EVAL/score_clean.py" --set wcxb --mode html --dir "$DATA" --cmd "node $EVAL/peers/readability.mjs" "$@"
echo "== speed (native, one process per page, includes the whole analysis) =="
python3 bench/clean_html_speed.py "$BUILD/src/cli/lede" "$DATA" "$@"
