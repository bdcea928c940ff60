#!/usr/bin/env bash
# make bench: karta on synthetic national-scale content, side by side with Hugo on the same content.
# Prints, for each size: cold build, rebuild with nothing changed, rebuild after one roadmap
# changed, pages per second, peak memory and phase times; then karta ÷ Hugo for the cold build.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${KARTA_BENCH_SIZES:-"1000 10000"}
BASE=${KARTA_BENCH_DIR:-/tmp/karta-bench}
REPEAT=${KARTA_BENCH_REPEAT:-3}
# A new folder per run. ext4 skips inodes freed in the last minute when it allocates new ones,
# which makes creating files several times slower right after many were deleted: older runs are
# removed first, then the benchmark waits that minute out.
old_runs=$(find "$BASE" -mindepth 1 -maxdepth 1 -name 'run-*' 2>/dev/null || true)
if [ -n "$old_runs" ]; then
  echo "Удаляю прошлые замеры и жду минуту (ext4 медленно создаёт файлы сразу после массового удаления)…"
  rm -rf $old_runs
  sync
  sleep 61
fi
WORK="$BASE/run-$(date +%s)"
mkdir -p "$WORK"

KARTA_WITH_HUGO=1 ./scripts/setup.sh
swift build -c release --product karta >/dev/null
swift build -c release --product karta-bench >/dev/null
KARTA=$PWD/.build/release/karta
BENCH=$PWD/.build/release/karta-bench

# run LABEL COMMAND… : runs under /usr/bin/time -v, prints seconds, processor seconds (user + system:
# the work done, which a slow spell of the disk changes less than the wall time) and peak MiB,
# keeps stdout in $WORK/last.out
run() {
  local label=$1; shift
  # Earlier runs' files still being written back to disk would slow this one down.
  sync
  /usr/bin/time -v "$@" >"$WORK/last.out" 2>"$WORK/last.time"
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$WORK/last.time")
  cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ {s+=$2} END {printf "%.2f", s}' "$WORK/last.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$WORK/last.time")
  printf '%8.2f с  %6.2f с ЦП  %6s МиБ  %s\n' "$wall" "$cpu" "$rss" "$label"
  LAST_SECONDS=$wall
  LAST_CPU=$cpu
}

# median of numbers on stdin
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

echo "karta ÷ Hugo, $(nproc) ядра, $(date -u +%Y-%m-%d), $(uname -m); hugo: $(hugo version | cut -d' ' -f2); повторов сборки с нуля: $REPEAT"
declare -A PER_PAGE
for n in $SIZES; do
  dir="$WORK/$n"
  mkdir -p "$dir"
  "$BENCH" --schools "$n" --output "$dir" --hugo >/dev/null
  echo
  echo "== $n школ: $(find "$dir/content" -name '*.md' | wc -l) файлов содержимого"
  # Cold builds of both tools alternate, each into a new folder, so that a slow spell of the
  # machine hits both; the medians are compared.
  karta_runs=(); hugo_runs=(); karta_cpu=(); hugo_cpu=()
  for i in $(seq "$REPEAT"); do
    # From scratch: without the decoded content and the manifests the earlier builds kept
    # (both in $dir/.karta-cache, beside the content and the output folders).
    rm -rf "$dir/.karta-cache"
    run "karta: сборка с нуля ($i)" "$KARTA" build --quiet --timings --content "$dir/content" --output "$dir/karta-out-$i"
    karta_runs+=("$LAST_SECONDS"); karta_cpu+=("$LAST_CPU")
    cp "$WORK/last.out" "$dir/karta-$i.out"
    run "hugo: сборка с нуля ($i)" hugo --quiet --source "$dir/hugo" --destination "$dir/hugo-out-$i"
    hugo_runs+=("$LAST_SECONDS"); hugo_cpu+=("$LAST_CPU")
  done
  cold=$(printf '%s\n' "${karta_runs[@]}" | median)
  hugo_seconds=$(printf '%s\n' "${hugo_runs[@]}" | median)
  cold_cpu=$(printf '%s\n' "${karta_cpu[@]}" | median)
  hugo_cpu_seconds=$(printf '%s\n' "${hugo_cpu[@]}" | median)
  pages=$(sed -n 's/^Страниц: \([0-9]*\),.*/\1/p' "$dir/karta-1.out")
  hugo_pages=$(find "$dir/hugo-out-1" -name '*.html' | wc -l)
  printf '%8.2f с  медиана karta, этапы первого прогона:\n' "$cold"
  sed -n "s/^\\(read\\|decode\\|resolve\\|plan\\|render\\|write\\|cache\\): \\(.*\\)/    этап \\1: \\2/p" "$dir/karta-1.out"
  printf '%8.2f с  медиана hugo\n' "$hugo_seconds"
  out="$dir/karta-out-$REPEAT"
  run "karta: пересборка без изменений" "$KARTA" build --quiet --timings --content "$dir/content" --output "$out"
  again=$LAST_SECONDS
  roadmap=municipal-1.md
  sed -i 's/^goal: \(.*\)$/goal: \1 (изменено)/' "$dir/content/roadmaps/$roadmap"
  run "karta: после правки одной карты" "$KARTA" build --quiet --timings --content "$dir/content" --output "$out"
  grep '^отрисовано' "$WORK/last.out" | sed 's/^/    /'
  awk -v p="$pages" -v c="$cold" -v a="$again" -v h="$hugo_seconds" -v hp="$hugo_pages" \
    -v cc="$cold_cpu" -v hc="$hugo_cpu_seconds" 'BEGIN {
    printf "karta: %d страниц, %.0f стр/с, %.3f мс на страницу; пересборка без изменений = %.2f × сборки с нуля\n", p, p/c, 1000*c/p, a/c
    printf "hugo:  %d страниц, %.0f стр/с, %.3f мс на страницу\n", hp, hp/h, 1000*h/hp
    printf "karta ÷ Hugo (сборка с нуля, медианы): %.2f по времени, %.2f по времени на страницу, %.2f по времени ЦП\n", c/h, (c/p)/(h/hp), cc/hc
  }'
  PER_PAGE[$n]=$(awk -v p="$pages" -v c="$cold" 'BEGIN { printf "%.6f", c/p }')
done
if [ -n "${PER_PAGE[1000]:-}" ] && [ -n "${PER_PAGE[10000]:-}" ]; then
  echo
  awk -v a="${PER_PAGE[1000]}" -v b="${PER_PAGE[10000]}" 'BEGIN { printf "Время на страницу: 10 000 школ ÷ 1 000 школ = %.2f\n", b/a }'
fi
