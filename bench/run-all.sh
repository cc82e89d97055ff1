#!/usr/bin/env bash
# Every benchmark in one go, then one table: figure / goal / met. Builds the production jar once from a clean
# tree and hands it to the scripts that start the app (REUSE_JAR=1); the test-based ones build what they run.
# Shortened runs so that the whole takes about 15 minutes on a quiet 2-core machine: JMH 1 fork, the portal 5 s per
# target, 2 kills of the crash test, 10 sessions; each script is bounded by its own timeout (a timed-out one is
# "not met"). The logs stay in target/bench-all/<time>/ (see each script for its full-length run).
#   bash bench/run-all.sh            SKIP='province crash' bash bench/run-all.sh   to leave some out
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
started=$(date +%s)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "building the production jar once: ./mvnw -B -ntp -q -Pproduction clean package -DskipTests"
./mvnw -B -ntp -q -Pproduction clean package -DskipTests || { echo "the build failed" >&2; exit 1; }
out="$root/target/bench-all/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
skip=" ${SKIP:-} "
run() { # name, timeout in seconds, command...
  local name=$1 limit=$2
  shift 2
  if [[ "$skip" == *" $name "* ]]; then
    echo "skipped" >"$out/$name.log"
    return
  fi
  local t0
  t0=$(date +%s)
  echo "== $name (at most ${limit} s): $*"
  timeout --kill-after=30 "$limit" "$@" >"$out/$name.log" 2>&1
  local rc=$?
  echo "rc=$rc seconds=$(( $(date +%s) - t0 ))" >>"$out/$name.log"
  grep -E '^BENCH|ratio|kills=|fullReportEveryRule.*p0.50' "$out/$name.log" | sed 's/^/   /' || true
}
# the two figures that are times on the wall first, while the machine is as quiet as it will be: after ten minutes
# of the others a start took 11–13 s instead of 8–9 s (bench/README.md, "Start, 2026-12-04")
run start 420 env REUSE_JAR=1 bash bench/start.sh
run portal-vs-nginx 240 env REUSE_JAR=1 bash bench/portal-vs-nginx.sh --seconds 5
run validation 300 env JMH_RUN="-f 1 -wi 3 -w 1s -i 3 -r 1s" bash bench/validation.sh
run api-auth 300 bash bench/api-auth.sh
run province 600 bash bench/province.sh
if [ -f bench/approval.sh ]; then
  run approval 300 bash bench/approval.sh
fi
run aggregate 600 env BUILT_CLEAN=1 bash bench/aggregate.sh
# the last two measure bytes and counts, not time: they run side by side (the crash test's load and restarts in the
# sessions' 75 s idle wait), each app with its own port, database and heap
run crash 600 env LOAD_MIN=2 LOAD_MAX=5 bash bench/crash.sh --kills 2 --max-minutes 9 &
crash_pid=$!
run session-memory 480 env REUSE_JAR=1 SESSIONS=10 bash bench/session-memory.sh
wait "$crash_pid"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); all in $(( ($(date +%s) - started) / 60 )) min"
python3 - "$out" <<'PY'
import os, re, sys
out = sys.argv[1]
def log(name):
    p = os.path.join(out, name + ".log")
    return open(p, encoding="utf-8", errors="replace").read() if os.path.exists(p) else ""
def num(pattern, text, conv=float):
    m = re.search(pattern, text)
    return conv(m.group(1).replace(",", "")) if m else None
rows = []
def row(bench, what, value, unit, goal, ok):
    shown = "—" if value is None else f"{value:g} {unit}"
    rows.append((bench, what, shown, goal, "skipped" if log(bench).startswith("skipped")
                 else ("no figure" if value is None else ("yes" if ok(value) else "NO"))))
