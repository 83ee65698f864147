#!/usr/bin/env python3
"""bad_inputs.py — the table of bad inputs: what the `lede` CLI does with what people paste.

Generates each input into build/bad-inputs/ (nothing is committed), runs
`lede analyze [--html] FILE` on it, and prints a Markdown table: exit code, wall time,
peak memory, the warning codes, the article size and the number of actors and times.

    python3 bench/bad_inputs.py [path/to/lede]     (default: build/asan/src/cli/lede)

Under the ASan build the times are several times those of a release build.
"""
import json
import os
import random
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "build", "bad-inputs")
SAMPLE = os.path.join(ROOT, "assets", "samples", "rt-2020-09-25-putin-guarantees.txt")


def sample_bytes():
    with open(SAMPLE, "rb") as f:
        return f.read()


def repeat_to(chunk, size):
    return (chunk * (size // len(chunk) + 1))[:size]


def inputs():
    rng = random.Random(8)
    sample = sample_bytes()
    body = sample.split(b"\n\n", 3)[-1]
    first = ["Anna", "Boris", "Chen", "Dmitri", "Elena", "Farid", "Grace", "Hiro"]
    last = ["Berg", "Ivanov", "Wang", "Petrov", "Smith", "Haddad", "Lee", "Tanaka", "Roe"]
    yield "empty", [], b""
    yield "sample (reference)", [], sample
    yield "50 MB text", [], repeat_to(body + b"\n\n", 50 << 20)
    yield "50 MB HTML", ["--html"], b"<html><body>" + repeat_to(b"<p>" + body.replace(b"\n\n", b"</p><p>") + b"</p>\n", 50 << 20)
    yield "9 MB article (> extract limit)", [], repeat_to(body + b"\n\n", 9 << 20)
    yield "binary 1 MB", [], bytes(rng.getrandbits(8) for _ in range(1 << 20))
    yield "invalid UTF-8", [], bytes(b if rng.random() > 0.02 else rng.choice([0xFF, 0xC0, 0xED, 0xF5, 0x80]) for b in sample)
    yield "NULs", [], sample.replace(b" ", b" \x00", 200)
    yield "100k-deep HTML", ["--html"], b"<div>" * 100000 + b"<p>The minister resigned on Monday.</p>" + b"</div>" * 100000
    yield "100k unclosed spans", ["--html"], b"<span><b>" * 100000 + b"Deep words"
    yield "RTL (Arabic)", [], ("أعلن الرئيس محمد علي يوم الاثنين 5 أكتوبر 2020 أن الحكومة سترفض الاتفاق.\n\n"
                               "وقال وزير الخارجية إن المحادثات ستستمر.\n").encode() * 20
    yield "CJK", [], "東京 — 日本の岸田文雄首相は2021年10月4日、新内閣を発足させた。\n\n中国外務省は「歓迎する」と述べた。\n".encode() * 20
    yield "emoji", [], ("Breaking 🔥 Elon Musk 👨‍🚀 says SpaceX will launch on Friday 🚀🇺🇸\n\n"
                        "\"We are go,\" Musk said on 25 September 2020. 😀🏳️‍🌈\n").encode() * 20
    yield "10k-name list", [], "".join(f"{first[i % 8]} {last[(i // 8) % 9]}\n" for i in range(10000)).encode()
    yield "10k names in one sentence", [], (", ".join(f"{first[i % 8]} {last[(i // 8) % 9]}" for i in range(10000)) + " met on Friday.").encode()
    yield "one 5 MB line", [], repeat_to(b"word ", 5 << 20)
    yield "share link pasted as text", [], b"https://lede.example/#a=1.eNpLTEpOSU1Jzcs3BAAfRAT-"
    yield "forged share link pasted", [], b"#a=1.eJz$%^&*()+/=" * 10


def run(cli, name, flags, data):
    path = os.path.join(OUT, name.replace(" ", "_").replace("/", "_") + (".html" if "--html" in flags else ".txt"))
    with open(path, "wb") as f:
        f.write(data)
    out_path, err_path = path + ".json", path + ".err"
    t0 = time.monotonic()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        # Peak memory through /usr/bin/time: Linux carries a process's peak RSS across exec,
        # so a child forked from this script (holding 50 MB inputs) would report ours.
        timer = ["/usr/bin/time", "-f", "lede-peak-rss-kb %M"] if os.path.exists("/usr/bin/time") else []
        p = subprocess.Popen([*timer, cli, "analyze", *flags, "--dateline", "2020-09-25", path], stdout=out, stderr=err)
        status = p.wait()
    elapsed = time.monotonic() - t0
    with open(err_path, "rb") as f:
        peak = [l.split()[-1] for l in f.read().decode(errors="replace").splitlines() if l.startswith("lede-peak-rss-kb")]
    row = {"name": name, "bytes": len(data), "exit": status, "time": elapsed,
           "rss": f"{int(peak[-1]) // 1024} MB" if peak else "-"}
    try:
        with open(out_path, "rb") as f:
            j = json.loads(f.read())
        row.update(warnings=",".join(w["code"] for w in j["warnings"]) or "-", article=len(j["article"]["text"].encode()),
                   actors=len(j["actors"]), times=len(j["times"]))
    except (ValueError, KeyError):
        with open(err_path, "rb") as f:
            stderr = f.read().decode(errors="replace")
        row.update(warnings="NO JSON: " + stderr[-120:].strip().replace("\n", " "),
                   article="-", actors="-", times="-")
    return row


def main():
    cli = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "asan", "src", "cli", "lede")
    os.makedirs(OUT, exist_ok=True)
    print(f"CLI: {cli}\n")
    print("| input | bytes | exit | time s | peak RSS | warnings | article bytes | actors | times |")
    print("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |")
    for name, flags, data in inputs():
        r = run(cli, name, flags, data)
        print(f"| {r['name']} | {r['bytes']} | {r['exit']} | {r['time']:.2f} | {r['rss']} | {r['warnings']} | "
              f"{r['article']} | {r['actors']} | {r['times']} |", flush=True)


if __name__ == "__main__":
    main()
