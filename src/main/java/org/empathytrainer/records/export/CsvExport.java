package org.empathytrainer.records.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Step;
import org.empathytrainer.content.Story;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StepStatus;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.records.Csv;

/**
 * Learners' results as CSV for a spreadsheet: a header, then per learner a row for the story (once started) and a
 * row for each step of each attempt at a case. UTF-8 with a byte order mark, RFC 4180 quoting, formula guard: see
 * {@link Csv}. The README's "Exporting results" section documents every column.
 */
public final class CsvExport {
    public static final List<String> COLUMNS = List.of(
            "learner_id",
            "learner_name",
            "case_id",
            "case_title",
            "case_version",
            "attempt",
            "attempt_status",
            "attempt_started_at",
            "attempt_completed_at",
            "attempt_seconds",
            "attempt_score",
            "step",
            "step_number",
            "step_status",
            "step_score",
            "step_started_at",
            "step_completed_at",
            "step_seconds",
            "response",
            "written");
    /** The value of the {@code step} column on the story's row. */
    public static final String STORY_STEP = "story";

    private final Course course;

    public CsvExport(Course course) {
        this.course = course;
    }

    /** The data rows, without the header, as they will be written (before quoting and the formula guard). */
    public List<List<String>> rows(List<LearnerRecords> learners) {
        List<List<String>> rows = new ArrayList<>();
        this.<RuntimeException>eachRow(learners, rows::add);
        return rows;
    }

    /**
     * Writes the header and the rows to {@code file}, replacing it whole; returns the number of data rows. Each row is
     * written as it is made, so the memory an export takes does not grow with the learners' history.
     */
    public int write(Path file, List<LearnerRecords> learners) throws ExportException {
        int[] written = {0};
        ExportFiles.write(file, out -> {
            out.write(Csv.BOM);
            Csv.writeRecord(out, COLUMNS);
            eachRow(learners, row -> {
                Csv.writeRecord(out, row);
                written[0]++;
            });
        });
        return written[0];
    }

    /** Where rows go as they are made: a list, or a file, whose writing may fail with {@code E}. */
    @FunctionalInterface
    private interface RowSink<E extends Exception> {
        void accept(List<String> row) throws E;
    }

    private <E extends Exception> void eachRow(List<LearnerRecords> learners, RowSink<E> sink) throws E {
        for (LearnerRecords learner : learners) {
            Optional<List<String>> story = storyRow(learner);
            if (story.isPresent()) {
                sink.accept(story.get());
            }
            for (Attempt attempt : Attempt.of(learner, course)) {
                for (Step step : Step.values()) {
                    sink.accept(stepRow(attempt, step));
                }
            }
        }
    }

    private Optional<List<String>> storyRow(LearnerRecords learner) {
        StoryProgress story = learner.progress().story();
        if (!story.started()) {
            return Optional.empty();
        }
        String title = course.storyIfLoaded().map(Story::title).orElse("");
        String status = story.completed() ? "completed" : "in-progress";
        String completedAt = IsoTimes.timestamp(story.completedAt());
        return Optional.of(List.of(
                learner.learnerId(),
                learner.displayName(),
                "",
                title,
                "",
                "",
                status,
                "",
                completedAt,
                "",
                "",
                STORY_STEP,
                "",
                story.completed() ? "done" : "in-progress",
                "",
                "",
                completedAt,
                "",
                "",
                story.reflection()));
    }

    private List<String> stepRow(Attempt attempt, Step step) {
        CaseProgress p = attempt.progress();
        StepRecord record = p.step(step);
        OptionalDouble attemptScore = p.score();
        return List.of(
                attempt.learner().learnerId(),
                attempt.learner().displayName(),
                p.caseId(),
                course.findCase(p.caseId()).map(CustomerCase::title).orElse(""),
                Integer.toString(p.caseVersion()),
                Integer.toString(attempt.number()),
                p.completed() ? "completed" : "in-progress",
                IsoTimes.timestamp(p.startedAt()),
                IsoTimes.timestamp(p.completedAt()),
                IsoTimes.between(p.startedAt(), p.completed() ? p.completedAt() : p.updatedAt())
                        .map(IsoTimes::seconds)
                        .orElse(""),
                attemptScore.isPresent() ? IsoTimes.score(attemptScore.getAsDouble()) : "",
                step.id(),
                Integer.toString(step.number()),
                status(record.status()),
                record.done() ? IsoTimes.score(record.score()) : "",
                IsoTimes.timestamp(record.startedAt()),
                IsoTimes.timestamp(record.completedAt()),
                record.done()
                        ? IsoTimes.between(record.startedAt(), record.completedAt())
                                .map(IsoTimes::seconds)
                                .orElse("")
                        : "",
                Responses.choice(p.answers(), step),
                Responses.written(p.answers(), step));
    }

    private static String status(StepStatus status) {
        switch (status) {
            case DONE:
                return "done";
            case IN_PROGRESS:
                return "in-progress";
            default:
                return "not-started";
        }
    }
}
