package org.empathytrainer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.empathytrainer.content.ActionOption;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.ExpectedFeeling;
import org.empathytrainer.content.Step;
import org.junit.jupiter.api.Test;

/**
 * Worked examples on the fixture's late-refund case (see {@link Fixtures}). Expected values are written as the
 * sums they come from, so a reader can check them by hand.
 */
class ScoringTest {
    private static final Offset<Double> EXACT = within(1e-9);
    /** Total weight of the expected feelings: worried 1 + frustrated 0.5. */
    private static final double TOTAL_WEIGHT = 1.5;

    private final CustomerCase refund = Fixtures.refundCase();

    private double score(Step step, CaseAnswers answers) {
        return Scoring.score(step, refund, answers);
    }

    private double sense(Map<String, Integer> picked) {
        return score(Step.SENSE, CaseAnswers.EMPTY.with(new SenseAnswer(picked)));
    }

    private double fix(String... actions) {
        return score(Step.FIX, CaseAnswers.EMPTY.with(new FixAnswer(List.of(actions), "I will.", null)));
    }

    @Test
    void placeEarnsTheCreditOfTheConcernChosen() {
        assertThat(score(Step.PLACE, CaseAnswers.EMPTY.with(new PlaceAnswer("x", "money-back"))))
                .isEqualTo(1.0);
        assertThat(score(Step.PLACE, CaseAnswers.EMPTY.with(new PlaceAnswer("x", "apology"))))
                .isEqualTo(0.5);
        assertThat(score(Step.PLACE, CaseAnswers.EMPTY.with(new PlaceAnswer("x", "manager"))))
                .isEqualTo(0.0);
    }

    @Test
    void placeEarnsNothingForAConcernTheCaseDoesNotHave() {
        assertThat(score(Step.PLACE, CaseAnswers.EMPTY.with(new PlaceAnswer("x", "removed-concern"))))
                .isZero();
        assertThat(score(Step.PLACE, CaseAnswers.EMPTY)).isZero();
    }

    @Test
    void feelingCreditFallsWithDistanceFromTheExpectedIntensity() {
        ExpectedFeeling strong = refund.sense().expected("worried").orElseThrow();

        assertThat(Scoring.feelingCredit(strong, 3)).isEqualTo(1.0);
        assertThat(Scoring.feelingCredit(strong, 2)).isEqualTo(0.5);
        assertThat(Scoring.feelingCredit(strong, 1)).isEqualTo(0.25);
        assertThat(Scoring.feelingCredit(strong, 0)).isZero();
    }

    @Test
    void senseIsFullWhenEveryFeelingIsPickedAtItsIntensity() {
        assertThat(sense(Map.of("worried", 3, "frustrated", 2))).isCloseTo(1.0, EXACT);
    }

    @Test
    void senseGivesHalfTheWeightForAFeelingOneOff() {
        assertThat(sense(Map.of("worried", 2, "frustrated", 2))).isCloseTo((1 * 0.5 + 0.5 * 1) / TOTAL_WEIGHT, EXACT);
    }

    @Test
    void senseGivesAQuarterOfTheWeightForAFeelingTwoOffAndNothingForOneMissed() {
        assertThat(sense(Map.of("worried", 1))).isCloseTo((1 * 0.25 + 0.5 * 0) / TOTAL_WEIGHT, EXACT);
    }

    @Test
    void senseWeighsFeelingsByTheirWeight() {
        assertThat(sense(Map.of("frustrated", 2))).isCloseTo(0.5 / TOTAL_WEIGHT, EXACT);
        assertThat(sense(Map.of("worried", 3))).isCloseTo(1 / TOTAL_WEIGHT, EXACT);
    }

    @Test
    void eachExtraFeelingTakesAwayThePenalty() {
        assertThat(sense(Map.of("worried", 3, "frustrated", 2, "calm", 1)))
                .isCloseTo(1.0 - Scoring.EXTRA_FEELING_PENALTY, EXACT);
        assertThat(sense(Map.of("worried", 2, "frustrated", 2, "calm", 1, "embarrassed", 2)))
                .isCloseTo(1 / TOTAL_WEIGHT - 2 * Scoring.EXTRA_FEELING_PENALTY, EXACT);
        assertThat(Scoring.extraFeelings(refund.sense(), new SenseAnswer(Map.of("worried", 3, "calm", 1))))
                .containsExactly("calm");
    }

    @Test
    void senseNeverFallsBelowZero() {
        // 0.25 / 1.5 = 0.167, less two penalties of 0.1 would be negative.
        assertThat(sense(Map.of("worried", 1, "calm", 1, "embarrassed", 1))).isZero();
    }

    @Test
    void discussScoresOnlyTheBestOption() {
        assertThat(score(Step.DISCUSS, CaseAnswers.EMPTY.with(DiscussAnswer.EMPTY.withOption("hear-you"))))
                .isEqualTo(1.0);
        assertThat(score(Step.DISCUSS, CaseAnswers.EMPTY.with(DiscussAnswer.EMPTY.withOption("policy"))))
                .isZero();
        assertThat(score(Step.DISCUSS, CaseAnswers.EMPTY.with(DiscussAnswer.EMPTY.withOption("form"))))
                .isZero();
    }

