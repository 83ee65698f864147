#!/bin/sh
# time.sh — time-expression figures for Lede beside chrono-node, same runs, same scorers.
# usage: bench/time.sh [LEDE_CMD]   (default: build/native/src/cli/lede analyze)
# Needs the peers: mkdir -p build && cp -r ../shared/eval build/eval && (cd build/eval/peers && npm ci)
#  1. TimeBank+AQUAINT (tbaq-cleaned, TempEval-3 training release; dev only, read in place).
#  2. MEANTIME (airbus, apple, gm), annotated sentences only; then airbus+apple (tuning data)
#     and gm (left out: its figures only, never its gold or its per-item errors) apart.
#  3. Native speed, MB/s, on a large concatenated text.
#  4. Linearity: CPU time of `lede analyze --raw` on 1,000 and 10,000 dates in one text
#     (one sentence each, and all in one sentence): 10x the dates should cost about 10x.
# Each run prints relaxed/strict span F1, type accuracy and value F1 (score_time.py).
# TIME_QUICK=1: Lede's figures only (no chrono-node, no speed or linearity runs).
set -e
# The shared data and scorers sit beside the repo (../shared), as in CI; LEDE_SHARED overrides.
SHARED=${LEDE_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
LEDE=${1:-build/native/src/cli/lede analyze}
PEER="node build/eval/peers/chrono.mjs"
EVAL=$SHARED/eval
MT=$SHARED/data/nlp/meantime-en
WHO="lede chrono"
[ -n "$TIME_QUICK" ] && WHO=lede
for who in $WHO; do
  if [ $who = lede ]; then CMD="$LEDE"; else CMD="$PEER"; fi
  echo "== TempEval-3 style, tbaq-cleaned: $who"
  python3 $EVAL/score_time.py --set te3 --dir $SHARED/data/time/tbaq-cleaned --cmd "$CMD" | tail -12
  echo "== MEANTIME: $who"
  python3 $EVAL/score_time.py --set meantime --dir $MT/corpus_airbus --dir $MT/corpus_apple --dir $MT/corpus_gm --cmd "$CMD" | tail -12
  echo "== MEANTIME airbus+apple (tuning): $who"
  python3 $EVAL/score_time.py --set meantime --dir $MT/corpus_airbus --dir $MT/corpus_apple --cmd "$CMD" | tail -1
  echo "== MEANTIME gm (left out: figures only): $who"
  python3 $EVAL/score_time.py --set meantime --dir $MT/corpus_gm --cmd "$CMD" | tail -7
done
[ -n "$TIME_QUICK" ] && exit 0
echo "== speed"
python3 bench/pipeline_speed.py --cmd "$LEDE"
echo "== linearity: CPU seconds for N dates (a sentence each / one sentence)"
python3 - "$LEDE" <<'PY'
import os, resource, shlex, subprocess, sys, tempfile
cmd = shlex.split(sys.argv[1])
forms = ['On March {d}, 2019 the board met.', 'It rained last Friday at 5 p.m.', 'Profit rose for the year ended June 30.',
         'The following month sales fell two days before.', 'He left at noon Thursday, in 40000 BC.']
def cpu(text):
    with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False) as f:
        f.write(text)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(cmd + ['--raw', '--dateline', '2020-01-01', f.name], capture_output=True, check=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    os.unlink(f.name)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, out.count(b'"value"')
for n in (1000, 10000):
    sentences = ' '.join(forms[i % 5].format(d=i % 28 + 1) for i in range(n))
    one = ', '.join('March {}, 2019'.format(i % 28 + 1) for i in range(n))
    (t1, k1), (t2, k2) = cpu(sentences), cpu(one)
    print(f'{n:6} dates: {t1:.2f}s ({k1} values) / one sentence {t2:.2f}s ({k2} values)')
PY
