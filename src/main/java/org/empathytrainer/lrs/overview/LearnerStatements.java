package org.empathytrainer.lrs.overview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StepStatus;
import org.empathytrainer.practice.WizardPage;

/**
 * One learner's statements, gathered by attempt (registration) and turned back into the progress the dashboard
 * reads: per case, the attempts in the order they began, the last one current.
 */
final class LearnerStatements {
    /** Attempts in the order they began; the number given on the workstation, then the registration, on a tie. */
    private static final Comparator<AttemptStatements> BEGUN = Comparator.comparing((AttemptStatements a) -> a.first)
            .thenComparingInt(a -> a.number)
            .thenComparing(a -> a.registration);

    private final StatementFact.Account account;
    private final Map<String, AttemptStatements> attempts = new HashMap<>();
    private String name;
    private Instant named;

    LearnerStatements(StatementFact.Account account) {
        this.account = account;
    }

    StatementFact.Account account() {
        return account;
    }

    /** The name the latest statement gives. */
    String name() {
        return name;
    }

    void add(StatementFact fact) {
        if (named == null || !fact.timestamp().isBefore(named)) {
            name = fact.name();
            named = fact.timestamp();
        }
        attempts.computeIfAbsent(fact.registration(), r -> new AttemptStatements(r, fact.caseId()))
                .add(fact);
    }

    /** The learner's progress as far as the statements tell it. */
    LearnerProgress progress() {
        Map<String, List<AttemptStatements>> byCase = new HashMap<>();
        for (AttemptStatements a : attempts.values()) {
            byCase.computeIfAbsent(a.caseId, id -> new ArrayList<>()).add(a);
        }
        Map<String, CaseProgress> current = new HashMap<>();
        List<AttemptStatements> earlier = new ArrayList<>();
        for (List<AttemptStatements> ofCase : byCase.values()) {
            ofCase.sort(BEGUN);
            AttemptStatements last = ofCase.get(ofCase.size() - 1);
            current.put(last.caseId, last.progress());
            earlier.addAll(ofCase.subList(0, ofCase.size() - 1));
        }
        earlier.sort(BEGUN);
        List<CaseProgress> history = new ArrayList<>(earlier.size());
        for (AttemptStatements a : earlier) {
            history.add(a.progress());
        }
        return new LearnerProgress(account.name(), null, current, history);
    }

    /** The statements of one attempt. */
    private static final class AttemptStatements {
        private final String registration;
        private final String caseId;
        private final Map<Step, StatementFact> answered = new EnumMap<>(Step.class);
        private int number;
        private int caseVersion;
        private Instant first;
        private Instant last;
        private Instant completed;

        AttemptStatements(String registration, String caseId) {
            this.registration = registration;
            this.caseId = caseId;
        }

        void add(StatementFact fact) {
            number = Math.max(number, fact.attempt());
            caseVersion = Math.max(caseVersion, fact.caseVersion());
            Instant at = fact.timestamp();
            first = first == null || at.isBefore(first) ? at : first;
            last = last == null || at.isAfter(last) ? at : last;
            switch (fact.kind()) {
                case ANSWERED:
                    // A step done again after an edit: its latest score is the one that stands.
                    StatementFact before = answered.get(fact.step());
                    if (before == null || !fact.timestamp().isBefore(before.timestamp())) {
                        answered.put(fact.step(), fact);
                    }
                    break;
                case COMPLETED:
                    // The summary was first reached then.
                    completed = completed == null || at.isBefore(completed) ? at : completed;
                    break;
                default:
                    break;
            }
        }

        CaseProgress progress() {
            Map<Step, StepRecord> steps = new EnumMap<>(Step.class);
            WizardPage page = null;
            for (Step s : Step.values()) {
                StatementFact f = answered.get(s);
                if (f != null) {
                    steps.put(s, new StepRecord(StepStatus.DONE, f.score(), null, f.timestamp()));
                } else if (page == null) {
                    page = WizardPage.of(s);
                }
            }
            if (completed != null) {
                page = WizardPage.SUMMARY;
            } else if (steps.isEmpty()) {
                // Under way with no step done yet: started all the same.
                steps.put(Step.PLACE, new StepRecord(StepStatus.IN_PROGRESS, null, first, null));
            }
            return new CaseProgress(caseId, caseVersion, page, null, steps, first, last, completed);
        }
    }
}
