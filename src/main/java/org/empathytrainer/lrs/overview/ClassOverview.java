package org.empathytrainer.lrs.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.empathytrainer.content.Step;

/**
 * The class as the learning record store knows it: each learner with their cases done and their mastery of each
 * step, and the class's mastery of each step. {@link ClassOverviewBuilder} makes it from the statements.
 *
 * @param learners   in name order
 * @param steps      one per step, in step order
 * @param statements how many statements were read
 * @param used       how many of them were the app's statements about a case, which the figures rest on
 */
public record ClassOverview(List<LearnerOverview> learners, List<ClassStepMastery> steps, int statements, int used) {

    public ClassOverview {
        learners = List.copyOf(learners);
        steps = List.copyOf(steps);
        if (steps.size() != Step.values().length) {
            throw new IllegalArgumentException("one class mastery per step is needed, not " + steps.size());
        }
        if (used < 0 || used > statements) {
            throw new IllegalArgumentException(used + " statements used of " + statements + " read");
        }
    }

    public ClassStepMastery step(Step step) {
        return steps.get(step.ordinal());
    }

    /** The class's mastery of each step, from its learners'. */
    static List<ClassStepMastery> steps(List<LearnerOverview> learners) {
        List<ClassStepMastery> all = new ArrayList<>();
        for (Step step : Step.values()) {
            double sum = 0;
            int count = 0;
            for (LearnerOverview l : learners) {
                OptionalDouble m = l.mastery(step).mastery();
                if (m.isPresent()) {
                    sum += m.getAsDouble();
                    count++;
                }
            }
            all.add(new ClassStepMastery(
                    step, count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count), count));
        }
        return all;
    }
}
