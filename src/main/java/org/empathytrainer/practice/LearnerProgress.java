package org.empathytrainer.practice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Everything one learner has done: the story and each case they opened. Immutable; {@code with} returns a copy. */
public record LearnerProgress(String learner, StoryProgress story, Map<String, CaseProgress> cases) {

    public LearnerProgress {
        if (learner == null || learner.isBlank()) {
            throw new IllegalArgumentException("learner is required");
        }
        story = story == null ? StoryProgress.NEW : story;
        cases = Map.copyOf(cases == null ? Map.of() : cases);
    }

    public static LearnerProgress empty(String learner) {
        return new LearnerProgress(learner, StoryProgress.NEW, Map.of());
    }

    public Optional<CaseProgress> caseProgress(String caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    public LearnerProgress with(CaseProgress progress) {
        Map<String, CaseProgress> copy = new LinkedHashMap<>(cases);
        copy.put(progress.caseId(), progress);
        return new LearnerProgress(learner, story, copy);
    }

    public LearnerProgress with(StoryProgress progress) {
        return new LearnerProgress(learner, progress, cases);
    }
}
