#!/usr/bin/env python3
"""batch_speed.py — `lede batch` (one process, models loaded once) against one `lede analyze`
process per file, on the WCXB development pages as HTML and as their plain-text pastes.

usage: python3 bench/batch_speed.py [--lede build/native/src/cli/lede] [--text-dir build/wcxb-dev-text]
                                    [--rounds 3] [--limit N]
The pages are read in place from ../shared/data/cleaning/wcxb-dev-articles/html (or $LEDE_SHARED);
the pastes are those bench/clean_text.sh derives (headless Chromium, document.body.innerText)
into build/wcxb-dev-text: run it once first, or point --text-dir at another copy. A page that is
not valid UTF-8 is given to both ways as the same repaired bytes (a JSON string is UTF-8), so
both get the same input. Per input kind and round, both ways run back to back (the host is
shared: the figures are medians of the rounds, and the ratio is the median of the rounds'
ratios); documents/s and MB/s count the documents' own bytes. Every batch answer is checked
byte for byte against the per-file output of the same document (mismatches are reported).
Also prints the CPU time (user + system) each way, the figure a busy host disturbs least, and
the batch process's peak resident memory.
"""
import argparse, gzip, json, os, resource, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('LEDE_SHARED', os.path.join(ROOT, '..', 'shared'))

ap = argparse.ArgumentParser()
ap.add_argument('--lede', default=os.path.join(ROOT, 'build', 'native', 'src', 'cli', 'lede'))
ap.add_argument('--pages', default=os.path.join(SHARED, 'data', 'cleaning', 'wcxb-dev-articles', 'html'))
ap.add_argument('--text-dir', default=os.path.join(ROOT, 'build', 'wcxb-dev-text'))
ap.add_argument('--rounds', type=int, default=3)
ap.add_argument('--limit', type=int, default=0)
a = ap.parse_args()

def load():
    ids = sorted(f[:-8] for f in os.listdir(a.pages) if f.endswith('.html.gz'))
    if a.limit:
        ids = ids[:a.limit]
    html = {i: gzip.open(os.path.join(a.pages, i + '.html.gz')).read() for i in ids}
    text = {}
    for i in ids:
        p = os.path.join(a.text_dir, i + '.txt')
        if not os.path.exists(p):
            sys.exit(f'no paste {p}: derive the pastes with bench/clean_text.sh first (or --text-dir)')
        text[i] = open(p, 'rb').read()
    return html, text

def utf8(b):
    return b.decode('utf-8', errors='replace')

def per_process(docs, flags, folder):
    outs = {}
    t = time.perf_counter()
    for i in docs:
        outs[i] = subprocess.run([a.lede, 'analyze', *flags, os.path.join(folder, i)], capture_output=True).stdout
    return time.perf_counter() - t, outs

def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime

def batch_rss(stream):
    # GNU time's %M: getrusage's maxrss of a child starts at its parent's size at fork (Linux
    # keeps it across exec), so it is measured from the small `time` process, not from here.
    with tempfile.TemporaryFile() as f:
        f.write(stream); f.seek(0)
        p = subprocess.run(['/usr/bin/time', '-f', '%M', a.lede, 'batch'], stdin=f, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, check=True)
    return int(p.stderr.split()[-1]) / 1024

html, text = load()
print(f'{len(html)} WCXB dev pages; lede: {a.lede}; rounds: {a.rounds}')
for kind, docs, flags in (('HTML', html, ['--html']), ('text paste', text, [])):
    key = 'html' if flags else 'text'
    with tempfile.TemporaryDirectory() as folder:
        fixed = {i: utf8(b) for i, b in docs.items()}
        for i, s in fixed.items():
            with open(os.path.join(folder, i), 'wb') as f:
                f.write(s.encode())
        stream = b''.join(json.dumps({'id': i, key: s}, ensure_ascii=False).encode() + b'\n' for i, s in fixed.items())
        nbytes = sum(len(s.encode()) for s in fixed.values())
        n = len(fixed)
        per_t, bat_t, ratios, per_c, bat_c, mismatches = [], [], [], [], [], 0
        for r in range(a.rounds):
            c0 = cpu()
            pt, outs = per_process(fixed, flags, folder)
            c1 = cpu()
            t0 = time.perf_counter()
            out = subprocess.run([a.lede, 'batch'], input=stream, capture_output=True).stdout
            bt = time.perf_counter() - t0
            c2 = cpu()
            per_t.append(pt); bat_t.append(bt); ratios.append(pt / bt)
            per_c.append(c1 - c0); bat_c.append(c2 - c1)
            if r == 0:
                lines = out.splitlines()
                mismatches = sum(1 for i, line in zip(fixed, lines)
                                 if line != b'{"id":' + json.dumps(i).encode() + b',"analysis":' + outs[i].rstrip(b'\n') + b'}')
                mismatches += abs(len(lines) - n)
        rss = batch_rss(stream)
        pm, bm = statistics.median(per_t), statistics.median(bat_t)
        print(f'== {kind}: {n} documents, {nbytes / 1e6:.2f} MB')
        print(f'  one process per file: {n / pm:7.1f} docs/s  {nbytes / 1e6 / pm:6.2f} MB/s  ({pm:.2f} s)')
        print(f'  lede batch:           {n / bm:7.1f} docs/s  {nbytes / 1e6 / bm:6.2f} MB/s  ({bm:.2f} s)  peak RSS {rss:.0f} MB')
        print(f'  ratio batch/per-file: {statistics.median(ratios):.2f}x wall (rounds: {", ".join(f"{x:.2f}" for x in ratios)})')
        pc, bc = statistics.median(per_c), statistics.median(bat_c)
        print(f'  CPU time (user+sys): per file {pc:.2f} s = {n / pc:.1f} docs per CPU-s, batch {bc:.2f} s = '
              f'{n / bc:.1f} docs per CPU-s: {pc / bc:.2f}x')
        print(f'  batch answers differing from `lede analyze`: {mismatches}')
