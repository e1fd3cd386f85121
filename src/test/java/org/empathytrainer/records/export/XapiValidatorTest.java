package org.empathytrainer.records.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StepStatus;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.practice.WizardPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported statements pass an xAPI validator written by others, and that validator does catch mistakes. */
class XapiValidatorTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void installValidator() {
        NodeXapiValidator.requireInstalled();
    }

    @Test
    void everyStatementOfAGeneratedHistoryIsValid() throws IOException {
        List<LearnerRecords> learners = new ArrayList<>(ExportFixtures.learners());
        learners.add(generated(40));
        Path file = tmp.resolve("statements.json");
        int count = new XapiExport(ExportFixtures.COURSE, XapiOptions.DEFAULTS).write(file, learners);

        NodeXapiValidator.Outcome outcome = NodeXapiValidator.validate(file);

        assertThat(count).isGreaterThan(100);
        assertThat(outcome.output()).contains(count + " statements checked, 0 problems");
        assertThat(outcome.status()).as(outcome.output()).isZero();
    }

    @Test
    void theValidatorRejectsABrokenStatement() throws IOException {
        JsonArray statements =
                new XapiExport(ExportFixtures.COURSE, XapiOptions.DEFAULTS).statements(List.of(ExportFixtures.ana()));
        JsonObject broken = statements.get(1).getAsJsonObject().deepCopy();
        broken.getAsJsonObject("result").getAsJsonObject("score").addProperty("scaled", 1.5);
        broken.getAsJsonObject("context").addProperty("registration", "attempt-1");
        broken.addProperty("timestamp", "14/03/2026 09:26");
        JsonArray one = new JsonArray();
        one.add(statements.get(0));
        one.add(broken);
        Path file = tmp.resolve("broken.json");
        Files.writeString(file, one.toString(), StandardCharsets.UTF_8);

        NodeXapiValidator.Outcome outcome = NodeXapiValidator.validate(file);

        assertThat(outcome.status()).as(outcome.output()).isEqualTo(1);
        assertThat(outcome.output())
                .contains(
                        "statements[1].result.score.scaled",
                        "statements[1].context.registration",
                        "statements[1].timestamp",
                        "2 statements checked, 3 problems")
                .doesNotContain("statements[0]");
    }

    /** A learner with many attempts at every case, finished and not, at scores across the range. */
    private static LearnerRecords generated(int attempts) {
        List<CaseProgress> history = new ArrayList<>();
        Instant start = Instant.parse("2026-01-05T08:00:00.123Z");
        for (int i = 0; i < attempts; i++) {
            String caseId = i % 2 == 0 ? "late-refund" : "lost-card";
            Instant at = start.plusSeconds(3_600L * i);
            int done = i % 5;
            Map<Step, StepRecord> steps = new java.util.EnumMap<>(Step.class);
            for (Step s : Step.values()) {
                if (s.ordinal() < done) {
                    steps.put(
                            s,
                            new StepRecord(
                                    StepStatus.DONE,
                                    (i * 7 + s.ordinal()) % 11 / 10.0,
                                    at.plusSeconds(60L * s.ordinal()),
                                    at.plusSeconds(60L * s.ordinal() + 45)));
                }
            }
            boolean finished = done == Step.values().length;
            history.add(new CaseProgress(
                    caseId,
                    1,
                    finished ? WizardPage.SUMMARY : WizardPage.PLACE,
                    CaseAnswers.EMPTY,
                    steps,
                    at,
                    at.plusSeconds(300),
                    finished ? at.plusSeconds(300) : null));
        }
        LearnerProgress progress = new LearnerProgress("gen", new StoryProgress(5, "", start), Map.of(), history);
        return new LearnerRecords("gen", "Generated learner", progress);
    }
}
