#!/usr/bin/env python3
"""actors_conll_errors.py — lists Lede's entity errors on a CoNLL file, scored as
../shared/eval/score_conll.py scores it: missed (FN) and spurious (FP) spans, with their words.

usage: python3 bench/actors_conll_errors.py --file TRAIN.conll [--cmd CMD] [--cls ORG] [--limit N]
FOR TUNING DATA ONLY (training splits: sec_filings train, wnut17 train/dev, …). Reading the
errors of a set makes it tuning data: never run this on a set you report as evidence
(UNER PUD, sec_filings test, wnut17 test, MEANTIME corpus_gm, held-out sets).
"""
import argparse
import collections
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('LEDE_SHARED', os.path.join(ROOT, '..', 'shared'))
sys.path.insert(0, os.path.join(SHARED, 'eval'))
import evalkit as K          # noqa: E402
import score_conll as C      # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument('--file', required=True)
ap.add_argument('--cmd', default='build/native/src/cli/lede analyze')
ap.add_argument('--cls', default=None, help='only this class (PER, ORG, LOC)')
ap.add_argument('--limit', type=int, default=0)
a = ap.parse_args()
for bad in ('test', 'pud', 'corpus_gm', 'testb', 'FIN3'):
    if bad in os.path.basename(a.file):
        sys.exit(f'{a.file}: looks like an evidence set; errors are listed for tuning data only')
docs = C.read_conll(a.file)
if a.limit:
    docs = docs[:a.limit]
built = {i: C.build(s) for i, s in docs}
outs, _ = K.run_docs(a.cmd, [K.Doc(i, built[i][0], ['--raw']) for i, _ in docs])
fp, fn, typ = collections.Counter(), collections.Counter(), collections.Counter()
for doc_id, sents in docs:
    text, spans, gold = built[doc_id]
    words = [t for s in sents for t, _ in s]
    starts = [s for s, _ in spans]
    pred = set()
    for sp, cls in K.predicted_mentions(outs.get(doc_id), len(text)):
        for first, last in K.token_runs(sp, spans, starts):
            pred.add((first, last, cls))
    gold_spans = {(f, l): c for f, l, c in gold}
    pred_spans = {(f, l): c for f, l, c in pred}
    for f, l, c in pred - gold:
        if a.cls and c != a.cls:
            continue
        g = gold_spans.get((f, l))
        (typ if g else fp)[(' '.join(words[f:l]), f'{g}->{c}' if g else c)] += 1
    for f, l, c in gold - pred:
        if a.cls and c != a.cls:
            continue
        if (f, l) not in pred_spans:
            fn[(' '.join(words[f:l]), c)] += 1
for title, counter in (('spurious (FP)', fp), ('wrong type', typ), ('missed (FN)', fn)):
    print(f'== {title}: {sum(counter.values())}')
    for (w, c), n in counter.most_common(40):
        print(f'{n:4d}  {c:8s} {w}')
