package org.empathytrainer.practice;

import java.util.OptionalDouble;

/**
 * The case that best practises the learner's weakest step, and why it was chosen.
 *
 * @param weakest   the step to practise, with its mastery
 * @param lastScore the learner's latest score for that step in this case, when the reason is
 *                  {@link Reason#LOWEST_SCORE}
 * @param startOver whether practising the step means a new attempt: the current attempt at the case has already
 *                  done that step. Otherwise opening the case (new, or where the learner left it) reaches the step.
 */
public record Suggestion(
        StepMastery weakest, CaseRef caseRef, Reason reason, OptionalDouble lastScore, boolean startOver) {

    /** Why this case, in the order they are preferred. */
    public enum Reason {
        /** The learner has not tried the case yet. */
        NOT_TRIED,
        /** The learner has started the case but has not yet done the step in it. */
        NOT_REACHED,
        /** Every case has a score for the step; this one has the lowest latest one. */
        LOWEST_SCORE
    }

    public Suggestion {
        if (weakest == null || caseRef == null || reason == null || lastScore == null) {
            throw new IllegalArgumentException("a suggestion needs its step, case, reason and score");
        }
        if (lastScore.isPresent() != (reason == Reason.LOWEST_SCORE)) {
            throw new IllegalArgumentException("only a suggestion for the lowest score carries one: " + reason);
        }
    }
}
