#!/usr/bin/env python3
"""build_petrarch_gazetteer.py — writes assets/gazetteer/petrarch_organisations.txt and
petrarch_actors.txt from the PETRARCH2 actor dictionaries (MIT, Open Event Data Alliance).

usage: python3 tools/build_petrarch_gazetteer.py [--petrarch ../shared/data/events/petrarch2]
         [--lexicon ../shared/data/train/ud_english_ewt/en_ewt-ud-train.conllu] [--out assets/gazetteer]
       python3 tools/build_petrarch_gazetteer.py --check    exit 1 if the committed files differ,
                                                           77 (skipped) where ../shared is absent
Then run tools/build_gazetteer_index.py (phrases.tsv carries the organisations as kind 'P').
petrarch_actors.txt (build_actors below) is what actor resolution reads
(src/core/actors/actor_dictionary.h): every name of a person or organisation entry with the
entry's canonical name and dated roles; it is not indexed into phrases.tsv and the page's
bundle leaves it out (2 MB). A plain people list (petrarch_people.txt) was written until
2026-12-08: typing a tagged span that is a listed person's full name as a person changed no
evidence figure and added 157 KB gzip to the page, and nothing else read it. With the
organisations as a tagger feature,
a retrained tagger scored below the shipped one on every evidence set (exact F1 UNER PUD 66.3
vs 66.9, SEC filings test 26.0 vs 30.6, WNUT 2017 test 34.9 vs 36.4; today's recipe retrained
without them: 65.8 / 25.2 / 33.9), so they serve the mention rules only.

Why: the NER tagger's organisation gazetteer held airlines and brands only; the dictionaries
name thousands of intergovernmental bodies, NGOs, multinational companies, armed groups and
national institutions, with their aliases, written by hand for news coding (an independent
source: none of our evaluation sets).

The dictionaries' format (see their header comments): an entry line "NAME_WORDS_ [CODE] # note",
"+ALIAS" lines, and tab-indented "[CODE from-to]" lines (dated roles). Words are joined by "_"
and written in capitals. Each entry (name and aliases) is sorted, by what it is, into:
  organisations  a name with an organisation word ("Agency", "Bank", "Party", "Front", ...),
                 or any entry of a multinational-company code (MNC...) or of the non-state
                 armed groups' file that does not look like a person, or a one-word name of an
                 IGO/NGO/MNC entry (acronyms "IAEA", "UNICEF", company names "Hitachi");
  people         an entry with dated roles, a "CountryInfo" office holder, or a name opening with
                 a first name (faker-js first names in assets/gazetteer/first_names.txt), with no
                 organisation word; titles before it ("PRIME_MINISTER_...") are cut off.
Everything else (countries, cities, role phrases "UN_ENVOY", "INDIAN_UN_PEACEKEEPER") is left out.
A one-word name that UD English EWT train writes in lower case ("trust", "spectrum") or that
is a person's first or last name is left out as ambiguous; names are written in title case
with small words ("of", "the", "and") in lower case and short all-consonant words (acronyms)
in capitals. Output is sorted, so re-running gives the committed files byte for byte.
"""
import argparse
import os
import re
import sys

from build_gazetteer import lower_words  # the same common-word lexicon as the gazetteer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = ['Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt', 'Phoenix.Countries.actors.txt']

# Words that make a name an organisation's (general knowledge of organisation names, plus
# assets/gazetteer/org_suffixes.txt read at run time).
ORG_WORDS = set('''
agency alliance army assembly association authority bank board brigade brigades bureau cabinet
centre center chamber church coalition college commission committee community company congress
consortium corporation corp council court department directorate federation forces foundation front
fund group guard guards institute institution league legion majlis ministry mission movement network
office organisation organization parliament partnership party police programme program secretariat
senate service services society tribunal trust union university unit
inc ltd llc plc co corp. inc. ltd. co. ag sa nv gmbh holdings industries technologies
pharmaceutical pharmaceuticals airlines airways energy petroleum oil gas telecom motors bancorp
bancshares financial insurance systems electronics communications media news times post
'''.split())
SMALL = {'of', 'the', 'and', 'for', 'de', 'la', 'le', 'des', 'du', 'del', 'di', 'da', 'in', 'on', 'to', 'al', 'el', 'y', 'et', 'on', 'against', 'at', 'by'}
COMPANY_ENDINGS = {'inc', 'inc.', 'corp', 'corp.', 'corporation', 'ltd', 'ltd.', 'co', 'co.', 'plc', 'llc', 'company', 'limited', 'holdings', 'group'}
WORD = re.compile(r"^[A-Za-z][A-Za-z0-9.&'-]*$")
DATED = re.compile(r'\d')
SKIP = 77  # CTest's SKIP_RETURN_CODE for the check (tests/CMakeLists.txt)


