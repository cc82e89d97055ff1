#!/usr/bin/env bash
# Heap per signed-in session with the report editor open. Starts the production jar (as bench/start.sh builds it)
# on a free 127.0.0.1 port with the demo data and its embedded PostgreSQL in a scratch directory, creates a 2025
# draft for 兰河乡 filled with docs/examples/lanxi-lanhe-2026.json, then in Debian's headless Chromium
# (puppeteer-core, e2e/package.json) opens one warm-up session (its editor loads what every editor shares: the
# word lists, HanLP's dictionaries, the formats), and then SESSIONS more (default 10), each its own browser
# context signing in as lanhe.clerk and opening the editor. The heap is read after a full GC (jcmd GC.run, then
# GC.heap_info) with the warm-up session alone, with all of them open (their browsers' connections still open, as
# while people work), and again IDLE_SECONDS (75) later with nothing done (Tomcat has closed the idle keep-alive
# connections by then, the heartbeat's stay); per session = the difference / SESSIONS. One port serves all, as by
# default (APP_ARGS=--nianbao.portal.port=0 for the portal apart: the main connector is the same either way).
# Goal: <= 150 KB per session.
#
#   bash bench/session-memory.sh          SESSIONS=20 bash bench/session-memory.sh    REUSE_JAR=1: app/target's jar
#   CHECK=1: the first session also checks the editor's fetched form (its figures and texts), download links,
#   table buttons, cells and texts, toolbar and the user menu in the browser
#   (its lines "check ok|FAILED: ..." in browser.out, printed here; that session is then on another page)
#   HISTO=1: also a class histogram at both points (histo-before.txt, histo-after.txt in the run's directory) and
#   the classes that grew most, per session (bench/histo-diff.py); HEAPDUMP=1: a heap dump with all sessions open
#   (heap.hprof in the run's directory) and what the sessions alone hold in it, by component (bench/session-heap.py:
#   the heap's growth less the connections' and threads' buffers); APP_ARGS: more arguments for the app (e.g.
#   --nianbao.portal.port=0, the portal on a port of its own as the operations guide describes it)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
sessions=${SESSIONS:-10}
# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_header
command -v chromium >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; }
(cd e2e && npm install --no-audit --no-fund --silent)
# JAR=path runs that jar as it is (e.g. an earlier build, to compare)
production_jar
work="$root/target/session-bench/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$work"
cp "$jar" "$work/app.jar"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
pid=""
browser_pid=""
cleanup() {
  set +e
  [ -n "$browser_pid" ] && kill "$browser_pid" 2>/dev/null
  if [ -n "$pid" ]; then
    kill -TERM -- "-$pid" 2>/dev/null
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null
  fi
}
trap cleanup EXIT
# the demo clerk opens many sessions here: the per-person session limit (2 by default) is lifted for the run
(cd "$work" && exec setsid java -Xmx1g ${JAVA_OPTS:-} -jar app.jar --server.address=127.0.0.1 --server.port="$port" \
    --nianbao.embedded-postgres.data-dir="$work/pg" --nianbao.security.max-sessions=1000 ${APP_ARGS:-} >"$work/app.log" 2>&1) &
pid=$!
# ready when the public list shows the demo's report: the demo accounts exist then (signing in before that would
# count as failed sign-ins and lock the account out)
for _ in $(seq 1 600); do
  curl -fs "$base/api/v1/public/reports" 2>/dev/null | grep -q lanxi-lanhe && break
  kill -0 "$pid" 2>/dev/null || { echo "the app stopped; see $work/app.log" >&2; exit 1; }
  sleep 0.5
