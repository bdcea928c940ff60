#!/usr/bin/env bash
# Coverage-guided fuzzing of karta's parsers with libFuzzer (`make fuzz`).
# Usage: Fuzz/run.sh [SECONDS PER HARNESS (default 120)]; FUZZ_ONLY=<harness> runs one of them,
# FUZZ_RUNS=<n> a fixed number of inputs from a fixed seed instead
# Builds the harnesses with every module instrumented (Swift and libyaml's C), seeds each corpus
# from the demo content, the test fixtures and the five seeds, runs each harness for the given
# time, and prints runs, coverage and findings. A finding (crash, trap, timeout, leak, memory
# over the limit) is kept under $KARTA_FUZZ_DIR/findings/<harness>/; it becomes a regression test.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
TIME=${1:-120}
WORK=${KARTA_FUZZ_DIR:-/tmp/karta-fuzz}

# SwiftPM names a path dependency after its folder: give the repository a fixed name.
mkdir -p .deps && ln -sfn ../.. .deps/karta
# One -sanitize= with both: swiftc keeps only the last -sanitize= it is given, and with two the
# Swift modules were built with ASan but without coverage — the fuzzer ran blind. lld links
# every executable, plugin tools too: gold fails on ASan's debug info.
log=$(mktemp)
if ! swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld \
  -Xcc -fsanitize=fuzzer-no-link,address >"$log" 2>&1; then
  cat "$log" >&2; rm -f "$log"; exit 1
fi
rm -f "$log"

corpus() { mkdir -p "$WORK/corpus/$1"; echo "$WORK/corpus/$1"; }
FRONT=$(corpus front-matter); SCHEDULE=$(corpus schedule); IMPORT=$(corpus import)
MONITORING=$(corpus monitoring); SHEET=$(corpus sheet); WORD=$(corpus word)
cp "$ROOT"/content/site.yml "$ROOT"/content/*/*.md "$ROOT"/Tests/KartaSiteTests/Fixtures/mini/content/*/*.md "$FRONT/"
cp "$ROOT"/Tests/KartaImportTests/Fixtures/*.txt "$IMPORT/"
if [ -d "$ROOT/../shared/seeds" ]; then cp "$ROOT"/../shared/seeds/*.txt "$IMPORT/"; fi
cp "$ROOT"/content/monitoring/*/*.csv "$MONITORING/"
./seed_parts.py sheet "$SHEET" "$ROOT"/content/monitoring/*/*.xlsx
./seed_parts.py word "$WORD" "$ROOT"/Tests/KartaImportTests/Fixtures/word/*.docx
# Every term of the demo content and the fixtures, one per file.
n=0
grep -h -o 'when: .*' "$ROOT"/content/roadmaps/*.md "$ROOT"/Tests/KartaSiteTests/Fixtures/mini/content/roadmaps/*.md \
  | sed 's/^when: //' | sort -u | while IFS= read -r term; do n=$((n + 1)); printf '%s' "$term" > "$SCHEDULE/term-$n"; done

# cov and ft are the code edges and features the harness reached, corpus the inputs it keeps: a
# harness whose code is not instrumented shows cov 0 and a corpus of its seeds alone.
# FUZZ_RUNS=N runs N inputs per harness from a fixed seed instead of for a time: the same inputs on
# every machine, so that CI's short run is a check, not a lottery.
if [ -n "${FUZZ_RUNS:-}" ]; then limit=(-runs="$FUZZ_RUNS" -seed=1); else limit=(-max_total_time="$TIME"); fi
export LSAN_OPTIONS="suppressions=$PWD/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
printf '%-14s %11s %7s %7s %7s %9s\n' "harness" "runs" "cov" "ft" "corpus" "findings"
status=0
for entry in front-matter:16384 schedule:1024 import:8192 monitoring:8192 sheet:16384 word:32768; do
  harness=${entry%%:*}
  # FUZZ_ONLY=import runs one harness.
  [ -z "${FUZZ_ONLY:-}" ] || [ "$FUZZ_ONLY" = "$harness" ] || continue
  # The longest input each harness makes up: a content file, a term, a document's start, a table, parts.
  length=${entry##*:}
  findings="$WORK/findings/$harness"
  mkdir -p "$findings"
  log="$WORK/$harness.log"
  # One process per harness: libFuzzer's -fork restarts its workers so often that it ran 20 times
  # fewer inputs. A finding stops the harness; its input is kept in $findings.
  # Leaks are looked for after: libFuzzer runs LeakSanitizer after every input whose mallocs and
  # frees differ, and Foundation's caches make that every input (60 times slower).
  # One allocation over 2 GB is a finding (-malloc_limit_mb); the process's memory may grow to
  # 8 GB: FoundationXML leaks a CFError for every XML error (lsan.supp), about 1.4 KB per input of
  # the .xlsx harness, which made a 627,513-run campaign «out of memory» at 2 GB with no input to blame.
  .build/release/fuzz-$harness "${limit[@]}" -timeout=10 -rss_limit_mb=8192 -malloc_limit_mb=2048 -max_len="$length" \
    -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$findings/" "$WORK/corpus/$harness" >"$log" 2>&1 || true
  # Every input the corpus kept, once more, with leak detection.
  .build/release/fuzz-$harness -runs=0 -timeout=10 -rss_limit_mb=2048 -detect_leaks=1 \
    -artifact_prefix="$findings/" "$WORK/corpus/$harness" >"$log.leaks" 2>&1 || true
  # The last status line: «#runs  DONE|pulse|NEW  cov: N ft: N corp: N/size …».
  last=$(grep -E '^#[0-9]+[[:space:]]' "$log" | grep ' cov: ' | tail -1)
  runs=$(sed -nE 's/.*stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -1)
  [ -n "$runs" ] || runs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last")
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
  corp=$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<<"$last")
  found=$(find "$findings" -type f | wc -l)
  printf '%-14s %11s %7s %7s %7s %9s\n' "$harness" "${runs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$found"
  [ "$found" -eq 0 ] || status=1
  # A harness that reached nothing is as bad as a finding: it tested nothing.
  [ "${cov:-0}" -gt 0 ] || status=1
done
exit $status
