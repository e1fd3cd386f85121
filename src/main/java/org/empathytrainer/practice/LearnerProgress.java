package org.empathytrainer.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one learner has done: the story, their current attempt at each case they opened, and their earlier
 * attempts, oldest first. Immutable; {@code with} returns a copy.
 */
public record LearnerProgress(
        String learner, StoryProgress story, Map<String, CaseProgress> cases, List<CaseProgress> history) {

    public LearnerProgress {
        if (learner == null || learner.isBlank()) {
            throw new IllegalArgumentException("learner is required");
        }
        story = story == null ? StoryProgress.NEW : story;
        cases = Map.copyOf(cases == null ? Map.of() : cases);
        history = List.copyOf(history == null ? List.of() : history);
    }

    public LearnerProgress(String learner, StoryProgress story, Map<String, CaseProgress> cases) {
        this(learner, story, cases, List.of());
    }

    public static LearnerProgress empty(String learner) {
        return new LearnerProgress(learner, StoryProgress.NEW, Map.of(), List.of());
    }

    public Optional<CaseProgress> caseProgress(String caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    public LearnerProgress with(CaseProgress progress) {
        Map<String, CaseProgress> copy = new LinkedHashMap<>(cases);
        copy.put(progress.caseId(), progress);
        return new LearnerProgress(learner, story, copy, history);
    }

    public LearnerProgress with(StoryProgress progress) {
        return new LearnerProgress(learner, progress, cases, history);
    }

    /**
     * A new attempt at a case from step 1. The current attempt, if the learner had started it, is kept in the
     * history rather than thrown away.
     */
    public LearnerProgress restart(String caseId, int caseVersion, Instant now) {
        List<CaseProgress> kept = new ArrayList<>(history);
        caseProgress(caseId).filter(CaseProgress::started).ifPresent(kept::add);
        Map<String, CaseProgress> copy = new LinkedHashMap<>(cases);
        copy.put(caseId, CaseProgress.start(caseId, caseVersion, now));
        return new LearnerProgress(learner, story, copy, kept);
    }

    /** The earlier attempts at one case, oldest first. */
    public List<CaseProgress> history(String caseId) {
        return history.stream().filter(p -> p.caseId().equals(caseId)).toList();
    }
}
