package org.empathytrainer.practice;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.empathytrainer.content.ActionOption;
import org.empathytrainer.content.Concern;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.ExpectedFeeling;
import org.empathytrainer.content.FixActivity;
import org.empathytrainer.content.SenseActivity;
import org.empathytrainer.content.Step;

/**
 * Scores the choice part of each step from the content's keys, from 0 to 1. Written answers are never scored:
 * the tone check and the self-check give feedback on them instead.
 *
 * <ul>
 *   <li>Place: the credit of the first concern the learner checked (feedback on every concern tried teaches;
 *   the first one checked shows what the learner saw unaided), or of the concern chosen if none was checked.</li>
 *   <li>Sense: each expected feeling earns its weight when picked at its intensity, half when one off, a quarter
 *   when two off; a feeling not picked whose near-synonym (same palette group) was picked instead earns
 *   {@value #NEAR_SYNONYM_SHARE} of that (see {@link SenseMatch}); the sum is divided by all the weights, and each
 *   other feeling picked that the case does not expect takes away {@value #EXTRA_FEELING_PENALTY}.</li>
 *   <li>Discuss: likewise, 1 when the acknowledgement scored is the best one, 0 for any mistake.</li>
 *   <li>Fix: {@value #CHOICE_SHARE} for the choice (the share of helpful actions chosen, less
 *   {@value #WRONG_ACTION_PENALTY} per premature or useless one) and the rest for the order of the helpful
 *   actions chosen (the share of their pairs in the key's order).</li>
 * </ul>
 */
public final class Scoring {
    public static final double EXTRA_FEELING_PENALTY = 0.1;
    public static final double NEAR_SYNONYM_SHARE = 0.5;
    public static final double CHOICE_SHARE = 0.7;
    public static final double WRONG_ACTION_PENALTY = 0.25;

    private Scoring() {}

    public static double score(Step step, CustomerCase c, CaseAnswers answers) {
        switch (step) {
            case PLACE:
                return c.place()
                        .concern(answers.place().scoredConcernId())
                        .map(Concern::credit)
                        .orElse(0.0);
            case SENSE:
                return sense(c.sense(), answers.sense());
            case DISCUSS:
                return c.discuss()
                        .option(answers.discuss().scoredOptionId())
                        .map(o -> o.best() ? 1.0 : 0.0)
                        .orElse(0.0);
            case FIX:
                return fix(c.fix(), answers.fix());
            default:
                throw new IllegalArgumentException(step.toString());
        }
    }

    /** Credit for one expected feeling picked at {@code picked} intensity (0 when not picked). */
    public static double feelingCredit(ExpectedFeeling expected, int picked) {
        if (picked <= 0) {
            return 0;
        }
        int off = Math.abs(expected.intensity() - picked);
        return off == 0 ? 1 : off == 1 ? 0.5 : 0.25;
    }

    /** The feelings the learner picked that meet no expected feeling, neither themselves nor as a near-synonym. */
    public static List<String> extraFeelings(SenseActivity activity, SenseAnswer answer) {
        return SenseMatch.of(activity, answer).extras();
    }

    static double sense(SenseActivity activity, SenseAnswer answer) {
        return SenseMatch.of(activity, answer).score();
    }

    /** The share of helpful actions chosen, less a penalty for each premature or useless one. */
    public static double choiceScore(FixActivity activity, FixAnswer answer) {
        long helpfulChosen =
                answer.actions().stream().filter(id -> isHelpful(activity, id)).count();
        long wrongChosen = answer.actions().size() - helpfulChosen;
        return clamp((double) helpfulChosen / activity.order().size() - WRONG_ACTION_PENALTY * wrongChosen);
    }

    /** The share of pairs of chosen helpful actions that stand in the key's order; 1 when fewer than two. */
    public static double orderScore(FixActivity activity, FixAnswer answer) {
        List<Integer> ranks = answer.actions().stream()
                .map(id -> activity.order().indexOf(id))
                .filter(rank -> rank >= 0)
                .collect(Collectors.toList());
        if (ranks.size() < 2) {
            return ranks.isEmpty() ? 0 : 1;
        }
        int pairs = 0;
        int inOrder = 0;
        for (int i = 0; i < ranks.size(); i++) {
            for (int j = i + 1; j < ranks.size(); j++) {
                pairs++;
                if (ranks.get(i) < ranks.get(j)) {
                    inOrder++;
                }
            }
        }
        return (double) inOrder / pairs;
    }

    static double fix(FixActivity activity, FixAnswer answer) {
        return clamp(CHOICE_SHARE * choiceScore(activity, answer) + (1 - CHOICE_SHARE) * orderScore(activity, answer));
    }

    /** Chosen actions by kind, for feedback: which helped, which came too early, which did not help. */
    public static Map<Boolean, List<ActionOption>> chosenByHelpfulness(FixActivity activity, FixAnswer answer) {
        return answer.actions().stream()
                .map(activity::action)
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.partitioningBy(ActionOption::helpful));
    }

    private static boolean isHelpful(FixActivity activity, String id) {
        return activity.action(id).map(ActionOption::helpful).orElse(false);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
