package org.empathytrainer.records.export;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StoryProgress;

/**
 * Learners' results as xAPI statements, a JSON array a learning record store takes as it is: per learner,
 * {@code experienced} the story once finished; per attempt at a case, {@code answered} for each step done, then
 * {@code completed} for a finished attempt or {@code progressed} for one under way. The README's "Exporting results"
 * section documents the mapping.
 */
public final class XapiExport {
    /** A step or an attempt whose score reaches this passes ({@code result.success}). */
    public static final double PASS_SCORE = 0.7;
    /** The cmi5 extension for how far an unfinished attempt is, a whole percentage. */
    public static final String PROGRESS_EXTENSION = "https://w3id.org/xapi/cmi5/result/extensions/progress";

    static final String PLATFORM = "Empathy Trainer";

    private final Course course;
    private final XapiOptions options;
    private final XapiActivities activities;
    private final XapiStatement statements;
    private final String attemptExtension;
    private final String caseVersionExtension;
    private final String writtenExtension;

    public XapiExport(Course course, XapiOptions options) {
        this.course = course;
        this.options = options;
        this.activities = new XapiActivities(course, options.activityBase());
        this.statements = new XapiStatement(options.homePage());
        this.attemptExtension = activities.extension("attempt");
        this.caseVersionExtension = activities.extension("case-version");
        this.writtenExtension = activities.extension("written");
    }

    /** Every statement for these learners, in order: learner by learner, the story first, then case by case. */
    public JsonArray statements(List<LearnerRecords> learners) {
        JsonArray all = new JsonArray();
        // Statements share their activities while they are written; each one handed out is whole and its own.
        this.<RuntimeException>each(learners, statement -> all.add(statement.deepCopy()));
        return all;
    }

    /**
     * Writes the statements to {@code file} as a pretty-printed JSON array, replacing it whole; returns how many. Each
     * statement is written as soon as it is made, so the memory an export takes does not grow with the history.
     */
    public int write(Path file, List<LearnerRecords> learners) throws ExportException {
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        int[] written = {0};
        ExportFiles.write(file, out -> {
            JsonWriter json = gson.newJsonWriter(out);
            json.beginArray();
            each(learners, statement -> {
                gson.toJson(statement, json);
                written[0]++;
            });
            json.endArray();
            json.flush();
        });
        return written[0];
    }

    /** The IRI of the course activity, which every statement names (as its object or in its context). */
    public String courseActivityId() {
        return activities.courseId();
    }

    /**
     * The statements {@link #statements} gives for the learner's story: {@code experienced} once it is finished,
     * none before.
     */
    public List<JsonObject> storyStatements(LearnerRecords learner) {
        List<JsonObject> made = new ArrayList<>();
        this.<RuntimeException>story(learner, made::add);
        return made;
    }

    /**
     * The statements {@link #statements} gives for one attempt: {@code answered} for each step done, then {@code
     * completed} or {@code progressed}. Sending as results are made takes them attempt by attempt.
     */
    public List<JsonObject> attemptStatements(Attempt attempt) {
        List<JsonObject> made = new ArrayList<>();
        UUID registration = registration(attempt);
        this.<RuntimeException>steps(attempt, registration, made::add);
        this.<RuntimeException>outcome(attempt, registration, made::add);
        return made;
    }

    /** Where statements go as they are made: an array, or a file, whose writing may fail with {@code E}. */
    @FunctionalInterface
    private interface Sink<E extends Exception> {
        void accept(JsonObject statement) throws E;
    }

    private <E extends Exception> void each(List<LearnerRecords> learners, Sink<E> sink) throws E {
        for (LearnerRecords learner : learners) {
            story(learner, sink);
            for (Attempt attempt : Attempt.of(learner, course)) {
                UUID registration = registration(attempt);
                steps(attempt, registration, sink);
                outcome(attempt, registration, sink);
            }
        }
    }

    /** The registration of an attempt: one for all the attempt's statements, the same at every export. */
    public UUID registration(Attempt attempt) {
        CaseProgress p = attempt.progress();
        return NameUuids.of(
                options.homePage(),
                attempt.learner().learnerId(),
                "attempt",
                p.caseId(),
                Integer.toString(attempt.number()),
                IsoTimes.timestamp(p.startedAt()));
    }

