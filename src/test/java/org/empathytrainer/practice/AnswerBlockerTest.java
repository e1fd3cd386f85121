package org.empathytrainer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.empathytrainer.content.Step;
import org.junit.jupiter.api.Test;

class AnswerBlockerTest {
    private static final String TOO_LONG = "a".repeat(TextLimits.MAX_ANSWER + 1);
    private static final String LONGEST_ALLOWED = "a".repeat(TextLimits.MAX_ANSWER);

    @Test
    void placeNeedsARetellingThenAConcern() {
        PlaceAnswer answer = PlaceAnswer.EMPTY;
        assertThat(answer.blocker()).contains(Blocker.RETELLING_MISSING);

        answer = answer.withRetelling("  \n ");
        assertThat(answer.blocker()).contains(Blocker.RETELLING_MISSING);

        answer = answer.withRetelling("I sent my coat back and I still have no money.");
        assertThat(answer.blocker()).contains(Blocker.CONCERN_MISSING);

        answer = answer.withConcern("money-back");
        assertThat(answer.blocker()).isEmpty();
    }

    @Test
    void aChosenConcernDoesNotStandInForAMissingRetelling() {
        assertThat(PlaceAnswer.EMPTY.withConcern("money-back").blocker()).contains(Blocker.RETELLING_MISSING);
    }

    @Test
    void aRetellingOverTheLimitBlocksEvenWithAConcern() {
        assertThat(new PlaceAnswer(TOO_LONG, "money-back").blocker()).contains(Blocker.TEXT_TOO_LONG);
        assertThat(new PlaceAnswer(LONGEST_ALLOWED, "money-back").blocker()).isEmpty();
    }

    @Test
    void senseNeedsAtLeastOneFeeling() {
        SenseAnswer answer = SenseAnswer.EMPTY;
        assertThat(answer.blocker()).contains(Blocker.FEELING_MISSING);

        answer = answer.with("worried", 2);
        assertThat(answer.blocker()).isEmpty();

        answer = answer.with("worried", 0);
        assertThat(answer.blocker()).contains(Blocker.FEELING_MISSING);
        assertThat(answer.feelings()).isEmpty();
    }

    @Test
    void senseKeepsFeelingsInTheOrderPickedAndUpdatesIntensity() {
        SenseAnswer answer =
                SenseAnswer.EMPTY.with("frustrated", 1).with("worried", 3).with("frustrated", 2);

        assertThat(answer.feelings().keySet()).containsExactly("frustrated", "worried");
        assertThat(answer.intensity("frustrated")).isEqualTo(2);
        assertThat(answer.intensity("calm")).isZero();
    }

    @Test
    void discussNeedsAnOptionThenOwnWordsWithinTheLimit() {
        DiscussAnswer answer = DiscussAnswer.EMPTY.withOwnWords("Three weeks is far too long.");
        assertThat(answer.blocker()).contains(Blocker.OPTION_MISSING);

        answer = DiscussAnswer.EMPTY.withOption("hear-you");
        assertThat(answer.blocker()).contains(Blocker.OWN_WORDS_MISSING);

        assertThat(answer.withOwnWords(TOO_LONG).blocker()).contains(Blocker.TEXT_TOO_LONG);
        assertThat(answer.withOwnWords("Three weeks is far too long.").blocker())
                .isEmpty();
    }

    @Test
    void fixNeedsAnActionThenACommitmentWithinTheLimit() {
        FixAnswer answer = FixAnswer.EMPTY.withCommitment("I will email you today.");
        assertThat(answer.blocker()).contains(Blocker.ACTION_MISSING);

        answer = FixAnswer.EMPTY.toggle("check-status", true);
        assertThat(answer.blocker()).contains(Blocker.COMMITMENT_MISSING);

        assertThat(answer.withCommitment(TOO_LONG).blocker()).contains(Blocker.TEXT_TOO_LONG);
        answer = answer.withCommitment("I will email you today.");
        assertThat(answer.blocker()).isEmpty();

        assertThat(answer.toggle("check-status", false).blocker()).contains(Blocker.ACTION_MISSING);
    }

    @Test
    void toggledActionsJoinTheEndOfTheOrderAndCanBeMoved() {
        FixAnswer answer = FixAnswer.EMPTY
                .toggle("issue-refund", true)
                .toggle("check-status", true)
                .toggle("confirm-email", true);
        assertThat(answer.actions()).containsExactly("issue-refund", "check-status", "confirm-email");

        answer = answer.move("check-status", -1);
        assertThat(answer.actions()).containsExactly("check-status", "issue-refund", "confirm-email");

        assertThat(answer.move("check-status", -1).actions()).isEqualTo(answer.actions());
        assertThat(answer.move("confirm-email", +1).actions()).isEqualTo(answer.actions());
        assertThat(answer.move("not-chosen", +1).actions()).isEqualTo(answer.actions());

        assertThat(answer.toggle("issue-refund", false).actions()).containsExactly("check-status", "confirm-email");
        assertThat(answer.toggle("check-status", true).actions())
                .as("choosing twice does not duplicate")
                .hasSize(3)
                .containsOnlyOnce("check-status");
    }

    @Test
    void caseAnswersAskTheAnswerOfTheStepGiven() {
        CaseAnswers answers = CaseAnswers.EMPTY
                .with(new PlaceAnswer("I waited.", "apology"))
                .with(SenseAnswer.EMPTY.with("worried", 3));

        assertThat(answers.blocker(Step.PLACE)).isEmpty();
        assertThat(answers.blocker(Step.SENSE)).isEmpty();
        assertThat(answers.blocker(Step.DISCUSS)).contains(Blocker.OPTION_MISSING);
        assertThat(answers.blocker(Step.FIX)).contains(Blocker.ACTION_MISSING);
    }

    @Test
    void missingAnswersReadAsEmptyOnes() {
        CaseAnswers answers = new CaseAnswers(null, null, null, null);

        assertThat(answers).isEqualTo(CaseAnswers.EMPTY);
        assertThat(new FixAnswer(null, null, null).actions()).isEmpty();
        assertThat(new DiscussAnswer("hear-you", null, Set.of()).blocker()).contains(Blocker.OWN_WORDS_MISSING);
    }

    @Test
    void blockerIdsAreTheBundleKeysTheScreensLookUp() {
        assertThat(List.of(Blocker.values()))
                .extracting(Blocker::id)
                .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"))
                .contains("retelling-missing", "text-too-long", "reflection-missing")
                .doesNotHaveDuplicates();
    }
}
