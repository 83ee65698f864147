#!/usr/bin/env python3
"""actors_pud_conll.py — writes UNER English PUD (test only; Lede's NER never trains on it)
in the CoNLL "token tag" layout that /work/shared/eval/score_conll.py reads, one
-DOCSTART- per PUD document.

usage: python3 bench/actors_pud_conll.py [SRC.iob2] OUT
"""
import sys

src = sys.argv[1] if len(sys.argv) > 2 else '/work/shared/data/train/uner_english_pud/en_pud-ud-test.iob2'
out_path = sys.argv[-1]
with open(src, encoding='utf-8') as f, open(out_path, 'w', encoding='utf-8') as out:
    for line in f:
        line = line.rstrip('\n')
        if line.startswith('# newdoc'):
            out.write('-DOCSTART- O\n\n')
            continue
        if line.startswith('#'):
            continue
        if not line.strip():
            out.write('\n')
            continue
        cols = line.split('\t')
        tag = cols[2] if len(cols) > 2 else 'O'
        if tag == 'B-O' or tag.endswith('-OTH'):
            tag = 'O'
        out.write(f'{cols[1]} {tag}\n')
