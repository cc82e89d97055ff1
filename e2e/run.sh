#!/usr/bin/env bash
# Starts the app as the README's run command does (H2, demo data) on a spare port, runs the browser smoke test
# in Debian's headless Chromium, renders the seed PDF with pdftoppm, and leaves everything under target/e2e/.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
out="$root/target/e2e"
mkdir -p "$out"
port="${E2E_PORT:-18080}"

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
(cd e2e && npm install --no-audit --no-fund --silent)

log="$out/app.log"
./mvnw -B -q -pl app -am spring-boot:run \
  -Dspring-boot.run.arguments="--server.port=$port --spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1" >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; pkill -f "server.port=$port" 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
  if curl -fs "http://localhost:$port/api/v1/public/reports" 2>/dev/null | grep -q lanxi-lanhe; then break; fi
  sleep 2
done

BASE_URL="http://localhost:$port" OUT_DIR="$out" node e2e/smoke.mjs
curl -fs -o "$out/lanxi-lanhe-2020.pdf" "http://localhost:$port/public/reports/lanxi-lanhe/2020.pdf"
pdftoppm -r 80 -png "$out/lanxi-lanhe-2020.pdf" "$out/pdf-page"
ls "$out"
