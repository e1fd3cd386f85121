package org.empathytrainer.records;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.empathytrainer.content.Step;
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

    private ProgressReader() {
    }

    /** Reads a file already known to be of {@link ProgressJson#SCHEMA_VERSION}, written for {@code learner}. */
    static LearnerProgress read(JsonFields root, String learner) {
        String written = root.string("learner");
        if (!written.equals(learner)) {
            throw root.problem("learner", "\"" + written + "\" does not match the file, which is for " + learner);
        }
        StoryProgress story = story(root.object("story"));
        JsonFields casesNode = root.object("cases");
        Map<String, CaseProgress> cases = new LinkedHashMap<>();
        for (String id : casesNode.names()) {
            JsonFields c = casesNode.object(id);
            cases.put(id, caseProgress(id, c));
        }
        List<CaseProgress> history = new ArrayList<>();
        for (JsonFields attempt : root.objects("history")) {
            history.add(caseProgress(attempt.string("caseId"), attempt));
        }
        return root.build(() -> new LearnerProgress(learner, story, cases, history));
    }

    private static StoryProgress story(JsonFields o) {
        int scene = o.integer("scene", 0, Integer.MAX_VALUE);
        String reflection = o.string("reflection");
        var completedAt = o.instantOrNull("completedAt");
        return o.build(() -> new StoryProgress(scene, reflection, completedAt));
    }

    private static CaseProgress caseProgress(String id, JsonFields o) {
        int version = o.integer("caseVersion", 0, Integer.MAX_VALUE);
        var page = o.oneOf("page", Ids.PAGES);
        var startedAt = o.instantOrNull("startedAt");
        var updatedAt = o.instantOrNull("updatedAt");
        var completedAt = o.instantOrNull("completedAt");
        Map<Step, StepRecord> steps = steps(o.object("steps"));
        CaseAnswers answers = answers(o.object("answers"));
        return o.build(() -> new CaseProgress(id, version, page, answers, steps, startedAt, updatedAt, completedAt));
    }

    private static Map<Step, StepRecord> steps(JsonFields o) {
        o.requireKnownNames(Ids.STEPS);
        Map<Step, StepRecord> steps = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            JsonFields r = o.object(Ids.step(step));
            var status = r.oneOf("status", Ids.STATUSES);
            Double score = r.numberOrNull("score");
            var startedAt = r.instantOrNull("startedAt");
            var completedAt = r.instantOrNull("completedAt");
            steps.put(step, r.build(() -> new StepRecord(status, score, startedAt, completedAt)));
        }
        return steps;
    }

    private static CaseAnswers answers(JsonFields o) {
        o.requireKnownNames(Ids.STEPS);
        JsonFields place = o.object(Ids.step(Step.PLACE));
        PlaceAnswer placeAnswer = new PlaceAnswer(place.string("retelling"), place.stringOrNull("concern"),
                place.stringOrNull("checkedConcern"));

        JsonFields feelings = o.object(Ids.step(Step.SENSE)).object("feelings");
        Map<String, Integer> picked = new LinkedHashMap<>();
        for (String emotion : feelings.names()) {
            picked.put(emotion, feelings.integer(emotion, MIN_INTENSITY, MAX_INTENSITY));
        }

        JsonFields discuss = o.object(Ids.step(Step.DISCUSS));
        DiscussAnswer discussAnswer = new DiscussAnswer(discuss.stringOrNull("option"),
                discuss.stringOrNull("checkedOption"), discuss.string("ownWords"),
                new LinkedHashSet<>(discuss.strings("selfChecks")));

        JsonFields fix = o.object(Ids.step(Step.FIX));
        FixAnswer fixAnswer = new FixAnswer(fix.strings("actions"), fix.string("commitment"),
                new LinkedHashSet<>(fix.strings("selfChecks")));
        return new CaseAnswers(placeAnswer, new SenseAnswer(picked), discussAnswer, fixAnswer);
    }
}
