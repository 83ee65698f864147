#!/usr/bin/env python3
"""actors_conll_convert.py — turns the entity corpora Lede never trains on into the CoNLL
"token tag" layout that ../shared/eval/score_conll.py --file reads (PER / ORG / LOC, the
rest O; BIO tags, which that scorer's IOB1 reading takes as they are).

usage: python3 bench/actors_conll_convert.py wnut17 [SRC] OUT
       python3 bench/actors_conll_convert.py sec [SRC] OUT
- wnut17 (WNUT 2017, CC BY 4.0; default: the test split): person -> PER, location -> LOC,
  corporation and group -> ORG, product and creative-work dropped. Each post (a blank-line
  block) is a document of its own (-DOCSTART-): posts are unrelated, and Lede's document-level
  rules must not join them.
- sec (SEC filings, Salinas Alvarado et al. 2015, CC BY 3.0; default: the test split FIN3):
  the role words "Borrower"/"Lender" (any case, singular or plural) tagged PER are O, as
  CONTRACT.md calls them nominals; MISC is O. Documents as in the file (-DOCSTART-).
Only the layout and the label map are decided here; no gold is read for any rule.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('LEDE_SHARED', os.path.join(ROOT, '..', 'shared'))
TRAIN = os.path.join(SHARED, 'data', 'train')
DEFAULTS = {
    'wnut17': os.path.join(TRAIN, 'wnut17', 'CONLL-format', 'data', 'test', 'emerging.test.annotated'),
    'sec': os.path.join(TRAIN, 'sec_filings', 'CONLL-format', 'data', 'test', 'FIN3.txt'),
}
WNUT_MAP = {'person': 'PER', 'location': 'LOC', 'corporation': 'ORG', 'group': 'ORG'}
ROLE_WORDS = {'borrower', 'borrowers', 'lender', 'lenders'}


def wnut17_tag(tag):
    if tag == 'O' or '-' not in tag:
        return 'O'
    prefix, kind = tag.split('-', 1)
    cls = WNUT_MAP.get(kind)
    return f'{prefix}-{cls}' if cls else 'O'


def sec_tag(token, tag):
    if tag.endswith('-MISC'):
        return 'O'
    if tag.endswith('-PER') and token.lower() in ROLE_WORDS:
        return 'O'
    return tag


def convert(kind, src, out):
    docs = 0
    new_doc = True                  # wnut17: every blank-line block starts a document
    for line in open(src, encoding='utf-8'):
        parts = line.split()
        if not parts:
            if kind == 'wnut17':
                new_doc = True
            out.write('\n')
            continue
        if parts[0] == '-DOCSTART-':
            out.write('-DOCSTART- O\n\n')
            docs += 1
            continue
        if kind == 'wnut17' and new_doc:
            out.write('-DOCSTART- O\n\n')
            docs += 1
            new_doc = False
        token, tag = parts[0], parts[-1]
        tag = wnut17_tag(tag) if kind == 'wnut17' else sec_tag(token, tag)
        out.write(f'{token} {tag}\n')
    return docs


def main():
    args = sys.argv[1:]
    if len(args) not in (2, 3) or args[0] not in DEFAULTS:
        sys.exit(__doc__)
    kind = args[0]
    src = args[1] if len(args) == 3 else DEFAULTS[kind]
    with open(args[-1], 'w', encoding='utf-8') as out:
        docs = convert(kind, src, out)
    print(f'{kind}: {docs} documents -> {args[-1]}', file=sys.stderr)


if __name__ == '__main__':
    main()
