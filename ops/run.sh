#!/usr/bin/env bash
# Runs the production jar with a class data sharing archive (AppCDS), no manual step:
#   ops/run.sh app/target/app-0.1.0-SNAPSHOT.jar [the application's arguments, e.g. --spring.profiles.active=postgres]
# AppCDS reads plain jar files only, not the jars nested in Spring Boot's executable jar: the jar is extracted into
# NIANBAO_RUN_DIR (default ./run) when it is new or has changed (or the JDK has). The first start on an extraction
# writes the archive of the classes it loaded when its JVM exits (-XX:ArchiveClassesAtExit), to app.jsa.new, which
# becomes app.jsa only after an orderly exit: JDK 17 crashes (SIGBUS) on a truncated archive, as a kill -9 during the
# dump would leave it; the next start then tries again. Later starts map it (-XX:SharedArchiveFile). A missing or
# stale archive is no error: the JVM starts without it. JAVA_OPTS adds JVM options. SIGTERM, SIGINT and SIGHUP are
# passed on to the JVM; the script exits with the JVM's status.
set -euo pipefail
jar=${1:?usage: ops/run.sh path/to/app.jar [arguments]}
shift
dir=${NIANBAO_RUN_DIR:-./run}
source_id="$(stat -c '%s %Y' "$jar") $(java -version 2>&1 | head -1)"
if [ ! -f "$dir/app.jar" ] || [ "$(cat "$dir/.extracted-from" 2>/dev/null)" != "$source_id" ]; then
  # a new jar or JDK: the old archive belongs to the old one
  rm -rf "$dir/x" "$dir/lib" "$dir/app.jar" "$dir/app.jsa" "$dir/app.jsa.new"
  mkdir -p "$dir"
  java -Djarmode=tools -jar "$jar" extract --destination "$dir/x" >/dev/null
  mv "$dir/x/lib" "$dir/lib" && mv "$dir/x/"*.jar "$dir/app.jar" && rmdir "$dir/x"
  echo "$source_id" >"$dir/.extracted-from"
fi
rm -f "$dir/app.jsa.new"
if [ -s "$dir/app.jsa" ]; then
  cds="-XX:SharedArchiveFile=$dir/app.jsa"
else
  cds="-XX:ArchiveClassesAtExit=$dir/app.jsa.new"
fi
# Metaspace: the first collection it triggers at 256 MB instead of about 21 MB; the start otherwise ran two or three
# collections for it (bench/README.md, "Start, 2026-12-03, afternoon"). Nothing is reserved up front by this.
# The C2 compiler waits for about ten times the calls and loops it takes by default: on two cores its compilations of
# code that runs only while the application starts competed with the start for the second core (a start 0.7–0.8 s
# shorter, 1.6–1.9 s less CPU; bench/README.md, "Start, 2026-12-04"); the code that keeps running still reaches C2
# within seconds under load, and C1 compiles as before.
# JAVA_OPTS comes after these and can set other values.
jit="-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=60000"
jit="$jit -XX:Tier4BackEdgeThreshold=400000"
# shellcheck disable=SC2086
java $cds -XX:MetaspaceSize=256m $jit ${JAVA_OPTS:-} -jar "$dir/app.jar" "$@" &
jvm=$!
trap 'kill -TERM "$jvm" 2>/dev/null || true' TERM INT HUP
status=0
while :; do
  wait "$jvm" && status=0 || status=$?
  kill -0 "$jvm" 2>/dev/null || break   # a trapped signal interrupted wait: the JVM is still stopping
done
# 143/130/129: stopped by SIGTERM/SIGINT/SIGHUP after its shutdown hooks, the archive is whole
if [ -s "$dir/app.jsa.new" ] && { [ "$status" -lt 128 ] || [ "$status" = 143 ] || [ "$status" = 130 ] || [ "$status" = 129 ]; }; then
  mv "$dir/app.jsa.new" "$dir/app.jsa"
fi
rm -f "$dir/app.jsa.new"
exit "$status"
