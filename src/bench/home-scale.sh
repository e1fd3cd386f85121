#!/usr/bin/env bash
# Home screen at scale: time to the first frame and peak memory of the packaged app (target/image) showing home
#   (e) as a returning learner (--learner, so that home is the first screen, not the learner chooser), with an empty
#       folder of trainer cases (--content-dir),
#   (t) the same with a folder of CASES trainer cases (default 2,000; src/bench/make-cases.sh makes them), as every
#       start after the first finds them: known from the index of trainer cases the data folder keeps,
#   (f) the same at the first start after the cases changed: a copy of the learner's data folder whose index is
#       removed before each run, so that every file is parsed and checked,
#   (r) the same learner without --content-dir, as a learner starts the app every day,
#   (c) the bare JavaFX window of src/bench/startup.sh, from a plain jar on the system JVM,
# under a fresh Xvfb server with a real (GTK) window; warm-up runs, then RUNS runs of each taken in turn (e, t, f, r,
# c, e, t, f...), so that a change in the machine's load falls on all alike. Prints every run, the medians, the
# ratios and the targets. docs/benchmarks.md ("Home with 2,000 trainer cases") records the figures.
#
#   src/bench/home-scale.sh [--build] [RUNS] [WARMUP] [CASES]      defaults: 7 runs, 2 warm-up runs, 2000 cases
#
# Needs Xvfb (Debian: xvfb) and the GTK 3 libraries (libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/../.."

build=false
if [ "${1:-}" = "--build" ]; then
    build=true
    shift
fi
runs=${1:-7}
warmup=${2:-2}
cases=${3:-2000}

java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
javac_bin=${JAVA_HOME:+$JAVA_HOME/bin/}javac
bench=target/bench
if $build || [ ! -x target/image/bin/empathy-trainer ]; then
    ./mvnw -B -q -DskipTests package
fi
if [ ! -d "$bench/lib" ] || $build; then
    rm -rf "$bench/lib"
    ./mvnw -B -q dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$bench/lib"
fi
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$bench/test-classpath.txt" >/dev/null
test_cp="target/test-classes:target/classes:$(cat "$bench/test-classpath.txt")"
module_path=$(ls "$bench"/lib/*.jar | grep -v -E '/javafx-[a-z]+-[0-9.]+\.jar$' | paste -sd: -)
rm -rf "$bench/bare-classes"
"$javac_bin" -d "$bench/bare-classes" --module-path "$module_path" $(find src/bench/bare-window -name '*.java')
jar --create --file "$bench/bare-window.jar" -C "$bench/bare-classes" .

work=$(mktemp -d)
display_file=$(mktemp)
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$display_file" >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$work" "$display_file"' EXIT
for _ in $(seq 50); do
    [ -s "$display_file" ] && break
    sleep 0.1
done
export DISPLAY=":$(head -n 1 "$display_file")"

mkdir -p "$work/empty"
"$java_bin" -cp "$test_cp" org.empathytrainer.bench.TrainerCaseFolder "$work/cases" "$cases" >/dev/null
"$java_bin" -cp "$test_cp" org.empathytrainer.bench.ReturningLearner "$work/learner" Robin 10 >/dev/null 2>&1
cp -r "$work/learner" "$work/learner-cold"
export JDK_JAVA_OPTIONS="-Dempathy.startupProbe=true"

command_of() {
    case $1 in
        e) echo "env EMPATHY_TRAINER_HOME=$work/learner target/image/bin/empathy-trainer --learner Robin --content-dir $work/empty" ;;
        t) echo "env EMPATHY_TRAINER_HOME=$work/learner target/image/bin/empathy-trainer --learner Robin --content-dir $work/cases" ;;
        f) echo "env EMPATHY_TRAINER_HOME=$work/learner-cold target/image/bin/empathy-trainer --learner Robin --content-dir $work/cases" ;;
        r) echo "env EMPATHY_TRAINER_HOME=$work/learner target/image/bin/empathy-trainer --learner Robin" ;;
        c) echo "$java_bin --module-path $bench/bare-window.jar:$module_path -m org.empathytrainer.bench.bare/org.empathytrainer.bench.BareWindow" ;;
    esac
}

run_once() {
    local cmd out start_us frame_ms
    cmd=$(command_of "$1")
    if [ "$1" = f ]; then
        rm -rf "$work/learner-cold/cache"
    fi
    start_us=${EPOCHREALTIME/./}
    out=$(timeout 180 $cmd 2>/dev/null | grep '^startup-probe ' || true)
    if [ -z "$out" ]; then
        echo "Run of ($1) printed no first frame: $cmd" >&2
        exit 1
    fi
    frame_ms=$(sed -E 's/.*first-frame-epoch-ms=([0-9]+).*/\1/' <<<"$out")
    echo "$((frame_ms - start_us / 1000)) $(sed -E 's/.*peak-rss-kb=(-?[0-9]+).*/\1/' <<<"$out")"
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

kinds="e t f r c"
echo "Home-screen benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $cases trainer cases"
echo "Image runtime: $(env -u JDK_JAVA_OPTIONS target/image/bin/java -version 2>&1 | grep -m 1 -i 'runtime')"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$warmup"); do
    for kind in $kinds; do
        run_once $kind >/dev/null
    done
done
declare -A times rss
for i in $(seq "$runs"); do
    for kind in $kinds; do
        read -r ms kb < <(run_once $kind)
        times[$kind]+="$ms "
        rss[$kind]+="$kb "
        printf '%-4s %4s %6d ms %6d MB\n' "$i" "($kind)" "$ms" "$((kb / 1024))"
    done
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "$(find "$work/learner/cache/trainer-cases" -name "*.json" -size +1k 2>/dev/null)" ]; then
    echo "No index of trainer cases was written in $work/learner: (t) did not run as a returning start" >&2
    exit 1
