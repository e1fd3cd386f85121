#!/usr/bin/env bash
# Saved-history benchmark: the exports, the start as a returning learner and the learner chooser, with years of
# history, run with the packaged app (target/image/bin/empathy-trainer, as a trainer runs it). Makes its data with
# bench.HistoryFolder (src/bench/history-data.sh), prints every run, then the table of targets.
# docs/benchmarks.md explains the method and records the figures.
#
#   src/bench/history-scale.sh [--build] [--starts] [RUNS]
#
# RUNS: runs of each start (default 5); each 10,000-attempt export runs 3 times, the others once. --build runs
# ./mvnw package first (it is also run when there is no image); --starts measures the starts only. Needs /usr/bin/time (Debian: time),
# Xvfb (xvfb) and the GTK 3 libraries (libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/../.."

build=false
starts_only=false
while [ $# -gt 0 ] && [ "${1#--}" != "$1" ]; do
    case $1 in
        --build) build=true ;;
        --starts) starts_only=true ;;
        *)
            echo "Unknown option $1" >&2
            exit 2
            ;;
    esac
    shift
done
runs=${1:-5}
launcher=target/image/bin/empathy-trainer
if $build || [ ! -x "$launcher" ]; then
    ./mvnw -B -q -DskipTests package
fi
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test >/dev/null

work=$(mktemp -d)
display_file=$(mktemp)
xvfb_pid=
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work" "$display_file"' EXIT

median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() {
    awk -v x="$1" -v y="$2" 'BEGIN { printf "%.2f", x / y }'
}

echo "Saved-history benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB"
echo "Image runtime: $("$(dirname "$launcher")/java" -version 2>&1 | grep -m 1 -i 'runtime')"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- Data --------------------------------------------------------------------------------------------------------
shapes="1 10,1 100,200 100,1 10000"
$starts_only || shapes="$shapes,1 1000,1 5000,50 1000"
IFS=, read -r -a shape_list <<<"$shapes"
for shape in "${shape_list[@]}"; do
    read -r learners attempts <<<"$shape"
    src/bench/history-data.sh "$work/$learners-$attempts" "$learners" "$attempts" >/dev/null 2>&1
done
echo "Data made: $(du -sh "$work" | cut -f1) in $work"

# --- Exports -----------------------------------------------------------------------------------------------------
# One export: prints "seconds peak-rss-MB exit-status". $1 data, $2 csv|xapi, $3 JVM options (JDK_JAVA_OPTIONS).
export_once() {
    local out="$work/out.$2" status seconds rss_kb
    set +e
    JDK_JAVA_OPTIONS="$3" /usr/bin/time -f "%e %M" -o "$work/time" "$launcher" --data-dir "$1" "--export-$2" "$out" \
        >/dev/null 2>"$work/err"
    status=$?
    set -e
    read -r seconds rss_kb <"$work/time" || true
    rm -f "$out"
    echo "$seconds $((rss_kb / 1024)) $status"
}

declare -A ex_s ex_mb ex_rc
if ! $starts_only; then
echo
printf '%-22s %-6s %-12s %8s %8s %5s\n' data export JVM seconds "RSS MB" exit
for shape in "1 1000" "1 5000" "1 10000" "50 1000"; do
    read -r learners attempts <<<"$shape"
    for kind in csv xapi; do
        for jvm in launcher xmx256 g1; do
            case $jvm in
                launcher) opts="" ;;
                xmx256) opts="-Xmx256m" ;;
                g1) opts="-XX:+UseG1GC" ;;
            esac
            # The 10,000-attempt row is the target's: run it several times; the others once.
            n=1
            [ "$attempts" = 10000 ] && [ "$jvm" = launcher ] && n=3
            [ "$learners" = 50 ] && [ "$jvm" = g1 ] && continue
            secs="" mbs="" rc=0
            for _ in $(seq "$n"); do
                read -r s mb status < <(export_once "$work/$learners-$attempts" "$kind" "$opts")
                printf '%-22s %-6s %-12s %8s %8s %5s\n' "$learners x $attempts" "$kind" "$jvm" "$s" "$mb" "$status"
                secs+="$s " mbs+="$mb "
                [ "$status" = 0 ] || rc=$status
            done
            key="$learners-$attempts-$kind-$jvm"
            ex_s[$key]=$(tr ' ' '\n' <<<"$secs" | grep . | median)
            ex_mb[$key]=$(tr ' ' '\n' <<<"$mbs" | grep . | sort -n | tail -n 1)
            ex_rc[$key]=$rc
        done
    done
done

fi

# --- Start-ups ---------------------------------------------------------------------------------------------------
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$display_file" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
    [ -s "$display_file" ] && break
    sleep 0.1
done
export DISPLAY=":$(head -n 1 "$display_file")"

