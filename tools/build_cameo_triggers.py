#!/usr/bin/env python3
"""build_cameo_triggers.py — writes assets/events/cameo_triggers.tsv, the main event trigger
dictionary, from an independent source: PETRARCH2's CAMEO verb-pattern dictionary (MIT), its
discard list, and the CAMEO→PLOVER table (CC BY-SA 4.0). See assets/events/ATTRIBUTION.md.

usage: python3 tools/build_cameo_triggers.py            rewrite assets/events/cameo_triggers.tsv
       python3 tools/build_cameo_triggers.py --check    exit 1 if the committed file is not what
                                                        the sources give; exit 77 (skipped) when
                                                        the sources are absent (public clones)
       --shared DIR   the shared folder (default: $LEDE_SHARED or ../shared beside the repo)

What it keeps of the CAMEO dictionary, and why (the format of the output is written at the top
of the output itself, and src/core/relations/trigger_lexicon.h reads it):
- Synonym sets (&CURRENCY, &WEAPON …) become "&name" lines with their plurals spelt out
  (PETRARCH's rule: +S, Y→IES, SS→ES, none when the set's label or the phrase ends in "_").
- Each verb block becomes a family ("@name" line: its verbs), so a block's patterns are written
  once and apply to every verb of the block, as in PETRARCH. Irregular forms given in {…} become
  "=" lines. A verb with its own code becomes a one-verb pattern. A block's code is given to
  the block's own verb alone (IMPOSE in "--- IMPOSE [170] ---"), after a "%fallback" line so
  that a hand addition in triggers.tsv may give it another class; the block's other verbs (its
  WordNet synonyms: "according" under GRANT, "going" under ARRIVE) name no event alone: in
  news they made events of ordinary sentences. They keep the block's object contexts.
- Patterns keep their object context, so the object picks among a verb's classes
  ("freeze _ relations" SANCTION, "freeze _ asset" COERCE): words in {…} are consecutive; any
  other two words may have up to three words between them ("_"). Context before the verb
  (the subject) is dropped: a pattern with only subject context is left out. The most frequent
  general verbs (GENERAL_VERBS) give no event alone unless their own line has a code. Source/target
  markers ($ + % ^) are dropped. A paired code [A:B] keeps A; [:B] (the target acts on the
  source) is left out, since a trigger cannot turn its arguments round here.
- A pattern coded [---], and every discard phrase, is written with class "-": it matches like
  any pattern (the longest wins) and gives no event, e.g. "impose _ taxes" against "impose".
- Codes become classes through CAMEO2PLOVER-2021. That table names three classes as PLOVER's
  2021 draft did; they are written as the classes of our contract: REQUEST → DEMAND,
  ACCUSE → INVESTIGATE when its mode is "investigate" and DISAPPROVE otherwise, and ASSAULT
  under CAMEO 19 (conventional military force) → FIGHT. The table has no rows for CAMEO 01
  (public statements) and 02 (appeals): 010 "make statement" is our SAY, 02x "appeal or
  request" is DEMAND, and the other 01x codes (comments, attitudes) give no event.
- Speech blocks (block code 01x) keep their verbs but not their patterns: CAMEO codes there the
  content of what was said ("said it would withdraw"), which our extractor reads as a SAY and
  the reported clause's own trigger.
"""
import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'assets', 'events', 'cameo_triggers.tsv')
SKIP = 77  # CTest's SKIP_RETURN_CODE for this test (tests/CMakeLists.txt)

CAMEO_ROOT_CLASSES = {'01': None, '02': 'DEMAND'}   # rows the 2021 table does not have

