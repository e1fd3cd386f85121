package org.empathytrainer.records.export;

import org.empathytrainer.practice.LearnerProgress;

/**
 * One learner's records as the exports take them: who they are and everything they have done.
 *
 * @param learnerId   the stable id, as in the learner's progress file name; exported as the account name
 * @param displayName the name people know the learner by; the id when there is none
 */
public record LearnerRecords(String learnerId, String displayName, LearnerProgress progress) {

    public LearnerRecords {
        if (learnerId == null || learnerId.isBlank()) {
            throw new IllegalArgumentException("learnerId is required");
        }
        if (progress == null) {
            throw new IllegalArgumentException("progress is required for learner " + learnerId);
        }
        displayName = displayName == null || displayName.isBlank() ? learnerId : displayName;
    }

    /** A learner known by their id only. */
    public static LearnerRecords of(LearnerProgress progress) {
        return new LearnerRecords(progress.learner(), progress.learner(), progress);
    }
}
