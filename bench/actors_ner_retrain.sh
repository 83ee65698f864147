#!/bin/sh
# actors_ner_retrain.sh — trains one NER model variant beside the shipped one (never over it)
# and scores Lede with it, so that a training recipe can be judged before it ships.
# usage: bench/actors_ner_retrain.sh NAME [lede_train_ner flags, e.g. --btc f --wnut17 --sec-filings]
#   Trains as tools/train_ner.sh does (--dev-too --epochs 10, then the same pruning) into
#   build/ner-NAME/assets/models/ner.bin (a copy of assets/ with that model) and runs, with
#   LEDE_ASSETS pointing there: MEANTIME airbus+apple (tuning), UNER PUD test, SEC filings
#   test, WNUT 2017 test (evidence, never trained on), MEANTIME corpus_gm (left out: the
#   scorer's last line only) and the sample. NAME=shipped scores the model in assets/.
# Needs build/native configured (tools/build.sh native). One variant: ~2 min training, ~3 min scoring.
# Environment: LEDE_NER_PRUNE=N drops |w| <= N (default 3, as tools/train_ner.sh);
# LEDE_NER_MODEL=FILE scores that (unpruned or pruned) model instead of training one;
# LEDE_BIN=PATH scores with that lede binary (default build/native/src/cli/lede), LEDE_PRUNE_BIN
# with that lede_prune_model.
set -e
SHARED=${LEDE_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
NAME=$1
[ -n "$NAME" ] || { sed -n 2,10p "$0"; exit 2; }
shift
BUILD=build/native
OUT=$ROOT/build/ner-$NAME
mkdir -p "$OUT"
PRUNE=${LEDE_NER_PRUNE:-3}
PRUNER=${LEDE_PRUNE_BIN:-$BUILD/tools/prune_model/lede_prune_model}
LEDE=${LEDE_BIN:-$ROOT/$BUILD/src/cli/lede}
if [ -n "$LEDE_NER_MODEL" ]; then
  rm -rf "$OUT/assets" && cp -r assets "$OUT/assets"
  $PRUNER --in "$LEDE_NER_MODEL" --out "$OUT/assets/models/ner.bin" --max-dropped "$PRUNE" >/dev/null
  ASSETS=$OUT/assets
elif [ "$NAME" != shipped ]; then
  cmake --build $BUILD --target lede lede_train_ner lede_prune_model -j2 >/dev/null
  rm -rf "$OUT/assets" && cp -r assets "$OUT/assets"
  $BUILD/tools/train_ner/lede_train_ner --data "$SHARED/data/train" --out "$OUT/ner-full.bin" \
      --dev-too --epochs 10 "$@" > "$OUT/train.log"
  $BUILD/tools/prune_model/lede_prune_model --in "$OUT/ner-full.bin" --out "$OUT/assets/models/ner.bin" --max-dropped "$PRUNE" >/dev/null
  ASSETS=$OUT/assets
else
  ASSETS=$ROOT/assets
fi
echo "model: $(wc -c < "$ASSETS/models/ner.bin") bytes, $(gzip -9c "$ASSETS/models/ner.bin" | wc -c) gzip"
# The scorers run a command line; this one carries the variant's assets.
printf '#!/bin/sh\nLEDE_ASSETS=%s exec %s analyze "$@"\n' "$ASSETS" "$LEDE" > "$OUT/lede"
chmod +x "$OUT/lede"
L=$OUT/lede
EVAL=$SHARED/eval
MT=$SHARED/data/nlp/meantime-en
python3 bench/actors_pud_conll.py "$OUT/pud.conll"
python3 bench/actors_conll_convert.py wnut17 "$OUT/wnut17-test.conll" 2>/dev/null
python3 bench/actors_conll_convert.py sec "$OUT/sec-test.conll" 2>/dev/null
figures() { grep RESULT | grep -o ' f1=[0-9.]*\|org_f1=[0-9.]*\| overlap_f1=[0-9.]*' | tr -d '\n'; echo; }
echo "MEANTIME airbus+apple (tuning):$(python3 $EVAL/score_meantime_entities.py --dir $MT/corpus_airbus --dir $MT/corpus_apple --cmd "$L" | figures)"
echo "UNER PUD test:$(python3 $EVAL/score_conll.py --file "$OUT/pud.conll" --cmd "$L" | figures)"
echo "SEC filings test:$(python3 $EVAL/score_conll.py --file "$OUT/sec-test.conll" --cmd "$L" | figures)"
echo "WNUT 2017 test:$(python3 $EVAL/score_conll.py --file "$OUT/wnut17-test.conll" --cmd "$L" | figures)"
echo "MEANTIME corpus_gm (left out):$(python3 $EVAL/score_meantime_entities.py --dir $MT/corpus_gm --cmd "$L" | tail -n 1 | figures)"
echo "sample: $(python3 $EVAL/check_sample.py --cmd "$L" actors | tail -n 1)"
