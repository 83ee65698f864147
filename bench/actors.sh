#!/bin/sh
# actors.sh — entity figures for Lede beside compromise, same run, same scorers.
# usage: bench/actors.sh [LEDE_CMD]   (default: build/native/src/cli/lede analyze)
# Needs the peers: mkdir -p build && cp -r ../shared/eval build/eval && (cd build/eval/peers && npm ci)
#  1. MEANTIME (airbus, apple, gm): named PER/ORG/LOC mentions, exact and overlap F1.
#  2. Lede's actor clusters against MEANTIME coreference (MUC, B³), bench/actors_clusters.py.
#  3. UNER English PUD test (never trained on), through score_conll.py.
#  4. Native speed, MB/s.
set -e
# The shared data and scorers sit beside the repo (../shared), as in CI; LEDE_SHARED overrides.
SHARED=${LEDE_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
LEDE=${1:-build/native/src/cli/lede analyze}
PEER="node build/eval/peers/compromise.mjs"
WHO="lede compromise"
[ "${PEERS:-1}" = 0 ] && WHO=lede
EVAL=$SHARED/eval
MT=$SHARED/data/nlp/meantime-en
OUT=build/bench-actors
mkdir -p "$OUT"
for who in $WHO; do
  if [ $who = lede ]; then CMD="$LEDE"; else CMD="$PEER"; fi
  echo "== MEANTIME: $who"
  python3 $EVAL/score_meantime_entities.py --dir $MT/corpus_airbus --dir $MT/corpus_apple --cmd "$CMD" | tail -6
done
echo "== MEANTIME actor clusters: lede"
LEDE_EVAL=$EVAL python3 bench/actors_clusters.py --dir $MT/corpus_airbus --dir $MT/corpus_apple --dir $MT/corpus_gm --cmd "$LEDE" | tail -5
python3 bench/actors_pud_conll.py "$OUT/pud.conll"
for who in $WHO; do
  if [ $who = lede ]; then CMD="$LEDE"; else CMD="$PEER"; fi
  echo "== UNER PUD test (CoNLL scorer): $who"
  python3 $EVAL/score_conll.py --file "$OUT/pud.conll" --cmd "$CMD" | tail -6
done
python3 bench/actors_conll_convert.py wnut17 "$OUT/wnut17-test.conll"
python3 bench/actors_conll_convert.py sec "$OUT/sec-test.conll"
for set in wnut17 sec; do
  for who in $WHO; do
    if [ $who = lede ]; then CMD="$LEDE"; else CMD="$PEER"; fi
    echo "== $set test (CoNLL scorer): $who"
    python3 $EVAL/score_conll.py --file "$OUT/$set-test.conll" --cmd "$CMD" | tail -6
  done
done
echo "== MEANTIME corpus_gm (left out; figure only): lede"
python3 $EVAL/score_meantime_entities.py --dir $MT/corpus_gm --cmd "$LEDE" | tail -1
echo "== the sample"
python3 $EVAL/check_sample.py --cmd "$LEDE" actors | tail -1
echo "== speed"
python3 bench/pipeline_speed.py --cmd "$LEDE"
