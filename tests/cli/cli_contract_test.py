#!/usr/bin/env python3
"""cli_contract_test.py — the `lede analyze` command line contract (../shared/CONTRACT.md):
JSON on stdout with exit 0 for any input, `lede: <reason>` on stderr with exit 2 for
usage errors. Usage: cli_contract_test.py [--same-as REFERENCE] LEDE_COMMAND...
(e.g. `node --no-experimental-fetch build/web/src/cli/lede.js`: the wasm build under node).
With --same-as, the sample and a hostile HTML page must also give byte-identical JSON from
both programs (the wasm core must not drift from the native one)."""
import json, os, subprocess, sys, tempfile

args = sys.argv[1:]
REFERENCE = None
if args[:1] == ['--same-as']:
    REFERENCE, args = args[1], args[2:]
LEDE = args
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, 'assets', 'samples', 'rt-2020-09-25-putin-guarantees.txt')
failures = []

def run(args, stdin=b''):
    return subprocess.run(LEDE + args, input=stdin, capture_output=True, timeout=120)

def check(name, cond):
    print(('ok   ' if cond else 'FAIL ') + name)
    if not cond:
        failures.append(name)

def analysis(p):
    try:
        j = json.loads(p.stdout)
    except ValueError:
        return None
    return j if isinstance(j, dict) and j.get('schema') == 'lede.analysis/1' else None

p = run(['analyze', SAMPLE])
a = analysis(p)
check('sample: exit 0 and lede.analysis/1 JSON', p.returncode == 0 and a is not None)
check('sample: schema is the first key', p.stdout.startswith(b'{"schema":'))
for key in ('article', 'removed', 'actors', 'times', 'relations', 'warnings'):
    check(f'sample: has "{key}"', a is not None and key in a)
# extension: "events" right after "relations", each pointing to a relation of its own trigger or none
keys = list(a) if a is not None else []
check('sample: "events" follows "relations"', 'events' in keys and keys.index('events') == keys.index('relations') + 1)
evs = a.get('events', []) if a is not None else []
check('sample: events point to relations with their trigger',
      len(evs) > 0 and all(e['relation'] is None or a['relations'][e['relation']]['trigger'] == e['trigger'] for e in evs))

raw = 'Putin spoke on Friday.\r\n\r\nZakharova – “no”.  '.encode()
p = run(['analyze', '--raw', '-'], raw)
a = analysis(p)
check('--raw: article.text is the input byte for byte', a is not None and a['article']['text'].encode() == raw)
check('--raw: one origin run covering everything',
      a is not None and a['article']['origin'] == [{'start': 0, 'end': len(raw), 'input': 0}])
check('--raw: no title, byline or published', a is not None and a['article']['title'] is None
      and a['article']['byline'] is None and a['article']['published'] is None)

p = run(['analyze', '--raw', '--dateline', '2020-09-25T11:36', '-'], raw)
a = analysis(p)
check('--dateline sets published', a is not None and a['article']['published'] == '2020-09-25T11:36')

for name, data in (('empty', b''), ('binary', bytes(range(256)) * 8), ('invalid UTF-8', b'abc \xff\xfe\xc0 def'),
                   ('NUL bytes', b'a\x00b\x00c')):
    p = run(['analyze', '-'], data)
    a = analysis(p)
    check(f'{name}: exit 0 with JSON', p.returncode == 0 and a is not None)
    check(f'{name}: says what is wrong in warnings', a is not None and (name == 'NUL bytes' or len(a['warnings']) > 0))
p = run(['analyze', '--html', '-'], b'<html><body><script>alert(1)</script><p>Hi</p></body></html>')
check('--html: exit 0 with JSON', p.returncode == 0 and analysis(p) is not None)

for name, args in (('unknown flag', ['analyze', '--nope']), ('bad dateline', ['analyze', '--dateline', '2020-13-40']),
                   ('missing file', ['analyze', '/nonexistent/file.txt']), ('unknown command', ['frobnicate'])):
    p = run(args)
    err = p.stderr.decode(errors='replace').strip().splitlines()
    check(f'{name}: exit 2, nothing on stdout, one "lede: " line',
          p.returncode == 2 and p.stdout == b'' and len(err) == 1 and err[0].startswith('lede: '))

if REFERENCE:
    hostile = b'<html><head><title>T | Site</title></head><body><article><h1>T</h1><p>Russia rejected the claims on Friday, ' \
              b'Maria Zakharova said.</p><script>alert(1)</script></article></body></html>'
    for name, args, stdin in (('sample', ['analyze', '--dateline', '2020-09-25', SAMPLE], b''),
                              ('HTML page', ['analyze', '--html', '-'], hostile)):
        mine = run(args, stdin)
        ref = subprocess.run([REFERENCE] + args, input=stdin, capture_output=True, timeout=120)
        check(f'{name}: same JSON as {os.path.basename(REFERENCE)}', mine.stdout == ref.stdout and mine.returncode == 0)

print(f'{len(failures) == 0 and "all" or len(failures)} {"passed" if not failures else "failed"}')
sys.exit(1 if failures else 0)
