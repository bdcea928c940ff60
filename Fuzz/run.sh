#!/usr/bin/env bash
# Coverage-guided fuzzing of karta's parsers with libFuzzer (`make fuzz`).
# Usage: Fuzz/run.sh [SECONDS PER HARNESS (default 120)]; FUZZ_ONLY=<harness> runs one of them
# Builds the harnesses with every module instrumented (Swift and libyaml's C), seeds each corpus
# from the demo content, the test fixtures and the five seeds, runs each harness for the given
# time on all cores, and prints runs and findings. A finding (crash, trap, timeout, leak, memory
# over the limit) is kept under $KARTA_FUZZ_DIR/findings/<harness>/; it becomes a regression test.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
TIME=${1:-120}
WORK=${KARTA_FUZZ_DIR:-/tmp/karta-fuzz}
JOBS=$(nproc 2>/dev/null || echo 2)

# SwiftPM names a path dependency after its folder: give the repository a fixed name.
mkdir -p .deps && ln -sfn ../.. .deps/karta
swift build -c release \
  -Xswiftc -sanitize=fuzzer -Xswiftc -sanitize=address \
  -Xcc -fsanitize=fuzzer-no-link -Xcc -fsanitize=address >/dev/null

corpus() { mkdir -p "$WORK/corpus/$1"; echo "$WORK/corpus/$1"; }
FRONT=$(corpus front-matter); SCHEDULE=$(corpus schedule); IMPORT=$(corpus import)
cp "$ROOT"/content/site.yml "$ROOT"/content/*/*.md "$ROOT"/Tests/KartaSiteTests/Fixtures/mini/content/*/*.md "$FRONT/"
cp "$ROOT"/Tests/KartaImportTests/Fixtures/*.txt "$IMPORT/"
if [ -d "$ROOT/../shared/seeds" ]; then cp "$ROOT"/../shared/seeds/*.txt "$IMPORT/"; fi
# Every term of the demo content and the fixtures, one per file.
n=0
grep -h -o 'when: .*' "$ROOT"/content/roadmaps/*.md "$ROOT"/Tests/KartaSiteTests/Fixtures/mini/content/roadmaps/*.md \
  | sed 's/^when: //' | sort -u | while IFS= read -r term; do n=$((n + 1)); printf '%s' "$term" > "$SCHEDULE/term-$n"; done

printf '%-18s %12s %9s\n' "harness" "runs" "findings"
status=0
for entry in front-matter:16384 schedule:1024 import:8192; do
  harness=${entry%%:*}
  # FUZZ_ONLY=import runs one harness.
  [ -z "${FUZZ_ONLY:-}" ] || [ "$FUZZ_ONLY" = "$harness" ] || continue
  # The longest input each harness makes up: a content file, a term, a document's start.
  length=${entry##*:}
  findings="$WORK/findings/$harness"
  mkdir -p "$findings"
  log="$WORK/$harness.log"
  # -fork runs workers on every core and keeps going after a finding, so that one run lists them all.
  .build/release/fuzz-$harness -fork="$JOBS" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$TIME" -timeout=10 -rss_limit_mb=2048 -max_len="$length" \
    -artifact_prefix="$findings/" "$WORK/corpus/$harness" >"$log" 2>&1 || true
  runs=$(grep -o 'DONE .*' "$log" | grep -oE 'exec/s: [0-9]+|total execs: [0-9]+' | head -1 | grep -oE '[0-9]+' || true)
  [ -n "$runs" ] || runs=$(grep -oE '#[0-9]+' "$log" | tail -1 | tr -d '#')
  found=$(find "$findings" -type f | wc -l)
  printf '%-18s %12s %9s\n' "$harness" "${runs:-?}" "$found"
  [ "$found" -eq 0 ] || status=1
done
exit $status
