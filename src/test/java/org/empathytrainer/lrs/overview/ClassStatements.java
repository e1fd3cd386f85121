package org.empathytrainer.lrs.overview;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.practice.GeneratedHistory;
import org.empathytrainer.records.export.LearnerRecords;
import org.empathytrainer.records.export.XapiExport;
import org.empathytrainer.records.export.XapiOptions;

/** A made-up class: learners with generated histories, and their statements as the export makes them. */
public final class ClassStatements {
    public static final Course COURSE = ContentRepository.load(ContentSource.folder(Path.of("assets")));

    private ClassStatements() {}

    /** {@code count} learners, {@code attempts} attempts each spread over the course's cases, the same for a seed. */
    public static List<LearnerRecords> learners(int count, int attempts, long seed) {
        List<LearnerRecords> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = String.format("learner-%03d", i);
            all.add(new LearnerRecords(id, "Learner " + i, GeneratedHistory.learner(COURSE, attempts, seed + i)));
        }
        return all;
    }

    /** Their statements, in a shuffled order, as an LRS may give them back. */
    public static List<JsonObject> statements(List<LearnerRecords> learners, long seed) {
        List<JsonObject> all = new ArrayList<>();
        for (JsonElement e : new XapiExport(COURSE, XapiOptions.DEFAULTS).statements(learners)) {
            all.add(e.getAsJsonObject());
        }
        Collections.shuffle(all, new Random(seed));
        return all;
    }
}