fi

declare -A med_ms med_mb
for kind in $kinds; do
    med_ms[$kind]=$(tr ' ' '\n' <<<"${times[$kind]}" | grep . | median)
    med_mb[$kind]=$(tr ' ' '\n' <<<"${rss[$kind]}" | grep . | median | awk '{ printf "%.0f", $1 / 1024 }')
done
ratio() { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.2f", x / y }'; }
met() { awk -v x="$1" -v t="$2" 'BEGIN { print (x <= t ? "met" : "NOT met") }'; }
echo
printf '%-40s %10s %10s\n' "medians of $runs runs" "ms" "MB"
printf '%-40s %10s %10s\n' "(e) home, empty trainer folder" "${med_ms[e]}" "${med_mb[e]}"
printf '%-40s %10s %10s\n' "(t) home, $cases trainer cases" "${med_ms[t]}" "${med_mb[t]}"
printf '%-40s %10s %10s\n' "(f) the same, first start after a change" "${med_ms[f]}" "${med_mb[f]}"
printf '%-40s %10s %10s\n' "(r) home, no --content-dir" "${med_ms[r]}" "${med_mb[r]}"
printf '%-40s %10s %10s\n' "(c) bare window" "${med_ms[c]}" "${med_mb[c]}"
echo
printf '%-40s %8s %8s %8s\n' "target" "ratio" "limit" ""
tt=$(ratio "${med_ms[t]}" "${med_ms[e]}")
printf '%-40s %8s %8s %8s\n' "time (t) / (e)" "$tt" "1.50" "$(met "$tt" 1.5)"
tm=$(ratio "${med_mb[t]}" "${med_mb[e]}")
printf '%-40s %8s %8s %8s\n' "peak RSS (t) / (e)" "$tm" "1.25" "$(met "$tm" 1.25)"
tf=$(ratio "${med_ms[f]}" "${med_ms[e]}")
printf '%-40s %8s %8s %8s\n' "time (f) / (e), the first start" "$tf" "1.50" "$(met "$tf" 1.5)"
tfm=$(ratio "${med_mb[f]}" "${med_mb[e]}")
printf '%-40s %8s %8s %8s\n' "peak RSS (f) / (e), the first start" "$tfm" "1.25" "$(met "$tfm" 1.25)"
tr_=$(ratio "${med_ms[r]}" "${med_ms[c]}")
printf '%-40s %8s %8s %8s\n' "time (r) / (c)" "$tr_" "1.00" "$(met "$tr_" 1.0)"
