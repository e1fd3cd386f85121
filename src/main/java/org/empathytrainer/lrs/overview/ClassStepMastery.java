package org.empathytrainer.lrs.overview;

import java.util.OptionalDouble;
import org.empathytrainer.content.Step;

/**
 * How the class does at one step: the mean of the learners' own mastery of it, each learner counting once however
 * many cases they did, as each case counts once in a learner's mastery.
 *
 * @param mastery  from 0 to 1; empty when no learner has a score for this step
 * @param learners how many learners the figure rests on
 */
public record ClassStepMastery(Step step, OptionalDouble mastery, int learners) {

    public ClassStepMastery {
        if (step == null || mastery == null) {
            throw new IllegalArgumentException("a step and its mastery are required");
        }
        if (learners < 0 || mastery.isPresent() != (learners > 0)) {
            throw new IllegalArgumentException(learners + " learners for a mastery of " + mastery);
        }
    }
}
