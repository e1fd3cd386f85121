#!/usr/bin/env bash
# Export benchmark: time and peak memory of --export-csv and --export-xapi for data folders of growing histories,
# each run in a JVM of its own with a small heap, so that an export whose memory grows with the history fails
# here rather than on a trainer's workstation. Prints one line per run. docs/benchmarks.md records the figures.
# src/bench/history-scale.sh runs the exports as the packaged app's launcher does, with the table of targets.
#
#   src/bench/export-scale.sh [HEAP]       default heap: 256m
#
# Builds the classes first (./mvnw test-compile); needs /usr/bin/time (Debian: time).
set -euo pipefail
cd "$(dirname "$0")/../.."
heap=${1:-256m}
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java

./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%-22s %-6s %10s %12s %10s\n' "data" "export" "seconds" "peak RSS MB" "exit"
for shape in "1 1000" "1 10000" "50 1000"; do
    read -r learners attempts <<<"$shape"
    data="$work/$learners-$attempts"
    "$java_bin" -cp "$cp" org.empathytrainer.bench.HistoryFolder "$data" "$learners" "$attempts" >/dev/null
    for kind in csv xapi; do
        out="$work/out.$kind"
        set +e
        /usr/bin/time -f "%e %M" -o "$work/time" "$java_bin" "-Xmx$heap" -cp "$cp" org.empathytrainer.Main \
            --data-dir "$data" "--export-$kind" "$out" >/dev/null 2>"$work/err"
        status=$?
        set -e
        read -r seconds rss_kb <"$work/time" || true
        printf '%-22s %-6s %10s %12s %10s\n' "$learners x $attempts attempts" "$kind" "$seconds" \
            "$((rss_kb / 1024))" "$status"
        rm -f "$out"
    done
done
