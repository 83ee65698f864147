#!/usr/bin/env python3
"""clean_html_errors.py — the WCXB pages whose title, day or author Lede gets wrong.

usage: clean_html_errors.py DATA_DIR SAVED_DIR [title|day|author ...]
SAVED_DIR holds the outputs `score_clean.py --save DIR` kept (<id>.json). Prints, per field,
one line per miss: the page id, the gold value and Lede's. The WCXB dev pages are tuning
data: reading their misses is allowed there, never on a held-out set.
"""
import json, os, sys

FIELDS = {'title': ('title', 'title'), 'day': ('publish_date', 'published'), 'author': ('author', 'byline')}

def norm(s):
    return ' '.join(str(s).casefold().split())

def main():
    data, saved = sys.argv[1], sys.argv[2]
    wanted = sys.argv[3:] or list(FIELDS)
    gdir = os.path.join(data, 'ground-truth')
    for field in wanted:
        gold_key, out_key = FIELDS[field]
        misses = 0
        print(f'== {field} ==')
        for name in sorted(os.listdir(gdir)):
            if not name.endswith('.json'):
                continue
            gold = (json.load(open(os.path.join(gdir, name), encoding='utf-8')).get('ground_truth') or {}).get(gold_key)
            if not isinstance(gold, str) or not gold.strip():
                continue
            path = os.path.join(saved, name)
            out = json.load(open(path, encoding='utf-8')) if os.path.exists(path) else {}
            got = ((out or {}).get('article') or {}).get(out_key)
            ok = isinstance(got, str) and (got[:10] == gold.strip()[:10] if field == 'day' else norm(got) == norm(gold))
            if not ok:
                misses += 1
                print(f'{name[:-5]}\tgold={gold.strip()!r}\tgot={got!r}')
        print(f'{misses} misses')

if __name__ == '__main__':
    main()
