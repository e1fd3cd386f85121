package org.empathytrainer.records;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.time.Instant;
import org.empathytrainer.practice.LearnerProgress;

/** Turns progress into the text of a progress file and back. The format is described in {@code package-info}. */
final class ProgressJson {
    /** The file format version this app writes and the highest it reads. */
    static final int SCHEMA_VERSION = 1;

    /** Html-safe escaping is for JSON embedded in web pages; off, learners' apostrophes stay readable. */
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private ProgressJson() {
    }

    /** The file text: pretty-printed with a 2-space indent, ending in a newline. */
    static String write(LearnerProgress progress, Instant savedAt) {
        return GSON.toJson(ProgressWriter.toJson(progress, savedAt)) + "\n";
    }

    /**
     * Reads a file's bytes as the progress of {@code learner}.
     *
     * @throws FormatProblem if the bytes are not a valid progress file of a version this app knows
     */
    static LearnerProgress read(byte[] bytes, String learner) {
        JsonFields root = JsonFields.root(JsonFiles.parse(bytes));
        int version = root.integer("schemaVersion", 1, Integer.MAX_VALUE);
        if (version > SCHEMA_VERSION) {
            throw FormatProblem.newerVersion(version, SCHEMA_VERSION);
        }
        return ProgressReader.read(root, learner);
    }
}
