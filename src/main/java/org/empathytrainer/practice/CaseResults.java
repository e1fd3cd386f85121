package org.empathytrainer.practice;

import java.time.Instant;
import java.util.Optional;

/**
 * A learner's results in one case, over all their attempts at it.
 *
 * @param attempts      how many attempts they have made, the current one included
 * @param lastPractised the last change to any of those attempts
 * @param best          the attempt with the highest overall result among those with all four steps scored (the
 *                      later one on a tie); empty until one is
 * @param latest        the most recent attempt, finished or not
 * @param latestByStep  each step's most recent score in this case, from whichever attempt last scored it
 */
public record CaseResults(
        CaseRef caseRef,
        int attempts,
        Optional<Instant> lastPractised,
        Optional<Attempt> best,
        Optional<Attempt> latest,
        StepScores latestByStep) {

    public CaseResults {
        if (caseRef == null || lastPractised == null || best == null || latest == null || latestByStep == null) {
            throw new IllegalArgumentException("case results need every field; use Optional.empty() for none");
        }
        if (attempts < 0 || latest.isPresent() != (attempts > 0)) {
            throw new IllegalArgumentException(attempts + " attempts do not fit a latest attempt of " + latest);
        }
    }

    /** A case the learner has not tried. */
    static CaseResults untried(CaseRef caseRef) {
        return new CaseResults(caseRef, 0, Optional.empty(), Optional.empty(), Optional.empty(), StepScores.NONE);
    }
}
