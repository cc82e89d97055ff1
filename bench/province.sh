#!/usr/bin/env bash
# A province on the embedded PostgreSQL of the tests, printing the measured times (lines starting with BENCH):
#  - domain: ProvinceOversightTest seeds 15,094 units and 20,020 reports with JDBC batches and times the cockpit,
#    the totals and the drill-down; UnitImportTest times the import of 15,094 units;
#  - app: ProvinceOnboardingTest imports 15,000 units (XLSX) and 45,000 people (CSV) through the API, again in
#    the other format, and reads the province's cockpit and totals over HTTP with 20,000 reports.
# Usage: bash bench/province.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -ntp -o -pl app -am test -Dtest='ProvinceOversightTest,UnitImportTest,ProvinceOnboardingTest' \
    -Dsurefire.failIfNoSpecifiedTests=false -DskipProvinceExecution=true -Djacoco.skip=true 2>&1 | tee target/province-bench.log \
    | grep -E 'BENCH|province seeded|Tests run:|BUILD' || true
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
