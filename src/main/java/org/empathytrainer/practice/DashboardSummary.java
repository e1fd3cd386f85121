package org.empathytrainer.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Step;

/**
 * What the learner's dashboard shows, computed from their progress and the course in one pass over their attempts
 * (plus sorting the list of attempts by date).
 *
 * <p><b>Mastery of a step</b> is the mean, over the cases in which the learner has a score for that step, of their
 * most recent score for it in that case (from whichever attempt last scored it). Each case counts once however often
 * it was retaken, so one case practised many times does not outweigh the others; and a retake replaces the earlier
 * result, so the figure says where the learner stands now rather than how their first tries went.
 * {@link StepMastery#cases()} is the number of cases it rests on. Cases no longer in the course still count: the
 * work was done.
 *
 * <p>The <b>weakest step</b> is the one with the lowest mastery (the earlier step on a tie); there is none until a
 * step has been scored. The {@link Suggestion} for it is a case of the course: one not tried yet (the easiest first,
 * then in course order); else one started but where the step is not done yet (likewise); else the one with the
 * lowest latest score for the step (in course order on a tie).
 *
 * @param mastery    one entry per step, in step order
 * @param cases      the course's cases in course order, tried or not, then cases no longer in the course that the
 *                   learner worked on, by id
 * @param attempts   every started attempt, from the history and current, newest first
 */
public record DashboardSummary(
        List<StepMastery> mastery,
        List<CaseResults> cases,
        List<Attempt> attempts,
        Optional<StepMastery> weakest,
        Optional<Suggestion> suggestion) {

    /** Newest first; an attempt without any time last. */
    private static final Comparator<Attempt> NEWEST_FIRST = Comparator.comparing(
                    (Attempt a) -> a.when().orElse(Instant.MIN), Comparator.reverseOrder())
            .thenComparing(Attempt::number, Comparator.reverseOrder())
            .thenComparing(a -> a.caseRef().id());

    public DashboardSummary {
        mastery = List.copyOf(mastery);
        cases = List.copyOf(cases);
        attempts = List.copyOf(attempts);
        if (mastery.size() != Step.values().length) {
            throw new IllegalArgumentException("one mastery per step is needed, not " + mastery.size());
        }
    }

    public static DashboardSummary of(LearnerProgress progress, Course course) {
        Map<String, CaseRef> refs = new LinkedHashMap<>();
        for (CustomerCase c : course.cases()) {
            refs.put(c.id(), CaseRef.of(c, refs.size() + 1));
        }
        Map<String, CaseTally> tallies = new HashMap<>();
        List<Attempt> attempts =
                new ArrayList<>(progress.history().size() + progress.cases().size());
        // The history is oldest first and each current attempt is its case's newest, so every case's attempts
        // arrive in the order they were made.
        for (CaseProgress p : progress.history()) {
            add(p, false, refs, tallies, attempts);
        }
        for (CaseProgress p : progress.cases().values()) {
            add(p, true, refs, tallies, attempts);
        }
        attempts.sort(NEWEST_FIRST);

        List<CaseResults> cases = new ArrayList<>(refs.size() + tallies.size());
        for (CaseRef ref : refs.values()) {
            CaseTally t = tallies.get(ref.id());
            cases.add(t == null ? CaseResults.untried(ref) : t.results());
        }
        tallies.values().stream()
                .filter(t -> !t.caseRef().inCourse())
                .sorted(Comparator.comparing(t -> t.caseRef().id()))
                .forEach(t -> cases.add(t.results()));

        List<StepMastery> mastery = mastery(cases);
        Optional<StepMastery> weakest = mastery.stream()
                .filter(m -> m.mastery().isPresent())
                .min(Comparator.comparingDouble((StepMastery m) -> m.mastery().getAsDouble())
                        .thenComparing(StepMastery::step));
        Map<String, CaseProgress> current = progress.cases();
        Optional<Suggestion> suggestion = weakest.flatMap(w -> suggest(w, cases, current));
        return new DashboardSummary(mastery, cases, attempts, weakest, suggestion);
    }

    /** Whether the learner has not started any case yet. */
    public boolean empty() {
        return attempts.isEmpty();
    }

    public StepMastery mastery(Step step) {
        return mastery.get(step.ordinal());
    }

    public Optional<CaseResults> results(String caseId) {
        return cases.stream().filter(c -> c.caseRef().id().equals(caseId)).findFirst();
    }

    private static void add(
            CaseProgress p,
            boolean current,
            Map<String, CaseRef> refs,
            Map<String, CaseTally> tallies,
            List<Attempt> attempts) {
        if (!p.started()) {
            return;
        }
        CaseTally tally =
                tallies.computeIfAbsent(p.caseId(), id -> new CaseTally(refs.getOrDefault(id, CaseRef.removed(id))));
        Attempt attempt = new Attempt(tally.caseRef(), tally.attempts() + 1, current, p);
        tally.add(attempt);
        attempts.add(attempt);
    }

    private static List<StepMastery> mastery(List<CaseResults> cases) {
        List<StepMastery> all = new ArrayList<>();
        for (Step step : Step.values()) {
            double sum = 0;
            int count = 0;
            for (CaseResults c : cases) {
                OptionalDouble score = c.latestByStep().score(step);
                if (score.isPresent()) {
                    sum += score.getAsDouble();
                    count++;
                }
            }
            all.add(new StepMastery(step, count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count), count));
        }
        return all;
    }

    private static Optional<Suggestion> suggest(
            StepMastery weakest, List<CaseResults> cases, Map<String, CaseProgress> current) {
        Step step = weakest.step();
        CaseResults chosen = null;
        for (CaseResults c : cases) {
            if (c.caseRef().inCourse() && (chosen == null || preferred(c, chosen, step))) {
                chosen = c;
            }
        }
        if (chosen == null) {
            return Optional.empty();
        }
        OptionalDouble last = chosen.latestByStep().score(step);
        Suggestion.Reason reason = chosen.attempts() == 0
                ? Suggestion.Reason.NOT_TRIED
                : last.isEmpty() ? Suggestion.Reason.NOT_REACHED : Suggestion.Reason.LOWEST_SCORE;
        CaseProgress now = current.get(chosen.caseRef().id());
        boolean startOver = now != null && now.started() && now.step(step).done();
        return Optional.of(new Suggestion(weakest, chosen.caseRef(), reason, last, startOver));
    }

    /** Whether {@code a} practises {@code step} better than {@code b}; both are in the course. */
    private static boolean preferred(CaseResults a, CaseResults b, Step step) {
        int groupA = group(a, step);
        int groupB = group(b, step);
        if (groupA != groupB) {
            return groupA < groupB;
        }
        int byKey = groupA == 2
                ? Double.compare(
                        a.latestByStep().score(step).getAsDouble(),
                        b.latestByStep().score(step).getAsDouble())
                : a.caseRef().difficulty().compareTo(b.caseRef().difficulty());
        return byKey != 0 ? byKey < 0 : a.caseRef().position() < b.caseRef().position();
    }

    /** 0: not tried; 1: tried, step not done; 2: step scored. */
    private static int group(CaseResults c, Step step) {
        return c.attempts() == 0 ? 0 : c.latestByStep().score(step).isEmpty() ? 1 : 2;
    }
}
