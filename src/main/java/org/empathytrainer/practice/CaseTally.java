package org.empathytrainer.practice;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.empathytrainer.content.Step;

/** Adds up one case's attempts, oldest first, into its {@link CaseResults}. */
final class CaseTally {
    private final CaseRef caseRef;
    private final Map<Step, Double> latestByStep = new EnumMap<>(Step.class);
    private int attempts;
    private Instant lastPractised;
    private Attempt best;
    private Attempt latest;

    CaseTally(CaseRef caseRef) {
        this.caseRef = caseRef;
    }

    CaseRef caseRef() {
        return caseRef;
    }

    int attempts() {
        return attempts;
    }

    /** Takes the next attempt: each must be more recent than the ones before. */
    void add(Attempt attempt) {
        attempts++;
        latest = attempt;
        Instant changed = attempt.progress().updatedAt() != null
                ? attempt.progress().updatedAt()
                : attempt.when().orElse(null);
        if (changed != null && (lastPractised == null || changed.isAfter(lastPractised))) {
            lastPractised = changed;
        }
        double overall = attempt.scores().overall().orElse(-1);
        if (overall >= 0 && (best == null || overall >= best.scores().overall().orElseThrow())) {
            best = attempt;
        }
        latestByStep.putAll(attempt.scores().scores());
    }

    CaseResults results() {
        return new CaseResults(
                caseRef,
                attempts,
                Optional.ofNullable(lastPractised),
                Optional.ofNullable(best),
                Optional.ofNullable(latest),
                new StepScores(latestByStep));
    }
}