# Very frequent English verbs that name no event by themselves ("go", "give", "take", "see"):
# CAMEO's blocks give them their block's code (WordNet synonyms of the block's verb), which in
# news would make an event of most sentences. They keep their object contexts ("take _
# hostage"); alone they give nothing. From general knowledge of English, not from any data.
GENERAL_VERBS = set("""
be have do get make go come know think look want give use find work seem feel try leave call
keep let begin show hear play run move like live believe hold bring happen write provide sit
stand lose pay include continue set learn change lead understand watch follow stop create read
add spend grow open walk win remember love consider appear buy wait serve die send expect build
stay fall remain raise pass sell require decide pull return hope develop carry break receive
produce eat cover catch draw choose cause point plan face put turn see take mean become start
end reach look
""".split())


def strip_comment(line):
    for mark in ('#', ';', '<!--'):
        at = line.find(mark)
        if at >= 0:
            line = line[:at]
    return line.strip()


def plural(word):
    if word.endswith('Y') and len(word) > 1 and word[-2] not in 'AEIOU':
        return word[:-1] + 'IES'
    if word.endswith('SS'):
        return word + 'ES'
    return word + 'S'


def words_of(phrase):
    return [w for w in re.split(r'[ _]+', phrase.lower()) if w]


# ---- CAMEO2PLOVER ---------------------------------------------------------------------------

def read_plover_table(path):
    table = {}
    with open(path, encoding='utf-8') as f:
        for raw in f:
            line = raw.split('#', 1)[0].strip()
            m = re.match(r'^(\d+):\s*([A-Z]+)\s*(?:,\s*([^,]*))?', line)
            if not m:
                continue
            code, cls, mode = m.group(1), m.group(2), (m.group(3) or '').strip()
            if cls == 'REQUEST':
                cls = 'DEMAND'
            elif cls == 'ACCUSE':
                cls = 'INVESTIGATE' if mode.startswith('investigate') else 'DISAPPROVE'
            elif cls == 'ASSAULT' and code.startswith('19'):
                cls = 'FIGHT'
            table.setdefault(code, cls)   # the first row of a code counts (175 is given twice)
    return table


def class_of(code, table):
    """The class of a CAMEO code: '-' for no event ('---'), None when the code gives none."""
    if code == '---':
        return '-'
    if code == '010':
        return 'SAY'
    if code[:2] in CAMEO_ROOT_CLASSES:
        return CAMEO_ROOT_CLASSES[code[:2]]
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def primary_code(bracket):
    """'160:160' → '160'; ':173' → None; '080!' → '080'."""
    first = bracket.split(':', 1)[0].strip().rstrip('!')
    return first or None


# ---- the verb dictionary --------------------------------------------------------------------

class Block:
    def __init__(self, name, code):
        self.name, self.code = name, code
        self.verbs = []      # (words, forms of the first word, own code or None)
        self.patterns = []   # (slots, code)


def parse_pattern(text):
    """'- * (TO {BANNED PARTIES}) $' → (pre words, post slots) or None when malformed."""
    body = text[1:]
    if '*' not in body:
        return None
    pre, post = body.split('*', 1)
    tokens = re.findall(r'[{}()]|[^\s{}()]+', post)
    slots, group, brace, next_group = [], None, False, 0
    for t in tokens:
        if t == '{':
            brace, next_group = True, next_group + 1
            group = next_group
            continue
        if t == '}':
            brace = False
            continue
        if t in '()' or t in ('$', '+', '%', '^', '**'):
            continue
        if not brace:
            next_group += 1
            group = next_group
        for w in words_of(t) if not t.startswith('&') else [t.lower().rstrip('_')]:
            if slots and slots[-1][1] != group:
                slots.append(('_', None))
            slots.append((w, group))
    pre_words = [t for t in re.findall(r'[^\s{}()]+', pre) if t not in ('$', '+', '%', '^')]
    return pre_words, [w for w, _ in slots]


