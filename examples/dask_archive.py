#!/usr/bin/python3
"""dask_archive.py — analyse a folder of pages with Lede on Dask `distributed`.

  PYTHONPATH=build/native/src/python /usr/bin/python3 examples/dask_archive.py \
      ../shared/data/cleaning/wcxb-dev-articles/html out/ [--workers 2] [--scheduler tcp://host:8786]

Inputs: every *.html, *.html.gz (analysed as HTML), *.txt, *.txt.gz (as a text paste) in the
folder; a document's id is its file name without those endings. Outputs in OUT:
  analyses.jsonl  one line per document, in file-name order: {"id", "analysis"} (the analysis
                  is what `lede analyze` prints) or {"id", "error"}, as `lede batch` writes them
  events.csv      one row per relation (the columns of `lede batch --events`)
  parts/          the same, one file pair per partition (what the workers write)
Without --scheduler a LocalCluster of --workers processes starts here; with it, the workers of
that cluster must be able to `import lede` and read the folder (a shared file system).

Each input appears exactly once, also when a worker dies midway: Dask gives a dead worker's
task to another worker, and a partition's files are written under a temporary name and
renamed into place only when complete, so a retried partition replaces, never appends.
Workers run one thread each: the core is not yet safe to share between threads.
--kill-first-attempt P makes the task of partition P kill its own worker process midway on
its first attempt (a marker file in OUT remembers the attempt): the test of the above.
Prints documents/s and each worker's peak resident memory.
"""
import argparse, csv, gzip, json, os, signal, sys, time

ENDINGS = (('.html.gz', True), ('.html', True), ('.txt.gz', False), ('.txt', False))


def documents(folder):
    """(id, path, is_html) for every page in the folder, in file-name order."""
    docs = []
    for name in sorted(os.listdir(folder)):
        for ending, html in ENDINGS:
            if name.endswith(ending):
                docs.append((name[:-len(ending)], os.path.join(folder, name), html))
                break
    return docs


def analyse_partition(index, docs, out_dir, module_dir, kill_partition):
    """Runs on a worker: analyses one partition and writes its two files atomically."""
    if module_dir and module_dir not in sys.path:
        sys.path.insert(0, module_dir)
    import lede
    parts = os.path.join(out_dir, 'parts')
    final_jsonl = os.path.join(parts, f'part-{index:05d}.jsonl')
    final_csv = os.path.join(parts, f'part-{index:05d}.csv')
    # Unique per attempt: a half-written file of a dead attempt is never renamed into place.
    tmp = f'.tmp-{os.getpid()}-{time.monotonic_ns()}'
    columns = lede.event_columns()
    with open(final_jsonl + tmp, 'w', encoding='utf-8') as jf, open(final_csv + tmp, 'w', encoding='utf-8', newline='') as cf:
        rows = csv.DictWriter(cf, fieldnames=columns)
        for n, (doc_id, path, html) in enumerate(docs):
            if kill_partition == index and n == len(docs) // 2:
                marker = os.path.join(out_dir, f'killed-{index:05d}')
                try:
                    os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
                    jf.flush()
                    os.kill(os.getpid(), signal.SIGKILL)   # the first attempt dies here, midway
                except FileExistsError:
                    pass
            try:
                data = open(path, 'rb').read()
                if path.endswith('.gz'):
                    data = gzip.decompress(data)
                analysis = lede.analyze_json(data, html=html)
            except Exception as e:   # an unreadable file: its error line, and the partition goes on
                jf.write(json.dumps({'id': doc_id, 'error': {'code': 'unreadable', 'message': str(e)}}) + '\n')
                continue
            jf.write('{"id":' + json.dumps(doc_id, ensure_ascii=False) + ',"analysis":' + analysis + '}\n')
            for row in lede.event_rows(analysis, doc_id):
                rows.writerow({k: '' if v is None else v for k, v in row.items()})
    os.replace(final_jsonl + tmp, final_jsonl)
    os.replace(final_csv + tmp, final_csv)
    return {'partition': index, 'documents': len(docs), 'worker_pid': os.getpid(),
            'peak_rss_mb': peak_rss_mb()}


def peak_rss_mb():
    """This process's peak resident memory. VmHWM, not getrusage's maxrss: that one starts at
    the size of the process that forked this one (Linux keeps it across exec)."""
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmHWM:'):
                return int(line.split()[1]) / 1024
    return 0.0


def merge(out_dir, n_parts, columns):
    """The partitions' files, in partition order, into analyses.jsonl and events.csv."""
    parts = os.path.join(out_dir, 'parts')
    for name in os.listdir(parts):   # what attempts that died left half-written
        if '.tmp-' in name:
            os.remove(os.path.join(parts, name))
    with open(os.path.join(out_dir, 'analyses.jsonl'), 'wb') as jf, open(os.path.join(out_dir, 'events.csv'), 'wb') as cf:
        cf.write((','.join(columns) + '\r\n').encode())
        for i in range(n_parts):
            with open(os.path.join(parts, f'part-{i:05d}.jsonl'), 'rb') as f:
                jf.write(f.read())
            with open(os.path.join(parts, f'part-{i:05d}.csv'), 'rb') as f:
                cf.write(f.read())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('folder')
    ap.add_argument('out')
    ap.add_argument('--workers', type=int, default=2, help='LocalCluster worker processes (one thread each)')
    ap.add_argument('--scheduler', help='address of a running Dask scheduler instead of a LocalCluster')
    ap.add_argument('--partition-size', type=int, default=10, help='documents per task')
    ap.add_argument('--limit', type=int, default=0, help='only the first N documents')
    ap.add_argument('--module-dir', default=os.environ.get('LEDE_MODULE_DIR', os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'build', 'native', 'src', 'python')),
        help='where the workers find the `lede` module (default: this tree\'s native build)')
    ap.add_argument('--kill-first-attempt', type=int, default=-1, metavar='P',
                    help='(testing) partition P kills its worker midway on its first attempt')
    a = ap.parse_args()

    from dask.distributed import Client, LocalCluster
    sys.path.insert(0, a.module_dir)
    import lede

    docs = documents(a.folder)
    if a.limit:
        docs = docs[:a.limit]
    partitions = [docs[i:i + a.partition_size] for i in range(0, len(docs), a.partition_size)]
    os.makedirs(os.path.join(a.out, 'parts'), exist_ok=True)

    cluster = None
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        start = time.perf_counter()
        futures = [client.submit(analyse_partition, i, p, os.path.abspath(a.out), a.module_dir, a.kill_first_attempt,
                                 key=f'lede-partition-{i}', pure=False)
                   for i, p in enumerate(partitions)]
        results = client.gather(futures)
        elapsed = time.perf_counter() - start
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    merge(a.out, len(partitions), lede.event_columns())

    nbytes = sum(os.path.getsize(p) for _, p, _ in docs)
    peak = {}
    for r in results:
        peak[r['worker_pid']] = max(peak.get(r['worker_pid'], 0), r['peak_rss_mb'])
    print(f'{len(docs)} documents in {len(partitions)} partitions, {elapsed:.2f} s: {len(docs) / elapsed:.1f} docs/s, '
          f'{nbytes / 1e6 / elapsed:.2f} MB/s (files as stored)')
    print('peak RSS per worker process: ' + ', '.join(f'{pid}: {mb:.0f} MB' for pid, mb in sorted(peak.items())))


if __name__ == '__main__':
    main()
