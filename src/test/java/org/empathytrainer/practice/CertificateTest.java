package org.empathytrainer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.empathytrainer.content.Step;
import org.junit.jupiter.api.Test;

class CertificateTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void listsTheCompletedCasesInCourseOrderWithEachStepsScore() {
        LearnerProgress progress = LearnerProgress.empty("ana")
                .with(completed("lost-card", 1.0, 0.5, 1.0, 0.5))
                .with(completed("late-refund", 0.0, 1.0, 1.0, 0.5));

        Certificate c = Certificate.of(" Ana Lima ", DAY, progress, Fixtures.course());

        assertThat(c.learnerName()).isEqualTo("Ana Lima");
        assertThat(c.date()).isEqualTo(DAY);
        assertThat(c.casesInCourse()).isEqualTo(2);
        assertThat(c.cases()).extracting(Certificate.CaseResult::caseId).containsExactly("late-refund", "lost-card");
        assertThat(c.cases().get(0).title()).isEqualTo("The refund that never came");
        assertThat(c.cases().get(0).overall().getAsDouble()).isEqualTo(0.625);
        assertThat(c.stepMean(Step.PLACE).getAsDouble()).isEqualTo(0.5);
        assertThat(c.stepMean(Step.SENSE).getAsDouble()).isEqualTo(0.75);
        assertThat(c.stepMean(Step.FIX).getAsDouble()).isEqualTo(0.5);
        assertThat(c.overall().getAsDouble()).isCloseTo(0.6875, within(1e-9));
    }

    @Test
    void casesNotFinishedAreLeftOutAndAnEarlierCompletedAttemptCounts() {
        CaseProgress started = CaseProgress.start("lost-card", 1, Instant.EPOCH);
        LearnerProgress progress = new LearnerProgress(
                "ana",
                null,
                Map.of("late-refund", CaseProgress.start("late-refund", 1, Instant.EPOCH), "lost-card", started),
                List.of(completed("late-refund", 1.0, 1.0, 1.0, 1.0)));

        Certificate c = Certificate.of("Ana", DAY, progress, Fixtures.course());

        assertThat(c.cases()).extracting(Certificate.CaseResult::caseId).containsExactly("late-refund");
        assertThat(c.stepMean(Step.DISCUSS).getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void aStepReopenedAfterCompletionHasNoScoreAndACaseNoLongerInTheCourseKeepsItsId() {
        CaseProgress reopened = completed("old-case", 1.0, 1.0, 1.0, 1.0);
        reopened = new CaseProgress(
                reopened.caseId(),
                1,
                WizardPage.SENSE,
                reopened.answers(),
                Map.of(Step.PLACE, done(0.5), Step.SENSE, new StepRecord(StepStatus.IN_PROGRESS, null, null, null)),
                reopened.startedAt(),
                reopened.updatedAt(),
                reopened.completedAt());

        Certificate c = Certificate.of("Ana", DAY, LearnerProgress.empty("ana").with(reopened), Fixtures.course());

        assertThat(c.cases()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("old-case");
            assertThat(r.score(Step.SENSE)).isEmpty();
            assertThat(r.overall().getAsDouble()).isEqualTo(0.5);
        });
        assertThat(c.stepMean(Step.SENSE)).isEmpty();
    }

    @Test
    void withNothingCompletedThereAreNoCasesAndNoMeans() {
        Certificate c = Certificate.of("Ana", DAY, LearnerProgress.empty("ana"), Fixtures.course());

        assertThat(c.cases()).isEmpty();
        assertThat(c.overall()).isEmpty();
        assertThat(c.stepMean(Step.PLACE)).isEmpty();
    }

    static CaseProgress completed(String id, double place, double sense, double discuss, double fix) {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        return new CaseProgress(
                id,
                1,
                WizardPage.SUMMARY,
                CaseAnswers.EMPTY,
                Map.of(
                        Step.PLACE,
                        done(place),
                        Step.SENSE,
                        done(sense),
                        Step.DISCUSS,
                        done(discuss),
                        Step.FIX,
                        done(fix)),
                at,
                at,
                at);
    }

    private static StepRecord done(double score) {
        return new StepRecord(StepStatus.DONE, score, null, null);
    }
}
