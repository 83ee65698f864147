#!/usr/bin/env python3
"""clean_html_stage_speed.py — MB/s of the cleaning stage alone (HTML parse, metadata, main
text) of `lede analyze --html --timings`, for one or two binaries run page by page in turn.

usage: clean_html_stage_speed.py DATA_DIR LEDE_A [LEDE_B] [--limit N] [--rounds R]
The whole-analysis figure (clean_html_speed.py) is dominated by the NLP stages; this one reads
the "clean" stage's own time from --timings. Binaries alternate on every page (and their order
alternates between rounds), so that the load of a shared machine falls on both alike. Prints
the summed stage time and MB/s per binary; the best of the rounds is the figure to read.
"""
import gzip, os, subprocess, sys, tempfile

def stage_ms(binary, path):
    r = subprocess.run([binary, 'analyze', '--html', '--timings', path], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, check=False)
    for line in r.stderr.decode('utf-8', 'replace').splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[:3] == ['lede:', 'timing', 'clean']:
            return float(parts[3])
    return 0.0

def main():
    args = sys.argv[1:]
    limit, rounds = None, 1
    if '--limit' in args:
        i = args.index('--limit'); limit = int(args[i + 1]); del args[i:i + 2]
    if '--rounds' in args:
        i = args.index('--rounds'); rounds = int(args[i + 1]); del args[i:i + 2]
    data, binaries = args[0], args[1:]
    names = sorted(n for n in os.listdir(os.path.join(data, 'html')) if n.endswith('.html.gz'))[:limit]
    best = {b: float('inf') for b in binaries}
    with tempfile.TemporaryDirectory() as tmp:
        paths, total = [], 0
        for name in names:
            path = os.path.join(tmp, name[:-3])
            with open(path, 'wb') as f:
                f.write(gzip.open(os.path.join(data, 'html', name)).read())
            total += os.path.getsize(path)
            paths.append(path)
        mb = total / 1e6
        for r in range(rounds):
            order = binaries if r % 2 == 0 else binaries[::-1]
            ms = {b: 0.0 for b in binaries}
            for path in paths:
                for b in order:
                    ms[b] += stage_ms(b, path)
            for b in binaries:
                best[b] = min(best[b], ms[b])
                print(f'round {r + 1} {b}: clean stage {ms[b] / 1000:.2f} s = {mb / (ms[b] / 1000):.2f} MB/s')
        for b in binaries:
            print(f'RESULT binary={b} pages={len(paths)} mb={mb:.3f} clean_seconds={best[b] / 1000:.3f} '
                  f'clean_mb_per_s={mb / (best[b] / 1000):.3f}')

if __name__ == '__main__':
    main()
