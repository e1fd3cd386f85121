#!/usr/bin/env bash
# Rewrites src/main/jlink/classlist, the list of classes that `./mvnw package` puts in the image's class-data-sharing
# (CDS) archive: every class the app loads until its first frame, and then on the way to the home screen and into
# the first case (the start-up probe's "steps", one frame apart), so that a learner's first home screen and first case
# open sooner too; then those a returning learner's start loads (`--learner NAME`, with saved progress and a folder
# of trainer cases: the command line's parser, the progress reader, the folder loader), added to the first run's. Run it after changes that alter what those screens load (new screens, libraries, a JavaFX or JDK
# update), then rebuild. A stale list still works: classes it names that no longer exist are skipped, and classes it
# lacks are loaded the slow way.
#
# Needs Xvfb (Debian: xvfb) and the GTK 3 libraries (libgtk-3-0): the training run opens the real window.
set -euo pipefail
cd "$(dirname "$0")/../../.."

./mvnw -B -q -DskipTests package
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/classlist-cp.txt >/dev/null
test_cp="target/test-classes:target/classes:$(cat target/classlist-cp.txt)"

display_file=$(mktemp)
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$display_file" >/dev/null 2>&1 &
xvfb_pid=$!
data_dir=$(mktemp -d)
learner_dir=$(mktemp -d)
list=$(mktemp)
learner_list=$(mktemp)
trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$data_dir" "$learner_dir" "$display_file" "$list" "$learner_list"' EXIT
for _ in $(seq 50); do
    [ -s "$display_file" ] && break
    sleep 0.1
done

# Started as a user starts it (no options), with an empty data folder; the probe goes on as the guest to the home
# screen and into the first case, then exits.
DISPLAY=":$(head -n 1 "$display_file")" EMPATHY_TRAINER_HOME="$data_dir" \
    JDK_JAVA_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$list -Dempathy.startupProbe=steps" \
    target/image/bin/empathy-trainer 2>/dev/null | grep '^startup-probe '
# A returning learner (a profile with 10 attempts, home as the first screen) with two trainer cases beside the course.
java -cp "$test_cp" org.empathytrainer.bench.ReturningLearner "$learner_dir/data" Robin 10 >/dev/null
java -cp "$test_cp" org.empathytrainer.bench.TrainerCaseFolder "$learner_dir/cases" 2 >/dev/null
DISPLAY=":$(head -n 1 "$display_file")" EMPATHY_TRAINER_HOME="$learner_dir/data" \
    JDK_JAVA_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$learner_list -Dempathy.startupProbe=true" \
    target/image/bin/empathy-trainer --learner Robin --content-dir "$learner_dir/cases" 2>/dev/null \
    | grep '^startup-probe '
# The first run's classes in their order, then the ones only the second loaded.
cat "$list" "$learner_list" | grep -v '^#' | awk '!seen[$0]++' > src/main/jlink/classlist
echo "$(grep -c -v '^@' src/main/jlink/classlist) classes in src/main/jlink/classlist; rebuild with ./mvnw package"
