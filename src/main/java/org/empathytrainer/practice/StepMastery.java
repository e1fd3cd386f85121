package org.empathytrainer.practice;

import java.util.OptionalDouble;
import org.empathytrainer.content.Step;

/**
 * How well the learner does at one step across the cases: see {@link DashboardSummary} for how it is computed.
 *
 * @param mastery from 0 to 1; empty when no case has a score for this step yet
 * @param cases   how many cases the figure rests on
 */
public record StepMastery(Step step, OptionalDouble mastery, int cases) {

    public StepMastery {
        if (step == null || mastery == null) {
            throw new IllegalArgumentException("a step and its mastery are required");
        }
        if (cases < 0 || mastery.isPresent() != (cases > 0)) {
            throw new IllegalArgumentException(
                    "a mastery needs at least one case, and none without a figure: " + cases + " cases for " + mastery);
        }
    }
}
