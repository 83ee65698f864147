#!/usr/bin/env python3
"""parser_las.py — UAS / LAS of Lede's dependency parser (src/core/syntax/dependency_parser.h)
on Universal Dependencies CoNLL-U files: gold words, OUR OWN predicted POS (syntax::PosTagger),
our parse (tools/train_parser/parse_conllu.cpp, built here as lede_parse_conllu).

usage: python3 bench/parser_las.py [--build build/native] [--model FILE] [--shared DIR] [FILE.conllu ...]
Without files: UD English EWT dev and test (the parser is trained on EWT train; dev picks the
training settings, so it is tuning data; test is evidence) and UD English PUD (never trained on:
evidence). Scores count every word, punctuation included; LAS compares the universal part of
the relation (nsubj:pass = nsubj), as the CoNLL 2018 shared task. Also reports our POS accuracy
against UPOS (verbs' Penn tags counted as VERB), and the parser's CPU throughput (MB of words,
each plus a space, per CPU second of parsing alone, the tagger not counted).
"""
import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_gold(path):
    """[[(form, upos, head, deprel)]] per sentence, multiword ranges and empty nodes skipped."""
    sents, cur = [], []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n').rstrip('\r')
        if not line:
            if cur:
                sents.append(cur)
            cur = []
            continue
        if line.startswith('#'):
            continue
        c = line.split('\t')
        if '-' in c[0] or '.' in c[0]:
            continue
        cur.append((c[1], c[3], int(c[6]), c[7]))
    if cur:
        sents.append(cur)
    return sents


def read_pred(text):
    sents, cur = [], []
    for line in text.split('\n'):
        if not line:
            if cur:
                sents.append(cur)
            cur = []
            continue
        c = line.split('\t')
        cur.append((c[1], c[3], int(c[6]), c[7]))
    if cur:
        sents.append(cur)
    return sents


def universal(rel):
    return rel.split(':')[0]


def score(gold, pred):
    if len(gold) != len(pred):
        sys.exit(f'sentence count differs: gold {len(gold)}, predicted {len(pred)}')
    total = head = both = pos = 0
    for g, p in zip(gold, pred):
        if len(g) != len(p):
            sys.exit('word count differs in a sentence')
        for (gf, gt, gh, gr), (pf, pt, ph, pr) in zip(g, p):
            total += 1
            pos += gt == ('VERB' if pt.startswith('VB') else pt)
            if gh == ph:
                head += 1
                both += universal(gr) == universal(pr)
    return total, 100.0 * head / total, 100.0 * both / total, 100.0 * pos / total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', default=os.path.join(ROOT, 'build', 'native'))
    ap.add_argument('--model')
    ap.add_argument('--shared', default=os.environ.get('LEDE_SHARED', os.path.join(os.path.dirname(ROOT), 'shared')))
    ap.add_argument('files', nargs='*')
    a = ap.parse_args()
    subprocess.run(['cmake', '--build', a.build, '--target', 'lede_parse_conllu', '-j2'], check=True,
                   stdout=subprocess.DEVNULL)
    tool = os.path.join(a.build, 'tools', 'train_parser', 'lede_parse_conllu')
    train = os.path.join(a.shared, 'data', 'train')
    files = [(f, os.path.basename(f), '') for f in a.files] or [
        (os.path.join(train, 'ud_english_ewt', 'en_ewt-ud-dev.conllu'), 'EWT dev', 'tuning'),
        (os.path.join(train, 'ud_english_ewt', 'en_ewt-ud-test.conllu'), 'EWT test', 'evidence'),
        (os.path.join(train, 'ud_english_pud', 'en_pud-ud-test.conllu'), 'PUD', 'evidence, never trained on'),
    ]
    cmd = [tool] + (['--model', a.model] if a.model else [])
    print(f'{"set":10} {"words":>7} {"UAS":>6} {"LAS":>6} {"POS":>6} {"MB/s":>6}')
    for path, name, kind in files:
        with open(path, encoding='utf-8') as f:
            run = subprocess.run(cmd, stdin=f, capture_output=True, text=True, check=True)
        n, uas, las, pos = score(read_gold(path), read_pred(run.stdout))
        t = dict(zip(*[iter(run.stderr.split())] * 2))
        speed = float(t['bytes']) / 1e6 / max(float(t['parse_cpu']), 1e-9)
        print(f'{name:10} {n:7d} {uas:6.2f} {las:6.2f} {pos:6.2f} {speed:6.2f}  {kind}')


if __name__ == '__main__':
    main()
