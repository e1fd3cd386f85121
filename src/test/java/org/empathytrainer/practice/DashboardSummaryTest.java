package org.empathytrainer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.Difficulty;
import org.empathytrainer.content.Step;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures on small hand-made histories, checked by hand. The fixture course has two cases:
 * "late-refund" (intermediate, first) and "lost-card" (beginner, second).
 */
class DashboardSummaryTest {
    private static final Course COURSE = Fixtures.course();
    private static final Instant DAY_1 = Instant.parse("2025-03-03T09:00:00Z");
    private static final double EPSILON = 1e-9;

    /**
     * late-refund: attempt 1 (day 1) 0.5 / 0.25 / 0 / 0.7, attempt 2 (day 2) 1 / 0.5 / 1 / 0.9, attempt 3 (day 4,
     * current) 1 / – / – / –. lost-card: attempt 1 (day 3, current) 0 / 1 / 1 / 0.4.
     */
    private static LearnerProgress twoCases() {
        return new LearnerProgress(
                "learner",
                StoryProgress.NEW,
                Map.of(
                        "late-refund", attempt("late-refund", 4, 1.0, null, null, null),
                        "lost-card", attempt("lost-card", 3, 0.0, 1.0, 1.0, 0.4)),
                List.of(attempt("late-refund", 1, 0.5, 0.25, 0.0, 0.7), attempt("late-refund", 2, 1.0, 0.5, 1.0, 0.9)));
    }

    @Test
    void masteryIsTheMeanOfEachCasesLatestScoreForTheStep() {
        DashboardSummary summary = DashboardSummary.of(twoCases(), COURSE);

        // Place: late-refund's latest 1 (attempt 3), lost-card 0.
        assertMastery(summary, Step.PLACE, 0.5, 2);
        // Sense: attempt 3 has not reached it, so late-refund's latest is attempt 2's 0.5; lost-card 1.
        assertMastery(summary, Step.SENSE, 0.75, 2);
        assertMastery(summary, Step.DISCUSS, 1.0, 2);
        assertMastery(summary, Step.FIX, 0.65, 2);
    }

    @Test
    void theWeakestStepIsTheLowestMasteryAndItsSuggestionTheCaseWithTheLowestLatestScore() {
        DashboardSummary summary = DashboardSummary.of(twoCases(), COURSE);

        assertThat(summary.weakest()).map(StepMastery::step).contains(Step.PLACE);
        Suggestion s = summary.suggestion().orElseThrow();
        assertThat(s.weakest().step()).isEqualTo(Step.PLACE);
        assertThat(s.caseRef().id()).isEqualTo("lost-card");
        assertThat(s.caseRef().position()).isEqualTo(2);
        assertThat(s.reason()).isEqualTo(Suggestion.Reason.LOWEST_SCORE);
        assertThat(s.lastScore()).isEqualTo(OptionalDouble.of(0.0));
        assertThat(s.startOver())
                .as("lost-card's current attempt has done Place already")
                .isTrue();
    }

    @Test
    void eachCaseHasItsAttemptsBestAndLatestResult() {
        DashboardSummary summary = DashboardSummary.of(twoCases(), COURSE);

        assertThat(summary.cases()).extracting(c -> c.caseRef().id()).containsExactly("late-refund", "lost-card");
        CaseResults refund = summary.results("late-refund").orElseThrow();
        assertThat(refund.caseRef().title()).isEqualTo("The refund that never came");
        assertThat(refund.attempts()).isEqualTo(3);
        Attempt best = refund.best().orElseThrow();
        assertThat(best.number()).isEqualTo(2);
        assertThat(best.scores().overall().getAsDouble()).isCloseTo((1 + 0.5 + 1 + 0.9) / 4, within(EPSILON));
        Attempt latest = refund.latest().orElseThrow();
        assertThat(latest.number()).isEqualTo(3);
        assertThat(latest.current()).isTrue();
        assertThat(latest.scores().overall()).as("not finished").isEmpty();
        assertThat(latest.scores().score(Step.PLACE)).isEqualTo(OptionalDouble.of(1.0));
        assertThat(refund.lastPractised()).contains(day(4).plus(Duration.ofMinutes(7)));

        CaseResults card = summary.results("lost-card").orElseThrow();
        assertThat(card.attempts()).isEqualTo(1);
        assertThat(card.best()).isEqualTo(card.latest());
        assertThat(card.best().orElseThrow().scores().overall().getAsDouble()).isCloseTo(0.6, within(EPSILON));
    }

