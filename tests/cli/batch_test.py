#!/usr/bin/env python3
"""batch_test.py — `lede batch` (src/cli/batch.h): good and bad records mixed on one stream.
Checks one answer line per record in input order, each good record's "analysis" byte for byte
what `lede analyze` prints for the same input, every bad record an error line with its reason
and the stream going on, oversized lines skipped, one answer flushed before the next record
is even written, and --events rows pointing back to the analysis' relations.
Usage: batch_test.py LEDE_COMMAND..."""
import json, os, select, subprocess, sys

LEDE = sys.argv[1:]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, 'assets', 'samples', 'rt-2020-09-25-putin-guarantees.txt')
failures = []

def check(name, cond):
    print(('ok   ' if cond else 'FAIL ') + name)
    if not cond:
        failures.append(name)

def batch(stdin, *flags):
    return subprocess.run(LEDE + ['batch', *flags], input=stdin, capture_output=True, timeout=300)

def analyze(data, *flags):
    return subprocess.run(LEDE + ['analyze', *flags, '-'], input=data, capture_output=True, timeout=120).stdout

def analysis_text(line):
    """The raw bytes of the "analysis" value of an answer line (not re-serialised)."""
    head = b'"analysis":'
    i = line.find(head)
    return line[i + len(head):-1] + b'\n' if i >= 0 and line.endswith(b'}') else None

sample = open(SAMPLE, 'rb').read()
page = (b'<html><head><title>Talks | Site</title></head><body><nav>Home News</nav><article><h1>Talks</h1>'
        b'<p>Russia rejected the claims on Friday, Maria Zakharova said.</p></article></body></html>')
rec = lambda **kw: json.dumps(kw, ensure_ascii=False).encode()
# (record line, expected: ('analysis', analyze flags, analyze input) or ('error', code, id))
cases = [
    (rec(id='sample', text=sample.decode(), dateline='2020-09-25'), ('analysis', ['--dateline', '2020-09-25'], sample)),
    (b'{"id": "broken", "text": ', ('error', 'invalid-json', None)),
    (rec(id=2, html=page.decode()), ('analysis', ['--html'], page)),
    (b'{"id":"latin1","text":"caf\xe9 au lait"}', ('error', 'invalid-utf8', 'latin1')),
    (rec(id='no-text'), ('error', 'missing-field', 'no-text')),
    (rec(text='Putin spoke.'), ('error', 'missing-field', None)),
    (rec(id='num-text', text=5), ('error', 'bad-field', 'num-text')),
    (rec(id='bad-date', text='Putin spoke.', dateline='2020-02-30'), ('error', 'bad-dateline', 'bad-date')),
    (b'[1, 2, 3]', ('error', 'not-an-object', None)),
    (rec(id='huge', text='x' * 5000), ('error', 'oversized', None)),
    (rec(id='raw', text='Putin spoke on Friday.\r\n\r\nZakharova \u2013 \u201cno\u201d.  ', raw=True),
     ('analysis', ['--raw'], 'Putin spoke on Friday.\r\n\r\nZakharova \u2013 \u201cno\u201d.  '.encode())),
    (rec(id='empty', text=''), ('analysis', [], b'')),
    (rec(id='last', text='Moscow, Sept 25 (Reuters) - Russia rejected the US proposal on Friday.'),
     ('analysis', [], b'Moscow, Sept 25 (Reuters) - Russia rejected the US proposal on Friday.')),
]
stream = b''.join(line + b'\n' + (b'\n' if i == 4 else b'') for i, (line, _) in enumerate(cases))  # a blank line: no record
p = batch(stream, '--max-record-bytes', '4096')
out = p.stdout.splitlines()
check('exit 0, nothing on stderr', p.returncode == 0 and p.stderr == b'')
check(f'one line per record ({len(out)} for {len(cases)})', len(out) == len(cases))
for i, ((line, want), got) in enumerate(zip(cases, out)):
    try:
        j = json.loads(got)
    except ValueError:
        check(f'record {i}: answer is JSON', False)
        continue
    check(f'record {i}: keys are id, then analysis or error', list(j)[:1] == ['id'] and len(j) == 2)
    if want[0] == 'analysis':
        rid = json.loads(line)['id']
        check(f'record {i} ({rid}): id echoed', j.get('id') == rid)
        check(f'record {i} ({rid}): analysis byte for byte that of `lede analyze {" ".join(want[1])}`',
              analysis_text(got) == analyze(want[2], *want[1]))
    else:
        err = j.get('error') or {}
        check(f'record {i}: error {want[1]} (got {err.get("code")})', err.get('code') == want[1])
        check(f'record {i}: error has a message and its line', bool(err.get('message')) and isinstance(err.get('line'), int))
        check(f'record {i}: id {want[2]!r}', j.get('id') == want[2])

