#!/bin/sh
# time.sh — time-expression figures for Lede beside chrono-node, same runs, same scorers.
# usage: bench/time.sh [LEDE_CMD]   (default: build/native/src/cli/lede analyze)
# Needs the peers: mkdir -p build && cp -r ../shared/eval build/eval && (cd build/eval/peers && npm ci)
#  1. TimeBank+AQUAINT (tbaq-cleaned, TempEval-3 training release; dev only, read in place).
#  2. MEANTIME (airbus, apple, gm), annotated sentences only.
#  3. Native speed, MB/s, on a large concatenated text.
# Each run prints relaxed/strict span F1, type accuracy and value F1 (score_time.py).
set -e
# The shared data and scorers sit beside the repo (../shared), as in CI; LEDE_SHARED overrides.
SHARED=${LEDE_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
LEDE=${1:-build/native/src/cli/lede analyze}
PEER="node build/eval/peers/chrono.mjs"
EVAL=$SHARED/eval
MT=$SHARED/data/nlp/meantime-en
for who in lede chrono; do
  if [ $who = lede ]; then CMD="$LEDE"; else CMD="$PEER"; fi
  echo "== TempEval-3 style, tbaq-cleaned: $who"
  python3 $EVAL/score_time.py --set te3 --dir $SHARED/data/time/tbaq-cleaned --cmd "$CMD" | tail -12
  echo "== MEANTIME: $who"
  python3 $EVAL/score_time.py --set meantime --dir $MT/corpus_airbus --dir $MT/corpus_apple --dir $MT/corpus_gm --cmd "$CMD" | tail -12
done
echo "== speed"
python3 bench/pipeline_speed.py --cmd "$LEDE"
