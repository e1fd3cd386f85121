package org.empathytrainer.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.empathytrainer.content.ActionOption;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Emotion;
import org.empathytrainer.content.ExpectedFeeling;
import org.empathytrainer.content.Step;

/**
 * A learner with many attempts at a course's cases, made up from a seed: real answers (options of each case, some
 * feelings, some actions in some order) scored by {@link Scoring}, a few hours apart. About one attempt in seven
 * stops part-way. The last attempt at each case is its current one; the others are in the history, oldest first, as
 * retaking a case leaves them.
 */
public final class GeneratedHistory {
    private static final Instant FIRST = Instant.parse("2025-01-06T08:00:00Z");

    private final Course course;
    private final Random random;

    private GeneratedHistory(Course course, long seed) {
        this.course = course;
        this.random = new Random(seed);
    }

    /** {@code attempts} attempts, spread over the course's cases, the same ones for the same seed. */
    public static LearnerProgress learner(Course course, int attempts, long seed) {
        return new GeneratedHistory(course, seed).generate(attempts);
    }

    private LearnerProgress generate(int count) {
        List<CaseProgress> history = new ArrayList<>();
        Map<String, CaseProgress> current = new HashMap<>();
        Instant start = FIRST;
        for (int i = 0; i < count; i++) {
            CustomerCase c = course.cases().get(random.nextInt(course.cases().size()));
            CaseProgress previous = current.put(c.id(), attempt(c, i, start));
            if (previous != null) {
                history.add(previous);
            }
            start = start.plus(Duration.ofMinutes(30 + random.nextInt(600)));
        }
        return new LearnerProgress("generated", StoryProgress.NEW, current, history);
    }

    private CaseProgress attempt(CustomerCase c, int index, Instant start) {
        CaseAnswers answers = answers(c, index);
        int stepsDone = random.nextInt(7) == 0 ? random.nextInt(Step.values().length) : Step.values().length;
        Map<Step, StepRecord> steps = new EnumMap<>(Step.class);
        Instant t = start;
        for (Step s : Step.values()) {
            Instant stepStart = t;
            t = t.plusSeconds(40 + random.nextInt(300));
            if (s.ordinal() < stepsDone) {
                steps.put(s, new StepRecord(StepStatus.DONE, Scoring.score(s, c, answers), stepStart, t));
            } else if (s.ordinal() == stepsDone) {
                steps.put(s, new StepRecord(StepStatus.IN_PROGRESS, null, stepStart, null));
            }
        }
        boolean finished = stepsDone == Step.values().length;
        WizardPage page = finished ? WizardPage.SUMMARY : WizardPage.of(Step.values()[stepsDone]);
        return new CaseProgress(c.id(), c.version(), page, answers, steps, start, t, finished ? t : null);
    }

    private CaseAnswers answers(CustomerCase c, int index) {
        String concern = pick(c.place().concerns()).id();
        SenseAnswer sense = SenseAnswer.EMPTY;
        for (ExpectedFeeling f : c.sense().feelings()) {
            if (random.nextInt(4) > 0) {
                sense = sense.with(f.emotion(), 1 + random.nextInt(ExpectedFeeling.MAX_INTENSITY));
            }
        }
        if (random.nextInt(3) == 0) {
            Emotion extra = pick(course.emotions().emotions());
            sense = sense.with(extra.id(), 1 + random.nextInt(ExpectedFeeling.MAX_INTENSITY));
        }
        List<String> actions = new ArrayList<>();
        for (ActionOption a : c.fix().actions()) {
            if (random.nextBoolean()) {
                actions.add(a.id());
            }
        }
        Collections.shuffle(actions, random);
        return new CaseAnswers(
                new PlaceAnswer(
                        "Attempt " + (index + 1) + ": I am " + c.customer().name() + " and it went wrong.",
                        concern,
                        concern),
                sense,
                new DiscussAnswer(
                        pick(c.discuss().options()).id(),
                        null,
                        "Attempt " + (index + 1) + ": I can hear how upsetting this is.",
                        Set.of()),
                new FixAnswer(actions, "Attempt " + (index + 1) + ": I will call you back by five.", Set.of()));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
