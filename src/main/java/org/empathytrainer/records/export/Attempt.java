package org.empathytrainer.records.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;

/**
 * One attempt at a case: an earlier attempt from the learner's history, or the current one once started.
 *
 * @param number counts the learner's attempts at this case from 1, in the order they were started
 */
public record Attempt(LearnerRecords learner, int number, CaseProgress progress) {

    public Attempt {
        if (learner == null || progress == null) {
            throw new IllegalArgumentException("learner and progress are required");
        }
        if (number < 1) {
            throw new IllegalArgumentException("attempts are numbered from 1, not " + number);
        }
    }

    public String caseId() {
        return progress.caseId();
    }

    /**
     * Every attempt of the learner, case by case in course order (cases the course no longer has after the others,
     * by id), then by number.
     */
    public static List<Attempt> of(LearnerRecords learner, Course course) {
        List<String> courseOrder = course.cases().stream().map(CustomerCase::id).toList();
        LearnerProgress progress = learner.progress();
        Map<String, List<CaseProgress>> byCase = new LinkedHashMap<>();
        for (CaseProgress earlier : progress.history()) {
            byCase.computeIfAbsent(earlier.caseId(), id -> new ArrayList<>()).add(earlier);
        }
        progress.cases().values().stream()
                .filter(CaseProgress::started)
                .forEach(current -> byCase.computeIfAbsent(current.caseId(), id -> new ArrayList<>())
                        .add(current));
        List<String> caseIds = new ArrayList<>(byCase.keySet());
        caseIds.sort(Comparator.comparingInt((String id) -> known(courseOrder.indexOf(id)))
                .thenComparing(Comparator.naturalOrder()));
        List<Attempt> attempts = new ArrayList<>();
        for (String caseId : caseIds) {
            List<CaseProgress> inStartOrder = new ArrayList<>(byCase.get(caseId));
            // An attempt saved without a start time counts as the earliest; the sort is stable among those.
            inStartOrder.sort(
                    Comparator.comparing(CaseProgress::startedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
            for (int i = 0; i < inStartOrder.size(); i++) {
                attempts.add(new Attempt(learner, i + 1, inStartOrder.get(i)));
            }
        }
        return attempts;
    }

    private static int known(int place) {
        return place < 0 ? Integer.MAX_VALUE : place;
    }
}
