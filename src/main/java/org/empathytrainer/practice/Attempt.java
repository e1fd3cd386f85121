package org.empathytrainer.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One attempt at a case, as the dashboard lists it: an earlier one kept in the learner's history, or the one they
 * are on now.
 *
 * @param number  1 for the learner's first attempt at this case, 2 for the next, in the order they were made
 * @param current whether this is the attempt the wizard continues, rather than one kept in the history
 * @param scores  the scores of the steps done in this attempt
 */
public record Attempt(CaseRef caseRef, int number, boolean current, CaseProgress progress, StepScores scores) {

    public Attempt {
        if (caseRef == null || progress == null || scores == null) {
            throw new IllegalArgumentException("an attempt needs its case, progress and scores");
        }
        if (!caseRef.id().equals(progress.caseId())) {
            throw new IllegalArgumentException("progress of " + progress.caseId() + " given for " + caseRef.id());
        }
        if (number < 1) {
            throw new IllegalArgumentException("attempts are numbered from 1, not " + number);
        }
    }

    Attempt(CaseRef caseRef, int number, boolean current, CaseProgress progress) {
        this(caseRef, number, current, progress, StepScores.of(progress));
    }

    /** When the attempt began, or, in a file without that time, when it was last changed. */
    public Optional<Instant> when() {
        return Optional.ofNullable(progress.startedAt() != null ? progress.startedAt() : progress.updatedAt());
    }

    /**
     * The wall time from the start of the attempt to its last answer: to the moment the summary was first reached
     * when the attempt was completed, else to its last change. Pauses count: it is time between two moments, not
     * time spent looking at the screen. Empty when the saved attempt lacks either time.
     */
    public Optional<Duration> timeSpent() {
        Instant end = progress.completedAt() != null ? progress.completedAt() : progress.updatedAt();
        if (progress.startedAt() == null || end == null || end.isBefore(progress.startedAt())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(progress.startedAt(), end));
    }

    public boolean completed() {
        return progress.completed();
    }
}
