package org.empathytrainer.records;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.DiscussAnswer;
import org.empathytrainer.practice.FixAnswer;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.PlaceAnswer;
import org.empathytrainer.practice.SenseAnswer;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StepStatus;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.practice.WizardPage;

/** Progress with every field filled, and a fixed clock, shared by the records tests. */
final class ProgressFixtures {
    static final Instant NOW = Instant.parse("2025-03-14T09:26:53Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String LEARNER = "default";

    private ProgressFixtures() {}

    static Instant at(int minute) {
        return Instant.parse("2025-03-01T10:00:00Z").plusSeconds(60L * minute);
    }

    /**
     * Every field set, checked choices differing from the current ones, and feelings and actions deliberately out of
     * alphabetical order.
     */
    static LearnerProgress full() {
        CaseAnswers answers = new CaseAnswers(
                new PlaceAnswer("I waited all week and the parcel never came.", "late-gift", "wrong-address"),
                SenseAnswer.EMPTY.with("panic", 3).with("anger", 2).with("disappointment", 1),
                new DiscussAnswer(
                        "own-the-delay",
                        "policy-first",
                        "I'm so sorry \u2013 that's \"really\" stressful.\nL\u00e4nger.",
                        Set.of("named-feeling", "no-blame")),
                new FixAnswer(
                        List.of("track-parcel", "apologise", "refund"),
                        "I'll call you back by 5 pm.",
                        Set.of("specific", "checked-time")));
        Map<Step, StepRecord> steps = Map.of(
                Step.PLACE, new StepRecord(StepStatus.DONE, 1.0, at(1), at(2)),
                Step.SENSE, new StepRecord(StepStatus.DONE, 0.8333333333333334, at(2), at(4)),
                Step.DISCUSS, new StepRecord(StepStatus.IN_PROGRESS, null, at(5), null),
                Step.FIX, StepRecord.NOT_STARTED);
        CaseProgress porch = new CaseProgress(
                "porch-parcel",
                2,
                WizardPage.DISCUSS,
                answers,
                steps,
                at(0),
                Instant.parse("2025-03-01T10:06:07.123456789Z"),
                null);
        CaseProgress finished = new CaseProgress(
                "billing-error",
                1,
                WizardPage.SUMMARY,
                CaseAnswers.EMPTY.with(new PlaceAnswer("I was charged twice.", "double-charge")),
                Map.of(
                        Step.PLACE,
                        new StepRecord(StepStatus.DONE, 0.0, at(10), at(11)),
                        Step.SENSE,
                        new StepRecord(StepStatus.DONE, 0.5, at(11), at(12)),
                        Step.DISCUSS,
                        new StepRecord(StepStatus.DONE, 0.75, at(12), at(13)),
                        Step.FIX,
                        new StepRecord(StepStatus.DONE, 1.0, at(13), at(14))),
                at(10),
                at(14),
                at(14));
        StoryProgress story = new StoryProgress(3, "Listening first changes the whole call.\nAnd then some.", at(30));
        return new LearnerProgress(LEARNER, story, Map.of(porch.caseId(), porch, finished.caseId(), finished));
    }
}