    @Test
    void placeScoresTheFirstConcernCheckedNotALaterCorrection() {
        PlaceAnswer corrected = PlaceAnswer.EMPTY
                .withRetelling("x")
                .withConcern("manager")
                .check()
                .withConcern("money-back")
                .check();

        assertThat(corrected.concernId()).isEqualTo("money-back");
        assertThat(score(Step.PLACE, CaseAnswers.EMPTY.with(corrected))).isZero();
        PlaceAnswer rightFirst =
                PlaceAnswer.EMPTY.withConcern("money-back").check().withConcern("manager");
        assertThat(score(Step.PLACE, CaseAnswers.EMPTY.with(rightFirst))).isEqualTo(1.0);
    }

    @Test
    void browsingConcernsWithoutCheckingScoresTheOneLeftChosen() {
        PlaceAnswer browsed =
                PlaceAnswer.EMPTY.withConcern("manager").withConcern("apology").withConcern("money-back");

        assertThat(browsed.checkedConcernId()).isNull();
        assertThat(score(Step.PLACE, CaseAnswers.EMPTY.with(browsed))).isEqualTo(1.0);
    }

    @Test
    void discussScoresTheFirstOptionCheckedNotALaterCorrection() {
        DiscussAnswer corrected = DiscussAnswer.EMPTY
                .withOption("policy")
                .check()
                .withOwnWords("x")
                .withOption("hear-you")
                .check();

        assertThat(corrected.optionId()).isEqualTo("hear-you");
        assertThat(score(Step.DISCUSS, CaseAnswers.EMPTY.with(corrected))).isZero();
        DiscussAnswer rightFirst =
                DiscussAnswer.EMPTY.withOption("hear-you").check().withOption("form");
        assertThat(score(Step.DISCUSS, CaseAnswers.EMPTY.with(rightFirst))).isEqualTo(1.0);
    }

    @Test
    void fixIsFullForEveryHelpfulActionInTheKeysOrder() {
        assertThat(fix("check-status", "issue-refund", "confirm-email")).isCloseTo(1.0, EXACT);
    }

    @Test
    void fixGivesTheChoiceShareAloneWhenTheOrderIsReversed() {
        FixAnswer reversed = new FixAnswer(List.of("confirm-email", "issue-refund", "check-status"), "", null);

        assertThat(Scoring.choiceScore(refund.fix(), reversed)).isCloseTo(1.0, EXACT);
        assertThat(Scoring.orderScore(refund.fix(), reversed)).isCloseTo(0.0, EXACT);
        assertThat(fix("confirm-email", "issue-refund", "check-status")).isCloseTo(Scoring.CHOICE_SHARE, EXACT);
    }

    @Test
    void orderScoreIsTheShareOfPairsInTheKeysOrder() {
        // Pairs: (check, confirm) in order, (check, issue) in order, (confirm, issue) out of order.
        FixAnswer oneSwap = new FixAnswer(List.of("check-status", "confirm-email", "issue-refund"), "", null);

        assertThat(Scoring.orderScore(refund.fix(), oneSwap)).isCloseTo(2.0 / 3, EXACT);
        assertThat(fix("check-status", "confirm-email", "issue-refund")).isCloseTo(0.7 * 1 + 0.3 * (2.0 / 3), EXACT);
    }

    @Test
    void orderScoreIgnoresWrongActionsAndIsFullForASingleHelpfulOne() {
        FixAnswer single = new FixAnswer(List.of("escalate", "issue-refund"), "", null);
        FixAnswer none = new FixAnswer(List.of("escalate", "read-terms"), "", null);

        assertThat(Scoring.orderScore(refund.fix(), single)).isEqualTo(1.0);
        assertThat(Scoring.orderScore(refund.fix(), none)).isZero();
    }

    @Test
    void eachWrongActionTakesAwayFromTheChoice() {
        // Choice: 1 helpful of 3, less one penalty of 0.25; order: a single helpful action counts as in order.
        assertThat(fix("check-status", "escalate")).isCloseTo(0.7 * (1.0 / 3 - 0.25) + 0.3 * 1, EXACT);
        // Choice: 2 of 3 less 0.25; order: the only pair is reversed.
        assertThat(fix("issue-refund", "check-status", "read-terms")).isCloseTo(0.7 * (2.0 / 3 - 0.25), EXACT);
    }

    @Test
    void theChoiceNeverFallsBelowZero() {
        FixAnswer allWrong = new FixAnswer(List.of("escalate", "read-terms"), "", null);

        assertThat(Scoring.choiceScore(refund.fix(), allWrong)).isZero();
        assertThat(fix("escalate", "read-terms")).isZero();
    }

    @Test
    void chosenActionsAreSplitByHelpfulness() {
        Map<Boolean, List<ActionOption>> split = Scoring.chosenByHelpfulness(
                refund.fix(), new FixAnswer(List.of("escalate", "issue-refund", "read-terms", "gone"), "", null));

        assertThat(split.get(true)).extracting(ActionOption::id).containsExactly("issue-refund");
        assertThat(split.get(false)).extracting(ActionOption::id).containsExactly("escalate", "read-terms");
    }
}
