#!/usr/bin/env bash
# kill -9 during load, restart, check that nothing acknowledged is lost and no report lost its task.
#
#   bash bench/crash.sh [--postgres] [--kills N] [--db-url JDBC_URL] [--max-minutes M]
#
# Default: the app on its default run database (application.properties, demo data), in a scratch working
# directory so app/data/ is never touched. --postgres: a private PostgreSQL cluster that this script initialises
# and starts on a free loopback port (Debian's postgresql binaries; `apt-get install postgresql` when missing),
# with the app on the postgres profile (demo data switched on for the accounts). --db-url: any other JDBC URL
# for the default run (for example an H2 URL with other settings, to compare).
#
# Each round: start the built jar (app/target/app-*.jar, built once when missing) on a free 127.0.0.1 port,
# wait until the demo accounts answer, run bench/crash_load.py (three townships at once, every acknowledged
# transition written to a ledger), kill -9 the app's process group at a random moment 2–10 s after the round's
# first acknowledgement (LOAD_MIN, LOAD_MAX),
# restart, and verify the whole ledger and every open task over the API. The last line is
#   kills=N acknowledged=A lost=L orphans=O
# and the exit status is non-zero when L>0, O>0 or a restart failed. Everything is bounded: N rounds (default 20),
# each start at most START_TIMEOUT s (default 180), the whole run at most --max-minutes (default 40).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

kills=${KILLS:-20}
max_minutes=${MAX_MINUTES:-40}
start_timeout=${START_TIMEOUT:-180}
load_min=${LOAD_MIN:-2}
load_max=${LOAD_MAX:-10}
mode=default
db_url=""
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres) mode=postgres ;;
    --kills) kills="$2"; shift ;;
    --db-url) db_url="$2"; shift ;;
    --max-minutes) max_minutes="$2"; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

jar=$(ls app/target/app-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [ -z "$jar" ]; then
  echo "building the jar once: ./mvnw -B -ntp -q -DskipTests package"
  ./mvnw -B -ntp -q -DskipTests package
  jar=$(ls app/target/app-*.jar | grep -v -- '-plain' | head -1)
fi

work="$root/target/crash/$mode-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$work"
cp "$jar" "$work/app.jar"   # a rebuild during the run must not change what runs
ledger="$work/ledger.jsonl"
: >"$ledger"
log="$work/rounds.log"
echo "work directory: $work" | tee -a "$log"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
port=$(free_port)
base="http://127.0.0.1:$port"

app_pid=""
load_pid=""
pg_dir=""
pg_bin=""
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop_embedded_orphan() {
  # an embedded PostgreSQL of the default run lives on after its JVM is killed (pg_ctl detaches it);
  # stop the one in our scratch directory, by the PID in its postmaster.pid
  local pidfile="$work/data/pg/postmaster.pid"
  if [ -f "$pidfile" ]; then
    local pid
    pid=$(head -1 "$pidfile")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill -INT "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
  fi
}

cleanup() {
  set +e
  [ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM -- "-$app_pid" 2>/dev/null
    for _ in $(seq 1 150); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$app_pid" 2>/dev/null
  fi
  stop_embedded_orphan
  if [ -n "$pg_dir" ]; then as_pg "$pg_bin/pg_ctl" -D "$pg_dir" -m fast -w stop >/dev/null 2>&1; fi
}
trap cleanup EXIT

app_args=(--server.port="$port" --server.address=127.0.0.1)
app_env=()
if [ "$mode" = postgres ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$pg_bin" ]; then
    echo "installing Debian's postgresql (apt-get)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  pg_port=$(free_port)
  pg_dir="$work/pg"
  mkdir -p "$pg_dir"
  [ "$(id -u)" = 0 ] && chown postgres "$pg_dir" && chmod 700 "$pg_dir" && chmod o+x "$work" "$root/target/crash" "$root/target" || true
  as_pg "$pg_bin/initdb" -D "$pg_dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log"
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir" -l "$pg_dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=$pg_dir" start >/dev/null
  as_pg "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "create database nianbao" postgres
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port ($pg_dir)" | tee -a "$log"
  app_env=(DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/nianbao" DB_USER=postgres DB_PASSWORD=postgres)
  app_args+=(--spring.profiles.active=postgres --nianbao.demo.enabled=true)
elif [ -n "$db_url" ]; then
  app_env=(DB_URL="$db_url")
fi

start_app() {
  local n=$1
  # detached (setsid, reparented to init): its own process group, killed by group id; no job of this shell
  rm -f "$work/app.pid"
  ( cd "$work" && setsid sh -c 'echo $$ >app.pid; exec "$@"' sh env "${app_env[@]}" java ${JAVA_OPTS:-} -jar app.jar \
      "${app_args[@]}" >>"$work/app-$n.log" 2>&1 </dev/null & )
  for _ in $(seq 1 100); do [ -s "$work/app.pid" ] && break; sleep 0.05; done
  app_pid=$(cat "$work/app.pid")
  sleep 0.2
  local pgid
  pgid=$(ps -o pgid= -p "$app_pid" 2>/dev/null | tr -d ' ' || true)
  if [ -n "$pgid" ] && [ "$pgid" != "$app_pid" ]; then
    echo "the app is not its own process group leader ($app_pid in $pgid)" | tee -a "$log"; return 1
  fi
  local t0 t1
  t0=$(date +%s.%N)
  for _ in $(seq 1 $((start_timeout * 4))); do
    if ! kill -0 "$app_pid" 2>/dev/null; then echo "the app exited during start (see $work/app-$n.log)" | tee -a "$log"; return 1; fi
    # ready when the demo accounts answer (they are created after the web server is up)
    if curl -fs -o /dev/null -u county:demo "$base/api/v1/tasks" 2>/dev/null; then
      t1=$(date +%s.%N)
      startup=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}')
      return 0
    fi
    sleep 0.25
  done
  echo "the app did not answer within ${start_timeout}s (see $work/app-$n.log)" | tee -a "$log"
  return 1
}

verify() {
  python3 bench/crash_load.py verify --base "$base" --ledger "$ledger" >"$work/verify.json"
  v_lost=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["lost"])' "$work/verify.json")
  v_orphans=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["orphans"])' "$work/verify.json")
  v_acked=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["acknowledged"])' "$work/verify.json")
  python3 -c 'import json,sys; [print("   ", d) for d in json.load(open(sys.argv[1]))["details"]]' "$work/verify.json" | tee -a "$log"
}

