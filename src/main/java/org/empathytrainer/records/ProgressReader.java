package org.empathytrainer.records;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.empathytrainer.content.Step;
import org.empathytrainer.json.JsonObjectReader;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.DiscussAnswer;
import org.empathytrainer.practice.FixAnswer;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.PlaceAnswer;
import org.empathytrainer.practice.SenseAnswer;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StoryProgress;

/**
 * Maps the JSON of a progress file (format in {@code package-info}) back to progress. Strict: every field the
 * writer always writes is required, and unknown step, page or status words are refused, so a damaged file is
 * noticed at load rather than half-used. Unknown extra fields are ignored.
 */
final class ProgressReader {
    private static final int MIN_INTENSITY = 1;
    private static final int MAX_INTENSITY = 3;

    private ProgressReader() {}

    /** Reads a file already known to be of {@link ProgressJson#SCHEMA_VERSION}, written for {@code learner}. */
    static LearnerProgress read(JsonObjectReader root, String learner) {
        Head head = head(root, learner);
        List<CaseProgress> history = root.objects("history", ProgressReader::attempt);
        return head.with(root, history);
    }

    /** What comes before the history: whose file it is, the story and the current attempts. */
    record Head(String learner, StoryProgress story, Map<String, CaseProgress> cases) {
        /** The whole progress, with the learner's earlier attempts; a refusal is reported against {@code root}. */
        LearnerProgress with(JsonObjectReader root, List<CaseProgress> history) {
            return root.build(() -> new LearnerProgress(learner, story, cases, history));
        }
    }

    /** Reads all but the history of a file known to be of {@link ProgressJson#SCHEMA_VERSION}. */
    static Head head(JsonObjectReader root, String learner) {
        String written = root.string("learner");
        if (!written.equals(learner)) {
            throw root.problem("learner", "\"" + written + "\" does not match the file, which is for " + learner);
        }
        StoryProgress story = root.object("story", ProgressReader::story);
        Map<String, CaseProgress> cases = root.object("cases", ProgressReader::cases);
        return new Head(learner, story, cases);
    }

    /** One earlier attempt, an item of the history. */
    static CaseProgress attempt(JsonObjectReader a) {
        return caseProgress(a.string("caseId"), a);
    }

    /** The cases object, keyed by case id. */
    private static Map<String, CaseProgress> cases(JsonObjectReader o) {
        Map<String, CaseProgress> cases = new LinkedHashMap<>();
        for (String id : o.names()) {
            cases.put(id, o.object(id, c -> caseProgress(id, c)));
        }
        return cases;
    }

    private static StoryProgress story(JsonObjectReader o) {
        int scene = o.integer("scene", 0, Integer.MAX_VALUE);
        String reflection = o.string("reflection");
        var completedAt = o.instantOrNull("completedAt");
        return o.build(() -> new StoryProgress(scene, reflection, completedAt));
    }

    private static CaseProgress caseProgress(String id, JsonObjectReader o) {
        int version = o.integer("caseVersion", 0, Integer.MAX_VALUE);
        var page = o.oneOf("page", Ids.PAGES);
        var startedAt = o.instantOrNull("startedAt");
        var updatedAt = o.instantOrNull("updatedAt");
        var completedAt = o.instantOrNull("completedAt");
        Map<Step, StepRecord> steps = o.object("steps", ProgressReader::steps);
        CaseAnswers answers = o.object("answers", ProgressReader::answers);
        return o.build(() -> new CaseProgress(id, version, page, answers, steps, startedAt, updatedAt, completedAt));
    }

    private static Map<Step, StepRecord> steps(JsonObjectReader o) {
        o.requireKnownNames(Ids.STEPS);
        Map<Step, StepRecord> steps = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            steps.put(step, o.object(Ids.step(step), ProgressReader::stepRecord));
        }
        return steps;
    }

    private static StepRecord stepRecord(JsonObjectReader r) {
        var status = r.oneOf("status", Ids.STATUSES);
        Double score = r.numberOrNull("score");
        var startedAt = r.instantOrNull("startedAt");
        var completedAt = r.instantOrNull("completedAt");
        return r.build(() -> new StepRecord(status, score, startedAt, completedAt));
    }

    private static CaseAnswers answers(JsonObjectReader o) {
        o.requireKnownNames(Ids.STEPS);
        PlaceAnswer placeAnswer = o.object(
                Ids.step(Step.PLACE),
                place -> new PlaceAnswer(
                        place.string("retelling"),
                        place.stringOrNull("concern"),
                        place.stringOrNull("checkedConcern")));
        SenseAnswer senseAnswer = o.object(
                Ids.step(Step.SENSE),
                sense -> sense.object("feelings", feelings -> {
                    Map<String, Integer> picked = new LinkedHashMap<>();
                    for (String emotion : feelings.names()) {
                        picked.put(emotion, feelings.integer(emotion, MIN_INTENSITY, MAX_INTENSITY));
                    }
                    return new SenseAnswer(picked);
                }));
        DiscussAnswer discussAnswer = o.object(
                Ids.step(Step.DISCUSS),
                discuss -> new DiscussAnswer(
                        discuss.stringOrNull("option"),
                        discuss.stringOrNull("checkedOption"),
                        discuss.string("ownWords"),
                        new LinkedHashSet<>(discuss.strings("selfChecks"))));
        FixAnswer fixAnswer = o.object(
                Ids.step(Step.FIX),
                fix -> new FixAnswer(
                        fix.strings("actions"),
                        fix.string("commitment"),
                        new LinkedHashSet<>(fix.strings("selfChecks"))));
        return new CaseAnswers(placeAnswer, senseAnswer, discussAnswer, fixAnswer);
    }
}
