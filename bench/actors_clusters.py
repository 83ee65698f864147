#!/usr/bin/env python3
"""actors_clusters.py — how well Lede groups mentions into actors, against MEANTIME coreference.

usage: python3 bench/actors_clusters.py --cmd "CMD" [--dir D ...] [--limit N] [--all-kinds] [--errors]
Each document runs with --raw --dateline <its creation time> (text from the shared meantime.py).
Gold: the named (syntactic_type NAM) ENTITY_MENTIONs of the annotated region whose REFERS_TO
entity is PER, ORG or LOC — the mentions score_meantime_entities.py scores — clustered by that
entity. With --all-kinds, every mention (NOM, PRO, ...) of those entities counts too, and so do
Lede's title/nominal/pronoun mentions.
System: every actor's name mentions (any actor type, so a type confusion does not hide a
clustering), as token runs. Each system mention is paired with the unpaired gold mention it
overlaps most (one to one, largest overlap first). Clustering is scored over the paired
mentions only — detection is score_meantime_entities.py's job — with MUC (links) and B³
(per mention), both pooled over all documents. Mentions paired / gold mentions is printed too.
--errors lists each gold entity split over several actors and each actor joining several entities.
"""
import xml.etree.ElementTree as ET
from collections import defaultdict

from meantime_runs import K, M, arguments, run   # the shared scorers' modules, one run per document


def gold_mentions(path, doc, all_kinds):
    """[(first token, last token + 1, entity id)] of the named PER/ORG/LOC entities."""
    root = ET.parse(path).getroot()
    marks = root.find('Markables')
    marks = list(marks) if marks is not None else []
    ent_type = {m.get('m_id'): m.get('ent_type') for m in marks if m.tag == 'ENTITY'}
    entity_of = {}
    rels = root.find('Relations')
    for r in (list(rels) if rels is not None else []):
        if r.tag == 'REFERS_TO' and r.find('target') is not None:
            for s in r.findall('source'):
                entity_of[s.get('m_id')] = r.find('target').get('m_id')
    found, named = [], set()
    for m in marks:
        e = entity_of.get(m.get('m_id'))
        if m.tag != 'ENTITY_MENTION' or ent_type.get(e) not in M.ENTITY_CLASS:
            continue
        idx = sorted(doc.tok_index[a.get('t_id')] for a in m.findall('token_anchor')
                     if a.get('t_id') in doc.tok_index)
        if not idx or doc.tok_spans[idx[-1]][1] > doc.region_end:
            continue
        nam = m.get('syntactic_type') == 'NAM'
        if nam:
            named.add(e)
        if nam or all_kinds:
            found.append((idx[0], idx[-1] + 1, e))
    return [g for g in found if g[2] in named]


def system_mentions(out, doc, all_kinds):
    """[(first token, last token + 1, actor id)] of Lede's mentions inside the annotated region."""
    found = []
    tlen = len(doc.text)
    for actor in K.items(out, 'actors'):
        for m in actor.get('mentions') or []:
            if not isinstance(m, dict) or (not all_kinds and m.get('kind', 'name') != 'name'):
                continue
            sp = K.span(m, tlen)
            if not sp:
                continue
            for first, last in K.token_runs(sp, doc.tok_spans, doc.tok_starts):
                if doc.tok_spans[last - 1][1] <= doc.region_end:
                    found.append((first, last, actor.get('id')))
    return found


def pair(gold, system):
    """[(gold cluster, system cluster, gold mention)] for each gold mention paired with a system mention."""
    cands = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            ov = min(g[1], s[1]) - max(g[0], s[0])
            if ov > 0:
                cands.append((-ov, i, j))
    used_g, used_s, pairs = set(), set(), []
    for _, i, j in sorted(cands):
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            pairs.append((gold[i][2], system[j][2], gold[i]))
    return pairs


