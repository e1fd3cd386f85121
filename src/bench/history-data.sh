#!/usr/bin/env bash
# Makes a data folder of learners with long histories, as the app saves them, for trying the app, its exports or the
# benchmarks on a workstation's years of use:
#
#   src/bench/history-data.sh DIR LEARNERS ATTEMPTS
#
# DIR gets LEARNERS learners, "Learner 1", "Learner 2"... (ids learner-1, learner-2...), each with a profile and a
# progress file where every built-in case is finished and ATTEMPTS earlier finished attempts are in the history,
# spread over the cases, every step answered and scored (bench.BenchData). DIR must not hold those learners already.
# Then, for example:
#
#   ./mvnw -q javafx:run -Dapp.args="--data-dir DIR --learner 'Learner 1'"
#   target/image/bin/empathy-trainer --data-dir DIR --export-xapi /tmp/all.json
#
# (Trainer cases, for a course of hundreds of cases, come from the home screen's own benchmark data.)
set -euo pipefail
if [ $# -ne 3 ]; then
    echo "Usage: $0 DIR LEARNERS ATTEMPTS" >&2
    exit 2
fi
dir=$(realpath -m "$1")
cd "$(dirname "$0")/../.."
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [ ! -f target/test-classes/org/empathytrainer/bench/HistoryFolder.class ] || [ ! -f target/bench-classpath.txt ]; then
    ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
        -Dmdep.includeScope=test >/dev/null
fi
"$java_bin" -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    org.empathytrainer.bench.HistoryFolder "$dir" "$2" "$3"
