package org.empathytrainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StepStatus;
import org.empathytrainer.practice.WizardPage;
import org.empathytrainer.records.ProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same records exported by separate runs of the app give the same bytes, so a learning record store that is sent
 * them twice keeps one copy. Each export runs in a JVM of its own: hash orders differ between JVMs, not within one.
 */
class ExportRepeatTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void xapiStatementsAreTheSameBytesInEveryRun() throws Exception {
        Path data = tmp.resolve("data");
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        // Scores whose sum depends on the order it is taken in: 0.1 + 0.2 + 0.3 + 0.7 is not 0.7 + 0.3 + 0.2 + 0.1.
        double[] scores = {0.1, 0.2, 0.3, 0.7};
        Map<Step, StepRecord> steps = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            steps.put(step, new StepRecord(StepStatus.DONE, scores[step.ordinal()], at, at.plusSeconds(60)));
        }
        CaseProgress done = new CaseProgress(
                "porch-parcel",
                1,
                WizardPage.SUMMARY,
                CaseAnswers.EMPTY,
                steps,
                at,
                at.plusSeconds(600),
                at.plusSeconds(600));
        new ProgressStore(data, CLOCK).save(LearnerProgress.empty("ana").with(done));

        List<String> exports = new ArrayList<>();
        for (int run = 0; run < 4; run++) {
            Path file = tmp.resolve("statements-" + run + ".json");
            assertThat(export(data, file)).as("exit status of export %d", run).isZero();
            exports.add(Files.readString(file));
        }

        assertThat(exports.get(0)).contains("\"completed\"");
        assertThat(exports).allSatisfy(e -> assertThat(e).isEqualTo(exports.get(0)));
    }

    private static int export(Path data, Path file) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "--data-dir",
                        data.toString(),
                        "--export-xapi",
                        file.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("The export did not finish within a minute");
        }
        return p.exitValue();
    }
}
