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
#   BASE_JAR=old.jar bash bench/start.sh  A/B on a busy machine: the old jar and this one, each prepared on its own
#                                    database and archive, then started in turn (old, new, old, new, ...);
#                                    JAVA_OPTS_NEW='...' adds options for the new side only (BASE_JAR may be the
#                                    same jar then, to compare JVM options)
#   REUSE_WORK=target/start-bench/<time> JAR=… [BASE_JAR=…] bash bench/start.sh   no preparing start: times the
#                                    starts on an earlier run's databases and archives (options only)
# Each start also prints when Spring's ApplicationReadyEvent came ("ready at", the JVM's uptime then).
# Each start prints its wall time and the JVM's CPU time (user + system, all its threads; not the PostgreSQL
# server's) up to the first signed-in answer: CPU time says more than wall time when others use the machine.
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
# REUSE_WORK=target/start-bench/<time> starts again on the databases and archives an earlier run prepared there (the
# same jars: JVM options only; the preparing start of a busy machine takes minutes)
work=${REUSE_WORK:-"$root/target/start-bench/$(date -u +%Y%m%dT%H%M%SZ)"}
mkdir -p "$work"
# lays out one jar in its own directory: $1 the directory, $2 the jar
lay_out() {
  mkdir -p "$1"
  if [ "${CDS:-1}" = 1 ]; then
    # AppCDS archives classes from plain jar files only, not from the jars nested in Spring Boot's executable jar:
    # run the extracted layout (app.jar + lib/), as docs/operations.md says
    java -Djarmode=tools -jar "$2" extract --destination "$1/x" >/dev/null
    mv "$1/x/lib" "$1/lib" && mv "$1/x/"*.jar "$1/app.jar" && rmdir "$1/x"
  else
    cp "$2" "$1/app.jar"
  fi
}
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
# one start in directory $1: prints the seconds from the launch to the first 200 of a signed-in API call, and the
# JVM's CPU seconds up to then ("10.4 17.2")
start_once() {
  local dir=$1 opts=$2 log=$3 t0 code ticks
  t0=$(date +%s.%N)
  # setsid execs java in place (the subshell leads no process group), so $! is the JVM's pid
  (cd "$dir" && exec setsid java $opts -jar app.jar --server.address=127.0.0.1 --server.port="$port" \
      --nianbao.embedded-postgres.data-dir="$dir/pg" >"$log" 2>&1) &
  pid=$!
  for _ in $(seq 1 $((timeout_s * 20))); do
    # sign in only once the demo's report is listed (the accounts exist then): failed sign-ins would lock it out
    code=""
    if curl -fs "http://127.0.0.1:$port/api/v1/public/reports" 2>/dev/null | grep -q lanxi-lanhe; then
      code=$(curl -s -o /dev/null -w '%{http_code}' -u lanhe.clerk:demo "http://127.0.0.1:$port/api/v1/tasks" 2>/dev/null || true)
      [ "$code" = 200 ] || { echo "signed-in call answered $code; see $log" >&2; stop; return 1; }
    fi
    if [ "$code" = 200 ]; then
      # utime + stime, fields 14 and 15 of /proc/PID/stat (after the command name in parentheses)
      ticks=$(sed 's/^.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}')
      python3 -c "import sys, os; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f} {int(sys.argv[3]) / os.sysconf(\"SC_CLK_TCK\"):.1f}')" \
        "$t0" "$(date +%s.%N)" "$ticks"
      stop
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped; see $log" >&2; stop; return 1; }
    sleep 0.05
  done
  echo "no signed-in answer within ${timeout_s} s; see $log" >&2
  stop
  return 1
}
# prepares directory $1 (the database; with CDS the class archive of that jar, written when the JVM exits)
prepare() {
  local dir=$1 r extra=""
  [ "$(basename "$dir")" = new ] && extra=${JAVA_OPTS_NEW:-}
  if [ "${CDS:-1}" = 1 ]; then
    r=$(start_once "$dir" "-XX:ArchiveClassesAtExit=$dir/app.jsa $jvm_default ${JAVA_OPTS:-} $extra" "$dir/prepare.log")
    for _ in $(seq 1 100); do [ -s "$dir/app.jsa" ] && break; sleep 0.2; done
    echo "preparing start in $dir (creates the database and the class archive): ${r% *} s"
  else
    r=$(start_once "$dir" "$jvm_default ${JAVA_OPTS:-} $extra" "$dir/prepare.log")
    echo "preparing start in $dir (creates the database): ${r% *} s"
  fi
}
# what ops/run.sh passes besides the archive (JAVA_OPTS may override it; JVM_DEFAULT= leaves it out)
jvm_default=${JVM_DEFAULT--XX:MetaspaceSize=256m -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=400000}
opts_for() {
  local extra=""
  [ "$(basename "$1")" = new ] && extra=${JAVA_OPTS_NEW:-}
  if [ "${CDS:-1}" = 1 ]; then echo "-XX:SharedArchiveFile=$1/app.jsa $jvm_default ${JAVA_OPTS:-} $extra"; else echo "$jvm_default ${JAVA_OPTS:-} $extra"; fi
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
[ -n "${REUSE_WORK:-}" ] || lay_out "$work/new" "$jar"
sides=(new)
if [ -n "${BASE_JAR:-}" ]; then
  [ -n "${REUSE_WORK:-}" ] || lay_out "$work/old" "$BASE_JAR"
  sides=(old new)
  echo "A/B: old = $BASE_JAR, new = $jar${JAVA_OPTS_NEW:+ with $JAVA_OPTS_NEW}"
fi
[ -n "${REUSE_WORK:-}" ] || for side in "${sides[@]}"; do prepare "$work/$side"; done
declare -A walls cpus readies
for i in $(seq 1 "$runs"); do
  for side in "${sides[@]}"; do
    r=$(start_once "$work/$side" "$(opts_for "$work/$side")" "$work/$side/run-$i.log")
    # Spring's "process running for" (the JVM's uptime at ApplicationReadyEvent): the rest of the wall time is the
    # launch before the JVM's clock starts and the first requests (public list, sign-in, the task list)
    ready=$(grep -o 'process running for [0-9.]*' "$work/$side/run-$i.log" | awk '{print $4}' || true)
    echo "start $i ($side): ${r% *} s wall, ${r#* } s CPU, ready at ${ready:-?} s, load $(cut -d' ' -f1 /proc/loadavg)"
    walls[$side]="${walls[$side]:-} ${r% *}"
    cpus[$side]="${cpus[$side]:-} ${r#* }"
    readies[$side]="${readies[$side]:-} ${ready:-0}"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for side in "${sides[@]}"; do
  # shellcheck disable=SC2086
  echo "BENCH start to first signed-in answer ($side): median $(median ${walls[$side]}) s wall of${walls[$side]}, $(median ${cpus[$side]}) s CPU of${cpus[$side]} (goal <= 8 s); ready (Spring) median $(median ${readies[$side]}) s"
done
