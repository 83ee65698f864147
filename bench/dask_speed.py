#!/usr/bin/python3
"""dask_speed.py — examples/dask_archive.py with 1 and with 2 Dask workers (one thread each)
on the WCXB development pages (HTML): documents/s each, their ratio, peak memory per worker.

usage: /usr/bin/python3 bench/dask_speed.py [--rounds 2] [--limit N] [--partition-size 10]
Needs the module (build/native/src/python) and Debian's python3-distributed. The two runs
alternate, round by round (the host is shared); the ratio is the median of the rounds'
ratios. Times cover the analyses from the first task submitted to the last result (the
cluster's start is left out: the example prints that figure).
"""
import argparse, os, re, shutil, statistics, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('LEDE_SHARED', os.path.join(ROOT, '..', 'shared'))
ap = argparse.ArgumentParser()
ap.add_argument('--pages', default=os.path.join(SHARED, 'data', 'cleaning', 'wcxb-dev-articles', 'html'))
ap.add_argument('--module-dir', default=os.path.join(ROOT, 'build', 'native', 'src', 'python'))
ap.add_argument('--rounds', type=int, default=2)
ap.add_argument('--limit', type=int, default=0)
ap.add_argument('--partition-size', type=int, default=10)
a = ap.parse_args()

def run(workers):
    out = tempfile.mkdtemp(prefix='lede-dask-bench-')
    try:
        p = subprocess.run(['/usr/bin/python3', os.path.join(ROOT, 'examples', 'dask_archive.py'), a.pages, out,
                            '--workers', str(workers), '--partition-size', str(a.partition_size), '--limit', str(a.limit),
                            '--module-dir', a.module_dir], capture_output=True, text=True, check=True)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    docs = re.search(r'^(\d+) documents .*?([\d.]+) docs/s, ([\d.]+) MB/s', p.stdout, re.M)
    rss = [float(x) for x in re.findall(r': (\d+) MB', p.stdout.split('peak RSS per worker process:')[1])]
    return int(docs.group(1)), float(docs.group(2)), float(docs.group(3)), rss

results = {1: [], 2: []}
for r in range(a.rounds):
    for w in (1, 2):
        results[w].append(run(w))
        n, dps, mbs, rss = results[w][-1]
        print(f'round {r + 1}, {w} worker(s): {n} documents, {dps:.1f} docs/s, {mbs:.2f} MB/s, '
              f'peak RSS per worker {", ".join(f"{x:.0f}" for x in rss)} MB', flush=True)
ratios = [two[1] / one[1] for one, two in zip(results[1], results[2])]
for w in (1, 2):
    print(f'{w} worker(s): median {statistics.median(x[1] for x in results[w]):.1f} docs/s, '
          f'max peak RSS of a worker {max(max(x[3]) for x in results[w]):.0f} MB')
print(f'2 workers / 1 worker: {statistics.median(ratios):.2f}x (rounds: {", ".join(f"{x:.2f}" for x in ratios)})')