def read_list(path):
    out = set()
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                out.add(line.split('\t', 1)[0].lower())
    return out


def entries(path):
    """Yields (names, codes, note) per dictionary entry: names as lists of capitalised words."""
    names, codes, note = [], [], ''
    with open(path, encoding='latin-1') as f:
        for raw in f:
            line = raw.rstrip('\n\r')
            body, _, comment = line.partition('#')
            if not body.strip():
                if comment and names:
                    note += ' ' + comment
                continue
            if body[0] in ' \t':
                codes += re.findall(r'\[([^\]]*)\]', body)
                note += ' ' + comment
                continue
            if body[0] == '+':
                for alias in body.split('+'):
                    alias = re.sub(r'\[.*', '', alias).strip()
                    if alias:
                        names.append(alias)
                codes += re.findall(r'\[([^\]]*)\]', body)
                continue
            if names:
                yield names, codes, note
            head = re.sub(r'\[.*', '', body).strip()
            names, codes, note = ([head] if head else []), re.findall(r'\[([^\]]*)\]', body), comment
    if names:
        yield names, codes, note


def words_of(name):
    """'UNITED_NATIONS_CHILDREN'S_FUND_' -> ['UNITED', 'NATIONS', "CHILDREN'S", 'FUND'];
    a parenthesised acronym is dropped; None when a word holds characters text would split."""
    name = re.sub(r'\(.*?\)', ' ', name).replace(' ', '_')
    ws = [w for w in name.split('_') if w]
    if not ws or not all(WORD.match(w) for w in ws):
        return None
    if ws[0].lower() == 'the':
        ws = ws[1:]
    return ws or None


def cased(ws, acronyms):
    out = []
    for i, w in enumerate(ws):
        lw = w.lower()
        if i > 0 and lw in SMALL:
            out.append(lw)
        elif re.fullmatch(r'([A-Z]\.)+[A-Z]?', w) or lw in acronyms or (len(w) <= 5 and not re.search('[AEIOUY]', w)):
            out.append(w)
        else:
            out.append('-'.join(p[:1].upper() + p[1:].lower() for p in w.split('-')))
    return ' '.join(out)


def build(petrarch, lexicon, gaz):
    org_words = ORG_WORDS | read_list(os.path.join(gaz, 'org_suffixes.txt'))
    titles = read_list(os.path.join(gaz, 'titles.txt'))
    first = read_list(os.path.join(gaz, 'first_names.txt'))
    last = read_list(os.path.join(gaz, 'last_names.txt'))
    common = lower_words(lexicon) if os.path.exists(lexicon) else set()
    acronyms = set()
    orgs, people = set(), set()
    for fname in FILES:
        milnonstate = 'MilNonState' in fname
        for names, codes, note in entries(os.path.join(petrarch, fname)):
            code_heads = [c.split()[0] if c.split() else '' for c in codes]
            dated = any(DATED.search(c) for c in codes)
            # A country's own entry ("AFGHANISTAN_ [AFG]"): places, left out.
            if any(re.fullmatch(r'[A-Z]{3}', h) for h in code_heads):
                continue
            company = any(h.startswith('MNC') for h in code_heads)
            body = any(h[:3] in ('IGO', 'NGO', 'MNC') for h in code_heads)
            holder = dated or 'CountryInfo' in note
            for name in names:
                ws = words_of(name)
                if not ws:
                    continue
                lws = [w.lower() for w in ws]
                has_org = any(w in org_words for w in lws)
                # Titles before a person's name are roles, not the name.
                k = 0
                while k < len(lws) - 1 and (lws[k] in titles or ' '.join(lws[k:k + 2]) in titles):
                    k += 2 if ' '.join(lws[k:k + 2]) in titles else 1
                if has_org:
                    if lws[0] in titles and lws[0] not in org_words:
                        continue  # "CHIEF_EXECUTIVE_OF_MCC": a role
                    orgs.add(tuple(ws))
                    # News writes "Inc." with its dot; the dictionaries drop it.
                    if lws[-1] in ('inc', 'corp', 'co', 'ltd'):
                        orgs.add(tuple(ws[:-1]) + (ws[-1] + '.',))
                    # "Apollo Gold Corporation" is written "Apollo Gold" too.
                    if company and len(ws) >= 2 and lws[-1] in COMPANY_ENDINGS:
                        short = ws[:-1]
                        if len(short) >= 2 or (short[0].lower() not in common and short[0].lower() not in first | last):
                            orgs.add(tuple(short))
                    continue
                person_like = lws[k] in first or (holder and len(ws) - k >= 2)
                if person_like:
                    if len(ws) - k >= 2 and not any(w in titles for w in lws[k:]):
                        people.add(tuple(ws[k:]))
                    continue
                if k > 0 or lws[0] in titles:
                    continue
                if (company or milnonstate) and len(ws) >= 2:
                    orgs.add(tuple(ws))
                elif (company or body or milnonstate) and len(ws) == 1:
                    if lws[0] not in common and lws[0] not in first and lws[0] not in last and len(lws[0]) >= 2:
                        orgs.add(tuple(ws))
                        if not re.search('[AEIOUY]', ws[0]) or len(ws[0]) <= 4:
                            acronyms.add(lws[0])
    # One-word organisation names that are common words are ambiguous.
    orgs = {o for o in orgs if len(o) > 1 or o[0].lower() not in common}
    org_lines = sorted({cased(o, acronyms) for o in orgs}, key=lambda s: s.encode('utf-8'))
    per_lines = sorted({cased(p, set()) for p in people} - set(org_lines), key=lambda s: s.encode('utf-8'))
    head = '# generated by tools/build_petrarch_gazetteer.py from the PETRARCH2 actor dictionaries (MIT); do not edit\n'
    return (head + '# organisations: IGOs, NGOs, companies, armed groups, national institutions\n' + '\n'.join(org_lines) + '\n',
            head + '# people: office holders and other named persons\n' + '\n'.join(per_lines) + '\n')

