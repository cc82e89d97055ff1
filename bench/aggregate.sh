#!/usr/bin/env bash
# County reads over 20,000 published reports on the tests' embedded PostgreSQL: the county office's totals
# (reports/aggregate: every cell of 2020 summed, and 2019's for the comparison) and the cockpit's pages.
# CountyReadsBenchmark (reports, test scope) seeds one county of 10,000 units publishing 2019 and 2020 through the
# domain (UnitImport, PublishedReports.importPublished), then prints the median of 15 calls after 15 warm-up
# calls (lines starting with BENCH). Goal: each read <= 200 ms.
#   bash bench/aggregate.sh            BENCH_OPTS='-Dbench.units=2000 -Dbench.runs=9' for a shorter run
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# clean the two modules first (a class moved between modules would otherwise live on in target/classes); not the
# parent project, whose ./target holds the other benchmarks' scratch directories and the log below. run-all.sh
# has just built everything from clean and says so with BUILT_CLEAN=1
[ "${BUILT_CLEAN:-0}" = 1 ] || ./mvnw -B -ntp -q -pl domain,reports clean
mkdir -p target
timeout 1800 ./mvnw -B -ntp -pl reports -am test -Dtest='CountyReadsBenchmark' \
    -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
    -DargLine="-Xmx1g ${BENCH_OPTS:-}" 2>&1 | tee target/aggregate-bench.log \
    | grep -E 'BENCH|county seeded|Tests run:|BUILD|ERROR' || true
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -q 'BUILD SUCCESS' target/aggregate-bench.log
