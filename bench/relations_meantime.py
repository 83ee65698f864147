#!/usr/bin/env python3
"""MEANTIME HAS_PARTICIPANT Arg0/Arg1 against Lede's relations and events, and speaker recall.

usage: relations_meantime.py --cmd "CMD" [--dir D ...] [--limit N]
Each document runs with --raw --dateline <its creation time> (text from meantime.py).
Gold: EVENT_MENTIONs of the annotated region and their HAS_PARTICIPANT links whose
target is an ENTITY_MENTION (sem_role Arg0 or Arg1). A gold argument is any mention of the
same ENTITY (REFERS_TO), so coreferent mentions count.
A relation matches a gold event when its trigger overlaps the event mention's tokens.
  Arg0 precision: relations with a source that match a gold event having an Arg0,
                  whose source actor has a mention overlapping one of that entity's mentions.
  Arg0 recall:    gold (event, Arg0) pairs found so by some matching relation.
  (Arg1 the same with target.)  "given trigger": recall over gold pairs whose event some
  relation matched (what the argument rules do, apart from the trigger lexicon's coverage).
  Two layers are scored: `relations` alone (PLOVER classes and SAY), and relations plus
  `events` (every event predicate; an event's agent is Arg0, its patient Arg1; events that
  gave a relation are counted once, as that relation). The RESULT line's plain keys are the
  combined layer, `_rel` keys the relations alone.
  Speaker recall: the same Arg0 recall over speech events (pred say, tell, announce, ...)
  counting only SAY relations.
"""
import json
import xml.etree.ElementTree as ET
from collections import defaultdict

from meantime_runs import K, arguments, run   # the shared scorers' modules, one run per document

SPEECH = {'say', 'tell', 'announce', 'state', 'claim', 'report', 'add', 'note', 'explain', 'confirm', 'declare',
          'comment', 'reply', 'respond', 'insist', 'argue', 'write', 'quote', 'testify', 'warn', 'stress', 'speak'}


def gold_of(path, doc):
    root = ET.parse(path).getroot()
    marks = root.find('Markables')
    marks = list(marks) if marks is not None else []
    def span(m):
        idx = sorted(doc.tok_index[a.get('t_id')] for a in m.findall('token_anchor') if a.get('t_id') in doc.tok_index)
        return (doc.tok_spans[idx[0]][0], doc.tok_spans[idx[-1]][1]) if idx else None
    events = {m.get('m_id'): (span(m), m.get('pred') or '') for m in marks if m.tag == 'EVENT_MENTION'}
    ents = {m.get('m_id'): span(m) for m in marks if m.tag == 'ENTITY_MENTION'}
    entity_of = {}
    members = defaultdict(list)
    rels = root.find('Relations')
    rels = list(rels) if rels is not None else []
    for r in rels:
        if r.tag == 'REFERS_TO' and r.find('target') is not None:
            e = r.find('target').get('m_id')
            for s in r.findall('source'):
                entity_of[s.get('m_id')] = e
                members[e].append(s.get('m_id'))
    pairs = []      # (event span, pred, role, [argument spans])
    for r in rels:
        if r.tag != 'HAS_PARTICIPANT' or r.get('sem_role') not in ('Arg0', 'Arg1'):
            continue
        src, tgt = r.find('source'), r.find('target')
        if src is None or tgt is None or src.get('m_id') not in events or tgt.get('m_id') not in ents:
            continue
        ev, pred = events[src.get('m_id')]
        if not ev or ev[1] > doc.region_end or not ents[tgt.get('m_id')]:
            continue
        e = entity_of.get(tgt.get('m_id'))
        spans = [ents[m] for m in (members[e] if e else [tgt.get('m_id')]) if ents.get(m)]
        pairs.append((ev, pred, r.get('sem_role'), spans))
    return pairs


