#!/usr/bin/env bash
# make bench-serve: karta serve on the synthetic 10,000-school set. Edits one roadmap 10 times and
# prints the time from each write to the reload event that names its page (median), the server's
# peak memory, and the time of `karta build` after a one-file change.
set -euo pipefail
cd "$(dirname "$0")/.."
SCHOOLS=${KARTA_BENCH_SCHOOLS:-10000}
WORK=${KARTA_BENCH_DIR:-/tmp/karta-bench}/serve-$(date +%s)
mkdir -p "$WORK"
swift build -c release --product karta >/dev/null
swift build -c release --product karta-bench >/dev/null
KARTA=$PWD/.build/release/karta
TEMPLATES=$PWD/Templates
.build/release/karta-bench --schools "$SCHOOLS" --output "$WORK" >/dev/null
# Files changed in the second a build starts or the one before are not kept in the decode cache
# (an edit within a coarse stamp's tick must not be missed); wait those two out, or the first
# one-file build decodes a third of the set again (1.5 s instead of 0.7 s).
sleep 2.1
cd "$WORK"
echo "karta serve, $SCHOOLS школ, $(nproc) ядра, $(date -u +%Y-%m-%d)"

# One-file `karta build`: a cold build fills .karta-cache, then one roadmap changes.
"$KARTA" build --quiet --templates "$TEMPLATES" --content content --output out >/dev/null
for i in 1 2 3; do
  sed -i 's/^goal: \(.*\)$/goal: \1 (правка)/' content/roadmaps/municipal-1.md
  sleep 1.1
  /usr/bin/time -f '%e %M' -o build.time "$KARTA" build --quiet --templates "$TEMPLATES" --content content --output out >/dev/null
  read -r seconds kib < build.time
  printf '%8.2f с  %6.0f МиБ  karta build после правки одной карты (%d)\n' "$seconds" "$((kib / 1024))" "$i"
done

"$KARTA" serve --templates "$TEMPLATES" --content content --output out --port 0 > serve.log 2>&1 &
SERVER=$!
trap 'kill -INT $SERVER 2>/dev/null || true' EXIT
until grep -q 'Сайт: http' serve.log; do sleep 0.2; done
PORT=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' serve.log | head -1)
python3 - "$PORT" content/roadmaps/municipal-1.md content/schools/school-1.md \
  content/monitoring/municipal-1/2024-01-15.csv <<'PY'
import http.client, re, statistics, sys, threading, time
port, path, school, table = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
page = "roadmaps/municipal-1/index.html"
events, lock = [], threading.Condition()
def listen():
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    c.request("GET", "/__karta/events")
    r = c.getresponse()
    while True:
        line = r.readline()
        if not line: return
        if line.startswith(b"data:") and page.encode() in line:
            with lock:
                events.append(time.monotonic()); lock.notify_all()
threading.Thread(target=listen, daemon=True).start()
time.sleep(0.5)
def measure(count, label, file=path, edit=None):
    times = []
    for i in range(count):
        text = open(file, encoding="utf-8").read()
        text = edit(text, i) if edit else text.replace("goal: ", f"goal: правка {label} {i} — ", 1)
        with lock:
            seen = len(events)
            start = time.monotonic()
            with open(file, "w", encoding="utf-8") as f: f.write(text)
            if not lock.wait_for(lambda: len(events) > seen, timeout=60): sys.exit("нет события перезагрузки")
            times.append((events[seen] - start) * 1000)
        time.sleep(1.2)
    return times
times = measure(10, "a")
print("   от записи файла до события перезагрузки, мс: " + ", ".join(f"{t:.0f}" for t in times))
print(f"{statistics.median(times):8.0f} мс  медиана")
# A site with a warning (an unknown field in one school) is rebuilt in place too.
text = open(school, encoding="utf-8").read().replace("---\n", "---\nunknown_key: 1\n", 1)
with open(school, "w", encoding="utf-8") as f: f.write(text)
time.sleep(2)
times = measure(5, "b")
print(f"{statistics.median(times):8.0f} мс  медиана с предупреждением в одной школе (" + ", ".join(f"{t:.0f}" for t in times) + ")")
# A monitoring table saved: the first school's first value, another each time.
times = measure(5, "c", table, lambda text, i: re.sub(r"^(school-[0-9]+;)[^;]*", rf"\g<1>{40 + i},5", text, count=1, flags=re.M))
print(f"{statistics.median(times):8.0f} мс  медиана после сохранения таблицы мониторинга (" + ", ".join(f"{t:.0f}" for t in times) + ")")
PY
RSS=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$SERVER/status)
printf '%8d МиБ  пик памяти сервера\n' "$RSS"
grep -E '^Изменено' serve.log | tail -3 | sed 's/^/   /'

# Ctrl-C must stop the server (a release build once ignored it).
kill -INT $SERVER
for _ in $(seq 50); do kill -0 $SERVER 2>/dev/null || break; sleep 0.1; done
if kill -0 $SERVER 2>/dev/null; then
  kill -9 $SERVER
  echo "ошибка: karta serve не остановился по Ctrl-C за 5 с" >&2
  exit 1
fi
echo "   остановлен по Ctrl-C: $(tail -1 serve.log)"
