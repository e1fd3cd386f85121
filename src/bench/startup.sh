#!/usr/bin/env bash
# Start-up benchmark: time to the first frame and peak memory of
#   (a) the packaged app, target/image/bin/empathy-trainer,
#   (b) the app started from its plain jar (the jar and its dependencies on the module path of the system JVM),
#   (c) a bare JavaFX window started the same way as (b), on the same JVM,
# under a fresh Xvfb server with a real (GTK) window. Warm-up runs first, then RUNS runs of each, taken in turn
# (a, b, c, a, b, c...) so that a change in the machine's load falls on all three alike. Prints every run, then the
# medians and the ratios to (c). docs/benchmarks.md explains the method and records the figures.
#
#   src/bench/startup.sh [--build] [RUNS] [WARMUP]      defaults: 7 runs, 2 warm-up runs of each
#
# --build runs ./mvnw package first. Needs Xvfb (Debian: xvfb) and the GTK 3 libraries (libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/../.."

build=false
if [ "${1:-}" = "--build" ]; then
    build=true
    shift
fi
runs=${1:-7}
warmup=${2:-2}
if [ "$runs" -lt 5 ]; then
    echo "At least 5 runs of each, please (asked for $runs)." >&2
    exit 2
fi

java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
javac_bin=${JAVA_HOME:+$JAVA_HOME/bin/}javac
bench=target/bench
if $build || [ ! -x target/image/bin/empathy-trainer ] || ! ls target/empathy-trainer-*.jar >/dev/null 2>&1; then
    ./mvnw -B -q -DskipTests package
fi
if [ ! -d "$bench/lib" ] || $build; then
    rm -rf "$bench/lib"
    ./mvnw -B -q dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$bench/lib"
fi
app_jar=$(ls target/empathy-trainer-*.jar | head -n 1)
# The JavaFX artifacts without a platform classifier are empty placeholders; the module path takes the real ones.
module_path=$(ls "$bench"/lib/*.jar | grep -v -E '/javafx-[a-z]+-[0-9.]+\.jar$' | paste -sd: -)

# The bare window, compiled with the JDK that runs it.
rm -rf "$bench/bare-classes"
"$javac_bin" -d "$bench/bare-classes" --module-path "$module_path" \
    $(find src/bench/bare-window -name '*.java')
jar --create --file "$bench/bare-window.jar" -C "$bench/bare-classes" .

# Our own X server, stopped on exit; -displayfd picks a free display number.
display_file=$(mktemp)
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$display_file" >/dev/null 2>&1 &
xvfb_pid=$!
data_dir=$(mktemp -d)
trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$data_dir" "$display_file"' EXIT
for _ in $(seq 50); do
    [ -s "$display_file" ] && break
    sleep 0.1
done
export DISPLAY=":$(head -n 1 "$display_file")"

# Every run starts the way a user does, with no options; the data folder comes from the environment so that no
# earlier progress or settings are read. The probe property makes the app print its first frame and exit.
export EMPATHY_TRAINER_HOME="$data_dir"
export JDK_JAVA_OPTIONS="-Dempathy.startupProbe=true"

command_of() {
    case $1 in
        a) echo target/image/bin/empathy-trainer ;;
        b) echo "$java_bin --module-path $app_jar:$module_path -m org.empathytrainer/org.empathytrainer.Main" ;;
        c) echo "$java_bin --module-path $bench/bare-window.jar:$module_path -m org.empathytrainer.bench.bare/org.empathytrainer.bench.BareWindow" ;;
    esac
}

# One run: prints "milliseconds-to-first-frame peak-rss-kb", measured from just before the process is started to
# the wall-clock time the probe prints at the first frame.
run_once() {
    local cmd out start_us frame_ms
    cmd=$(command_of "$1")
    start_us=${EPOCHREALTIME/./}
    out=$(timeout 120 $cmd 2>/dev/null | grep '^startup-probe ' || true)
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

echo "Start-up benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB"
echo "System JVM: $(env -u JDK_JAVA_OPTIONS "$java_bin" -version 2>&1 | grep -m 1 -i 'runtime')"
echo "Image runtime: $(env -u JDK_JAVA_OPTIONS target/image/bin/java -version 2>&1 | grep -m 1 -i 'runtime')"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for kind in a b c; do
    echo "($kind) $(command_of $kind)"
done

for _ in $(seq "$warmup"); do
    for kind in a b c; do
        run_once $kind >/dev/null
    done
done

declare -A times rss
printf '%-4s %6s %10s\n' run kind "ms / MB"
for i in $(seq "$runs"); do
    for kind in a b c; do
        read -r ms kb < <(run_once $kind)
        times[$kind]+="$ms "
        rss[$kind]+="$kb "
        printf '%-4s %6s %6d ms %6d MB\n' "$i" "($kind)" "$ms" "$((kb / 1024))"
    done
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

declare -A med_ms med_mb
for kind in a b c; do
    med_ms[$kind]=$(tr ' ' '\n' <<<"${times[$kind]}" | grep . | median)
    med_mb[$kind]=$(tr ' ' '\n' <<<"${rss[$kind]}" | grep . | median | awk '{ printf "%.0f", $1 / 1024 }')
done
echo
printf '%-28s %16s %16s %12s %12s\n' "" "first frame (ms)" "peak RSS (MB)" "time / (c)" "RSS / (c)"
for kind in a b c; do
    case $kind in
        a) label="(a) packaged app" ;;
        b) label="(b) app from plain jar" ;;
        c) label="(c) bare window, plain jar" ;;
    esac
    printf '%-28s %16s %16s %12s %12s\n' "$label" "${med_ms[$kind]}" "${med_mb[$kind]}" \
        "$(awk -v x="${med_ms[$kind]}" -v y="${med_ms[c]}" 'BEGIN { printf "%.2f", x / y }')" \
        "$(awk -v x="${med_mb[$kind]}" -v y="${med_mb[c]}" 'BEGIN { printf "%.2f", x / y }')"
done
echo "Medians of $runs runs each. Targets for (a): time / (c) at most 1.00, RSS / (c) at most 1.25."
