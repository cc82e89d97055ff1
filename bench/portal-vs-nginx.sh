#!/usr/bin/env bash
# The public report page and its PDF: Nianbao against nginx serving the very same bytes, side by side on this
# machine, with the same load tool and the same connections (wrk, loopback only).
#
#   bash bench/portal-vs-nginx.sh [--connections C] [--seconds S] [--threads T] [--main-port]
#
# The portal is measured on its own port (nianbao.portal.port, nianbao.portal.threads; PORTAL_THREADS sets the
# latter), as a county deploys it behind its proxy; --main-port measures the one port that serves everything.
#
# Builds the jar from a clean tree (REUSE_JAR=1 takes app/target/app-*.jar as it is) and starts it on a free
# 127.0.0.1 port with its default run database in a scratch directory and the demo data, saves the seed report's
# page and PDF as the portal sends them, serves those files with nginx on another free port, then runs wrk against
# each in turn after a warm-up. Prints per target requests/s and latency percentiles, the ratio Nianbao/nginx, and
# whether the portal created a session. nginx and wrk come from Debian's packages (installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
connections=200
seconds=15
threads=2
main_port_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --connections) connections="$2"; shift ;;
    --seconds) seconds="$2"; shift ;;
    --threads) threads="$2"; shift ;;
    --main-port) main_port_only=1 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

if ! command -v wrk >/dev/null || { ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; }; then
  echo "installing nginx and wrk (apt-get)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light wrk >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

# clean: a file moved between modules would otherwise live on in app/target/classes and shadow its new place
jar=$(ls app/target/app-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [ -z "$jar" ] || [ "${REUSE_JAR:-0}" != 1 ]; then
  echo "building the jar: ./mvnw -B -ntp -q -DskipTests clean package"
  ./mvnw -B -ntp -q -DskipTests clean package
  jar=$(ls app/target/app-*.jar | grep -v -- '-plain' | head -1)
fi

work="$root/target/portal-bench/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$work/www/public/reports/lanxi-lanhe" "$work/nginx"
cp "$jar" "$work/app.jar"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
app_port=$(free_port)
nginx_port=$(free_port)
portal_port=$(free_port)
portal_args="--nianbao.portal.port=$portal_port --nianbao.portal.threads=${PORTAL_THREADS:-4}"
[ "$main_port_only" = 1 ] && portal_args="" && portal_port=$app_port
app_pid=""

cleanup() {
  set +e
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM -- "-$app_pid" 2>/dev/null
    for _ in $(seq 1 150); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$app_pid" 2>/dev/null
  fi
  [ -f "$work/nginx/nginx.pid" ] && "$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
( cd "$work" && setsid sh -c 'echo $$ >app.pid; exec java ${JAVA_OPTS:-} -jar app.jar --server.port='"$app_port"' --server.address=127.0.0.1 '"$portal_args ${APP_ARGS:-}" \
    >"$work/app.log" 2>&1 </dev/null & )
for _ in $(seq 1 100); do [ -s "$work/app.pid" ] && break; sleep 0.05; done
app_pid=$(cat "$work/app.pid")
page="/public/reports/lanxi-lanhe/2020"
for _ in $(seq 1 720); do
  curl -fs -o /dev/null "http://127.0.0.1:$portal_port$page" 2>/dev/null && break
  kill -0 "$app_pid" 2>/dev/null || { echo "the app exited during start (see $work/app.log)"; exit 1; }
  sleep 0.25
done
fetch() {
  curl -fs "$@" || { echo "the portal did not answer 200 for ${*: -1} (see $work/app.log):"; tail -20 "$work/app.log"; exit 1; }
}
fetch -D "$work/page.headers" -o "$work/www$page" "http://127.0.0.1:$portal_port$page"
fetch -o "$work/www$page.pdf" "http://127.0.0.1:$portal_port$page.pdf"
[ "$main_port_only" = 1 ] || echo "portal on its own port ($portal_port, ${PORTAL_THREADS:-4} threads); the workbench there: HTTP $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$portal_port/")"
session=$(grep -ci '^set-cookie' "$work/page.headers" || true)
echo "page: $(stat -c %s "$work/www$page") bytes, PDF: $(stat -c %s "$work/www$page.pdf") bytes; Set-Cookie on the page: $session"

cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  types { text/html html; application/pdf pdf; }
  default_type text/html;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    etag on;
  }
}
CONF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf"
cmp -s <(curl -fs "http://127.0.0.1:$nginx_port$page") "$work/www$page" || { echo "nginx does not serve the same bytes"; exit 1; }

# one line per run: requests/s, p50, p99 (wrk's --latency table), in milliseconds
measure() {
  local url=$1 out
  out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$url")
  echo "$out" >>"$work/wrk.log"
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  echo "$rps $(to_ms "$p50") $(to_ms "$p99")"
}
to_ms() { awk -v v="$1" 'BEGIN{ if (v ~ /us$/) {sub(/us/,"",v); printf "%.2f", v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v); printf "%.2f", v} else {sub(/s/,"",v); printf "%.2f", v*1000} }'; }

echo "warm-up: 5 s each"
wrk -t"$threads" -c"$connections" -d5s "http://127.0.0.1:$portal_port$page" >/dev/null
wrk -t"$threads" -c"$connections" -d5s "http://127.0.0.1:$portal_port$page.pdf" >/dev/null
wrk -t"$threads" -c"$connections" -d5s "http://127.0.0.1:$nginx_port$page" >/dev/null
wrk -t"$threads" -c"$connections" -d5s "http://127.0.0.1:$nginx_port$page.pdf" >/dev/null

printf '\n%-8s %-8s %12s %9s %9s\n' target file 'requests/s' 'p50 ms' 'p99 ms'
declare -A rps
for file in page pdf; do
  suffix=""; [ "$file" = pdf ] && suffix=".pdf"
  for target in nianbao nginx; do
    port=$portal_port; [ "$target" = nginx ] && port=$nginx_port
    read -r r p50 p99 <<<"$(measure "http://127.0.0.1:$port$page$suffix")"
    rps[$target-$file]=$r
    printf '%-8s %-8s %12s %9s %9s\n' "$target" "$file" "$r" "$p50" "$p99"
  done
done
echo
for file in page pdf; do
  awk -v a="${rps[nianbao-$file]}" -v b="${rps[nginx-$file]}" -v f="$file" \
      'BEGIN{printf "ratio nianbao/nginx (%s): %.2f\n", f, a/b}'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); wrk output: $work/wrk.log"
