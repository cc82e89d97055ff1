#!/usr/bin/env bash
# The backup drill: data in, ops/backup.sh, wipe, ops/restore.sh, and the API must answer the same.
#
#   bash ops/check-backup-restore.sh              the default run (embedded PostgreSQL in a scratch data directory)
#   bash ops/check-backup-restore.sh --postgres   a private PostgreSQL cluster (Debian's binaries) started here
#                                                 on a free loopback port, the app on the postgres profile
#
# Steps: start the built jar (app/target/app-*.jar) on a free 127.0.0.1 port; bench/crash_load.py walks reports
# through the route for LOAD_SECONDS (default 15), and one more report is left in 保密审查 so an open task must
# survive; snapshot every report (status, version, content hash, history) and every account's open tasks; back up
# while the app runs; stop the app; wipe (the data directory, or drop and re-create the database); restore; start
# the app; snapshot again; the two must be identical, and the waiting task must still be completable.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source ops/lib.sh
mode=embedded
[ "${1:-}" = "--postgres" ] && mode=postgres
load_seconds=${LOAD_SECONDS:-15}
start_timeout=${START_TIMEOUT:-180}

jar=$(ls app/target/app-*.jar 2>/dev/null | head -1 || true)
[ -n "$jar" ] || { ./mvnw -B -ntp -q -DskipTests package; jar=$(ls app/target/app-*.jar | head -1); }
work="$root/target/backup-check/$mode-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$work"
cp "$jar" "$work/app.jar"
export APP_JAR="$work/app.jar"
port=$(free_port)
base="http://127.0.0.1:$port"
app_pid=""
pg_dir=""
pg_bin=""
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop_app() {
  [ -n "$app_pid" ] || return 0
  kill -TERM -- "-$app_pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL -- "-$app_pid" 2>/dev/null || true
  app_pid=""
}
cleanup() {
  set +e
  stop_app
  local pid; pid=$(postmaster_pid "$work/data/pg")
  [ -n "$pid" ] && kill -INT "$pid"
  [ -n "$pg_dir" ] && as_pg "$pg_bin/pg_ctl" -D "$pg_dir" -m fast -w stop >/dev/null 2>&1
}
trap cleanup EXIT

