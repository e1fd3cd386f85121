package org.empathytrainer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;
import static org.empathytrainer.practice.Fixtures.MORNING;
import static org.empathytrainer.practice.Fixtures.NOON;
import static org.empathytrainer.practice.Fixtures.clockAt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Step;
import org.junit.jupiter.api.Test;

class CaseSessionTest {
    private final CustomerCase refund = Fixtures.refundCase();
    private final List<CaseProgress> checkpoints = new ArrayList<>();
    private final List<CaseProgress> changes = new ArrayList<>();

    private CaseSession session(CaseProgress progress, Instant now) {
        CaseSession session = new CaseSession(refund, progress, clockAt(now), checkpoints::add);
        session.setChangeListener(changes::add);
        return session;
    }

    private CaseSession freshSession() {
        return session(CaseProgress.start(refund.id(), refund.version(), MORNING), MORNING);
    }

    private static void answerPlace(CaseSession s) {
        s.updatePlace(p -> p.withRetelling("I sent the coat back and I still have no money.")
                .withConcern("apology"));
    }

    private static void answerSense(CaseSession s) {
        s.updateSense(a -> a.with("worried", 3).with("frustrated", 2));
    }

    private static void answerDiscuss(CaseSession s) {
        s.updateDiscuss(d -> d.withOption("policy").withOwnWords("Three weeks is too long to wait."));
    }

    private static void answerFix(CaseSession s) {
        s.updateFix(
                f -> f.toggle("check-status", true).toggle("issue-refund", true).withCommitment("Today."));
    }

    @Test
    void nextIsBlockedUntilTheRetellingAndConcernAreGiven() {
        CaseSession s = freshSession();

        assertThat(s.blocker()).contains(Blocker.RETELLING_MISSING);
        assertThat(s.canAdvance()).isFalse();
        assertThatIllegalStateException().isThrownBy(s::advance).withMessageContaining("retelling-missing");

        s.updatePlace(p -> p.withRetelling("I sent the coat back."));
        assertThat(s.blocker()).contains(Blocker.CONCERN_MISSING);
        assertThatIllegalStateException().isThrownBy(s::advance);
        assertThat(s.page()).isEqualTo(WizardPage.PLACE);
        assertThat(checkpoints).isEmpty();

        s.updatePlace(p -> p.withConcern("money-back"));
        assertThat(s.canAdvance()).isTrue();
    }

    @Test
    void advanceScoresTheStepMovesOnAndSavesACheckpoint() {
        CaseSession s = freshSession();
        answerPlace(s);

        s.advance();

        assertThat(s.page()).isEqualTo(WizardPage.SENSE);
        StepRecord place = s.progress().step(Step.PLACE);
        assertThat(place.status()).isEqualTo(StepStatus.DONE);
        assertThat(place.score()).isEqualTo(0.5);
        assertThat(place.completedAt()).isEqualTo(MORNING);
        assertThat(checkpoints).singleElement().isEqualTo(s.progress());
        assertThat(changes).last().isEqualTo(s.progress());
        assertThat(s.progress().score()).hasValue(0.5);
        assertThat(s.progress().stepsDone()).isEqualTo(1);
    }

    @Test
    void editingStartsTheStepAtTheClocksTime() {
        CaseSession s = freshSession();
        assertThat(s.progress().step(Step.PLACE)).isEqualTo(StepRecord.NOT_STARTED);

        CaseSession later = session(s.progress(), NOON);
        later.updatePlace(p -> p.withRetelling("I waited three weeks."));

        StepRecord place = later.progress().step(Step.PLACE);
        assertThat(place.status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(place.startedAt()).isEqualTo(NOON);
        assertThat(later.progress().updatedAt()).isEqualTo(NOON);
        assertThat(later.progress().startedAt())
                .as("the case itself started in the morning")
                .isEqualTo(MORNING);
        assertThat(later.progress().step(Step.SENSE)).isEqualTo(StepRecord.NOT_STARTED);
        assertThat(changes).last().isEqualTo(later.progress());
        assertThat(checkpoints)
                .as("edits are saved on page moves, not on every key")
                .isEmpty();
    }

    @Test
    void aStepKeepsItsFirstStartTimeAndCompletionKeepsIt() {
        CaseSession morning = freshSession();
        morning.updatePlace(p -> p.withRetelling("I waited."));

        CaseSession noon = session(morning.progress(), NOON);
        noon.updatePlace(p -> p.withConcern("money-back"));
        noon.advance();

        StepRecord place = noon.progress().step(Step.PLACE);
        assertThat(place.startedAt()).isEqualTo(MORNING);
        assertThat(place.completedAt()).isEqualTo(NOON);
    }

    @Test
    void anEditThatChangesNothingIsNotAnnounced() {
        CaseSession s = freshSession();

        s.updatePlace(p -> p);

        assertThat(changes).isEmpty();
        assertThat(s.progress().step(Step.PLACE).status()).isEqualTo(StepStatus.NOT_STARTED);
    }

    @Test
    void backMovesWithoutLosingAnswers() {
        CaseSession s = freshSession();
        answerPlace(s);
        s.advance();
        s.updateSense(a -> a.with("worried", 2));

        s.back();

        assertThat(s.page()).isEqualTo(WizardPage.PLACE);
        assertThat(s.answers().place().concernId()).isEqualTo("apology");
        assertThat(s.answers().sense().intensity("worried")).isEqualTo(2);
        assertThat(s.progress().step(Step.PLACE).done()).isTrue();
        assertThat(checkpoints).last().isEqualTo(s.progress());
    }

    @Test
    void backOnTheFirstPageDoesNothing() {
        CaseSession s = freshSession();

        assertThat(s.canGoBack()).isFalse();
        s.back();

        assertThat(s.page()).isEqualTo(WizardPage.PLACE);
        assertThat(checkpoints).isEmpty();
    }

    @Test
    void theIndicatorReachesOnlyUpToTheFirstUnfinishedStep() {
        CaseSession s = freshSession();
        assertThat(s.canVisit(WizardPage.PLACE)).isTrue();
        assertThat(s.canVisit(WizardPage.SENSE)).isFalse();

        answerPlace(s);
        s.advance();
        answerSense(s);
        s.back();

        assertThat(s.canVisit(WizardPage.SENSE))
                .as("sense is the first step not done")
                .isTrue();
        assertThat(s.canVisit(WizardPage.DISCUSS))
                .as("sense has answers but was never completed")
                .isFalse();
        assertThat(s.canVisit(WizardPage.SUMMARY)).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> s.goTo(WizardPage.DISCUSS));
        assertThat(s.page()).isEqualTo(WizardPage.PLACE);

        s.goTo(WizardPage.SENSE);
        assertThat(s.page()).isEqualTo(WizardPage.SENSE);
        assertThat(checkpoints).last().isEqualTo(s.progress());
    }

