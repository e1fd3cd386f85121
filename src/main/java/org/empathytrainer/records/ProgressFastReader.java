package org.empathytrainer.records;

import static org.empathytrainer.records.FastTokens.instantOrNull;
import static org.empathytrainer.records.FastTokens.integer;
import static org.empathytrainer.records.FastTokens.numberOrNull;
import static org.empathytrainer.records.FastTokens.oneOf;
import static org.empathytrainer.records.FastTokens.require;
import static org.empathytrainer.records.FastTokens.step;
import static org.empathytrainer.records.FastTokens.string;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.empathytrainer.content.Step;
import org.empathytrainer.json.StrictJson;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StepStatus;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.practice.WizardPage;

/**
 * Reads a progress file of the shape this app writes straight from its tokens into records, without the JSON tree
 * {@link ProgressFileReader} makes of each part first: a learner's history of 10,000 attempts is read at start-up, and
 * the tree is most of that work. It gives up at anything else: a field it does not know, a missing one, a value of
 * another kind or out of range, a word the format does not have, a record that refuses its values, text that is not
 * JSON. The file is then read again by {@link ProgressFileReader}, which reads what it can and says what is wrong, in
 * its words: whatever this reader returns, that one would return too.
 */
final class ProgressFastReader {
    private ProgressFastReader() {}

    /** The progress in {@code text}, or null if it is not simply what this app writes for {@code learner}. */
    static LearnerProgress readOrNull(Reader text, String learner) {
        try {
            JsonReader r = StrictJson.reader(text);
            LearnerProgress progress = root(r, learner);
            return r.peek() == JsonToken.END_DOCUMENT ? progress : null;
        } catch (IOException | RuntimeException e) {
            // Not JSON, a duplicate field, a record that refused its values, or the file could not be read: the
            // careful reading finds out which, and says so.
            return null;
        }
    }

    private static LearnerProgress root(JsonReader r, String learner) throws IOException {
        r.beginObject();
        int version = 0;
        String written = null;
        StoryProgress story = null;
        Map<String, CaseProgress> cases = null;
        List<CaseProgress> history = List.of();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "schemaVersion":
                    version = integer(r, 1, ProgressJson.SCHEMA_VERSION);
                    break;
                case "learner":
                    written = string(r);
                    break;
                case "savedAt":
                    instantOrNull(r);
                    break;
                case "story":
                    story = story(r);
                    break;
                case "cases":
                    cases = cases(r);
                    break;
                case "history":
                    history = history(r);
                    break;
                default:
                    throw FastTokens.UNEXPECTED;
            }
        }
        r.endObject();
        require(version > 0 && learner.equals(written) && story != null && cases != null);
        return new LearnerProgress(learner, story, cases, history);
    }

    private static StoryProgress story(JsonReader r) throws IOException {
        r.beginObject();
        int scene = -1;
        String reflection = null;
        Instant completedAt = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "scene":
                    scene = integer(r, 0, Integer.MAX_VALUE);
                    break;
                case "reflection":
                    reflection = string(r);
                    break;
                case "completedAt":
                    completedAt = instantOrNull(r);
                    break;
                default:
                    throw FastTokens.UNEXPECTED;
            }
        }
        r.endObject();
        require(scene >= 0 && reflection != null);
        return new StoryProgress(scene, reflection, completedAt);
    }

    private static Map<String, CaseProgress> cases(JsonReader r) throws IOException {
        Map<String, CaseProgress> cases = new LinkedHashMap<>();
        r.beginObject();
        while (r.hasNext()) {
            String id = r.nextName();
            cases.put(id, caseProgress(r, id));
        }
        r.endObject();
        return cases;
    }

    private static List<CaseProgress> history(JsonReader r) throws IOException {
        if (r.peek() == JsonToken.NULL) {
            r.nextNull();
            return List.of();
        }
        List<CaseProgress> history = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
            history.add(caseProgress(r, null));
        }
        r.endArray();
        return history;
    }

    /** A current attempt, keyed by {@code id}, or with {@code id} null an earlier one, which names its case. */
    private static CaseProgress caseProgress(JsonReader r, String id) throws IOException {
        r.beginObject();
        String caseId = id;
        int version = -1;
        WizardPage page = null;
        Instant startedAt = null;
        Instant updatedAt = null;
        Instant completedAt = null;
        Map<Step, StepRecord> steps = null;
        CaseAnswers answers = null;
        while (r.hasNext()) {
            String name = r.nextName();
            switch (name) {
                case "caseId":
                    require(id == null);
                    caseId = string(r);
                    break;
                case "caseVersion":
                    version = integer(r, 0, Integer.MAX_VALUE);
                    break;
                case "page":
                    page = oneOf(r, Ids.PAGES);
                    break;
                case "startedAt":
                    startedAt = instantOrNull(r);
                    break;
                case "updatedAt":
                    updatedAt = instantOrNull(r);
                    break;
                case "completedAt":
                    completedAt = instantOrNull(r);
                    break;
                case "steps":
                    steps = steps(r);
                    break;
                case "answers":
                    answers = FastAnswers.answers(r);
                    break;
                default:
                    throw FastTokens.UNEXPECTED;
            }
        }
        r.endObject();
        require(caseId != null && version >= 0 && page != null && steps != null && answers != null);
        return new CaseProgress(caseId, version, page, answers, steps, startedAt, updatedAt, completedAt);
    }

    private static Map<Step, StepRecord> steps(JsonReader r) throws IOException {
        Map<Step, StepRecord> steps = new EnumMap<>(Step.class);
        r.beginObject();
        while (r.hasNext()) {
            steps.put(step(r.nextName()), stepRecord(r));
        }
        r.endObject();
        require(steps.size() == Step.values().length);
        return steps;
    }

    private static StepRecord stepRecord(JsonReader r) throws IOException {
        r.beginObject();
        StepStatus status = null;
        Double score = null;
        Instant startedAt = null;
        Instant completedAt = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "status":
                    status = oneOf(r, Ids.STATUSES);
                    break;
                case "score":
                    score = numberOrNull(r);
                    break;
                case "startedAt":
                    startedAt = instantOrNull(r);
                    break;
                case "completedAt":
                    completedAt = instantOrNull(r);
                    break;
                default:
                    throw FastTokens.UNEXPECTED;
            }
        }
        r.endObject();
        require(status != null);
        return new StepRecord(status, score, startedAt, completedAt);
    }
}
