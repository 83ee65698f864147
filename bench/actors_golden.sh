#!/bin/sh
# actors_golden.sh — whole CLI outputs of the actor development inputs, saved and compared,
# so a refactoring can prove it changes nothing ("same output", byte for byte).
# usage: bench/actors_golden.sh save DIR [LEDE_CMD]    keep every output in DIR
#        bench/actors_golden.sh diff DIR [LEDE_CMD]    run again and diff against DIR (exit 1 on change)
# Inputs: the sample pastes (../shared/samples/*.txt, as pasted), MEANTIME airbus and apple
# (tuning data; each document --raw --dateline, as the entity scorer runs them) and the UNER
# English PUD test (--raw, as score_conll.py builds it). Never corpus_gm: it is left out.
set -e
SHARED=${LEDE_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
mode=$1; dir=$2
LEDE=${3:-build/native/src/cli/lede analyze}
[ "$mode" = save ] || [ "$mode" = diff ] || { echo "usage: $0 save|diff DIR [LEDE_CMD]" >&2; exit 2; }
[ -n "$dir" ] || { echo "usage: $0 save|diff DIR [LEDE_CMD]" >&2; exit 2; }
out=$dir
[ "$mode" = diff ] && out=$(mktemp -d)
mkdir -p "$out/sample" "$out/meantime" "$out/pud"
for f in "$SHARED"/samples/*.txt; do
  $LEDE "$f" > "$out/sample/$(basename "$f" .txt).json"
done
MT=$SHARED/data/nlp/meantime-en
python3 "$SHARED/eval/score_meantime_entities.py" --dir "$MT/corpus_airbus" --dir "$MT/corpus_apple" \
  --cmd "$LEDE" --save "$out/meantime" > /dev/null
mkdir -p build
python3 bench/actors_pud_conll.py build/actors-golden-pud.conll
python3 "$SHARED/eval/score_conll.py" --file build/actors-golden-pud.conll --cmd "$LEDE" --save "$out/pud" > /dev/null
n=$(find "$out" -name '*.json' | wc -l)
if [ "$mode" = save ]; then
  echo "saved $n outputs in $dir"
  exit 0
fi
if diff -r -q "$dir" "$out"; then
  echo "same: $n outputs byte-identical to $dir"
  rm -rf "$out"
else
  echo "DIFFERENT (new outputs kept in $out)"
  exit 1
fi
