#!/usr/bin/env bash
# Builds the production jar (-Pproduction: the pre-compiled bundle, no npm, ~10 s of the build), starts it with
# `java -jar` on a spare port with a fresh embedded PostgreSQL and the demo data, and runs e2e/production-csp.mjs
# in Debian's headless Chromium. Called by e2e/run.sh after the smoke test (the dev app stopped: both build into
# app/target); the next ordinary build's prepare-frontend puts the dev-mode build info back.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(pwd)/target/e2e"
mkdir -p "$out"
started=$(date +%s)
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
./mvnw -B -q -Pproduction -pl app -am package -DskipTests >"$out/production-build.log" 2>&1 \
  || { echo "production-csp: the production build failed; see $out/production-build.log" >&2; exit 1; }
jar=$(ls app/target/app-*.jar | grep -v original | head -1)
rm -rf "$out/pg-production"
setsid java -jar "$jar" --server.port="$port" --nianbao.embedded-postgres.data-dir="$out/pg-production" \
  >"$out/production-app.log" 2>&1 &
group=$!
stop_jar() {
  kill -TERM -- "-$group" 2>/dev/null || return 0
  for _ in $(seq 1 30); do kill -0 -- "-$group" 2>/dev/null || return 0; sleep 1; done
  kill -KILL -- "-$group" 2>/dev/null || true
}
trap stop_jar EXIT
for _ in $(seq 1 90); do
  if curl -fs "http://localhost:$port/api/v1/public/reports" 2>/dev/null | grep -q lanxi-lanhe; then break; fi
  kill -0 "$group" 2>/dev/null || { echo "production-csp: the jar stopped; see $out/production-app.log" >&2; exit 1; }
  sleep 2
done
# Vaadin's servlet starts with the first UI request (vaadin.load-on-startup=false) and says its mode then
curl -fs -o /dev/null "http://localhost:$port/login" \
  || { echo "production-csp: the sign-in page did not answer; see $out/production-app.log" >&2; exit 1; }
grep -q "Vaadin is running in production mode" "$out/production-app.log" \
  || { echo "production-csp: the jar did not run in Vaadin's production mode; see $out/production-app.log" >&2; exit 1; }
BASE_URL="http://localhost:$port" node e2e/production-csp.mjs
echo "production-csp: build, start and browser check took $(( $(date +%s) - started )) s"