    @Test
    void attemptsAreListedNewestFirstWithTheirTimeSpent() {
        DashboardSummary summary = DashboardSummary.of(twoCases(), COURSE);

        assertThat(summary.attempts())
                .extracting(a -> a.caseRef().id() + " #" + a.number())
                .containsExactly("late-refund #3", "lost-card #1", "late-refund #2", "late-refund #1");
        assertThat(summary.attempts()).extracting(Attempt::current).containsExactly(true, true, false, false);
        Attempt finished = summary.attempts().get(1);
        assertThat(finished.completed()).isTrue();
        assertThat(finished.timeSpent()).as("four steps of 5 minutes").contains(Duration.ofMinutes(20));
        Attempt unfinished = summary.attempts().get(0);
        assertThat(unfinished.completed()).isFalse();
        assertThat(unfinished.timeSpent()).as("to its last change, on step 2").contains(Duration.ofMinutes(7));
        assertThat(summary.attempts().get(3).progress().answers().place().retelling())
                .isEqualTo("late-refund on day 1");
    }

    @Test
    void aLearnerWhoHasDoneNothingHasAnEmptyDashboardWithTheCasesUntried() {
        DashboardSummary summary = DashboardSummary.of(LearnerProgress.empty("learner"), COURSE);

        assertThat(summary.empty()).isTrue();
        assertThat(summary.attempts()).isEmpty();
        assertThat(summary.mastery()).allSatisfy(m -> {
            assertThat(m.mastery()).isEmpty();
            assertThat(m.cases()).isZero();
        });
        assertThat(summary.weakest()).isEmpty();
        assertThat(summary.suggestion()).isEmpty();
        assertThat(summary.cases())
                .extracting(c -> c.caseRef().id() + ":" + c.attempts())
                .containsExactly("late-refund:0", "lost-card:0");
        assertThat(summary.cases().get(0).latest()).isEmpty();
    }

    @Test
    void anAttemptWithNoStepScoredIsListedButGivesNoMasteryNorWeakestStep() {
        LearnerProgress progress = new LearnerProgress(
                "learner", StoryProgress.NEW, Map.of("late-refund", attempt("late-refund", 1, null, null, null, null)));

        DashboardSummary summary = DashboardSummary.of(progress, COURSE);

        assertThat(summary.empty()).isFalse();
        assertThat(summary.attempts()).hasSize(1);
        assertThat(summary.mastery()).allSatisfy(m -> assertThat(m.mastery()).isEmpty());
        assertThat(summary.weakest()).isEmpty();
        assertThat(summary.suggestion()).isEmpty();
        assertThat(summary.results("late-refund").orElseThrow().best()).isEmpty();
    }

    @Test
    void aCaseOpenedButNeverStartedIsNotAnAttempt() {
        LearnerProgress progress = new LearnerProgress(
                "learner", StoryProgress.NEW, Map.of("late-refund", CaseProgress.start("late-refund", 1, DAY_1)));

        assertThat(DashboardSummary.of(progress, COURSE).empty()).isTrue();
    }

    @Test
    void attemptsOfACaseNoLongerInTheCourseAreKeptTitledByTheirIdAndNeverSuggested() {
        LearnerProgress progress = new LearnerProgress(
                "learner",
                StoryProgress.NEW,
                Map.of("retired-case", attempt("retired-case", 2, 0.2, 0.4, 0.6, 0.8)),
                List.of(attempt("retired-case", 1, 0.0, 0.0, 0.0, 0.0)));

        DashboardSummary summary = DashboardSummary.of(progress, COURSE);

        assertThat(summary.cases())
                .extracting(c -> c.caseRef().id())
                .containsExactly("late-refund", "lost-card", "retired-case");
        CaseResults retired = summary.results("retired-case").orElseThrow();
        assertThat(retired.caseRef().title()).isEqualTo("retired-case");
        assertThat(retired.caseRef().inCourse()).isFalse();
        assertThat(retired.attempts()).isEqualTo(2);
        assertMastery(summary, Step.PLACE, 0.2, 1);
        assertThat(summary.weakest()).map(StepMastery::step).contains(Step.PLACE);
        // Both course cases are untried: the easier one comes first though it is second in the course.
        Suggestion s = summary.suggestion().orElseThrow();
        assertThat(s.caseRef().id()).isEqualTo("lost-card");
        assertThat(s.caseRef().difficulty()).isEqualTo(Difficulty.BEGINNER);
        assertThat(s.reason()).isEqualTo(Suggestion.Reason.NOT_TRIED);
        assertThat(s.lastScore()).isEmpty();
        assertThat(s.startOver()).isFalse();
    }

    @Test
    void aCaseStartedButNotYetAtTheWeakestStepIsSuggestedToContinue() {
        LearnerProgress progress = new LearnerProgress(
                "learner",
                StoryProgress.NEW,
                Map.of(
                        "late-refund", attempt("late-refund", 2, 1.0, null, null, null),
                        "lost-card", attempt("lost-card", 1, 1.0, 0.2, 1.0, 1.0)));

        DashboardSummary summary = DashboardSummary.of(progress, COURSE);

        assertMastery(summary, Step.SENSE, 0.2, 1);
        Suggestion s = summary.suggestion().orElseThrow();
        assertThat(s.weakest().step()).isEqualTo(Step.SENSE);
        assertThat(s.caseRef().id()).isEqualTo("late-refund");
        assertThat(s.reason()).isEqualTo(Suggestion.Reason.NOT_REACHED);
        assertThat(s.startOver()).isFalse();
    }

