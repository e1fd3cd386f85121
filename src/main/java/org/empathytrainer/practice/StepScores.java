package org.empathytrainer.practice;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.empathytrainer.content.Step;

/**
 * A score from 0 to 1 for some of the four steps; a step without one has not been scored (or was reopened by an
 * edit and not completed again).
 */
public record StepScores(Map<Step, Double> scores) {
    public static final StepScores NONE = new StepScores(Map.of());

    public StepScores {
        EnumMap<Step, Double> copy = new EnumMap<>(Step.class);
        (scores == null ? Map.<Step, Double>of() : scores).forEach((step, score) -> {
            if (step == null || score == null || !(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("a step's score must be from 0 to 1, not " + score + " for " + step);
            }
            copy.put(step, score);
        });
        scores = Map.copyOf(copy);
    }

    /** The scores of the steps done in {@code attempt}. */
    public static StepScores of(CaseProgress attempt) {
        Map<Step, Double> done = new EnumMap<>(Step.class);
        for (Step s : Step.values()) {
            StepRecord r = attempt.step(s);
            if (r.done()) {
                done.put(s, r.score());
            }
        }
        return new StepScores(done);
    }

    public OptionalDouble score(Step step) {
        Double score = scores.get(step);
        return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    /** Whether all four steps have a score. */
    public boolean complete() {
        return scores.size() == Step.values().length;
    }

    /** The mean of the four steps' scores, once all four have one. */
    public OptionalDouble overall() {
        return complete()
                ? scores.values().stream().mapToDouble(Double::doubleValue).average()
                : OptionalDouble.empty();
    }
}
