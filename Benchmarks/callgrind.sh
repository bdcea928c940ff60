#!/usr/bin/env bash
# Instruction counts of one serial build of a small synthetic set under callgrind: unlike wall
# time on a shared machine, they repeat exactly, so a change can be judged by a few per cent.
# Usage: Benchmarks/callgrind.sh [SCHOOLS (default 300)] [OUTPUT FILE]; prints the total and the
# functions with the largest inclusive counts; open the output with callgrind_annotate for more.
set -euo pipefail
cd "$(dirname "$0")/.."
SCHOOLS=${1:-300}
WORK=${KARTA_BENCH_DIR:-/tmp/karta-bench}/callgrind
OUT=${2:-$WORK/callgrind.out}
KARTA_WITH_VALGRIND=1 ./scripts/setup.sh
swift build -c release --product karta >/dev/null
swift build -c release --product karta-bench >/dev/null
# The cache of an earlier run would be read (and found stale): each run starts from nothing.
rm -rf "$WORK/content" "$WORK/site" "$WORK/.karta-cache" && mkdir -p "$WORK"
.build/release/karta-bench --schools "$SCHOOLS" --output "$WORK" >/dev/null
# Debian 12's valgrind cannot read the DWARF 5 that Swift 6 writes: profile a copy without it
# (function names stay).
strip --strip-debug -o "$WORK/karta" .build/release/karta
valgrind --tool=callgrind --callgrind-out-file="$OUT" "$WORK/karta" build --quiet --serial \
  --templates Templates --content "$WORK/content" --output "$WORK/site" 2>"$WORK/valgrind.log" >/dev/null
grep -o 'Collected : [0-9]*' "$WORK/valgrind.log" | sed 's/Collected : /инструкций: /'
callgrind_annotate --inclusive=yes "$OUT" 2>/dev/null | grep -E 'Karta|Yams' | grep -v "'[0-9]" | head -25 | cut -c1-150
