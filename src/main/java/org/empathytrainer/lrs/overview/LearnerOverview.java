package org.empathytrainer.lrs.overview;

import java.util.List;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.StepMastery;

/**
 * One learner of the class, over every workstation their statements came from.
 *
 * @param homePage    the system the learner's account belongs to
 * @param account     the learner's id there (on a workstation of the app, the id that names their progress file)
 * @param name        the name their latest statement gives
 * @param casesDone   how many cases they have completed at least once (reached the summary)
 * @param casesTried  how many cases they have started
 * @param mastery     one per step, in step order, as their own dashboard computes it
 */
public record LearnerOverview(
        String homePage, String account, String name, int casesDone, int casesTried, List<StepMastery> mastery) {

    public LearnerOverview {
        mastery = List.copyOf(mastery);
        if (mastery.size() != Step.values().length) {
            throw new IllegalArgumentException("one mastery per step is needed, not " + mastery.size());
        }
        if (casesDone < 0 || casesDone > casesTried) {
            throw new IllegalArgumentException(casesDone + " cases done of " + casesTried + " tried");
        }
    }

    public StepMastery mastery(Step step) {
        return mastery.get(step.ordinal());
    }
}
