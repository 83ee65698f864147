"""meantime_runs.py — what the bench/ scripts that score Lede on MEANTIME share: the shared
scorers' modules (../shared/eval beside the repo, or LEDE_EVAL), the default corpora, the
command-line options, and one Lede run per document (its text with --raw and --dateline
<its creation time>, as the shared meantime.py gives them)."""
import argparse
import os
import sys

EVAL = os.environ.get('LEDE_EVAL', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../shared/eval'))
sys.path.insert(0, EVAL)
import evalkit as K          # noqa: E402
import meantime as M         # noqa: E402

DEFAULT_DIRS = [os.path.join(EVAL, '../data/nlp/meantime-en', f'corpus_{c}') for c in ('airbus', 'apple', 'gm')]


def arguments(description):
    """An argument parser with --cmd, --dir (repeatable) and --limit."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument('--cmd', required=True)
    ap.add_argument('--dir', action='append')
    ap.add_argument('--limit', type=int, default=0)
    return ap


def run(args):
    """Runs args.cmd on every document: returns [(path, MeantimeDoc)], outputs, run stats."""
    dirs = args.dir or DEFAULT_DIRS
    paths = sorted(os.path.join(d, f) for d in dirs for f in os.listdir(d) if f.endswith('.xml'))
    if args.limit:
        paths = paths[:args.limit]
    docs = [(p, M.MeantimeDoc(p)) for p in paths]
    jobs = [K.Doc(d.id, d.text, ['--raw'] + (['--dateline', d.dateline()] if d.dateline() else [])) for _, d in docs]
    outs, stats = K.run_docs(args.cmd, jobs)
    return docs, outs, stats
