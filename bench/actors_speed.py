#!/usr/bin/env python3
"""actors_speed.py — native throughput of `lede analyze --raw` on news text, in MB/s.

usage: python3 bench/actors_speed.py [--cmd "build/native/src/cli/lede analyze"] [--mb 2]
Builds one text from the MEANTIME articles (repeated up to --mb megabytes), runs the
CLI on it three times and reports the best wall time. The whole pipeline runs (tokens,
actors, times, relations); model loading is included once per run.
"""
import argparse, os, shlex, subprocess, sys, tempfile, time
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
best = None
for _ in range(3):
    t = time.perf_counter()
    r = subprocess.run(shlex.split(a.cmd) + ['--raw', '--dateline', '2020-01-01', f.name], capture_output=True)
    dt = time.perf_counter() - t
    if r.returncode != 0:
        sys.exit(f'failed: {r.stderr[:200]}')
    best = dt if best is None else min(best, dt)
os.unlink(f.name)
print(f'{len(data) / 1e6:.2f} MB in {best:.2f} s: {len(data) / 1e6 / best:.2f} MB/s')
print(f'RESULT mb_per_s={len(data) / 1e6 / best:.3f}')
