package org.empathytrainer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Step;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard of a generated learner with 1,000 attempts at the shipped cases agrees with a plain recomputation
 * from the raw attempts, case by case.
 */
class GeneratedHistoryDashboardTest {
    private static Course course;
    private static LearnerProgress learner;
    private static DashboardSummary summary;

    @BeforeAll
    static void generate() {
        course = ContentRepository.load(ContentSource.folder(Path.of("assets")));
        learner = GeneratedHistory.learner(course, 1000, 42);
        summary = DashboardSummary.of(learner, course);
    }

    @Test
    void everyAttemptIsListedOnceNewestFirst() {
        assertThat(learner.history().size() + learner.cases().size()).isEqualTo(1000);
        assertThat(summary.attempts()).hasSize(1000);
        List<Instant> dates =
                summary.attempts().stream().map(a -> a.when().orElseThrow()).collect(Collectors.toList());
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(summary.cases()).hasSize(course.cases().size());
        assertThat(summary.cases().stream().mapToInt(CaseResults::attempts).sum())
                .isEqualTo(1000);
    }

    @Test
    void eachCasesAttemptsAreNumberedInTheOrderTheyWereMade() {
        for (CustomerCase c : course.cases()) {
            List<Attempt> oldestFirst = new ArrayList<>(summary.attempts().stream()
                    .filter(a -> a.caseRef().id().equals(c.id()))
                    .collect(Collectors.toList()));
            java.util.Collections.reverse(oldestFirst);
            for (int i = 0; i < oldestFirst.size(); i++) {
                assertThat(oldestFirst.get(i).number()).as(c.id()).isEqualTo(i + 1);
                assertThat(oldestFirst.get(i).current()).as(c.id()).isEqualTo(i == oldestFirst.size() - 1);
            }
        }
    }

    @Test
    void masteryAndEachCasesFiguresMatchARecomputationFromTheRawAttempts() {
        for (Step step : Step.values()) {
            double sum = 0;
            int cases = 0;
            for (CustomerCase c : course.cases()) {
                OptionalDouble latest = latestScore(attemptsOf(c.id()), step);
                if (latest.isPresent()) {
                    sum += latest.getAsDouble();
                    cases++;
                }
                assertThat(summary.results(c.id()).orElseThrow().latestByStep().score(step))
                        .as(c.id() + " " + step)
                        .isEqualTo(latest);
            }
            assertThat(summary.mastery(step).cases()).isEqualTo(cases);
            assertThat(summary.mastery(step).mastery().getAsDouble()).isCloseTo(sum / cases, within(1e-9));
        }
        for (CustomerCase c : course.cases()) {
            List<CaseProgress> raw = attemptsOf(c.id());
            double best = raw.stream()
                    .map(StepScores::of)
                    .map(StepScores::overall)
                    .filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble)
                    .max()
                    .orElseThrow();
            CaseResults results = summary.results(c.id()).orElseThrow();
            assertThat(results.best().orElseThrow().scores().overall().getAsDouble())
                    .isEqualTo(best);
            assertThat(results.latest().orElseThrow().progress()).isSameAs(raw.get(raw.size() - 1));
        }
    }

    @Test
    void theWeakestStepHasTheLowestMasteryAndItsSuggestionTheLowestLatestScore() {
        StepMastery weakest = summary.weakest().orElseThrow();
        assertThat(summary.mastery())
                .allSatisfy(m -> assertThat(m.mastery().getAsDouble())
                        .isGreaterThanOrEqualTo(weakest.mastery().getAsDouble()));
        Suggestion s = summary.suggestion().orElseThrow();
        assertThat(s.reason())
                .as("1,000 attempts reach every step of every case")
                .isEqualTo(Suggestion.Reason.LOWEST_SCORE);
        Map<String, OptionalDouble> latest = course.cases().stream()
                .collect(Collectors.toMap(CustomerCase::id, c -> latestScore(attemptsOf(c.id()), weakest.step())));
        double lowest = latest.values().stream()
                .mapToDouble(OptionalDouble::getAsDouble)
                .min()
                .orElseThrow();
        assertThat(s.lastScore().getAsDouble()).isEqualTo(lowest);
        assertThat(latest.get(s.caseRef().id()).getAsDouble()).isEqualTo(lowest);
    }

    /** A case's attempts oldest first: its history, then its current attempt. */
    private static List<CaseProgress> attemptsOf(String caseId) {
        List<CaseProgress> all = new ArrayList<>(learner.history(caseId));
        learner.caseProgress(caseId).ifPresent(all::add);
        return all;
    }

    private static OptionalDouble latestScore(List<CaseProgress> oldestFirst, Step step) {
        OptionalDouble latest = OptionalDouble.empty();
        for (CaseProgress p : oldestFirst) {
            if (p.step(step).done()) {
                latest = OptionalDouble.of(p.step(step).score());
            }
        }
        return latest;
    }
}