    private <E extends Exception> void story(LearnerRecords learner, Sink<E> sink) throws E {
        StoryProgress story = learner.progress().story();
        if (story.completed()) {
            JsonObject result = new JsonObject();
            result.addProperty("completion", true);
            written(result, story.reflection());
            sink.accept(statements.build(
                    learner,
                    XapiVerb.EXPERIENCED,
                    activities.story(),
                    result,
                    context(null, activities.course(), null),
                    story.completedAt()));
        }
    }

    private <E extends Exception> void steps(Attempt attempt, UUID registration, Sink<E> sink) throws E {
        CaseProgress p = attempt.progress();
        for (Step step : Step.values()) {
            StepRecord record = p.step(step);
            if (!record.done()) {
                continue;
            }
            JsonObject result = new JsonObject();
            score(result, record.score());
            result.addProperty("completion", true);
            result.addProperty("response", Responses.xapi(p.answers(), step));
            IsoTimes.between(record.startedAt(), record.completedAt())
                    .ifPresent(d -> result.addProperty("duration", IsoTimes.duration(d)));
            written(result, Responses.written(p.answers(), step));
            JsonObject context = context(registration, activities.customerCase(p.caseId()), attempt);
            context.getAsJsonObject("contextActivities").add("grouping", XapiActivities.array(activities.course()));
            sink.accept(statements.build(
                    attempt.learner(),
                    XapiVerb.ANSWERED,
                    activities.step(p.caseId(), step),
                    result,
                    context,
                    firstKnown(record.completedAt(), p.updatedAt())));
        }
    }

    /** {@code completed} with the overall score for a finished attempt; {@code progressed} for one under way. */
    private <E extends Exception> void outcome(Attempt attempt, UUID registration, Sink<E> sink) throws E {
        CaseProgress p = attempt.progress();
        JsonObject result = new JsonObject();
        JsonObject context = context(registration, activities.course(), attempt);
        JsonObject object = activities.customerCase(p.caseId());
        if (p.completed()) {
            OptionalDouble score = p.score();
            if (score.isPresent()) {
                score(result, score.getAsDouble());
            }
            result.addProperty("completion", true);
            IsoTimes.between(p.startedAt(), p.completedAt())
                    .ifPresent(d -> result.addProperty("duration", IsoTimes.duration(d)));
            sink.accept(
                    statements.build(attempt.learner(), XapiVerb.COMPLETED, object, result, context, p.completedAt()));
        } else {
            result.addProperty("completion", false);
            IsoTimes.between(p.startedAt(), p.updatedAt())
                    .ifPresent(d -> result.addProperty("duration", IsoTimes.duration(d)));
            JsonObject extensions = new JsonObject();
            extensions.addProperty(PROGRESS_EXTENSION, p.stepsDone() * 100 / Step.values().length);
            result.add("extensions", extensions);
            sink.accept(statements.build(
                    attempt.learner(),
                    XapiVerb.PROGRESSED,
                    object,
                    result,
                    context,
                    firstKnown(p.updatedAt(), p.startedAt())));
        }
    }

    private JsonObject context(UUID registration, JsonObject parent, Attempt attempt) {
        JsonObject context = new JsonObject();
        if (registration != null) {
            context.addProperty("registration", registration.toString());
        }
        JsonObject contextActivities = new JsonObject();
        contextActivities.add("parent", XapiActivities.array(parent));
        context.add("contextActivities", contextActivities);
        context.addProperty("platform", PLATFORM);
        if (attempt != null) {
            JsonObject extensions = new JsonObject();
            extensions.addProperty(attemptExtension, attempt.number());
            extensions.addProperty(caseVersionExtension, attempt.progress().caseVersion());
            context.add("extensions", extensions);
        }
        return context;
    }

    private static void score(JsonObject result, double scaled) {
        JsonObject score = new JsonObject();
        score.addProperty("scaled", scaled);
        result.add("score", score);
        result.addProperty("success", scaled >= PASS_SCORE);
    }

    /** The learner's own words, kept in a result extension; the response holds the scored choice. */
    private void written(JsonObject result, String text) {
        if (text != null && !text.isBlank()) {
            JsonObject extensions = new JsonObject();
            extensions.addProperty(writtenExtension, text);
            result.add("extensions", extensions);
        }
    }

    private static Instant firstKnown(Instant first, Instant second) {
        return first != null ? first : second;
    }
}
