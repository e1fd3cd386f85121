package org.empathytrainer.records;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.empathytrainer.json.JsonObjectReader;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;

/** Turns progress into the text of a progress file and back. The format is described in {@code package-info}. */
final class ProgressJson {
    /** The file format version this app writes and the highest it reads. */
    static final int SCHEMA_VERSION = 1;

    /** Html-safe escaping is for JSON embedded in web pages; off, learners' apostrophes stay readable. */
    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /**
     * The bytes of the history last written, kept for the identity of its list. Progress is saved at every step but
     * the history only changes when a case is started over, and with hundreds of attempts writing it out is most of
     * the work of a save: as text, then as UTF-8, a learner with 1,000 attempts made 8 MB of garbage per save. Progress
     * is immutable, so the same list always gives the same bytes.
     */
    private static volatile HistoryBytes lastHistory = new HistoryBytes(List.of(), new byte[0]);

    private record HistoryBytes(List<CaseProgress> history, byte[] bytes) {}

    private ProgressJson() {}

    /**
     * The file text: pretty-printed with a 2-space indent, ending in a newline; the same text as printing
     * {@link ProgressWriter#toJson} whole. Saving writes {@link #parts} instead, which are this text's bytes.
     */
    static String write(LearnerProgress progress, Instant savedAt) {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        parts(progress, savedAt).forEach(whole::writeBytes);
        return whole.toString(StandardCharsets.UTF_8);
    }

    /**
     * The file's UTF-8 bytes, in parts to be written one after the other. The history's part is shared between saves
     * and must not be changed.
     */
    static List<byte[]> parts(LearnerProgress progress, Instant savedAt) {
        String head = GSON.toJson(ProgressWriter.withoutHistory(progress, savedAt));
        if (progress.history().isEmpty()) {
            return List.of(utf8(head + "\n"));
        }
        // The history is the last member: it goes before the closing "\n}", indented one level deeper.
        return List.of(
                utf8(head.substring(0, head.length() - 2) + ",\n  \"history\": "),
                historyBytes(progress.history()),
                utf8("\n}\n"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] historyBytes(List<CaseProgress> history) {
        HistoryBytes last = lastHistory;
        if (last.history() != history) {
            last = new HistoryBytes(
                    history, utf8(GSON.toJson(ProgressWriter.history(history)).replace("\n", "\n  ")));
            lastHistory = last;
        }
        return last.bytes();
    }

    /**
     * Reads a file's bytes as the progress of {@code learner}.
     *
     * @throws FormatProblem if the bytes are not a valid progress file of a version this app knows
     */
    static LearnerProgress read(byte[] bytes, String learner) {
        LearnerProgress fast = ProgressFastReader.readOrNull(utf8(new ByteArrayInputStream(bytes)), learner);
        if (fast != null) {
            return fast;
        }
        try {
            return ProgressFileReader.read(utf8(new ByteArrayInputStream(bytes)), learner);
        } catch (IOException e) {
            throw new UncheckedIOException("bytes in memory could not be read", e);
        }
    }

    /**
     * Reads a progress file as the progress of {@code learner}, a part at a time (see {@link ProgressFastReader} and
     * {@link ProgressFileReader}).
     *
     * @throws FormatProblem if the file is not a valid progress file of a version this app knows
     * @throws IOException   if it cannot be read, or holds more than {@code maxBytes}
     */
    static LearnerProgress read(Path file, long maxBytes, String learner) throws IOException {
        // Most files are just as the app wrote them, and read quickest straight into records; any other is read again
        // by the reader that says what is wrong with it.
        try (Reader text = utf8(SavedFiles.open(file, maxBytes))) {
            LearnerProgress fast = ProgressFastReader.readOrNull(text, learner);
            if (fast != null) {
                return fast;
            }
        }
        try (Reader text = utf8(SavedFiles.open(file, maxBytes))) {
            return ProgressFileReader.read(text, learner);
        }
    }

    /** Text decoded strictly: bytes that are not UTF-8 are refused rather than replaced. */
    private static Reader utf8(InputStream bytes) {
        return new InputStreamReader(
                bytes,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** A whole file's JSON, read as a tree, as the progress of {@code learner}. */
    static LearnerProgress read(JsonObjectReader root, String learner) {
        requireKnownVersion(root);
        return ProgressReader.read(root, learner);
    }

    /** All but the history of a file, from the members that come before it. */
    static ProgressReader.Head head(JsonObjectReader root, String learner) {
        requireKnownVersion(root);
        return ProgressReader.head(root, learner);
    }

    private static void requireKnownVersion(JsonObjectReader root) {
        int version = root.integer("schemaVersion", 1, Integer.MAX_VALUE);
        if (version > SCHEMA_VERSION) {
            throw FormatProblem.newerVersion(version, SCHEMA_VERSION);
        }
    }
}
