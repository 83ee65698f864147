#!/usr/bin/env python3
"""long_functions.py — functions longer than a limit (default 120 lines) in C++ sources.

A rough scan, good for this code base's layout: a function starts at a line in column 0
that opens a signature (not a namespace, class, struct, enum or extern block) and ends at
the brace that closes it. Prints "LINES path:line signature", longest first; exit 1 when
any is over the limit.

usage: tools/long_functions.py [--limit N] [PATH ...]   (default: src/core)
"""
import argparse
import os
import re
import sys

SKIP = re.compile(r"^(namespace|struct|class|enum|extern|union|template\s*<[^>]*>\s*(struct|class))\b")


def functions(path):
    lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line[:1].isalpha() and "(" in line and not SKIP.match(line) and not line.rstrip().endswith(";"):
            j = i
            while j < len(lines) and not lines[j].rstrip().endswith("{") and ";" not in lines[j]:
                j += 1
            if j < len(lines) and lines[j].rstrip().endswith("{"):
                depth, k = 0, j
                while k < len(lines):
                    depth += lines[k].count("{") - lines[k].count("}")
                    if depth <= 0:
                        break
                    k += 1
                yield k - i + 1, i + 1, line.strip()
                i = k
        i += 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=120)
    parser.add_argument("paths", nargs="*", default=["src/core"])
    args = parser.parse_args()
    found = []
    for top in args.paths:
        walk = [(top, [], [""])] if os.path.isfile(top) else os.walk(top)
        for root, _, files in walk:
            for name in files:
                path = os.path.join(root, name)
                if path.endswith((".cpp", ".h")):
                    found += [(n, path, at, sig) for n, at, sig in functions(path) if n > args.limit]
    for n, path, at, sig in sorted(found, reverse=True):
        print(f"{n:5d} {path}:{at} {sig[:90]}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
