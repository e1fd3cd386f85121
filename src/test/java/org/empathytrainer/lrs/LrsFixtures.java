package org.empathytrainer.lrs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
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

/** Learners' progress for sending: finished attempts, each giving four {@code answered} and one {@code completed}. */
public final class LrsFixtures {
    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private LrsFixtures() {}

    /**
     * A learner with the story finished and {@code attempts} finished attempts, alternating between {@code caseIds}:
     * {@code 1 + 5 * attempts} result statements. The first {@code n} attempts are the same whatever {@code attempts}
     * is, so a larger one is the smaller one with more done.
     */
    public static LearnerProgress progress(String learner, int attempts, String... caseIds) {
        List<CaseProgress> history = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            Instant at = START.plusSeconds(3_600L * i);
            Map<Step, StepRecord> steps = new EnumMap<>(Step.class);
            for (Step s : Step.values()) {
                steps.put(
                        s,
                        new StepRecord(
                                StepStatus.DONE,
                                (i * 7 + s.ordinal()) % 11 / 10.0,
                                at.plusSeconds(60L * s.ordinal()),
                                at.plusSeconds(60L * s.ordinal() + 45)));
            }
            history.add(new CaseProgress(
                    caseIds[i % caseIds.length],
                    1,
                    WizardPage.SUMMARY,
                    CaseAnswers.EMPTY,
                    steps,
                    at,
                    at.plusSeconds(300),
                    at.plusSeconds(300)));
        }
        StoryProgress story = new StoryProgress(5, "", attempts > 0 ? START : null);
        return new LearnerProgress(learner, story, Map.of(), history);
    }
}
