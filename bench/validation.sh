#!/usr/bin/env bash
# JMH benchmark of ReportValidator on the seed report. Usage: bash bench/validation.sh [JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl domain test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="domain/target/test-classes:domain/target/classes:$(cat domain/target/bench.classpath)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -cp "$cp" org.openjdk.jmh.Main "cn.nianbao.domain.rule.ValidationBenchmark" -f 3 -wi 3 -w 1s -i 5 -r 1s -tu us "$@"
