package org.empathytrainer.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Step;

/**
 * What a completion certificate says: who, when, which cases they completed and how each step went, per case and
 * on average over those cases.
 *
 * @param cases         the completed cases, in course order (cases no longer in the course last, by id)
 * @param casesInCourse how many cases the course offers now
 */
public record Certificate(String learnerName, LocalDate date, List<CaseResult> cases, int casesInCourse) {

    public Certificate {
        if (learnerName == null || learnerName.isBlank()) {
            throw new IllegalArgumentException("a certificate needs the learner's name");
        }
        Objects.requireNonNull(date, "date");
        cases = List.copyOf(cases);
    }

    /**
     * One completed case.
     *
     * @param title  the case's title, or its id if it is no longer in the course
     * @param scores the score of each step that is done, from 0 to 1; a step reopened after completion is absent
     */
    public record CaseResult(String caseId, String title, Instant completedAt, Map<Step, Double> scores) {
        public CaseResult {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(title, "title");
            scores = Map.copyOf(scores);
        }

        public OptionalDouble score(Step step) {
            Double s = scores.get(step);
            return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
        }

        /** The mean of the step scores, as the case's summary shows it. */
        public OptionalDouble overall() {
            return scores.values().stream().mapToDouble(Double::doubleValue).average();
        }
    }

    /**
     * The certificate for {@code progress}: a case counts as completed when its current attempt reached the summary,
     * or else when an earlier attempt did (the latest such attempt is shown).
     */
    public static Certificate of(String learnerName, LocalDate date, LearnerProgress progress, Course course) {
        Map<String, CaseProgress> completed = new LinkedHashMap<>();
        for (CaseProgress earlier : progress.history()) {
            if (earlier.completed()) {
                completed.put(earlier.caseId(), earlier);
            }
        }
        progress.cases().values().stream().filter(CaseProgress::completed).forEach(p -> completed.put(p.caseId(), p));
        List<CaseResult> results = new ArrayList<>();
        for (CustomerCase c : course.cases()) {
            Optional.ofNullable(completed.remove(c.id())).ifPresent(p -> results.add(result(p, c.title())));
        }
        completed.values().stream()
                .sorted(Comparator.comparing(CaseProgress::caseId))
                .forEach(p -> results.add(result(p, p.caseId())));
        return new Certificate(
                learnerName.strip(), date, results, course.cases().size());
    }

    /** The mean score of {@code step} over the completed cases where it is done. */
    public OptionalDouble stepMean(Step step) {
        return cases.stream()
                .map(c -> c.score(step))
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .average();
    }

    /** The mean of the cases' overall scores. */
    public OptionalDouble overall() {
        return cases.stream()
                .map(CaseResult::overall)
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .average();
    }

    private static CaseResult result(CaseProgress p, String title) {
        Map<Step, Double> scores = new EnumMap<>(Step.class);
        for (Step s : Step.values()) {
            StepRecord r = p.step(s);
            if (r.done()) {
                scores.put(s, r.score());
            }
        }
        return new CaseResult(p.caseId(), title, p.completedAt(), scores);
    }
}