done
java_pid=$(pgrep -g "$pid" -f 'app.jar' | head -1)
[ -n "$java_pid" ] || { echo "no JVM in the app's process group" >&2; exit 1; }
id=$(python3 - "$base" <<'PY'
import base64, json, sys, urllib.request
base = sys.argv[1]
auth = "Basic " + base64.b64encode(b"lanhe.clerk:demo").decode()
def call(method, path, body=None, headers=None):
    req = urllib.request.Request(base + "/api/v1" + path, method=method, data=body,
                                 headers={"Authorization": auth, "Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read() or b"null")
created = call("POST", "/reports", json.dumps({"unit": "lanxi-lanhe", "year": 2025}).encode())
doc = open("docs/examples/lanxi-lanhe-2026.json", encoding="utf-8").read().replace("2026", "2025")
call("PUT", f"/reports/{created['id']}", doc.encode(), {"If-Match": f'"{created["version"]}"'})
print(created["id"])
PY
)
echo "draft: report $id"
# the browsers' connections to the app (established, on its port)
connections() {
  ss -Htn state established "( sport = :$port )" | wc -l
}
heap_kb() {
  jcmd "$java_pid" GC.run >/dev/null
  sleep 1
  jcmd "$java_pid" GC.run >/dev/null
  jcmd "$java_pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*'
}
fifo="$work/browser.in"
mkfifo "$fifo"
# the browser reads its commands from the fifo; fd 3 keeps it open for writing
BASE_URL="$base" REPORT_ID="$id" SESSIONS=1 CHECK=${CHECK:-0} node e2e/session-memory.mjs <"$fifo" >"$work/browser.out" 2>&1 &
browser_pid=$!
exec 3>"$fifo"
wait_ready() {
  local want=$1
  for _ in $(seq 1 $((sessions * 120 + 240))); do
    grep -q "^ready $want$" "$work/browser.out" && return 0
    grep -q '^failed' "$work/browser.out" && { cat "$work/browser.out" >&2; exit 1; }
    sleep 0.5
  done
  echo "the browser did not open $want sessions; see $work/browser.out" >&2
  exit 1
}
wait_ready 1
if [ "${CHECK:-0}" = 1 ]; then
  for _ in $(seq 1 240); do grep -q '^check done' "$work/browser.out" && break; sleep 0.5; done
  grep '^check' "$work/browser.out" | grep -v '^check done' || echo "check: no result; see $work/browser.out"
fi
before=$(heap_kb)
[ "${HISTO:-0}" = 1 ] && jcmd "$java_pid" GC.class_histogram >"$work/histo-before.txt"
echo "heap after a full GC, the warm-up session only: $before KB ($(connections) connections open)"
echo "more $sessions" >&3
wait_ready $((sessions + 1))
after=$(heap_kb)
[ "${HISTO:-0}" = 1 ] && jcmd "$java_pid" GC.class_histogram >"$work/histo-after.txt"
[ "${HEAPDUMP:-0}" = 1 ] && jcmd "$java_pid" GC.heap_dump "$work/heap.hprof" >/dev/null && echo "heap dump: $work/heap.hprof"
echo "heap after a full GC, the warm-up session and $sessions more: $after KB ($(connections) connections open)"
# Tomcat closes a connection after 60 s without a request (its keep-alive timeout, as the app leaves it); the
# browsers' heartbeat (vaadin.heartbeatInterval, 60 s) comes about as often, so some stay. What an editor left open
# holds then, beside its session, is what those keep.
sleep "${IDLE_SECONDS:-75}"
idle=$(heap_kb)
echo "heap after a full GC, ${IDLE_SECONDS:-75} s later with nothing done: $idle KB ($(connections) connections open)"
echo close >&3
exec 3>&-
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "${HISTO:-0}" = 1 ] && python3 bench/histo-diff.py "$work/histo-before.txt" "$work/histo-after.txt" "$sessions" | head -60
[ "${HEAPDUMP:-0}" = 1 ] && python3 bench/session-heap.py "$work/heap.hprof"
python3 -c "import sys; b, a, i, n = map(int, sys.argv[1:]); print(f'BENCH heap per session with the editor open: {(a - b) / n:.0f} KB with its connections open, {(i - b) / n:.0f} KB once idle ({n} sessions, {a - b} / {i - b} KB; goal <= 150 KB)')" "$before" "$after" "$idle" "$sessions"
