#!/usr/bin/env bash
# Starts the app as the README's run command does (embedded PostgreSQL, demo data) on a spare port, runs the browser smoke test
# in Debian's headless Chromium, renders the seed PDF with pdftoppm, and leaves everything under target/e2e/.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
out="$root/target/e2e"
mkdir -p "$out"
# a port nobody listens on now (the kernel's choice), unless one is given
port="${E2E_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
if curl -s -o /dev/null "http://localhost:$port/" 2>/dev/null; then
  echo "e2e: something already answers on port $port; choose another with E2E_PORT" >&2
  exit 1
fi

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v ss >/dev/null || need+=(iproute2)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
(cd e2e && npm install --no-audit --no-fund --silent)

log="$out/app.log"
# a fresh embedded PostgreSQL, the README run's default database, with its own data directory
rm -rf "$out/pg"
# the app runs in a session and process group of its own, so that exactly it (Maven and the JVM it forks) is
# stopped at the end, and the listener on the port can be checked to be ours
setsid ./mvnw -B -q -pl app -am spring-boot:run \
  -Dspring-boot.run.arguments="--server.port=$port --nianbao.embedded-postgres.data-dir=$out/pg" >"$log" 2>&1 &
group=$!
stop_app() {
  kill -TERM -- "-$group" 2>/dev/null || return 0
  for _ in $(seq 1 30); do kill -0 -- "-$group" 2>/dev/null || return 0; sleep 1; done
  kill -KILL -- "-$group" 2>/dev/null || true
}
trap stop_app EXIT
ready=""
for i in $(seq 1 120); do
  if curl -fs "http://localhost:$port/api/v1/public/reports" 2>/dev/null | grep -q lanxi-lanhe; then ready=1; break; fi
  kill -0 "$group" 2>/dev/null || { echo "e2e: the app stopped; see $log" >&2; exit 1; }
  sleep 2
done
[ -n "$ready" ] || { echo "e2e: the app did not answer on port $port; see $log" >&2; exit 1; }
listener=$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
if [ -z "$listener" ] || [ "$(ps -o pgid= -p "$listener" | tr -d ' ')" != "$group" ]; then
  echo "e2e: the process answering on port $port is not the app this script started" >&2
  exit 1
fi

BASE_URL="http://localhost:$port" OUT_DIR="$out" node e2e/smoke.mjs
curl -fs -o "$out/lanxi-lanhe-2020.pdf" "http://localhost:$port/public/reports/lanxi-lanhe/2020.pdf"
pdftoppm -r 80 -png "$out/lanxi-lanhe-2020.pdf" "$out/pdf-page"
ls "$out"
# the production bundle under the UI's CSP: the dev app stops first (the production build writes app/target too)
stop_app
trap - EXIT
e2e/production-csp.sh