v = log("validation")
row("validation", "fullReportEveryRule median", num(r"fullReportEveryRule\S*p0\.50\s+\S+\s+([\d.,]+)", v), "µs", "≤ 1000 µs", lambda x: x <= 1000)
a = log("api-auth")
row("api-auth", "Bearer call, request thread CPU median", num(r"BENCH GET /api/v1/me/tokens, Bearer.*?median ([\d.]+) ms", a), "ms", "≤ 3 ms", lambda x: x <= 3)
p = log("portal-vs-nginx")
row("portal-vs-nginx", "page: Nianbao / nginx", num(r"ratio nianbao/nginx \(page\): ([\d.]+)", p), "", "≥ 0.5", lambda x: x >= 0.5)
row("portal-vs-nginx", "PDF: Nianbao / nginx", num(r"ratio nianbao/nginx \(pdf\): ([\d.]+)", p, ), "", "≥ 0.5", lambda x: x >= 0.5)
pr = log("province")
row("province", "province cockpit (service)", num(r"BENCH province cockpit[^:]*: ([\d.]+) ms", pr), "ms", "≤ 300 ms", lambda x: x <= 300)
row("province", "province totals (service)", num(r"BENCH province totals[^:]*: ([\d.]+) ms", pr), "ms", "≤ 300 ms", lambda x: x <= 300)
row("province", "import of 45,000 people (API)", num(r"import of \d+ people with one-time passwords (\d+) ms", pr), "ms", "≤ 120000 ms", lambda x: x <= 120000)
ap = log("approval")
row("approval", "CPU per approval, Nianbao / bare Flowable", num(r"ratio of medians ([\d.]+)", ap), "", "≤ 2", lambda x: x <= 2)
steps = re.findall(r"SQL statements per step with ([\d,]+) reports in the database: \{([^}]*)\}", ap)
if steps:
    per = dict((k.strip(), int(v)) for k, v in (kv.split("=") for kv in steps[-1][1].split(",")))
    worst = max(per.get(k, 0) for k in ("secrecy", "leader", "county"))
    row("approval", f"statements per approval, most ({steps[-1][0]} reports)", worst, "", "≤ 25", lambda x: x <= 25)
    row("approval", f"statements per PUT of a full report ({steps[-1][0]} reports)", per.get("PUT"), "", "≤ 40", lambda x: x <= 40)
else:
    row("approval", "statements per approval", None, "", "≤ 25", lambda x: x <= 25)
ag = log("aggregate")
row("aggregate", "county totals, 20,000 published", num(r"BENCH county totals[^:]*: ([\d.]+) ms", ag), "ms", "≤ 200 ms", lambda x: x <= 200)
row("aggregate", "county cockpit, first page", num(r"BENCH county cockpit, first page[^:]*: ([\d.]+) ms", ag), "ms", "≤ 200 ms", lambda x: x <= 200)
row("aggregate", "county cockpit, last page", num(r"BENCH county cockpit, last page: ([\d.]+) ms", ag), "ms", "≤ 200 ms", lambda x: x <= 200)
s = log("session-memory")
row("session-memory", "heap per session, editor open", num(r"BENCH heap per session[^:]*: (\d+) KB", s), "KB", "≤ 150 KB", lambda x: x <= 150)
st = log("start")
row("start", "java -jar to first signed-in 200 (median of 3)", num(r"BENCH start[^:]*: median ([\d.]+) s", st), "s", "≤ 8 s", lambda x: x <= 8)
c = log("crash")
m = re.search(r"kills=(\d+) acknowledged=(\d+) lost=(\d+) orphans=(\d+)", c)
rows.append(("crash", "kill -9 during load", f"{m.group(1)} kills, {m.group(2)} acked, {m.group(3)} lost, {m.group(4)} orphans" if m else "—",
             "0 lost, 0 orphans", ("yes" if m.group(3) == "0" and m.group(4) == "0" and m.group(1) != "0" else "NO") if m else ("skipped" if c.startswith("skipped") else "no figure")))
w = [max(len(str(r[i])) for r in rows + [("bench", "figure", "value", "goal", "met")]) for i in range(5)]
fmt = "  ".join("{:<%d}" % x for x in w)
print()
print(fmt.format("bench", "figure", "value", "goal", "met"))
for r in rows:
    print(fmt.format(*[str(x) for x in r]))
PY
