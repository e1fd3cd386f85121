package org.empathytrainer.practice;

import java.time.Instant;

/**
 * One step of one case for one learner.
 *
 * @param score       from 0 to 1 once the step is done, otherwise null
 * @param startedAt   when the learner first worked on it, or null
 * @param completedAt when the learner last completed it, or null
 */
public record StepRecord(StepStatus status, Double score, Instant startedAt, Instant completedAt) {
    public static final StepRecord NOT_STARTED = new StepRecord(StepStatus.NOT_STARTED, null, null, null);

    public StepRecord {
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
        if (status == StepStatus.DONE && (score == null || score < 0 || score > 1)) {
            throw new IllegalArgumentException("a done step needs a score from 0 to 1, not " + score);
        }
    }

    public boolean done() {
        return status == StepStatus.DONE;
    }

    /**
     * The step after an edit. A done step goes back to in progress: its score no longer matches the answers, so
     * the learner completes it again with Next and it is scored afresh.
     */
    StepRecord edited(Instant now) {
        switch (status) {
            case NOT_STARTED:
                return new StepRecord(StepStatus.IN_PROGRESS, null, now, null);
            case DONE:
                return new StepRecord(StepStatus.IN_PROGRESS, null, startedAt, null);
            default:
                return this;
        }
    }

    StepRecord completed(double newScore, Instant now) {
        return new StepRecord(StepStatus.DONE, newScore, startedAt == null ? now : startedAt, now);
    }
}
