#!/usr/bin/env bash
# CPU per approval, Nianbao's workflow against a bare Flowable engine completing the same user tasks, in one JVM on
# one (embedded) PostgreSQL; and the SQL statements per step of a report's route with few and with many reports in
# the database. See bench/README.md.
#   ROUTES=100 WARMUP=30 REPORTS=20000 bash bench/approval.sh
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load: $(cut -d' ' -f1-3 /proc/loadavg)"
nice -n 10 ./mvnw -B -ntp -q -pl workflow -am install -DskipTests
./mvnw -B -ntp -pl workflow test -Dtest=ApprovalBench -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine="-Dnianbao.bench.routes=${ROUTES:-100} -Dnianbao.bench.warmup=${WARMUP:-30} -Dnianbao.bench.reports=${REPORTS:-20000}" \
    | grep -E '^(bench/|CPU per|Nianbao CPU|SQL statements|seeded)|Tests run:|ERROR' || true
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
