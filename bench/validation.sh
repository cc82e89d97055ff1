#!/usr/bin/env bash
# JMH benchmark of ReportValidator: the seed report, and a full report with every rule's material (names included).
# Usage: bash bench/validation.sh [more JMH options]
# JMH_RUN overrides forks, warm-up and measurement (default "-f 3 -wi 3 -w 1s -i 5 -r 1s"); on a busy machine the
# JIT needs a longer warm-up, e.g. JMH_RUN="-f 3 -wi 10 -w 2s -i 5 -r 1s".
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl domain test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="domain/target/test-classes:domain/target/classes:$(cat domain/target/bench.classpath)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086 # JMH_RUN is a list of options
java -cp "$cp" org.openjdk.jmh.Main "cn.nianbao.domain.rule.ValidationBenchmark" ${JMH_RUN:--f 3 -wi 3 -w 1s -i 5 -r 1s} -tu us "$@"
