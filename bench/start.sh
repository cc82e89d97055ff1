#!/usr/bin/env bash
# Start-up of the production jar: from `java -jar` to the first signed-in answer (GET /api/v1/tasks as the demo
# clerk, HTTP Basic, answering 200), on its default run database (the embedded PostgreSQL) in a scratch directory,
# loopback only. One preparing start creates the database (initdb, Flyway, Flowable's tables, the demo data) and is
# printed but not counted; then RUNS (default 3) starts on that database are timed. Goal: <= 8 s.
#
#   bash bench/start.sh              builds the production jar from a clean tree first
#   REUSE_JAR=1 bash bench/start.sh  takes app/target/app-*.jar as it is
#   JAVA_OPTS='...' bash bench/start.sh   options for the JVM (the default below: the AppCDS archive, see
#                                    docs/operations.md; CDS=0 runs without it)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=${RUNS:-3}
timeout_s=${START_TIMEOUT:-120}
# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_header
# JAR=path runs that jar as it is (e.g. an earlier build, to compare)
production_jar
work="$root/target/start-bench/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$work"
if [ "${CDS:-1}" = 1 ]; then
  # AppCDS archives classes from plain jar files only, not from the jars nested in Spring Boot's executable jar:
  # run the extracted layout (app.jar + lib/), as docs/operations.md says
  java -Djarmode=tools -jar "$jar" extract --destination "$work/x" >/dev/null
  mv "$work/x/lib" "$work/lib" && mv "$work/x/"*.jar "$work/app.jar" && rmdir "$work/x"
else
  cp "$jar" "$work/app.jar"
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
pid=""
stop() {
  [ -n "$pid" ] || return 0
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  pid=""
}
trap stop EXIT
# one start: prints the seconds from the launch to the first 200 of a signed-in API call
start_once() {
  local opts=$1 log=$2 t0 code
  t0=$(date +%s.%N)
  (cd "$work" && exec setsid java $opts -jar app.jar --server.address=127.0.0.1 --server.port="$port" \
      --nianbao.embedded-postgres.data-dir="$work/pg" >"$log" 2>&1) &
  pid=$!
  for _ in $(seq 1 $((timeout_s * 20))); do
    # sign in only once the demo's report is listed (the accounts exist then): failed sign-ins would lock it out
    code=""
    if curl -fs "http://127.0.0.1:$port/api/v1/public/reports" 2>/dev/null | grep -q lanxi-lanhe; then
      code=$(curl -s -o /dev/null -w '%{http_code}' -u lanhe.clerk:demo "http://127.0.0.1:$port/api/v1/tasks" 2>/dev/null || true)
      [ "$code" = 200 ] || { echo "signed-in call answered $code; see $log" >&2; return 1; }
    fi
    if [ "$code" = 200 ]; then
      python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$t0" "$(date +%s.%N)"
      stop
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped; see $log" >&2; return 1; }
    sleep 0.05
  done
  echo "no signed-in answer within ${timeout_s} s; see $log" >&2
  return 1
}
cds_opts=""
if [ "${CDS:-1}" = 1 ]; then
  # AppCDS: the preparing start writes the archive of the classes it loaded when the JVM exits (docs/operations.md)
  echo "preparing start (creates the database and the class archive): $(start_once "-XX:ArchiveClassesAtExit=$work/app.jsa ${JAVA_OPTS:-}" "$work/prepare.log") s"
  # the archive is written while the JVM exits; wait for the file
  for _ in $(seq 1 100); do [ -s "$work/app.jsa" ] && break; sleep 0.2; done
  cds_opts="-XX:SharedArchiveFile=$work/app.jsa"
else
  echo "preparing start (creates the database): $(start_once "${JAVA_OPTS:-}" "$work/prepare.log") s"
fi
times=()
for i in $(seq 1 "$runs"); do
  t=$(start_once "$cds_opts ${JAVA_OPTS:-}" "$work/run-$i.log")
  echo "start $i: $t s"
  times+=("$t")
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "BENCH start to first signed-in answer: median $median s of ${times[*]} (goal <= 8 s)"
