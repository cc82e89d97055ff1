#!/usr/bin/env bash
# Restore a backup made by ops/backup.sh (a pg_dump -Fc file). Stop the app first.
#
#   ops/restore.sh FILE              into the default run's data directory (app/data/pg, or NIANBAO_PG_DATA):
#                                    the current directory is kept as <dir>.before-restore-<UTC time>, a new
#                                    cluster is created with the app's own PostgreSQL binaries and the dump
#                                    restored into it in one transaction; then start the app as usual
#   ops/restore.sh --postgres FILE   into the database of DB_URL / DB_USER / DB_PASSWORD (an empty database, or
#                                    the existing one: what the dump holds is dropped and re-created, in one
#                                    transaction)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
mode=embedded
if [ "${1:-}" = "--postgres" ]; then mode=postgres; shift; fi
file=${1:?usage: ops/restore.sh [--postgres] FILE}
[ -s "$file" ] || { echo "no backup file $file" >&2; exit 1; }
need_client_tools
pg_restore -l "$file" >/dev/null   # a readable custom-format archive, before anything is touched

if [ "$mode" = postgres ]; then
  : "${DB_URL:?set DB_URL (jdbc:postgresql://host:port/db), DB_USER and DB_PASSWORD as for the app}"
  read -r host port db < <(parse_jdbc_url "$DB_URL")
  PGPASSWORD=${DB_PASSWORD:-} pg_restore -h "$host" -p "$port" -U "${DB_USER:-nianbao}" -d "$db" \
      --clean --if-exists --no-owner --single-transaction --exit-on-error "$file"
  echo "restored $file into $db on $host:$port"
  exit 0
fi

dir=$(default_data_dir)
if app_holds "$dir"; then echo "the app is running on $dir: stop it first" >&2; exit 1; fi
pid=$(postmaster_pid "$dir")
if [ -n "$pid" ]; then   # a postmaster left by a killed app: stop it as the app's next start would
  kill -INT "$pid"
  for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
fi
bin=$(embedded_bin)
if [ -e "$dir" ]; then
  aside="$dir.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
  mv "$dir" "$aside"
  echo "the previous database is kept in $aside (delete it when the restore is checked)"
fi
mkdir -p "$(dirname "$dir")"
as_server "$bin/initdb" -A trust -U postgres -D "$dir" -E UTF-8 >"$dir.ops.log" 2>&1 \
  || { cat "$dir.ops.log" >&2; exit 1; }
port=$(free_port)
start_cluster "$bin" "$dir" "$port"
trap 'stop_cluster "$bin" "$dir"' EXIT
psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "create database nianbao encoding 'UTF8' template template0"
pg_restore -h 127.0.0.1 -p "$port" -U postgres -d nianbao --no-owner --single-transaction --exit-on-error "$file"
echo "restored $file into $dir; start the app as usual"
