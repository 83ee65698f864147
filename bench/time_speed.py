#!/usr/bin/env python3
"""time_speed.py — native throughput of `lede analyze --raw` on date-heavy news text, in MB/s.

usage: python3 bench/time_speed.py [--cmd "build/native/src/cli/lede analyze"] [--mb 2]
Builds one text from the MEANTIME articles (repeated up to --mb megabytes; read in place,
nothing is copied into the repo), runs the CLI on it three times and reports the best wall
time, the best CPU time (user + system of the CLI: the figure that does not depend on how
busy the machine is) and the number of time expressions found. The whole pipeline runs (cleaning is off,
tokens, actors, times, relations), so this is an upper bound on the time tagger's cost.
"""
import argparse, json, os, resource, shlex, subprocess, sys, tempfile, time
sys.path.insert(0, '/work/shared/eval')
import meantime

ap = argparse.ArgumentParser()
ap.add_argument('--cmd', default='build/native/src/cli/lede analyze')
ap.add_argument('--mb', type=float, default=2.0)
a = ap.parse_args()
base = '/work/shared/data/nlp/meantime-en'
docs = meantime.load([os.path.join(base, d) for d in ('corpus_airbus', 'corpus_apple', 'corpus_gm')])
chunk = b'\n\n'.join(d.text for d in docs)
data = b''
while len(data) < a.mb * 1e6:
    data += chunk + b'\n\n'
with tempfile.NamedTemporaryFile(suffix='.txt', delete=False) as f:
    f.write(data)
best, best_cpu, found = None, None, 0
for _ in range(3):
    t = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run(shlex.split(a.cmd) + ['--raw', '--dateline', '2020-01-01', f.name], capture_output=True)
    dt = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    if r.returncode != 0:
        sys.exit(f'failed: {r.stderr[:200]}')
    found = len(json.loads(r.stdout).get('times', []))
    best = dt if best is None else min(best, dt)
os.unlink(f.name)
mb = len(data) / 1e6
print(f'{mb:.2f} MB, {found} time expressions: wall {best:.2f} s = {mb / best:.2f} MB/s; '
      f'CPU {best_cpu:.2f} s = {mb / best_cpu:.2f} MB/s')
print(f'RESULT mb_per_s={mb / best:.3f} cpu_mb_per_s={mb / best_cpu:.3f} times={found}')