    @Test
    void goingToThePageShownSavesNothing() {
        CaseSession s = freshSession();

        s.goTo(WizardPage.PLACE);

        assertThat(checkpoints).isEmpty();
    }

    @Test
    void reachingTheSummaryCompletesTheCase() {
        CaseSession s = freshSession();
        answerPlace(s);
        s.advance();
        answerSense(s);
        s.advance();
        answerDiscuss(s);
        s.advance();
        answerFix(s);
        assertThat(s.progress().completedAt()).isNull();

        CaseSession noon = session(s.progress(), NOON);
        noon.advance();

        assertThat(noon.page()).isEqualTo(WizardPage.SUMMARY);
        assertThat(noon.progress().completed()).isTrue();
        assertThat(noon.progress().completedAt()).isEqualTo(NOON);
        assertThat(noon.progress().stepsDone()).isEqualTo(4);
        assertThat(noon.canAdvance()).isFalse();
        assertThatIllegalStateException().isThrownBy(noon::advance);
        for (WizardPage page : WizardPage.values()) {
            assertThat(noon.canVisit(page))
                    .as("%s reachable once every step is done", page)
                    .isTrue();
        }
        // place 0.5, sense 1, discuss 0 ("policy"), fix 0.7 * 2/3 + 0.3 * 1
        assertThat(noon.progress().score().orElseThrow())
                .isCloseTo((0.5 + 1 + 0 + (0.7 * 2 / 3 + 0.3)) / 4, within(1e-9));
    }

    @Test
    void redoingAStepAfterCompletionRescoresItAndKeepsTheFirstCompletionTime() {
        CaseSession s = freshSession();
        answerPlace(s);
        s.advance();
        answerSense(s);
        s.advance();
        answerDiscuss(s);
        s.advance();
        answerFix(s);
        s.advance();

        CaseSession noon = session(s.progress(), NOON);
        noon.goTo(WizardPage.FIX);
        noon.updateFix(f -> f.toggle("confirm-email", true));
        noon.advance();

        assertThat(noon.page()).isEqualTo(WizardPage.SUMMARY);
        StepRecord fix = noon.progress().step(Step.FIX);
        assertThat(fix.score())
                .as("all three helpful actions in the key's order")
                .isEqualTo(1.0);
        assertThat(fix.startedAt()).isEqualTo(MORNING);
        assertThat(fix.completedAt()).isEqualTo(NOON);
        assertThat(noon.progress().completedAt()).isEqualTo(MORNING);
    }

    @Test
    void finishingTheLastStepWithAnEarlierOneUndoneReturnsToIt() {
        StepRecord done = new StepRecord(StepStatus.DONE, 1.0, MORNING, MORNING);
        CaseProgress resumed = new CaseProgress(
                refund.id(),
                refund.version(),
                WizardPage.FIX,
                CaseAnswers.EMPTY,
                Map.of(Step.SENSE, done, Step.DISCUSS, done),
                MORNING,
                MORNING,
                null);
        CaseSession s = session(resumed, NOON);
        answerFix(s);

        s.advance();

        assertThat(s.page()).isEqualTo(WizardPage.PLACE);
        assertThat(s.progress().completed()).isFalse();
    }

    @Test
    void checkpointSavesDraftAnswersWithoutMoving() {
        CaseSession s = freshSession();
        s.updatePlace(p -> p.withRetelling("Draft"));

        s.checkpoint();

        assertThat(checkpoints).singleElement().satisfies(p -> {
            assertThat(p.page()).isEqualTo(WizardPage.PLACE);
            assertThat(p.answers().place().retelling()).isEqualTo("Draft");
        });
    }

    @Test
    void progressOfAnotherCaseIsRefused() {
        CaseProgress other = CaseProgress.start("lost-card", 1, MORNING);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CaseSession(refund, other, clockAt(MORNING), checkpoints::add));
    }
}
