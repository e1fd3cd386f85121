#!/usr/bin/env bash
# Writes N trainer cases into DIR (copies of the built-in cases in turn, with new ids and numbered titles), for
# trying the home screen at scale: ./mvnw javafx:run -Djavafx.args="--content-dir DIR", or src/bench/home-scale.sh.
#
#   src/bench/make-cases.sh DIR N
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -ne 2 ]; then
    echo "Usage: src/bench/make-cases.sh DIR N" >&2
    exit 2
fi
./mvnw -B -q -o test-compile
cp_file=target/bench/test-classpath.txt
mkdir -p target/bench
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$cp_file")" org.empathytrainer.bench.TrainerCaseFolder "$1" "$2"
