#!/usr/bin/python3
"""dask_example_test.py — examples/dask_archive.py on 50 WCXB development pages with 2 Dask
workers: once plainly, once with the task of one partition killing its own worker process
midway on its first attempt. Each time every id must be in analyses.jsonl exactly once, in
order, with the analysis `lede analyze --html` prints for that page, and events.csv must hold
exactly one row per relation; the run with the killed worker must write the same bytes.
Usage: /usr/bin/python3 dask_example_test.py MODULE_DIR LEDE"""
import collections, csv, gzip, json, os, shutil, subprocess, sys, tempfile

MODULE_DIR, LEDE = sys.argv[1], sys.argv[2]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get('LEDE_SHARED', os.path.join(ROOT, '..', 'shared'))
PAGES = os.path.join(SHARED, 'data', 'cleaning', 'wcxb-dev-articles', 'html')
N, PART, KILLED = 50, 5, 3
failures = []

def check(name, cond):
    print(('ok   ' if cond else 'FAIL ') + name)
    if not cond:
        failures.append(name)

if not os.path.isdir(PAGES):
    print(f'FAIL no WCXB pages at {PAGES} (set LEDE_SHARED)')
    sys.exit(1)
names = sorted(f for f in os.listdir(PAGES) if f.endswith('.html.gz'))[:N]
ids = [f[:-len('.html.gz')] for f in names]
expected = {}
for i, f in zip(ids, names):
    page = gzip.open(os.path.join(PAGES, f)).read()
    out = subprocess.run([LEDE, 'analyze', '--html', '-'], input=page, capture_output=True, timeout=120).stdout
    expected[i] = json.loads(out)

def run(out, *extra):
    env = dict(os.environ, PYTHONPATH=MODULE_DIR)
    p = subprocess.run(['/usr/bin/python3', os.path.join(ROOT, 'examples', 'dask_archive.py'), PAGES, out,
                        '--workers', '2', '--limit', str(N), '--partition-size', str(PART), '--module-dir', MODULE_DIR,
                        *extra], capture_output=True, timeout=900, env=env)
    if p.returncode != 0:
        print(p.stdout.decode(errors='replace'), p.stderr.decode(errors='replace')[-3000:])
    return p.returncode

def check_output(label, out):
    lines = open(os.path.join(out, 'analyses.jsonl'), 'rb').read().splitlines()
    got = [json.loads(l) for l in lines]
    check(f'{label}: every id exactly once, in order', [g.get('id') for g in got] == ids)
    check(f'{label}: each analysis is what `lede analyze --html` prints',
          all(g.get('analysis') == expected.get(g.get('id')) for g in got) and len(got) == N)
    with open(os.path.join(out, 'events.csv'), newline='', encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    per_story = collections.Counter(r['story_id'] for r in rows)
    check(f'{label}: events.csv has one row per relation (no row lost or twice)',
          all(per_story.get(i, 0) == len(expected[i]['relations']) for i in ids) and sum(per_story.values()) == len(rows)
          and len(rows) > 0)
    check(f'{label}: event rows numbered 0.. per story, once each',
          all(sorted(int(r['event_n']) for r in rows if r['story_id'] == i) == list(range(per_story.get(i, 0))) for i in ids))
    check(f'{label}: no half-written file left', not any('.tmp-' in n for n in os.listdir(os.path.join(out, 'parts'))))

tmp = tempfile.mkdtemp(prefix='lede-dask-test-')
try:
    plain, killed = os.path.join(tmp, 'plain'), os.path.join(tmp, 'killed')
    check('plain run: exit 0', run(plain) == 0)
    check_output('plain run', plain)
    check('killed-worker run: exit 0', run(killed, '--kill-first-attempt', str(KILLED)) == 0)
    check('killed-worker run: the worker was killed (its first attempt left the marker)',
          os.path.exists(os.path.join(killed, f'killed-{KILLED:05d}')))
    check_output('killed-worker run', killed)
    for name in ('analyses.jsonl', 'events.csv'):
        check(f'killed-worker run: {name} byte for byte that of the plain run',
              open(os.path.join(plain, name), 'rb').read() == open(os.path.join(killed, name), 'rb').read())
finally:
    shutil.rmtree(tmp, ignore_errors=True)
print(f'{len(failures)} failure(s)')
sys.exit(1 if failures else 0)
