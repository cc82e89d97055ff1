#!/usr/bin/env bash
# Province reads and unit onboarding on the embedded PostgreSQL of the tests: seeds a generated province
# (~15,000 units) with JDBC batches and prints the measured times (lines starting with BENCH).
# Usage: bash bench/province.sh
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
./mvnw -B -ntp -o -pl domain verify -Dtest='ProvinceOversightTest,UnitImportTest' -Dsurefire.failIfNoSpecifiedTests=false \
    -Djacoco.skip=true 2>&1 | tee target/province-bench.log | grep -E 'BENCH|province seeded|Tests run:|BUILD' || true
