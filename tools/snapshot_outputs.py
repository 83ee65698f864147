#!/usr/bin/env python3
"""snapshot_outputs.py — the CLI's JSON on a fixed set of inputs, for refactors that must not change output.

Writes one `lede analyze` result per input into OUT_DIR: the sample (text path), the first
80 WCXB development pages (HTML path, and their plain-text pastes when
build/wcxb-dev-text exists) and the first 60 TimeBank/AQUAINT documents (--raw, dated by
their creation time), each with a fixed --dateline; the WCXB pages once more without one,
so that their own metadata is read. Compare two snapshots with `diff -r BEFORE AFTER`.

usage: tools/snapshot_outputs.py OUT_DIR [--lede build/native/src/cli/lede]
"""
import argparse
import gzip
import html
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("LEDE_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
FIXED_DAY = "2024-01-15"


def run(lede, args, data, out_path):
    proc = subprocess.run([lede, "analyze", *args, "-"], input=data, capture_output=True)
    with open(out_path, "wb") as out:
        out.write(proc.stdout)
        if proc.returncode != 0:
            out.write(b"\n# exit %d: %s" % (proc.returncode, proc.stderr))


def timebank_documents(limit):
    base = os.path.join(SHARED, "data", "time", "tbaq-cleaned")
    paths = []
    for sub in ("TimeBank", "AQUAINT"):
        folder = os.path.join(base, sub)
        paths += [os.path.join(folder, name) for name in sorted(os.listdir(folder)) if name.endswith(".tml")]
    for path in paths[:limit]:
        with open(path, encoding="utf-8") as f:
            tml = f.read()
        dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})', tml) or \
            re.search(r'value="(\d{4}-\d{2}-\d{2})"[^>]*functionInDocument="CREATION_TIME"', tml)
        body = re.search(r"<TEXT>(.*)</TEXT>", tml, re.S)
        text = html.unescape(re.sub(r"<[^>]+>", "", body.group(1) if body else tml))
        yield os.path.basename(path), (dct.group(1) if dct else FIXED_DAY), text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out_dir")
    parser.add_argument("--lede", default=os.path.join(ROOT, "build", "native", "src", "cli", "lede"))
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    sample_dir = os.path.join(SHARED, "samples")
    for name in sorted(os.listdir(sample_dir)):
        with open(os.path.join(sample_dir, name), "rb") as f:
            run(args.lede, ["--dateline", "2020-09-25"], f.read(), os.path.join(args.out_dir, "sample-" + name + ".json"))
    pages = os.path.join(SHARED, "data", "cleaning", "wcxb-dev-articles", "html")
    pastes = os.path.join(ROOT, "build", "wcxb-dev-text")
    for name in sorted(os.listdir(pages))[:80]:
        with open(os.path.join(pages, name), "rb") as f:
            page = f.read()
        if name.endswith(".gz"):
            page = gzip.decompress(page)
        stem = name.split(".")[0]
        run(args.lede, ["--html", "--dateline", FIXED_DAY], page, os.path.join(args.out_dir, "wcxb-" + stem + ".json"))
        # Without a dateline the page's own published date is read (and anchors the dates);
        # a page that has none is anchored to today, so compare snapshots of the same day.
        run(args.lede, ["--html"], page, os.path.join(args.out_dir, "wcxb-undated-" + stem + ".json"))
        paste = os.path.join(pastes, stem + ".txt")
        if os.path.exists(paste):
            with open(paste, "rb") as f:
                run(args.lede, ["--dateline", FIXED_DAY], f.read(), os.path.join(args.out_dir, "paste-" + stem + ".json"))
    for name, day, text in timebank_documents(60):
        run(args.lede, ["--raw", "--dateline", day], text.encode("utf-8"), os.path.join(args.out_dir, "tbaq-" + name + ".json"))
    print("wrote", len(os.listdir(args.out_dir)), "outputs to", args.out_dir, file=sys.stderr)


if __name__ == "__main__":
    main()
