#!/usr/bin/env bash
# fuzz.sh — the long fuzz run (the short one is `ctest -L fuzz`, see tests/fuzz/smoke.cmake).
#
#   tools/fuzz.sh [-t SECONDS] [-r ROUNDS] [-m MAX_LEN] [--dev-seeds] [--fast] [--plain] [TARGET...]
#
# TARGET is analyze_text, analyze_html or share_link (default: all three). Runs ONE
# fuzzer process at a time (nice 19), each target for SECONDS per round (default 600),
# ROUNDS times over (default 1), so a long run shares the machine politely; inputs are
# at most MAX_LEN bytes (default 16384; smaller runs faster). Each target
# keeps a growing corpus in build/fuzz/corpus/<target> (started from the committed seeds
# in tests/fuzz/seeds/<target>, which are never written to). --dev-seeds also feeds the
# corpus, at run time and only inside build/, from ../shared/data in place (WCXB pages
# and their gold text); nothing from there is ever committed.
# Crashes land in build/fuzz/crashes/<target>/; the final stats (executions, coverage)
# of every run are appended to build/fuzz/logs/summary.txt. Timeouts are wall-clock (300 s:
# a fuzzer paused with SIGSTOP for a quiet measurement keeps counting)
# and on a crowded machine can be false: re-run the input alone and compare CPU time. A crash input becomes a
# regression fixture: copy it to tests/data/fuzz-regressions/<target>-<what broke>.
# --fast uses a tree without AddressSanitizer (build/fuzz-fast, UBSan kept) for about twice
# the executions; it shares the corpus of build/fuzz, so a later ASan run replays all it found.
# --plain turns off libFuzzer's entropic schedule (-entropic=0): on these targets its feature
# bookkeeping took half the time (perf), so plain runs about twice the executions per second.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build/fuzz"
seconds=600 rounds=1 max_len=16384 dev_seeds=0 fast=0 schedule=() targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    -t) seconds="$2"; shift 2 ;;
    -r) rounds="$2"; shift 2 ;;
    -m) max_len="$2"; shift 2 ;;
    --dev-seeds) dev_seeds=1; shift ;;
    --fast) fast=1; shift ;;
    --plain) schedule=(-entropic=0); shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(analyze_text analyze_html share_link)

tree="$build" asan=ON
[ "$fast" = 1 ] && tree="$root/build/fuzz-fast" asan=OFF
if [ ! -f "$tree/build.ninja" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$tree" -G Ninja -DLEDE_FUZZ=ON -DLEDE_FUZZ_ASAN=$asan \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
nice -n 19 cmake --build "$tree" -j2 --target lede_fuzzers

# The dev data as extra seeds, unpacked into the build tree (never into the repository).
dev_seed_dir() {
  local target="$1" out="$build/dev-seeds/$1" data="$root/../shared/data/cleaning/wcxb-dev-articles"
  [ "$dev_seeds" = 1 ] && [ -d "$data" ] || return 0
  if [ ! -d "$out" ]; then
    mkdir -p "$out"
    case "$target" in
      analyze_html) for f in "$data"/html/*.html.gz; do gzip -dc "$f" | head -c 16384 > "$out/$(basename "$f" .gz)"; done ;;
      analyze_text) python3 - "$data/ground-truth" "$out" <<'PY'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(src)):
    gt = json.load(open(os.path.join(src, name), encoding="utf-8")).get("ground_truth", {})
    text = "\n\n".join(x for x in (gt.get("title"), gt.get("author"), gt.get("publish_date"), gt.get("main_content")) if x)
    open(os.path.join(out, name + ".txt"), "w", encoding="utf-8").write(text[:16384])
PY
      ;;
    esac
  fi
  [ -d "$out" ] && [ -n "$(ls -A "$out")" ] && echo "$out"
}

mkdir -p "$build/logs"
for round in $(seq 1 "$rounds"); do
  for t in "${targets[@]}"; do
    bin="$tree/tests/fuzz/fuzz_$t"
    [ -x "$bin" ] || { echo "fuzz.sh: no $bin, skipped"; continue; }
    corpus="$build/corpus/$t" crashes="$build/crashes/$t/"
    mkdir -p "$corpus" "$crashes"
    extra=()
    if d="$(dev_seed_dir "$t")" && [ -n "$d" ]; then extra+=("$d"); fi
    dict=()
    [ -f "$root/tests/fuzz/$t.dict" ] && dict=(-dict="$root/tests/fuzz/$t.dict")
    log="$build/logs/$t-$(date -u +%Y%m%dT%H%M%S).log"
    echo "fuzz.sh: round $round, $t for ${seconds}s ($( [ "$fast" = 1 ] && echo "no ASan" || echo "ASan+UBSan")) -> $log"
    set +e
    nice -n 19 "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=300 -max_len="$max_len" \
      -print_final_stats=1 -artifact_prefix="$crashes" "${schedule[@]}" "${dict[@]}" \
      "$corpus" "$root/tests/fuzz/seeds/$t" "${extra[@]}" > "$log" 2>&1
    rc=$?
    set -e
    { echo "== $t round $round $(date -u +%FT%TZ) exit $rc asan=$asan max_len=$max_len ${schedule[*]}"; grep -E '^(stat::|#[0-9]+ +DONE|==[0-9]+==ERROR|SUMMARY)' "$log" || true; } >> "$build/logs/summary.txt"
    tail -n 12 "$log" | grep -E 'stat::number_of_executed_units|DONE|SUMMARY' || true
  done
done
