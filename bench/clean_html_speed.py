#!/usr/bin/env python3
"""clean_html_speed.py — MB/s of `lede analyze --html` over WCXB pages (native CLI).

usage: clean_html_speed.py LEDE_BINARY DATA_DIR [--limit N]
Each page is decompressed to a temporary file and analysed once (the whole analysis, not
only cleaning); the figures are total HTML bytes over total wall time and over the child's
CPU time (user + system), process start-up included, so both are lower bounds. On a loaded
machine the CPU-time figure is the one to read.
"""
import gzip, os, resource, subprocess, sys, tempfile, time

def main():
    binary, data = sys.argv[1], sys.argv[2]
    limit = None
    if '--limit' in sys.argv:
        limit = int(sys.argv[sys.argv.index('--limit') + 1])
    names = sorted(n for n in os.listdir(os.path.join(data, 'html')) if n.endswith('.html.gz'))[:limit]
    total_bytes, total_time = 0, 0.0
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            path = os.path.join(tmp, name[:-3])
            with open(path, 'wb') as f:
                f.write(gzip.open(os.path.join(data, 'html', name)).read())
            total_bytes += os.path.getsize(path)
            t0 = time.perf_counter()
            subprocess.run([binary, 'analyze', '--html', path], stdout=subprocess.DEVNULL, check=False)
            total_time += time.perf_counter() - t0
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    mb = total_bytes / 1e6
    print(f'{len(names)} pages, {mb:.1f} MB: wall {total_time:.1f} s = {mb / total_time:.2f} MB/s, '
          f'cpu {cpu:.1f} s = {mb / cpu:.2f} MB/s')
    print(f'RESULT pages={len(names)} mb={mb:.3f} seconds={total_time:.3f} mb_per_s={mb / total_time:.3f} '
          f'cpu_seconds={cpu:.3f} cpu_mb_per_s={mb / cpu:.3f}')

if __name__ == '__main__':
    main()