def role_dates(code):
    """'RUSGOV 991231-080507' -> ('RUSGOV', '1999-12-31', '2008-05-07'); '>080508' opens the
    end, '<080508' the start; None when the dates cannot be read. Six digits are YYMMDD with
    years up to 30 read as 20YY (the dictionaries run from the 1940s to the 2010s)."""
    parts = code.split(None, 1)
    if not parts:
        return None
    head, rest = parts[0], (parts[1] if len(parts) > 1 else '').replace(' ', '')

    def day(d):
        if len(d) == 6:
            d = ('20' if int(d[:2]) <= 30 else '19') + d
        if len(d) != 8 or not d.isdigit() or not ('01' <= d[4:6] <= '12') or not ('01' <= d[6:] <= '31'):
            return None
        return d[:4] + '-' + d[4:6] + '-' + d[6:]
    if not rest:
        return head, '', ''
    if rest[0] in '<>':
        d = day(rest[1:])
        if not d:
            return None
        return (head, d, '') if rest[0] == '>' else (head, '', d)
    m = re.fullmatch(r'(\d+)-(\d+)', rest)
    if not m or not day(m.group(1)) or not day(m.group(2)):
        return None
    return head, day(m.group(1)), day(m.group(2))


def build_actors(petrarch, lexicon, gaz):
    """petrarch_actors.txt: for actor resolution (src/core/actors/actor_dictionary.h), one line
    per name an entry may be written by: `folded name<TAB>kind<TAB>canonical name<TAB>roles`.
    kind: P person, O organisation (the same sorting as the two lists above); canonical: the
    entry's first usable name; roles: the entry's codes, space-separated, each CODE or
    CODE@FROM/TO (ISO dates, either side possibly empty). Titles before a person's name are cut
    ("PRESIDENT_PUTIN" is written "putin"). A name two entries share is left out (ambiguous), as
    is a one-word person name that is a common word or a first or last name of the name lists,
    and a one-word organisation name longer than five letters that is a common word."""
    org_words = ORG_WORDS | read_list(os.path.join(gaz, 'org_suffixes.txt'))
    titles = read_list(os.path.join(gaz, 'titles.txt'))
    first = read_list(os.path.join(gaz, 'first_names.txt'))
    last = read_list(os.path.join(gaz, 'last_names.txt'))
    common = lower_words(lexicon) if os.path.exists(lexicon) else set()
    keys = {}          # folded name -> set of (kind, canonical, roles)
    for fname in FILES:
        milnonstate = 'MilNonState' in fname
        for names, codes, note in entries(os.path.join(petrarch, fname)):
            code_heads = [c.split()[0] if c.split() else '' for c in codes]
            if any(re.fullmatch(r'[A-Z]{3}', h) for h in code_heads):
                continue
            company = any(h.startswith('MNC') for h in code_heads)
            body = any(h[:3] in ('IGO', 'NGO', 'MNC') for h in code_heads)
            holder = any(DATED.search(c) for c in codes) or 'CountryInfo' in note
            roles = []
            for c in codes:
                r = role_dates(c)
                if r and r[0] and re.fullmatch(r'[A-Z0-9]+', r[0]):
                    roles.append(r[0] + ('@%s/%s' % (r[1], r[2]) if r[1] or r[2] else ''))
            if not roles:
                continue
            kind, canonical, written = None, None, []
            for name in names:
                ws = words_of(name)
                if not ws:
                    continue
                lws = [w.lower() for w in ws]
                k = 0
                while k < len(lws) - 1 and (lws[k] in titles or ' '.join(lws[k:k + 2]) in titles):
                    k += 2 if ' '.join(lws[k:k + 2]) in titles else 1
                if any(w in org_words for w in lws):
                    if lws[0] in titles and lws[0] not in org_words:
                        continue
                    this = 'O'
                    k = 0
                elif lws[k] in first or (holder and len(ws) - k >= 1 and k > 0) or (holder and len(ws) >= 2):
                    if any(w in titles for w in lws[k:]):
                        continue
                    this = 'P'
                elif k == 0 and lws[0] not in titles and (company or body or milnonstate or kind == 'O'):
                    this = 'O'                    # (an alias of an organisation entry: "FBI")
                else:
                    continue
                if kind is None:
                    kind = this
                if this != kind:
                    continue
                ws = ws[k:]
                if kind == 'P' and len(ws) == 1 and (ws[0].lower() in common or ws[0].lower() in first or ws[0].lower() in last):
                    continue
                # A short one-word organisation name is an acronym ("FBI"): kept even when a
                # common word, as the core matches it only written in capitals.
                if kind == 'O' and len(ws) == 1 and (len(ws[0]) < 2 or (ws[0].lower() in common and len(ws[0]) > 5)):
                    continue
                # A short one-word organisation name is an acronym ("NATO", "IAEA").
                text = cased(ws, {ws[0].lower()} if kind == 'O' and len(ws) == 1 and len(ws[0]) <= 5 else set())
                if canonical is None:
                    canonical = text
                written.append(' '.join(w.lower() for w in ws))
            if kind is None or canonical is None:
                continue
            value = (kind, canonical, ' '.join(dict.fromkeys(roles)))
            for key in written:
                keys.setdefault(key, set()).add(value)
    lines = [k + '\t' + '\t'.join(next(iter(v))) for k, v in keys.items() if len(v) == 1]
    lines.sort(key=lambda s: s.split('\t', 1)[0].encode('utf-8'))
    head = ('# generated by tools/build_petrarch_gazetteer.py from the PETRARCH2 actor dictionaries (MIT); do not edit\n'
            '# actors: folded name<TAB>P|O<TAB>canonical name<TAB>roles (CODE or CODE@FROM/TO), sorted by name\n')
    return head + '\n'.join(lines) + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--petrarch', default=os.path.join(os.path.dirname(ROOT), 'shared', 'data', 'events', 'petrarch2'))
    ap.add_argument('--lexicon', default=os.path.join(os.path.dirname(ROOT), 'shared', 'data', 'train', 'ud_english_ewt',
                                                      'en_ewt-ud-train.conllu'))
    ap.add_argument('--out', default=os.path.join(ROOT, 'assets', 'gazetteer'))
    ap.add_argument('--check', action='store_true')
    a = ap.parse_args()
    if not os.path.isdir(a.petrarch) or not os.path.exists(a.lexicon):
        print('build_petrarch_gazetteer: %s or %s is absent (no ../shared): skipped' % (a.petrarch, a.lexicon))
        return SKIP if a.check else 1
    orgs, _people = build(a.petrarch, a.lexicon, a.out)
    files = {'petrarch_organisations.txt': orgs,
             'petrarch_actors.txt': build_actors(a.petrarch, a.lexicon, a.out)}
    if a.check:
        bad = 0
        for name, text in files.items():
            path = os.path.join(a.out, name)
            if not os.path.exists(path) or open(path, encoding='utf-8').read() != text:
                print('%s is not what the dictionaries give: run python3 tools/build_petrarch_gazetteer.py' % path)
                bad = 1
        return bad
    for name, text in files.items():
        with open(os.path.join(a.out, name), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        print('wrote %s (%d lines)' % (name, text.count('\n') - 2))
    return 0


if __name__ == '__main__':
    sys.exit(main())
