package org.empathytrainer.lrs;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.empathytrainer.content.Course;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.export.Attempt;
import org.empathytrainer.records.export.LearnerRecords;
import org.empathytrainer.records.export.XapiExport;
import org.empathytrainer.records.export.XapiOptions;
import org.empathytrainer.records.export.XapiVerb;

/**
 * The statements sent for a learner's results, made by the xAPI export itself (the same verbs, ids and registration
 * as a file export): {@code answered} for a step done, {@code completed} for a case finished, {@code experienced} for
 * the story finished. Not {@code progressed}: it describes an attempt at one moment, and its id changes with every
 * step, where the others record something that happened once.
 */
public final class ResultStatements {
    private static final String PROGRESSED = XapiVerb.PROGRESSED.iri();

    private final Course course;
    private final XapiExport export;

    public ResultStatements(Course course, XapiOptions options) {
        this.course = course;
        this.export = new XapiExport(course, options);
    }

    /** The IRI of the course activity, which every statement names: what the class overview reads back. */
    public String courseActivityId() {
        return export.courseActivityId();
    }

    /** Every result statement of the learner, in the export's order. */
    public List<JsonObject> all(LearnerRecords learner) {
        List<JsonObject> made = new ArrayList<>(export.storyStatements(learner));
        for (Attempt attempt : Attempt.of(learner, course)) {
            keep(export.attemptStatements(attempt), made);
        }
        return made;
    }

    /**
     * The result statements of what changed since {@code previous}: the story if it changed, and the attempts whose
     * progress is not the very same as before (progress is immutable, so an attempt untouched by a save is the same
     * object). May include statements made before; the outbox queues each id once.
     */
    public List<JsonObject> changedSince(LearnerRecords learner, LearnerProgress previous) {
        LearnerProgress now = learner.progress();
        List<JsonObject> made = new ArrayList<>();
        if (!now.story().equals(previous.story())) {
            made.addAll(export.storyStatements(learner));
        }
        Set<CaseProgress> before = Collections.newSetFromMap(new IdentityHashMap<>());
        before.addAll(previous.cases().values());
        before.addAll(previous.history());
        for (Attempt attempt : Attempt.of(learner, course)) {
            if (!before.contains(attempt.progress())) {
                keep(export.attemptStatements(attempt), made);
            }
        }
        return made;
    }

    private static void keep(List<JsonObject> statements, List<JsonObject> into) {
        for (JsonObject s : statements) {
            if (!PROGRESSED.equals(s.getAsJsonObject("verb").get("id").getAsString())) {
                into.add(s);
            }
        }
    }
}