    @Test
    void onATieTheEarlierStepIsTheWeakestAndTheLaterAttemptTheBest() {
        LearnerProgress progress = new LearnerProgress(
                "learner",
                StoryProgress.NEW,
                Map.of("late-refund", attempt("late-refund", 2, 0.5, 0.5, 1.0, 1.0)),
                List.of(attempt("late-refund", 1, 1.0, 1.0, 0.5, 0.5)));

        DashboardSummary summary = DashboardSummary.of(progress, COURSE);

        assertThat(summary.weakest()).map(StepMastery::step).contains(Step.PLACE);
        assertThat(summary.results("late-refund")
                        .orElseThrow()
                        .best()
                        .orElseThrow()
                        .number())
                .isEqualTo(2);
    }

    @Test
    void retakingACaseKeepsTheEarlierAttemptOnTheDashboard() {
        LearnerProgress first = new LearnerProgress(
                "learner", StoryProgress.NEW, Map.of("late-refund", attempt("late-refund", 1, 0.5, 0.5, 0.0, 0.5)));

        LearnerProgress retaken =
                first.restart("late-refund", 1, day(2)).with(attempt("late-refund", 2, 1.0, null, null, null));
        DashboardSummary summary = DashboardSummary.of(retaken, COURSE);

        assertThat(summary.attempts())
                .extracting(Attempt::number, Attempt::current)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));
        assertThat(summary.results("late-refund")
                        .orElseThrow()
                        .best()
                        .orElseThrow()
                        .number())
                .isEqualTo(1);
        assertMastery(summary, Step.PLACE, 1.0, 1);
        assertMastery(summary, Step.DISCUSS, 0.0, 1);
    }

    @Test
    void anAttemptWithoutAStartTimeHasNoTimeSpentAndIsListedLast() {
        CaseProgress timeless = new CaseProgress(
                "lost-card",
                1,
                WizardPage.SENSE,
                CaseAnswers.EMPTY,
                Map.of(Step.PLACE, new StepRecord(StepStatus.DONE, 1.0, null, null)),
                null,
                null,
                null);
        LearnerProgress progress = new LearnerProgress(
                "learner",
                StoryProgress.NEW,
                Map.of("lost-card", timeless, "late-refund", attempt("late-refund", 1, 1.0, null, null, null)));

        DashboardSummary summary = DashboardSummary.of(progress, COURSE);

        assertThat(summary.attempts()).extracting(a -> a.caseRef().id()).containsExactly("late-refund", "lost-card");
        assertThat(summary.attempts().get(1).timeSpent()).isEmpty();
        assertThat(summary.attempts().get(1).when()).isEmpty();
        assertThat(summary.results("lost-card").orElseThrow().lastPractised()).isEmpty();
    }

    private static void assertMastery(DashboardSummary summary, Step step, double expected, int cases) {
        StepMastery m = summary.mastery(step);
        assertThat(m.mastery().getAsDouble()).as(step + " mastery").isCloseTo(expected, within(EPSILON));
        assertThat(m.cases()).as(step + " cases").isEqualTo(cases);
    }

    static Instant day(int day) {
        return DAY_1.plus(Duration.ofDays(day - 1));
    }

    /**
     * An attempt started on {@code day} at 9:00 with the given step scores (null: not done). Each step done takes
     * five minutes; the first step not done is in progress, two minutes in. It is completed when all four are done.
     */
    static CaseProgress attempt(String caseId, int day, Double place, Double sense, Double discuss, Double fix) {
        Double[] scores = {place, sense, discuss, fix};
        Map<Step, StepRecord> steps = new EnumMap<>(Step.class);
        Instant t = day(day);
        List<Step> open = new ArrayList<>();
        for (Step s : Step.values()) {
            Double score = scores[s.ordinal()];
            if (score != null) {
                steps.put(s, new StepRecord(StepStatus.DONE, score, t, t.plus(Duration.ofMinutes(5))));
                t = t.plus(Duration.ofMinutes(5));
            } else if (open.isEmpty()) {
                open.add(s);
                steps.put(s, new StepRecord(StepStatus.IN_PROGRESS, null, t, null));
                t = t.plus(Duration.ofMinutes(2));
            }
        }
        boolean done = open.isEmpty();
        WizardPage page = done ? WizardPage.SUMMARY : WizardPage.of(open.get(0));
        CaseAnswers answers = CaseAnswers.EMPTY.with(new PlaceAnswer(caseId + " on day " + day, null));
        return new CaseProgress(caseId, 1, page, answers, steps, day(day), t, done ? t : null);
    }
}
