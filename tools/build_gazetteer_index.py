#!/usr/bin/env python3
"""build_gazetteer_index.py — writes assets/gazetteer/phrases.tsv, the one file the core reads
for the gazetteer's phrase lists, from the lists themselves (assets/gazetteer/*.txt, regions.tsv).

usage: python3 tools/build_gazetteer_index.py            rewrite assets/gazetteer/phrases.tsv
       python3 tools/build_gazetteer_index.py --check    exit 1 if it is not what the lists give

Why: the core used to hash every line of the lists (~42,000) into a table when it first
analysed, which in the page's worker (WebAssembly, baseline-compiled) was ~0.1 s before the
first result. phrases.tsv is that table already merged and sorted: one line per distinct key,
`key<TAB>kinds`, in byte order of the key, which the core binary-searches in place (see
src/core/actors/phrase_index.h) with nothing to build but a list of line starts.

Keys are what src/core/actors/gazetteer.cpp looks up: a phrase that is a short code ("US",
"U.S.", "NATO": capitals and dots, 6 bytes at most) keeps its case; any other phrase is folded
(ASCII letters lower-cased, U+2019 as "'"), so the two kinds of key never meet. `kinds` are one
letter per list kind (KIND_LETTERS; gazetteer.cpp reads the same letters). A list line is read
as the core reads asset lines: trimmed of spaces, tabs and CRs, '#' lines and blank lines
skipped, and its phrase is what comes before the first tab.

Edit the lists, never phrases.tsv; then run this. The unit test `gazetteer index is up to date`
runs --check.
"""
import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, 'assets', 'gazetteer')

# The list files and the kind each gives its phrases (countries.tsv and
# country_names_extra.tsv are not here: the core reads them itself, with their country ids).
LISTS = [
    ('region_demonyms.txt', 'demonym'),        # "European": a NORP with no country
    ('regions.tsv', 'region'),
    ('former_countries.txt', 'former_country'),
    ('cities.txt', 'city'),
    ('first_names.txt', 'first_name'),
    ('last_names.txt', 'last_name'),
    ('organisations.txt', 'organisation'),
    ('international_organisations.txt', 'organisation'),
    ('petrarch_organisations.txt', 'listed_organisation'),
    ('seats_of_government.txt', 'organisation'),
    ('titles.txt', 'title'),
    ('landforms.txt', 'landform'),
    ('org_nouns.txt', 'org_noun'),
    ('org_suffixes.txt', 'org_suffix'),
    ('company_titles.txt', 'company_title'),
]
KIND_LETTERS = {
    'demonym': 'D', 'region': 'R', 'former_country': 'X', 'city': 'C', 'first_name': 'F',
    'last_name': 'L', 'organisation': 'O', 'title': 'T', 'landform': 'G', 'org_noun': 'N',
    'org_suffix': 'S', 'company_title': 'E', 'listed_organisation': 'P',
}
HEADER = [
    'phrases.tsv: the gazetteer lists merged and sorted, written by tools/build_gazetteer_index.py',
    'from the files it names; do not edit (edit the lists, then run it). Sources and licences:',
    'ATTRIBUTION.md. Lines: key<TAB>kind letters, in byte order of the key.',
]


def is_code(phrase):
    b = phrase.encode('utf-8')
    return 0 < len(b) <= 6 and all(65 <= c <= 90 or c == 46 for c in b)


def fold(phrase):
    return ''.join(chr(ord(c) + 32) if 'A' <= c <= 'Z' else c for c in phrase.replace('\u2019', "'"))


def list_phrases(path):
    with open(path, encoding='utf-8', newline='') as f:
        for line in f.read().split('\n'):
            line = line.strip(' \t\r')
            if not line or line.startswith('#'):
                continue
            phrase = line.split('\t', 1)[0]
            if phrase:
                yield phrase


def build():
    kinds = {}
    for name, kind in LISTS:
        for phrase in list_phrases(os.path.join(GAZ, name)):
            key = phrase if is_code(phrase) else fold(phrase)
            kinds.setdefault(key, set()).add(KIND_LETTERS[kind])
    order = ''.join(KIND_LETTERS.values())
    lines = ['# ' + h for h in HEADER]
    for key in sorted(kinds, key=lambda k: k.encode('utf-8')):
        if '\n' in key or '\t' in key:
            sys.exit('build_gazetteer_index: a key holds a tab or newline: %r' % key)
        lines.append(key + '\t' + ''.join(sorted(kinds[key], key=order.index)))
    return '\n'.join(lines) + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--check', action='store_true', help='compare with the committed file instead of writing it')
    ap.add_argument('--out', default=os.path.join(GAZ, 'phrases.tsv'))
    a = ap.parse_args()
    text = build()
    if a.check:
        try:
            with open(a.out, encoding='utf-8', newline='') as f:
                same = f.read() == text
        except OSError:
            same = False
        if not same:
            print('%s is not what the lists give: run python3 tools/build_gazetteer_index.py' % a.out)
            return 1
        print('%s is up to date' % a.out)
        return 0
    with open(a.out, 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    print('wrote %s (%d keys)' % (a.out, text.count('\n') - len(HEADER)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
