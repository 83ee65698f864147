#!/usr/bin/env bash
# clean_intl.sh — text/plain cleaning on a small non-English development set (20 article pages,
# 9 languages: the test pages of mozilla/readability and codelucas/newspaper, main text = each
# project's expected extraction; see bench/clean_intl_set.py). The pages are read from local
# mirrors of those repositories into build/intl-dev (never into the repo); the Ctrl+A pastes are
# derived exactly as for WCXB (derive_text.mjs: headless Chromium, scripts off, body.innerText)
# and scored with score_clean.py --mode text, Lede beside the uncleaned paste.
# This is tuning data (its gold was read while working on the cleaner), not evidence.
# usage: bench/clean_intl.sh [BUILD_DIR] [score_clean options]   (run from the project root)
# needs: READABILITY_GIT and NEWSPAPER_GIT (git dirs of the two mirrors; defaults below),
#        build/eval with peers installed (see bench/clean_text.sh)
set -euo pipefail
BUILD=${1:-build/native}; shift || true
RD=${READABILITY_GIT:-/work/.mirror/mozilla+readability/repo}
NP=${NEWSPAPER_GIT:-/work/.mirror/codelucas+newspaper/repo}
EVAL=${EVAL_DIR:-build/eval}
SET=${INTL_DIR:-build/intl-dev}
TEXT=${INTL_TEXT_DIR:-build/intl-dev-text}
[ -d "$EVAL/peers/node_modules" ] || { echo "peers missing: cp -r ../shared/eval build/eval && (cd build/eval/peers && npm ci)"; exit 2; }
[ -d "$SET/ground-truth" ] || python3 bench/clean_intl_set.py "$RD" "$NP" "$SET"
pages=$(ls "$SET/html" | grep -c '\.html\.gz$')
if [ ! -d "$TEXT" ] || [ "$(ls "$TEXT" | grep -c '\.txt$')" -lt "$pages" ]; then
  node "$EVAL/derive_text.mjs" "$SET" "$TEXT"
fi
echo "== Lede ($BUILD), text path =="
python3 "$EVAL/score_clean.py" --set wcxb --mode text --dir "$SET" --text-dir "$TEXT" --cmd "$BUILD/src/cli/lede analyze" "$@"
echo "== uncleaned paste (identity peer) =="
python3 "$EVAL/score_clean.py" --set wcxb --mode text --dir "$SET" --text-dir "$TEXT" --cmd "node $EVAL/peers/identity.mjs" "$@"
