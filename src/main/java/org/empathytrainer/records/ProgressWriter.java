package org.empathytrainer.records;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StoryProgress;

/**
 * Maps progress to the JSON of a progress file (format in {@code package-info}). Output is stable: cases sorted
 * by id, self-checks sorted, so saving the same progress twice gives the same bytes apart from {@code savedAt}.
 */
final class ProgressWriter {
    private ProgressWriter() {}

    /** The whole file; the history, when there is one, is its last member. */
    static JsonObject toJson(LearnerProgress progress, Instant savedAt) {
        JsonObject root = withoutHistory(progress, savedAt);
        if (!progress.history().isEmpty()) {
            root.add("history", history(progress.history()));
        }
        return root;
    }

    /** The file without its history. */
    static JsonObject withoutHistory(LearnerProgress progress, Instant savedAt) {
        JsonObject root = new JsonObject();
        root.addProperty("schemaVersion", ProgressJson.SCHEMA_VERSION);
        root.addProperty("learner", progress.learner());
        put(root, "savedAt", savedAt);
        root.add("story", story(progress.story()));
        JsonObject cases = new JsonObject();
        new TreeMap<>(progress.cases()).forEach((id, c) -> cases.add(id, caseProgress(c)));
        root.add("cases", cases);
        return root;
    }

    static JsonArray history(List<CaseProgress> attempts) {
        JsonArray history = new JsonArray();
        for (CaseProgress c : attempts) {
            JsonObject attempt = new JsonObject();
            attempt.addProperty("caseId", c.caseId());
            caseProgress(c).entrySet().forEach(e -> attempt.add(e.getKey(), e.getValue()));
            history.add(attempt);
        }
        return history;
    }

    private static JsonObject story(StoryProgress story) {
        JsonObject o = new JsonObject();
        o.addProperty("scene", story.scene());
        o.addProperty("reflection", story.reflection());
        put(o, "completedAt", story.completedAt());
        return o;
    }

    private static JsonObject caseProgress(CaseProgress c) {
        JsonObject o = new JsonObject();
        o.addProperty("caseVersion", c.caseVersion());
        o.addProperty("page", Ids.page(c.page()));
        put(o, "startedAt", c.startedAt());
        put(o, "updatedAt", c.updatedAt());
        put(o, "completedAt", c.completedAt());
        JsonObject steps = new JsonObject();
        for (Step step : Step.values()) {
            steps.add(Ids.step(step), stepRecord(c.step(step)));
        }
        o.add("steps", steps);
        o.add("answers", answers(c.answers()));
        return o;
    }

    private static JsonObject stepRecord(StepRecord r) {
        JsonObject o = new JsonObject();
        o.addProperty("status", Ids.status(r.status()));
        if (r.score() != null) {
            o.addProperty("score", r.score());
        }
        put(o, "startedAt", r.startedAt());
        put(o, "completedAt", r.completedAt());
        return o;
    }

    private static JsonObject answers(CaseAnswers a) {
        JsonObject place = new JsonObject();
        place.addProperty("retelling", a.place().retelling());
        putText(place, "concern", a.place().concernId());
        putText(place, "checkedConcern", a.place().checkedConcernId());

        JsonObject feelings = new JsonObject();
        for (Map.Entry<String, Integer> f : a.sense().feelings().entrySet()) {
            feelings.addProperty(f.getKey(), f.getValue());
        }
        JsonObject sense = new JsonObject();
        sense.add("feelings", feelings);

        JsonObject discuss = new JsonObject();
        putText(discuss, "option", a.discuss().optionId());
        putText(discuss, "checkedOption", a.discuss().checkedOptionId());
        discuss.addProperty("ownWords", a.discuss().ownWords());
        discuss.add("selfChecks", array(new TreeSet<>(a.discuss().selfChecks())));

        JsonObject fix = new JsonObject();
        fix.add("actions", array(a.fix().actions()));
        fix.addProperty("commitment", a.fix().commitment());
        fix.add("selfChecks", array(new TreeSet<>(a.fix().selfChecks())));

        JsonObject o = new JsonObject();
        o.add(Ids.step(Step.PLACE), place);
        o.add(Ids.step(Step.SENSE), sense);
        o.add(Ids.step(Step.DISCUSS), discuss);
        o.add(Ids.step(Step.FIX), fix);
        return o;
    }

    private static JsonArray array(Collection<String> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }

    private static void put(JsonObject o, String name, Instant time) {
        if (time != null) {
            o.addProperty(name, time.toString());
        }
    }

    private static void putText(JsonObject o, String name, String text) {
        if (text != null) {
            o.addProperty(name, text);
        }
    }
}
