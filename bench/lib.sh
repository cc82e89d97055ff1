# Sourced by the bench scripts that run the production jar.

# what the figures depend on, printed before them
bench_header() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# sets $jar: JAR=path as it is, REUSE_JAR=1 app/target's jar, else a production jar built from a clean tree
production_jar() {
  jar=${JAR:-$(ls app/target/app-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)}
  if [ -z "${JAR:-}" ] && { [ -z "$jar" ] || [ "${REUSE_JAR:-0}" != 1 ]; }; then
    echo "building: ./mvnw -B -ntp -q -Pproduction -pl app -am clean package -DskipTests"
    ./mvnw -B -ntp -q -Pproduction -pl app -am clean package -DskipTests
    jar=$(ls app/target/app-*.jar | grep -v -- '-plain' | head -1)
  fi
}