def muc_counts(key, response):
    """(numerator, denominator) of MUC recall of clustering `key` by `response`
    (both: mention index -> cluster id); swap them for precision."""
    clusters = defaultdict(set)
    for m, c in key.items():
        clusters[c].add(m)
    num = den = 0
    for ms in clusters.values():
        parts = {response[m] for m in ms}
        num += len(ms) - len(parts)
        den += len(ms) - 1
    return num, den


def b3_sum(key, response):
    """Sum over mentions of |key cluster ∩ response cluster| / |key cluster| (B³ recall terms)."""
    size = defaultdict(int)
    both = defaultdict(int)
    for m in key:
        size[key[m]] += 1
        both[(key[m], response[m])] += 1
    return sum(both[(key[m], response[m])] / size[key[m]] for m in key)


def print_errors(doc, pairs):
    """One line per gold entity paired with several actors, and per actor paired with several entities."""
    words = lambda g: doc.text[doc.tok_spans[g[0]][0]:doc.tok_spans[g[1] - 1][1]].decode('utf-8')
    for side, other, what in ((0, 1, 'split'), (1, 0, 'merged')):
        groups = defaultdict(lambda: defaultdict(set))
        for p in pairs:
            groups[p[side]][p[other]].add(words(p[2]))
        for c, parts in groups.items():
            if len(parts) > 1:
                print(f'{doc.id[:40]}: {what} ' + ' | '.join(f'{o}: ' + ', '.join(sorted(t)) for o, t in parts.items()))


def main():
    ap = arguments(__doc__.split('\n')[0])
    ap.add_argument('--all-kinds', action='store_true', help='score nominal and pronoun mentions too')
    ap.add_argument('--errors', action='store_true', help='list split entities and merged actors')
    a = ap.parse_args()
    docs, outs, stats = run(a)
    n = defaultdict(float)
    for path, d in docs:
        gold = gold_mentions(path, d, a.all_kinds)
        pairs = pair(gold, system_mentions(outs.get(d.id), d, a.all_kinds))
        key = {i: p[0] for i, p in enumerate(pairs)}
        response = {i: p[1] for i, p in enumerate(pairs)}
        if a.errors:
            print_errors(d, pairs)
        n['gold'] += len(gold)
        n['paired'] += len(pairs)
        for name, (x, y) in (('muc_r', (key, response)), ('muc_p', (response, key))):
            num, den = muc_counts(x, y)
            n[name + '_num'] += num
            n[name + '_den'] += den
        n['b3_r'] += b3_sum(key, response)
        n['b3_p'] += b3_sum(response, key)
    stats.report()
    ratio = lambda x, y: x / y if y else 0.0
    f1 = lambda p, r: 2 * p * r / (p + r) if p + r else 0.0
    muc_p, muc_r = ratio(n['muc_p_num'], n['muc_p_den']), ratio(n['muc_r_num'], n['muc_r_den'])
    b3_p, b3_r = ratio(n['b3_p'], n['paired']), ratio(n['b3_r'], n['paired'])
    kinds = 'all mention kinds' if a.all_kinds else 'named mentions'
    print(f'MEANTIME actor clusters: {len(docs)} documents, {kinds}, '
          f'{int(n["paired"])}/{int(n["gold"])} gold mentions paired (percent)')
    K.table(['metric', 'P %', 'R %', 'F1 %'],
            [['MUC', K.pct(muc_p), K.pct(muc_r), K.pct(f1(muc_p, muc_r))],
             ['B3', K.pct(b3_p), K.pct(b3_r), K.pct(f1(b3_p, b3_r))]])
    K.result_line({'set': 'meantime-clusters', **stats.summary(), 'paired': int(n['paired']),
                   'gold': int(n['gold']), 'muc_p': K.pct(muc_p), 'muc_r': K.pct(muc_r),
                   'muc_f1': K.pct(f1(muc_p, muc_r)), 'b3_p': K.pct(b3_p), 'b3_r': K.pct(b3_r),
                   'b3_f1': K.pct(f1(b3_p, b3_r))})


if __name__ == '__main__':
    main()