deadline=$(( $(date +%s) + max_minutes * 60 ))
done_kills=0
lost=0
orphans=0
restart_failures=0
startups=()
for round in $(seq 1 "$kills"); do
  if [ "$(date +%s)" -ge "$deadline" ]; then echo "time bound of $max_minutes min reached" | tee -a "$log"; break; fi
  if ! start_app "$round"; then restart_failures=$((restart_failures + 1)); break; fi
  startups+=("$startup")
  if [ "$round" -gt 1 ]; then
    verify
    [ "$v_lost" -gt "$lost" ] && lost=$v_lost
    [ "$v_orphans" -gt "$orphans" ] && orphans=$v_orphans
  fi
  delay=$(awk -v s="$RANDOM" -v a="$load_min" -v b="$load_max" 'BEGIN{srand(s); printf "%.2f", a + rand() * (b - a)}')
  python3 bench/crash_load.py load --base "$base" --ledger "$ledger" --seconds $((load_max + 30)) --seed "$round" \
      >"$work/load-$round.json" 2>&1 &
  load_pid=$!
  # the random moment counts from the round's first acknowledgement, so every kill lands in running load
  before=$(wc -l <"$ledger")
  for _ in $(seq 1 1200); do
    [ "$(wc -l <"$ledger")" -gt "$before" ] && break
    kill -0 "$load_pid" 2>/dev/null || break
    sleep 0.1
  done
  sleep "$delay"
  kill -KILL -- "-$app_pid" 2>/dev/null || true
  killed_at=$(date +%s.%N)
  for _ in $(seq 1 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  for _ in $(seq 1 400); do kill -0 "$load_pid" 2>/dev/null || break; sleep 0.1; done
  kill "$load_pid" 2>/dev/null || true
  wait "$load_pid" 2>/dev/null || true
  load_pid=""
  done_kills=$round
  acked_total=$(wc -l <"$ledger")
  last_ack=$(tail -1 "$ledger" | python3 -c 'import json,sys; l=sys.stdin.read().strip(); print(json.loads(l)["t"] if l else 0)')
  echo "round $round: started in ${startup}s, killed ${delay}s into the load ($(awk -v a="$last_ack" -v b="$killed_at" 'BEGIN{printf "%.3f", b-a}')s after the last acknowledgement), acknowledged so far $acked_total; $(head -c 300 "$work/load-$round.json")" | tee -a "$log"
done

# the last restart: everything must be there, then a clean stop
if start_app final; then
  startups+=("$startup")
  verify
  [ "$v_lost" -gt "$lost" ] && lost=$v_lost
  [ "$v_orphans" -gt "$orphans" ] && orphans=$v_orphans
  acked=$v_acked
else
  restart_failures=$((restart_failures + 1))
  acked=$(wc -l <"$ledger")
fi
kill -TERM -- "-$app_pid" 2>/dev/null || true
for _ in $(seq 1 150); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
app_pid=""

echo "startup seconds: ${startups[*]}; restart failures: $restart_failures; ledger: $ledger" | tee -a "$log"
echo "kills=$done_kills acknowledged=$acked lost=$lost orphans=$orphans" | tee -a "$log"
[ "$lost" -eq 0 ] && [ "$orphans" -eq 0 ] && [ "$restart_failures" -eq 0 ]