# One start to the first frame: prints "milliseconds peak-rss-kb". $1 data folder, then the app's options.
start_once() {
    local data=$1 out start_us frame_ms
    shift
    start_us=${EPOCHREALTIME/./}
    out=$(JDK_JAVA_OPTIONS="-Dempathy.startupProbe=true" timeout 120 "$launcher" --data-dir "$data" "$@" 2>/dev/null \
        | grep '^startup-probe ' || true)
    if [ -z "$out" ]; then
        echo "A start printed no first frame: $launcher --data-dir $data $*" >&2
        exit 1
    fi
    frame_ms=$(sed -E 's/.*first-frame-epoch-ms=([0-9]+).*/\1/' <<<"$out")
    echo "$((frame_ms - start_us / 1000)) $(sed -E 's/.*peak-rss-kb=(-?[0-9]+).*/\1/' <<<"$out")"
}

# The returning learner's home comes first (--learner); without it, the learner chooser. Prints as start_once.
start_named() {
    case $1 in
        learner-10) start_once "$work/1-10" --learner "Learner 1" ;;
        learner-10000) start_once "$work/1-10000" --learner "Learner 1" ;;
        chooser-1) start_once "$work/1-100" ;;
        chooser-200) start_once "$work/200-100" ;;
    esac
}
order="learner-10 learner-10000 chooser-1 chooser-200"
for name in $order; do # warm-up, and each folder's first start done
    start_named "$name" >/dev/null
done
declare -A st_ms st_kb
echo
printf '%-4s %-16s %8s %8s\n' run start ms "RSS MB"
for i in $(seq "$runs"); do
    for name in $order; do
        read -r ms kb < <(start_named "$name")
        st_ms[$name]+="$ms " st_kb[$name]+="$kb "
        printf '%-4s %-16s %8d %8d\n' "$i" "$name" "$ms" "$((kb / 1024))"
    done
done
declare -A st_med st_mb
for name in $order; do
    st_med[$name]=$(tr ' ' '\n' <<<"${st_ms[$name]}" | grep . | median)
    st_mb[$name]=$(tr ' ' '\n' <<<"${st_kb[$name]}" | grep . | median | awk '{ printf "%.0f", $1 / 1024 }')
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- Table of targets --------------------------------------------------------------------------------------------
met() { awk -v x="$1" -v y="$2" 'BEGIN { print (x <= y) ? "yes" : "NO" }'; }
echo
echo "| target | measured | met |"
echo "|---|---|---|"
if ! $starts_only; then
for kind in csv xapi; do
    k="1-10000-$kind-launcher"
    echo "| \`--export-$kind\` of 10,000 attempts: peak RSS under 300 MB | ${ex_mb[$k]} MB, ${ex_s[$k]} s (median of 3; the heaviest of the 3 for RSS) | $(met "${ex_mb[$k]}" 299) |"
done
# Linear: each further 1,000 attempts costs no more from 5,000 to 10,000 than from 1,000 to 5,000 (with some slack
# for the machine's noise); the time at 1,000 is mostly the JVM's start and the course's loading.
for kind in csv xapi; do
    a=${ex_s[1-1000-$kind-launcher]} b=${ex_s[1-5000-$kind-launcher]} c=${ex_s[1-10000-$kind-launcher]}
    first=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", (b - a) / 4 }')
    second=$(awk -v b="$b" -v c="$c" 'BEGIN { printf "%.2f", (c - b) / 5 }')
    growth=$(awk -v x="$first" -v y="$second" 'BEGIN { printf "%.2f", (x > 0) ? y / x : 0 }')
    echo "| \`--export-$kind\` time linear in attempts | $a / $b / $c s at 1,000 / 5,000 / 10,000: each further 1,000 costs $first s up to 5,000, $second s from 5,000 to 10,000 ($growth times as much) | $(met "$growth" 1.5) |"
done
for kind in csv xapi; do
    k="50-1000-$kind-xmx256"
    echo "| 50 learners x 1,000 attempts, \`--export-$kind\` with \`-Xmx256m\` | exit ${ex_rc[$k]}, ${ex_s[$k]} s, ${ex_mb[$k]} MB | $([ "${ex_rc[$k]}" = 0 ] && echo yes || echo NO) |"
done
fi
r=$(ratio "${st_med[learner-10000]}" "${st_med[learner-10]}")
echo "| start as a learner with 10,000 attempts at most 1.5x one with 10 | ${st_med[learner-10000]} ms / ${st_med[learner-10]} ms = **$r** (peak RSS ${st_mb[learner-10000]} / ${st_mb[learner-10]} MB) | $(met "$r" 1.5) |"
r=$(ratio "${st_med[chooser-200]}" "${st_med[chooser-1]}")
echo "| learner chooser with 200 learners at most 1.2x one with 1 | ${st_med[chooser-200]} ms / ${st_med[chooser-1]} ms = **$r** (peak RSS ${st_mb[chooser-200]} / ${st_mb[chooser-1]} MB) | $(met "$r" 1.2) |"
echo
echo "Exports: the packaged app's launcher as shipped (\"launcher\"), with JDK_JAVA_OPTIONS=-Xmx256m (\"xmx256\"), and"
echo "with the default G1 collector (\"g1\", JDK_JAVA_OPTIONS=-XX:+UseG1GC). Start-ups: median of $runs runs each,"
echo "interleaved; time from the process start to the first frame (ui/shell/StartupProbe)."