app_args=(--server.port="$port" --server.address=127.0.0.1)
app_env=(NIANBAO_PG_DATA="$work/data/pg")
if [ "$mode" = postgres ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$pg_bin" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  pg_port=$(free_port)
  pg_dir="$work/pg"
  mkdir -p "$pg_dir"
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$pg_dir"; chmod 700 "$pg_dir"; chmod o+x "$work" "$root/target/backup-check" "$root/target"
  fi
  as_pg "$pg_bin/initdb" -D "$pg_dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log"
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir" -l "$pg_dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=$pg_dir" start >/dev/null
  psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "create database nianbao" postgres
  export DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/nianbao" DB_USER=postgres DB_PASSWORD=postgres
  app_env+=(DB_URL="$DB_URL" DB_USER=postgres DB_PASSWORD=postgres)
  app_args+=(--spring.profiles.active=postgres --nianbao.demo.enabled=true)
fi

start_app() {
  # detached (setsid, reparented to init): its own process group, killed by group id; no job of this shell
  rm -f "$work/app.pid"
  ( cd "$work" && setsid sh -c 'echo $$ >app.pid; exec "$@"' sh env "${app_env[@]}" java ${JAVA_OPTS:-} -jar app.jar \
      "${app_args[@]}" >>"$work/app-$1.log" 2>&1 </dev/null & )
  for _ in $(seq 1 100); do [ -s "$work/app.pid" ] && break; sleep 0.05; done
  app_pid=$(cat "$work/app.pid")
  for _ in $(seq 1 $((start_timeout * 4))); do
    kill -0 "$app_pid" 2>/dev/null || { echo "the app exited (see $work/app-$1.log)"; return 1; }
    curl -fs -o /dev/null -u county:demo "$base/api/v1/tasks" 2>/dev/null && return 0
    sleep 0.25
  done
  echo "the app did not answer within ${start_timeout}s (see $work/app-$1.log)"
  return 1
}

echo "== $mode: start, load for ${load_seconds}s"
start_app before
python3 bench/crash_load.py load --base "$base" --ledger "$work/ledger.jsonl" --seconds "$load_seconds" --seed 7
# one report left waiting in 保密审查 (榆林镇's last free year)
B=$base/api/v1
id=$(python3 bench/crash_load.py waiting --base "$base" --ledger "$work/ledger.jsonl")
python3 bench/crash_load.py snapshot --base "$base" --out "$work/before.json"
# the hash chain of the security audit, as the audit administrator verifies it: intact, and how long
audit_chain() { curl -fs -u audit:demo "$B/audit/verify" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("intact" if d.get("intact") else "broken-at-%s" % d.get("brokenAt"), d.get("entries", 0))'; }
read -r chain_before entries_before <<<"$(audit_chain)"
echo "audit chain before the backup: $chain_before, $entries_before entries"

echo "== backup (online)"
if [ "$mode" = postgres ]; then t0=$(date +%s.%N); ops/backup.sh --postgres "$work/nianbao.dump"
else t0=$(date +%s.%N); NIANBAO_PG_DATA="$work/data/pg" ops/backup.sh "$work/nianbao.dump"; fi
t1=$(date +%s.%N)
stop_app

echo "== wipe and restore"
if [ "$mode" = postgres ]; then
  psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "drop database nianbao" -c "create database nianbao" postgres
  t2=$(date +%s.%N); ops/restore.sh --postgres "$work/nianbao.dump"
else
  rm -rf "$work/data/pg"
  t2=$(date +%s.%N); NIANBAO_PG_DATA="$work/data/pg" ops/restore.sh "$work/nianbao.dump"
  rm -rf "$work"/data/pg.before-restore-* 2>/dev/null || true
fi
t3=$(date +%s.%N)

echo "== start on the restored database and compare"
start_app after
python3 bench/crash_load.py snapshot --base "$base" --out "$work/after.json"
if ! cmp -s "$work/before.json" "$work/after.json"; then
  diff "$work/before.json" "$work/after.json" | head -40
  echo "backup-restore $mode: DIFFERENT (see $work)"; exit 1
fi
read -r chain_after entries_after <<<"$(audit_chain)"
echo "audit chain after the restore: $chain_after, $entries_after entries"
# the restored chain must verify and hold at least every entry seen before the backup (sign-ins since add some)
if [ "$chain_after" != intact ] || [ "$entries_after" -lt "$entries_before" ]; then
  echo "backup-restore $mode: the restored audit chain does not verify ($chain_after, $entries_after < $entries_before?)"; exit 1
fi
# the restored process instance still works: 保密审查 approves the waiting report
T=$(curl -fs -u yulin.secrecy:demo "$B/tasks" | python3 -c "import json,sys; print([t['taskId'] for t in json.load(sys.stdin) if t['reportId']==$id][0])")
curl -fs -o /dev/null -u yulin.secrecy:demo -H 'Content-Type: application/json' -d '{"decision":"APPROVE","comment":"同意"}' "$B/tasks/$T/complete"
status=$(curl -fs -u county:demo "$B/reports/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
[ "$status" = IN_LEADER_SIGNOFF ] || { echo "the restored task did not complete ($status)"; exit 1; }
stop_app
summary=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["reports"]), sum(len(r["history"]) for r in d["reports"].values()), sum(len(t) for t in d["tasks"].values()))' "$work/before.json")
read -r n_reports n_history n_tasks <<<"$summary"
echo "backup-restore $mode: identical ($n_reports reports, $n_history history lines, $n_tasks open tasks, audit chain intact with $entries_after entries; dump $(du -h "$work/nianbao.dump" | cut -f1), backup $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}')s, restore $(awk -v a="$t2" -v b="$t3" 'BEGIN{printf "%.1f", b-a}')s); the restored 保密审查 task completed"