# Flushed per record: the first answer arrives while the stream is still open.
proc = subprocess.Popen(LEDE + ['batch'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
proc.stdin.write(rec(id='first', text='Russia rejected the claims.') + b'\n')
proc.stdin.flush()
ready, _, _ = select.select([proc.stdout], [], [], 120)
first = proc.stdout.readline() if ready else b''
proc.stdin.write(b'not json\n')
proc.stdin.close()
rest = proc.stdout.read()
proc.wait(timeout=120)
check('an answer is written before the next record arrives', first.startswith(b'{"id":"first","analysis":'))
check('then the next one', rest.startswith(b'{"id":null,"error":{"code":"invalid-json"'))

# --events: one row per relation of each good record, bad records still answered.
p = batch(cases[0][0] + b'\n' + b'oops\n' + cases[-1][0] + b'\n', '--events')
rows = [json.loads(l) for l in p.stdout.splitlines()]
sample_a = json.loads(analyze(sample, '--dateline', '2020-09-25'))
last_a = json.loads(analyze(cases[-1][1][2]))
n_sample = len(sample_a['relations'])
check('--events: one row per relation, stories in order, the error between',
      [r.get('story_id', r.get('id')) for r in rows] == ['sample'] * n_sample + [None] + ['last'] * len(last_a['relations']))
columns = ['story_id', 'event_n', 'date', 'date_basis', 'published', 'source_id', 'source_actor', 'source_type',
           'source_country', 'target_id', 'target_actor', 'target_type', 'target_country', 'event_type', 'negated',
           'mode', 'trigger', 'theme', 'quote', 'sentence']
check('--events: the columns, in order', all(list(r) == columns for r in rows if 'story_id' in r))
text = sample_a['article']['text'].encode()
actors = {a['id']: a for a in sample_a['actors']}
ok = n_sample > 0
for r, rel in zip(rows, sample_a['relations']):
    s = rel['sentence']
    ok = ok and r['event_type'] == rel['class'] and r['negated'] == rel['negated'] and r['mode'] == rel['modality'] \
        and r['sentence'].encode() == text[s['start']:s['end']] \
        and r['source_id'] == rel['source'] and (rel['source'] is None or r['source_actor'] == actors[rel['source']]['name'])
check('--events: rows match the analysis\' relations (class, negation, mode, sentence, source)', ok)
putin = [r for r in rows if r.get('source_actor') == 'Vladimir Putin']
check('--events: Putin (President of Russia) has country RU', len(putin) > 0 and all(r['source_country'] == 'RU' for r in putin))

for name, flags in (('unknown flag', ['--nope']), ('bad size', ['--max-record-bytes', 'x'])):
    p = batch(b'', *flags)
    check(f'usage error ({name}): exit 2 with one "lede: " line', p.returncode == 2 and p.stdout == b''
          and p.stderr.decode().startswith('lede: '))

print(f'{len(failures)} failure(s)')
sys.exit(1 if failures else 0)
