#!/usr/bin/env python3
"""pack_assets.py — packs the core's data files (assets/) into one bundle for the web worker:
`lede-core.data`, read by src/core/asset_bundle.h (its format is written out there).

usage: python3 tools/pack_assets.py OUT [--root assets] [--exclude PATTERN ...]

Files are taken in sorted order of their path relative to the root (so the bundle is the same
byte for byte on every machine); a file is left out when its path, written as
<root's name>/<relative path>, matches one of the --exclude shell patterns ('*' also crosses
'/': "*/gazetteer/*.txt" leaves out every list under a gazetteer folder). Paths may hold
neither a tab nor a newline.
"""
import argparse
import fnmatch
import os
import sys


def files_to_pack(root, excludes):
    base = os.path.basename(os.path.normpath(root))
    picked = []
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in names:
            full = os.path.join(folder, name)
            rel = os.path.relpath(full, root).replace(os.sep, '/')
            if any(fnmatch.fnmatchcase(base + '/' + rel, p) for p in excludes):
                continue
            if '\t' in rel or '\n' in rel:
                sys.exit(f'pack_assets: {rel!r}: a path may hold neither a tab nor a newline')
            picked.append((rel, full))
    return sorted(picked)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('out')
    ap.add_argument('--root', default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'assets'))
    ap.add_argument('--exclude', action='append', default=[])
    args = ap.parse_args()
    files = files_to_pack(args.root, args.exclude)
    blobs = []
    index = [b'LEDE-ASSETS 1\n']
    for rel, full in files:
        with open(full, 'rb') as f:
            blob = f.read()
        blobs.append(blob)
        index.append(f'{rel}\t{len(blob)}\n'.encode('utf-8'))
    index.append(b'\n')
    tmp = args.out + '.tmp'
    with open(tmp, 'wb') as f:
        f.write(b''.join(index))
        for blob in blobs:
            f.write(blob)
    os.replace(tmp, args.out)   # never a half-written bundle under the real name


if __name__ == '__main__':
    main()