def score(n, rels, pairs, mentions, d, tlen):
    """Adds one document's counts to n: items (relations, or events as {trigger, source, target})
    against the gold (event, role, argument spans) pairs."""
    gold_events = defaultdict(dict)   # event span -> role -> spans
    for ev, pred, role, spans in pairs:
        gold_events[ev].setdefault(role, []).extend(spans)

    def hit(actor, spans):
        return any(sp and any(K.overlaps(sp, g) for g in spans) for sp in mentions.get(actor, []))
    for role, key in (('Arg0', 'source'), ('Arg1', 'target')):
        for r in rels:
            if not r.get(key) or K.span(r['trigger'], tlen)[1] > d.region_end:
                continue
            tr = K.span(r['trigger'], tlen)
            evs = [ev for ev in gold_events if K.overlaps(tr, ev) and role in gold_events[ev]]
            if not evs:
                continue
            n[role + '_pred'] += 1
            n[role + '_tp_pred'] += any(hit(r[key], gold_events[ev][role]) for ev in evs)
        for ev, pred, prole, spans in pairs:
            if prole != role:
                continue
            n[role + '_gold'] += 1
            match = [r for r in rels if K.overlaps(K.span(r['trigger'], tlen), ev)]
            n[role + '_gold_triggered'] += bool(match)
            found = any(r.get(key) and hit(r[key], spans) for r in match)
            n[role + '_tp_gold'] += found
            if role == 'Arg0' and pred in SPEECH:
                n['speech_gold'] += 1
                n['speech_tp'] += any(r.get('class') == 'SAY' and r.get(key) and hit(r[key], spans) for r in match)


def main():
    ap = arguments(__doc__.split('\n')[0])
    a = ap.parse_args()
    docs, outs, stats = run(a)
    layers = {'relations': defaultdict(int), 'relations+events': defaultdict(int)}
    for path, d in docs:
        out = outs.get(d.id)
        tlen = len(d.text)
        mentions = {x.get('id'): [K.span(m, tlen) for m in (x.get('mentions') or [])] for x in K.items(out, 'actors')}
        rels = [r for r in K.items(out, 'relations') if K.span(r.get('trigger'), tlen)]
        # an event that gave a relation says what that relation says: count it once
        evs = [{'trigger': e.get('trigger'), 'source': e.get('agent'), 'target': e.get('patient')}
               for e in K.items(out, 'events') if e.get('relation') is None and K.span(e.get('trigger'), tlen)]
        pairs = gold_of(path, d)
        score(layers['relations'], rels, pairs, mentions, d, tlen)
        score(layers['relations+events'], rels + evs, pairs, mentions, d, tlen)
    stats.report()
    res = {}
    for name, n in layers.items():
        print(f'-- {name}')
        rows = []
        suffix = '' if name == 'relations+events' else '_rel'
        for role in ('Arg0', 'Arg1'):
            p = n[role + '_tp_pred'] / n[role + '_pred'] if n[role + '_pred'] else 0.0
            r = n[role + '_tp_gold'] / n[role + '_gold'] if n[role + '_gold'] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            g = n[role + '_tp_gold'] / n[role + '_gold_triggered'] if n[role + '_gold_triggered'] else 0.0
            rows.append([role, n[role + '_gold'], n[role + '_pred'], K.pct(p), K.pct(r), K.pct(f), K.pct(g)])
            res.update({role + suffix + '_p': K.pct(p), role + suffix + '_r': K.pct(r), role + suffix + '_f1': K.pct(f),
                        role + suffix + '_r_given_trigger': K.pct(g)})
        K.table(['role', 'gold', 'predicted', 'P %', 'R %', 'F1 %', 'R given trigger %'], rows)
    n = layers['relations']
    sr = n['speech_tp'] / n['speech_gold'] if n['speech_gold'] else 0.0
    print(f'speaker recall (speech events with an Arg0): {n["speech_tp"]}/{n["speech_gold"]} = {K.pct(sr)} %')
    res['speaker_recall'] = K.pct(sr)
    K.result_line({'set': 'meantime-participants', **stats.summary(), **res})


if __name__ == '__main__':
    main()
