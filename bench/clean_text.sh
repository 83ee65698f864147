#!/usr/bin/env bash
# clean_text.sh — text/plain cleaning on WCXB dev articles: Lede beside the uncleaned paste.
# Derives each page's Ctrl+A paste once (headless Chromium, scripts off, document.body.innerText,
# via the eval's derive_text.mjs) into build/wcxb-dev-text, then scores Lede and the do-nothing
# peer (identity.mjs: the paste itself) with score_clean.py --mode text in the same run, and
# measures Lede's native speed on one big synthetic paste (all pastes joined, ~20 MB).
# usage: bench/clean_text.sh [BUILD_DIR] [--limit N]   (run from the project root)
# needs: build/eval with peers installed (cp -r ../shared/eval build/eval && (cd build/eval/peers && npm ci))
set -euo pipefail
# The shared data and scorers sit beside the repo (../shared), as in CI; LEDE_SHARED overrides.
SHARED=${LEDE_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
BUILD=${1:-build/native}; shift || true
DATA=${WCXB_DIR:-$SHARED/data/cleaning/wcxb-dev-articles}
EVAL=${EVAL_DIR:-build/eval}
TEXT=${WCXB_TEXT_DIR:-build/wcxb-dev-text}
[ -d "$EVAL/peers/node_modules" ] || { echo "peers missing: cp -r ../shared/eval build/eval && (cd build/eval/peers && npm ci)"; exit 2; }

pages=$(ls "$DATA/html" | grep -c '\.html\.gz$')
if [ ! -d "$TEXT" ] || [ "$(ls "$TEXT" | grep -c '\.txt$')" -lt "$pages" ]; then
  echo "== deriving plain-text pastes into $TEXT (once) =="
  node "$EVAL/derive_text.mjs" "$DATA" "$TEXT" || true
  # A page Chromium could not load in 30 s gets an empty paste, scored as such for every peer.
  for f in "$DATA"/html/*.html.gz; do
    id=$(basename "$f" .html.gz)
    [ -f "$TEXT/$id.txt" ] || { echo "no paste for $id: scored as an empty paste"; : > "$TEXT/$id.txt"; }
  done
fi

# Pages whose paste is empty score 0 for every peer (Chromium with scripts off renders no text
# for script-built pages, or the page did not load in 30 s): name them, so that figures are read
# with that ceiling in mind.
empty=$(find "$TEXT" -name '*.txt' -size -2c | sort | xargs -r -n1 basename | sed 's/\.txt$//' | tr '\n' ' ')
[ -z "$empty" ] || echo "empty pastes ($(echo $empty | wc -w) of $pages, 0 for every peer): $empty"

echo "== Lede ($BUILD) =="
python3 "$EVAL/score_clean.py" --set wcxb --mode text --dir "$DATA" --text-dir "$TEXT" --cmd "$BUILD/src/cli/lede analyze" "$@"
echo "== uncleaned paste (identity peer) =="
python3 "$EVAL/score_clean.py" --set wcxb --mode text --dir "$DATA" --text-dir "$TEXT" --cmd "node $EVAL/peers/identity.mjs" "$@"

echo "== speed (native, one process, whole analysis on a ~20 MB paste of all pages joined) =="
big=$(mktemp /tmp/lede-big-paste.XXXXXX)
while [ "$(stat -c %s "$big")" -lt 20000000 ]; do cat "$TEXT"/*.txt >> "$big"; done
bytes=$(stat -c %s "$big")
start=$(date +%s.%N)
"$BUILD/src/cli/lede" analyze --timings "$big" 2> "$big.timings" | grep -o '"code":"text-too-large"' > "$big.large" || true
end=$(date +%s.%N)
python3 -c "b=$bytes; t=$end-$start; print(f'{b/1e6:.1f} MB in {t:.2f} s: {b/1e6/t:.1f} MB/s')"
# The whole-analysis figure depends on how much the cleaner keeps: over 8 MB of article,
# actors, dates and relations are skipped. The cleaning stage alone is comparable across versions.
clean_ms=$(awk '$3 == "clean" {print $4}' "$big.timings")
[ -z "$clean_ms" ] || python3 -c "b=$bytes; t=$clean_ms/1000; print(f'cleaning stage: {t:.2f} s: {b/1e6/t:.1f} MB/s')"
[ ! -s "$big.large" ] || echo "(the kept article is over 8 MB: actors, dates and relations were skipped)"
rm -f "$big" "$big.timings" "$big.large"