def read_verbs(path):
    sets, blocks = {}, []
    in_patterns = False
    current_set = None
    with open(path, encoding='latin-1') as f:
        lines = f.read().split('\n')
    for raw in lines:
        if 'VERB PATTERNS' in raw:
            in_patterns, current_set = True, None
            continue
        line = strip_comment(raw)
        if not in_patterns:
            if line.startswith('&'):
                current_set = line.split()[0]
                sets[current_set] = []
            elif line.startswith('+') and current_set:
                sets[current_set].append(line[1:].strip())
            elif not line:
                current_set = None
            continue
        head = re.match(r'^---\s+(\S+)\s+\[([^\]]*)\]\s*---', raw.strip())
        if head:
            blocks.append(Block(head.group(1), primary_code(head.group(2)) or '---'))
            continue
        if not line or not blocks:
            continue
        block = blocks[-1]
        codes = re.findall(r'\[([^\]]*)\]', line)
        code = primary_code(codes[-1]) if codes else None
        line_wo_code = re.sub(r'\[[^\]]*\]', ' ', line)
        if line.startswith('-'):
            if not codes or code is None:
                continue
            parsed = parse_pattern(line_wo_code)
            if parsed is None:
                continue
            pre, post = parsed
            if not post:
                continue   # subject context only, or no context: not kept (see the top)
            block.patterns.append((post, code))
            continue
        if line.startswith('&'):
            continue
        m = re.match(r'^\+?([A-Z][A-Z_\'-]*)\s*(\{[^}]*\})?', line_wo_code)
        if not m:
            continue
        words = words_of(m.group(1))
        forms = []
        if m.group(2) is not None:
            inner = m.group(2)[1:-1].replace(',', ' ').split()
            if not inner:
                continue   # "{}": a literal phrase ("KILLED_AND"), not a verb to inflect
            forms = sorted({words_of(x.lstrip('+'))[0] for x in inner if words_of(x.lstrip('+'))})
        block.verbs.append((words, forms, code))
    return sets, blocks


def set_lines(sets):
    out = []
    for label in sorted(sets):
        no_plural = label.endswith('_')
        members = []
        for phrase in sets[label]:
            keep = phrase.endswith('_') or no_plural
            ws = [w for w in re.split(r'[ _]+', phrase.upper()) if w]
            if not ws:
                continue
            variants = [ws] if keep else [ws, ws[:-1] + [plural(ws[-1])]]
            for v in variants:
                m = '_'.join(v).lower()
                if m not in members:
                    members.append(m)
        out.append(f'&{label.lstrip("&").rstrip("_").lower()}\t' + ' '.join(members))
    return out


def read_discards(path):
    out = []
    with open(path, encoding='latin-1') as f:
        for raw in f:
            line = strip_comment(raw).lstrip('+').strip().rstrip('_')
            ws = words_of(line)
            if ws and re.search('[a-z]', ws[0]) and ' '.join(ws) not in out:
                out.append(' '.join(ws))
    return out


HEADER = """\
# cameo_triggers.tsv — the main event trigger dictionary, GENERATED by
# tools/build_cameo_triggers.py from PETRARCH2's CAMEO.2.0.txt and Phoenix.discards.txt
# (Open Event Data Alliance, MIT) and CAMEO2PLOVER-2021 (Open Event Data Alliance,
# CC BY-SA 4.0): see ATTRIBUTION.md beside this file. Do not edit: edit the tool, or add
# by hand to triggers.tsv. This file is CC BY-SA 4.0 as an adaptation of the mapping.
#
# The format is triggers.tsv's (CLASS KIND PATTERN; "_" up to three words) with these lines:
#   &name   m1 m2 a_b …    a word set: a pattern word "&name" matches any member ("a_b" is
#                          the two words "a b"); plurals are spelt out
#   @name   v1 v2 a_b …    a verb family: a "v" pattern whose first word is "@name" applies
#                          to every verb of the family (the first word of "a_b" is inflected)
#   =       base f1 f2 …   irregular forms of the verb "base"
#   -       KIND PATTERN   the class "-": the pattern names no event (it only wins over
#                          shorter patterns at the same word)
#   %fallback              the patterns after it lose ties to every other dictionary's
# In "v" patterns the words after the verb also match their regular plural.
"""


