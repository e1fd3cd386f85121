package org.empathytrainer.practice;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.empathytrainer.content.Step;

/**
 * A learner's work on one case: where they are, every answer (drafts too), and each step's state and score.
 *
 * @param caseVersion the version of the case the answers were given for
 * @param completedAt when the summary was first reached, or null
 */
public record CaseProgress(
        String caseId,
        int caseVersion,
        WizardPage page,
        CaseAnswers answers,
        Map<Step, StepRecord> steps,
        Instant startedAt,
        Instant updatedAt,
        Instant completedAt) {

    public CaseProgress {
        if (caseId == null || caseId.isBlank()) {
            throw new IllegalArgumentException("caseId is required");
        }
        page = page == null ? WizardPage.PLACE : page;
        answers = answers == null ? CaseAnswers.EMPTY : answers;
        EnumMap<Step, StepRecord> all = new EnumMap<>(Step.class);
        for (Step s : Step.values()) {
            all.put(s, steps == null ? StepRecord.NOT_STARTED : steps.getOrDefault(s, StepRecord.NOT_STARTED));
        }
        steps = Map.copyOf(all);
    }

    public static CaseProgress start(String caseId, int caseVersion, Instant now) {
        return new CaseProgress(caseId, caseVersion, WizardPage.PLACE, CaseAnswers.EMPTY, Map.of(), now, now, null);
    }

    public StepRecord step(Step step) {
        return steps.get(step);
    }

    public boolean completed() {
        return completedAt != null;
    }

    public long stepsDone() {
        return steps.values().stream().filter(StepRecord::done).count();
    }

    /**
     * The mean score of the steps done, if any, summed in step order: the map's own order changes from one run of the
     * JVM to the next, and so would the last digit of a sum taken in it (and with it an exported statement's id).
     */
    public OptionalDouble score() {
        return Arrays.stream(Step.values())
                .map(steps::get)
                .filter(StepRecord::done)
                .mapToDouble(StepRecord::score)
                .average();
    }

    /** Whether these answers were given for another version of the case than {@code current}, and so may not fit it. */
    public boolean outdatedFor(int current) {
        return started() && caseVersion != current;
    }

    /** The same answers, kept by the learner for {@code version} of the case. */
    public CaseProgress forVersion(int version) {
        return new CaseProgress(caseId, version, page, answers, steps, startedAt, updatedAt, completedAt);
    }

    public boolean started() {
        return completed()
                || page != WizardPage.PLACE
                || steps.values().stream().anyMatch(s -> s.status() != StepStatus.NOT_STARTED);
    }

    CaseProgress with(
            WizardPage newPage,
            CaseAnswers newAnswers,
            Map<Step, StepRecord> newSteps,
            Instant now,
            Instant completed) {
        return new CaseProgress(caseId, caseVersion, newPage, newAnswers, newSteps, startedAt, now, completed);
    }
}
