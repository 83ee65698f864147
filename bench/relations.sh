#!/bin/sh
# relations.sh — who-did-what-to-whom figures for the relations stage, beside the baseline.
# usage: bench/relations.sh [BUILD_DIR]   (default build/native)
#   1. PLOVER GSR dev: event class, source, target, all three (score_plover.py), then the
#      same with LEDE_RELATIONS_BASELINE=1 (each trigger linked to the nearest actor
#      mention left and right, no rules) in the same run;
#   2. MEANTIME HAS_PARTICIPANT Arg0/Arg1 precision/recall, relations alone and relations
#      plus events, and speaker recall (bench/relations_meantime.py), rules and baseline;
#   3. the sample's relation checks (check_sample.py relations);
#   4. native speed of the whole pipeline on MEANTIME text (bench/pipeline_speed.py).
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build/native}
LEDE="$BUILD/src/cli/lede analyze"
SHARED=${LEDE_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
cd "$ROOT"
echo "== PLOVER GSR dev: rules"
python3 "$SHARED/eval/score_plover.py" --file "$SHARED/data/events/plover-gsr-dev.json" --cmd "$LEDE"
echo "== PLOVER GSR dev: baseline (nearest actor left and right)"
LEDE_RELATIONS_BASELINE=1 python3 "$SHARED/eval/score_plover.py" --file "$SHARED/data/events/plover-gsr-dev.json" --cmd "$LEDE"
echo "== MEANTIME participants: rules"
python3 bench/relations_meantime.py --cmd "$LEDE"
echo "== MEANTIME participants: baseline"
LEDE_RELATIONS_BASELINE=1 python3 bench/relations_meantime.py --cmd "$LEDE"
echo "== sample"
python3 "$SHARED/eval/check_sample.py" --cmd "$LEDE" relations || true
echo "== speed (whole pipeline, native)"
python3 bench/pipeline_speed.py --cmd "$LEDE"
