package org.empathytrainer.ui.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.Attempt;
import org.empathytrainer.practice.CaseRef;
import org.empathytrainer.practice.StepScores;
import org.empathytrainer.ui.kit.Messages;

/** How the dashboard words its figures: scores, dates, durations, case names. */
final class Texts {
    /** Keeps a figure and its unit, or a step and its score, together when a line wraps. */
    private static final char NO_BREAK = '\u00a0';

    private final Messages m;
    private final DateTimeFormatter dates;

    Texts(Messages m, ZoneId zone) {
        this.m = m;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(m.locale())
                .withZone(zone);
    }

    Messages messages() {
        return m;
    }

    /** "52 %", kept on one line; a dash when there is no score. */
    String percent(OptionalDouble score) {
        return score.isPresent() ? percent(score.getAsDouble()) : m.get("dashboard.no-score");
    }

    String percent(double score) {
        return m.percent(score).replace(' ', NO_BREAK);
    }

    String step(Step step) {
        return m.get("step.short." + step.id());
    }

    String date(Optional<Instant> when) {
        return when.map(dates::format).orElseGet(() -> m.get("dashboard.date.unknown"));
    }

    /** Wall time, rounded down to the minute: "under a minute", "12 min", "1 h 5 min", "2 d 3 h". */
    String duration(Optional<Duration> spent) {
        if (spent.isEmpty()) {
            return m.get("dashboard.time.unknown");
        }
        long minutes = spent.get().toMinutes();
        if (minutes < 1) {
            return m.get("dashboard.time.under-minute");
        }
        if (minutes < 60) {
            return m.get("dashboard.time.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return m.get("dashboard.time.hours", minutes / 60, minutes % 60);
        }
        return m.get("dashboard.time.days", minutes / (24 * 60), minutes % (24 * 60) / 60);
    }

    /** "Case 4: Subscription renewal", or the id of a case no longer in the course. */
    String caseName(CaseRef ref) {
        return ref.inCourse()
                ? m.get("dashboard.case", ref.position(), ref.title())
                : m.get("dashboard.case.removed", ref.id());
    }

    /** "Place 100 % · Sense – · Discuss 0 % · Fix 70 %". */
    String stepFigures(StepScores scores) {
        List<String> parts = new ArrayList<>();
        for (Step s : Step.values()) {
            parts.add(step(s) + NO_BREAK + percent(scores.score(s)));
        }
        return String.join(m.get("dashboard.separator"), parts);
    }

    /** The attempt's overall result, or that it is unfinished. */
    String result(Attempt attempt) {
        OptionalDouble overall = attempt.scores().overall();
        return overall.isPresent() ? percent(overall.getAsDouble()) : m.get("dashboard.unfinished");
    }

    /** "Overall 85 %: Place 100 % · ...", or only the steps of an unfinished attempt. */
    String resultLine(Attempt attempt) {
        OptionalDouble overall = attempt.scores().overall();
        String steps = stepFigures(attempt.scores());
        return overall.isPresent() ? m.get("dashboard.attempt.result", percent(overall.getAsDouble()), steps) : steps;
    }

    /** "Mar 3, 2026, 9:30 AM · 12 min · Completed". */
    String attemptLine(Attempt attempt) {
        String status = m.get(attempt.completed() ? "dashboard.completed" : "dashboard.unfinished");
        String line =
                String.join(m.get("dashboard.separator"), date(attempt.when()), duration(attempt.timeSpent()), status);
        return attempt.current() ? line + m.get("dashboard.separator") + m.get("dashboard.current") : line;
    }
}
