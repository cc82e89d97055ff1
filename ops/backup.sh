#!/usr/bin/env bash
# Back up Nianbao's database into one pg_dump custom-format file (-Fc). Online: pg_dump reads one consistent
# snapshot while the app keeps serving.
#
#   ops/backup.sh [FILE]              the default run's embedded PostgreSQL (app/data/pg, or NIANBAO_PG_DATA);
#                                     when the app is not running, the cluster is started for the dump and stopped
#   ops/backup.sh --postgres [FILE]   the PostgreSQL of the postgres profile: DB_URL, DB_USER, DB_PASSWORD
#
# FILE defaults to $NIANBAO_BACKUP_DIR (default ~/nianbao-backups)/nianbao-<UTC time>.dump: outside the
# repository, so neither `mvn clean` nor deleting app/data/ removes it. Restore with ops/restore.sh.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
mode=embedded
if [ "${1:-}" = "--postgres" ]; then mode=postgres; shift; fi
out=${1:-"${NIANBAO_BACKUP_DIR:-$HOME/nianbao-backups}/nianbao-$(date -u +%Y%m%dT%H%M%SZ).dump"}
mkdir -p "$(dirname "$out")"
need_client_tools

if [ "$mode" = postgres ]; then
  : "${DB_URL:?set DB_URL (jdbc:postgresql://host:port/db), DB_USER and DB_PASSWORD as for the app}"
  read -r host port db < <(parse_jdbc_url "$DB_URL")
  PGPASSWORD=${DB_PASSWORD:-} pg_dump -Fc -h "$host" -p "$port" -U "${DB_USER:-nianbao}" -d "$db" -f "$out"
else
  dir=$(default_data_dir)
  [ -f "$dir/PG_VERSION" ] || { echo "no database in $dir (start the app once, or set NIANBAO_PG_DATA)" >&2; exit 1; }
  pid=$(postmaster_pid "$dir")
  started=""
  if [ -n "$pid" ]; then
    port=$(postmaster_port "$dir")
  else
    bin=$(embedded_bin)
    port=$(free_port)
    start_cluster "$bin" "$dir" "$port"
    started=$bin
    trap 'stop_cluster "$started" "$dir"' EXIT
  fi
  pg_dump -Fc -h 127.0.0.1 -p "$port" -U postgres -d nianbao -f "$out"
fi
echo "backup written: $out ($(du -h "$out" | cut -f1))"
