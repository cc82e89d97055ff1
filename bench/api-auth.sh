#!/usr/bin/env bash
# Server CPU of one authenticated API call: a personal access token (Bearer) against HTTP Basic (bcrypt on every
# call) and an anonymous call, in one JVM on the tests' embedded PostgreSQL. Prints the lines starting with BENCH.
# Usage: bash bench/api-auth.sh            (BENCH_OPTS='-Dbench.calls=1000' for more calls)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "start: $(date -u '+%F %T') UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -ntp -o -pl app -am test -Dtest='ApiAuthenticationBench' -Dsurefire.failIfNoSpecifiedTests=false -DskipProvinceExecution=true \
    -Djacoco.skip=true -DargLine="${BENCH_OPTS:-}" 2>&1 | tee target/api-auth-bench.log | grep -E '^BENCH|Tests run:|BUILD' || true
echo "end: $(date -u '+%F %T') UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