def build(shared):
    events = os.path.join(shared, 'data', 'events')
    table = read_plover_table(os.path.join(events, 'CAMEO2PLOVER-2021.txt'))
    sets, blocks = read_verbs(os.path.join(events, 'petrarch2', 'CAMEO.2.0.txt'))
    discards = read_discards(os.path.join(events, 'petrarch2', 'Phoenix.discards.txt'))

    lines = [HEADER.rstrip('\n'), '', '# --- word sets ---']
    lines += set_lines(sets)
    known_sets = {'&' + s.lstrip('&').rstrip('_').lower() for s in sets}

    forms, families, singles, defaults, patterns = {}, [], [], [], []
    seen_single, seen_pattern, names = set(), set(), {}
    for b in blocks:
        name = b.name.lower()
        names[name] = names.get(name, 0) + 1
        if names[name] > 1:
            name += str(names[name])
        members = []
        for words, fs, own in b.verbs:
            phrase = '_'.join(words)
            if phrase not in members:
                members.append(phrase)
            if fs:
                forms.setdefault(words[0], set()).update(f for f in fs if f != words[0])
            cls = class_of(own or b.code, table)
            if not own and (phrase in GENERAL_VERBS or phrase != b.name.lower()):
                cls = None   # a block's code alone names the block's own verb only (see the top)
            if cls and cls != '-' and phrase not in seen_single:
                seen_single.add(phrase)
                (singles if own else defaults).append(f'{cls}\tv\t{" ".join(words)}')
        if not members:
            continue
        families.append(f'@{name}\t' + ' '.join(members))
        if b.code.startswith('01'):
            continue   # speech blocks: verbs only (see the top)
        for post, code in b.patterns:
            cls = class_of(code, table)
            if cls is None or any(w.startswith('&') and w not in known_sets for w in post):
                continue
            key = (name, tuple(post))
            if key in seen_pattern:
                continue   # the first class given to a context counts
            seen_pattern.add(key)
            patterns.append(f'{cls}\tv\t@{name} _ {" ".join(post)}')

    lines += ['', '# --- irregular forms ---']
    lines += [f'=\t{base} ' + ' '.join(sorted(fs)) for base, fs in sorted(forms.items()) if fs]
    lines += ['', '# --- verb families (one per CAMEO verb block) ---'] + families
    lines += ['', '# --- verbs alone ---'] + singles
    lines += ['', '# --- verbs with their object context ---'] + patterns
    lines += ['', '# --- discards: phrases that start no event ---']
    lines += [f'-\tw\t{d}' for d in discards]
    lines += ['', '# --- verbs alone with only their block\'s code: after the hand additions ---',
              '%fallback'] + defaults
    return '\n'.join(lines) + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--check', action='store_true', help='compare with the committed file')
    ap.add_argument('--shared', default=os.environ.get('LEDE_SHARED') or os.path.join(ROOT, '..', 'shared'))
    a = ap.parse_args()
    if not os.path.isfile(os.path.join(a.shared, 'data', 'events', 'petrarch2', 'CAMEO.2.0.txt')):
        print(f'build_cameo_triggers: SKIPPED: no {a.shared}/data/events/petrarch2 '
              '(the public build has no ../shared; the committed file is used as it is)')
        return SKIP if a.check else 1
    text = build(a.shared)
    if a.check:
        with open(OUT, encoding='utf-8') as f:
            if f.read() != text:
                print('build_cameo_triggers: assets/events/cameo_triggers.tsv is not what the '
                      'sources give: run python3 tools/build_cameo_triggers.py')
                return 1
        print('build_cameo_triggers: assets/events/cameo_triggers.tsv is current')
        return 0
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'build_cameo_triggers: wrote {os.path.relpath(OUT, ROOT)} ({len(text.splitlines())} lines)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
