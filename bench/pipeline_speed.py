#!/usr/bin/env python3
"""pipeline_speed.py — native throughput of `lede analyze --raw` on news text, in MB/s.

usage: python3 bench/pipeline_speed.py [--cmd "build/native/src/cli/lede analyze"] [--mb 2]
       (wasm: --cmd "node --no-experimental-fetch build/web/src/cli/lede.js analyze")
Builds one text from the MEANTIME articles (repeated up to --mb megabytes; read in place
from ../shared, or $LEDE_SHARED; nothing is copied into the repo), runs the CLI on it three
times and reports the best wall time, the best CPU time (user + system of the CLI: the
figure that does not depend on how busy the machine is) and how many actors, times and
relations were found. The whole pipeline runs (cleaning off; tokens, actors, times,
relations; model loading once per run), so each stage's cost is bounded by this figure.
Each stage's own time comes from the CLI's --timings (the run with the best wall time),
reported as MB/s of the text that stage read; natively those timings are the analysing thread's
CPU time (src/core/stage_clock.h), so they hold on a busy machine too.
"""
import argparse, json, os, resource, shlex, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('LEDE_SHARED', os.path.join(ROOT, '..', 'shared'))
sys.path.insert(0, os.path.join(SHARED, 'eval'))
import meantime

ap = argparse.ArgumentParser()
ap.add_argument('--cmd', default='build/native/src/cli/lede analyze')
ap.add_argument('--mb', type=float, default=2.0)
a = ap.parse_args()
base = os.path.join(SHARED, 'data', 'nlp', 'meantime-en')
docs = meantime.load([os.path.join(base, d) for d in ('corpus_airbus', 'corpus_apple', 'corpus_gm')])
chunk = b'\n\n'.join(d.text for d in docs)
data = b''
while len(data) < a.mb * 1e6:
    data += chunk + b'\n\n'
with tempfile.NamedTemporaryFile(suffix='.txt', delete=False) as f:
    f.write(data)
best, best_cpu, counts, stages = None, None, {}, {}
for _ in range(3):
    t = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run(shlex.split(a.cmd) + ['--raw', '--timings', '--dateline', '2020-01-01', f.name], capture_output=True)
    dt = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit(f'failed: {r.stderr[:200]}')
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    if best is None or dt < best:
        stages = {l.split()[2]: float(l.split()[3]) for l in r.stderr.decode().splitlines() if l.startswith('lede: timing ')}
    best = dt if best is None else min(best, dt)
    out = json.loads(r.stdout)
    counts = {k: len(out.get(k, [])) for k in ('actors', 'times', 'relations')}
os.unlink(f.name)
mb = len(data) / 1e6
found = ', '.join(f'{v} {k}' for k, v in counts.items())
print(f'{mb:.2f} MB ({found}): wall {best:.2f} s = {mb / best:.2f} MB/s; CPU {best_cpu:.2f} s = {mb / best_cpu:.2f} MB/s')
for stage, ms in stages.items():
    print(f'  {stage:<10} {ms:9.1f} ms  {mb / (ms / 1000) if ms > 0 else float("inf"):8.2f} MB/s')
print(f'RESULT mb_per_s={mb / best:.3f} cpu_mb_per_s={mb / best_cpu:.3f} '
      + ' '.join(f'{k}={v}' for k, v in counts.items()))
