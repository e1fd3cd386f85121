package org.empathytrainer.records.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.DiscussAnswer;
import org.empathytrainer.practice.FixAnswer;
import org.empathytrainer.practice.Fixtures;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.PlaceAnswer;
import org.empathytrainer.practice.SenseAnswer;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StepStatus;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.practice.WizardPage;

/**
 * Two learners with a generated history over the small test course (cases "late-refund", version 2, and
 * "lost-card"). Names and texts hold commas, quotes, line breaks, non-ASCII letters and formula-like starts.
 *
 * <p>Ana: the story finished; late-refund attempt 1 finished (scores 1, 0.5, 1, 0.6), attempt 2 under way (place
 * done at 0.5, sense in progress); lost-card attempt 1 finished (all 1). Ben: the story under way; an attempt at a
 * case the course no longer has ("retired-case", place done at 0.25); lost-card opened but not started.
 */
public final class ExportFixtures {
    public static final String ANA_NAME = "Ana Müller, \"Anni\"";
    static final String BEN_NAME = "Bénédicte Ørsted 李";
    static final String ANA_REFLECTION = "=SUM(A1) is not what I learnt;\nlistening, first.";
    static final String OWN_WORDS = "I'm so sorry, \"truly\".\r\nLänger – ✓";
    static final String COMMITMENT = "-5 days at most, @you will hear from me";

    public static final Course COURSE = Fixtures.course();

    private ExportFixtures() {}

    static Instant at(int minute) {
        return Instant.parse("2026-03-02T10:00:00Z").plusSeconds(60L * minute);
    }

    public static List<LearnerRecords> learners() {
        return List.of(ana(), ben());
    }

    public static LearnerRecords ana() {
        CaseAnswers answers = new CaseAnswers(
                new PlaceAnswer("My refund is late, and I need it.", "money-back", "money-back"),
                SenseAnswer.EMPTY.with("worried", 3).with("calm", 1),
                new DiscussAnswer("hear-you", "hear-you", OWN_WORDS, Set.of()),
                new FixAnswer(List.of("check-status", "issue-refund", "escalate"), COMMITMENT, Set.of()));
        CaseProgress first = new CaseProgress(
                "late-refund",
                2,
                WizardPage.SUMMARY,
                answers,
                Map.of(
                        Step.PLACE,
                        done(1.0, 1, 2),
                        Step.SENSE,
                        done(0.5, 2, 4),
                        Step.DISCUSS,
                        done(1.0, 4, 7),
                        Step.FIX,
                        done(0.6, 7, 10)),
                at(1),
                at(10),
                at(10));
        CaseProgress second = new CaseProgress(
                "late-refund",
                2,
                WizardPage.SENSE,
                CaseAnswers.EMPTY
                        .with(new PlaceAnswer("Second go.", "apology"))
                        .with(SenseAnswer.EMPTY.with("frustrated", 2)),
                Map.of(
                        Step.PLACE,
                        done(0.5, 100, 101),
                        Step.SENSE,
                        new StepRecord(StepStatus.IN_PROGRESS, null, at(101), null)),
                at(100),
                at(103),
                null);
        CaseProgress card = new CaseProgress(
                "lost-card",
                1,
                WizardPage.SUMMARY,
                CaseAnswers.EMPTY.with(new PlaceAnswer("Stranded without cash.", "cash")),
                Map.of(
                        Step.PLACE,
                        done(1.0, 20, 21),
                        Step.SENSE,
                        done(1.0, 21, 22),
                        Step.DISCUSS,
                        done(1.0, 22, 23),
                        Step.FIX,
                        done(1.0, 23, 25)),
                at(20),
                at(25),
                at(25));
        LearnerProgress progress = new LearnerProgress(
                "ana",
                new StoryProgress(4, ANA_REFLECTION, at(0)),
                Map.of("late-refund", second, "lost-card", card),
                List.of(first));
        return new LearnerRecords("ana", ANA_NAME, progress);
    }

    public static LearnerRecords ben() {
        CaseProgress retired = new CaseProgress(
                "retired-case",
                3,
                WizardPage.SENSE,
                CaseAnswers.EMPTY.with(new PlaceAnswer("@everyone +1", "whatever")),
                Map.of(Step.PLACE, done(0.25, 30, 31)),
                at(30),
                at(31),
                null);
        CaseProgress opened = CaseProgress.start("lost-card", 1, at(40));
        LearnerProgress progress = new LearnerProgress(
                "ben", new StoryProgress(2, "", null), Map.of("retired-case", retired, "lost-card", opened), List.of());
        return new LearnerRecords("ben", BEN_NAME, progress);
    }

    private static StepRecord done(double score, int startMinute, int endMinute) {
        return new StepRecord(StepStatus.DONE, score, at(startMinute), at(endMinute));
    }
}
