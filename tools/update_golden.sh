#!/usr/bin/env bash
# update_golden.sh — rewrites the golden analyses (tests/data/analysis/<name>/expected.json)
# with the CLI, after a change that is meant to change them (a new JSON field, a better
# rule), so that the change shows as their diff in review. Each case is its folder's input
# (input.html when its options.json says "html": true, else input.txt) analysed with the
# options in that options.json ({"html", "raw", "dateline"}), written pretty, as tests/unit/golden_analysis_test.cpp
# expects it: `lede analyze [--html] [--raw] --dateline D --pretty input > expected.json`.
# usage: tools/update_golden.sh [--lede PATH] [NAME...]   (run from anywhere; default: every case
#        with build/native/src/cli/lede)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
LEDE=$ROOT/build/native/src/cli/lede
if [ "${1:-}" = "--lede" ]; then LEDE=$2; shift 2; fi
[ -x "$LEDE" ] || { echo "no CLI at $LEDE (build it: cmake --build build/native --target lede)"; exit 2; }
GOLDEN=$ROOT/tests/data/analysis

# The shipped assets, as the unit tests load them; the relations baseline off, as by default.
export LEDE_ASSETS=$ROOT/assets
unset LEDE_RELATIONS_BASELINE

if [ $# -gt 0 ]; then names=("$@"); else names=(); for d in "$GOLDEN"/*/; do names+=("$(basename "$d")"); done; fi
for name in "${names[@]}"; do
  dir=$GOLDEN/$name
  [ -f "$dir/options.json" ] || { echo "$name: no options.json in $dir"; exit 2; }
  # options.json → the input file (input.html with "html", else input.txt) and the CLI flags.
  read -r input_name flags_text < <(python3 -c '
import json, sys
o = json.load(open(sys.argv[1]))
flags = (["--html"] if o.get("html") else []) + (["--raw"] if o.get("raw") else []) + ["--dateline", o["dateline"]]
print("input.html" if o.get("html") else "input.txt", " ".join(flags))
' "$dir/options.json")
  read -r -a flags <<< "$flags_text"
  input=$dir/$input_name
  "$LEDE" analyze "${flags[@]}" --pretty "$input" > "$dir/expected.json.new"
  mv "$dir/expected.json.new" "$dir/expected.json"
  echo "$name: ${flags[*]} $(basename "$input") -> expected.json ($(stat -c %s "$dir/expected.json") bytes)"
done
# What changed, for review (nothing when the analyses are as they were).
git -C "$ROOT" diff --stat -- tests/data/analysis || true
