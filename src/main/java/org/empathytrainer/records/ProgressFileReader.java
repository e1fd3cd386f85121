package org.empathytrainer.records;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.empathytrainer.json.InvalidJsonException;
import org.empathytrainer.json.JsonFieldException;
import org.empathytrainer.json.JsonObjectReader;
import org.empathytrainer.json.StrictJson;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;

/**
 * Reads the text of a progress file a part at a time, so that a long history is never in memory whole, neither as text
 * nor as a JSON tree: the members before the history as a tree, then the history one attempt at a time, each made
 * into its record and its tree let go. The app writes the history last; a file that has it before another member the
 * app always writes is read as a whole tree instead, as before.
 *
 * <p>It refuses what reading the whole file as a tree refuses, in the same words and with the same field paths: text
 * that is not UTF-8 or not JSON anywhere in the file (a field problem found earlier waits until the end of the text),
 * then the first field at fault, in the order {@link ProgressJson#read} checks them.
 */
final class ProgressFileReader {
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String HISTORY = "history";
    /** The members the app writes before the history, all needed before an attempt can be read. */
    private static final Set<String> HEAD = Set.of("schemaVersion", "learner", "story", "cases");

    private ProgressFileReader() {}

    /**
     * The progress of {@code learner} in {@code text}.
     *
     * @throws FormatProblem if the text is not a valid progress file of a version this app knows
     * @throws IOException   if the text could not be read (not a problem of what it says)
     */
    static LearnerProgress read(Reader text, String learner) throws IOException {
        try {
            return read(StrictJson.reader(withoutByteOrderMark(text)), learner);
        } catch (CharacterCodingException e) {
            throw new FormatProblem("", "the file is not UTF-8 text");
        } catch (EOFException e) {
            // Gson's word for text that ends before its value does, as reading the whole file reported it.
            throw new FormatProblem("", "the JSON is not valid: " + e.getMessage());
        } catch (MalformedJsonException e) {
            throw invalid(StrictJson.invalid(e));
        } catch (InvalidJsonException e) {
            throw invalid(e);
        } catch (JsonFieldException e) {
            throw new FormatProblem(e.field(), e.problem());
        }
    }

    private static FormatProblem invalid(InvalidJsonException e) {
        return new FormatProblem("", "the JSON is not valid: " + e.getMessage());
    }

    private static LearnerProgress read(JsonReader reader, String learner) throws IOException {
        JsonToken first;
        try {
            first = reader.peek();
        } catch (EOFException e) {
            first = JsonToken.END_DOCUMENT; // nothing but spaces: no object
        }
        if (first != JsonToken.BEGIN_OBJECT) {
            JsonElement whole = first == JsonToken.END_DOCUMENT ? JsonNull.INSTANCE : StrictJson.value(reader);
            StrictJson.end(reader);
            return ProgressJson.read(JsonObjectReader.root(whole), learner);
        }
        reader.beginObject();
        JsonObject head = new JsonObject();
        ProgressReader.Head known = null;
        List<CaseProgress> history = null;
        RuntimeException problem = null;
        while (reader.hasNext()) {
            String name = reader.nextName();
            if (!name.equals(HISTORY) || !head.keySet().containsAll(HEAD)) {
                head.add(name, StrictJson.value(reader));
                continue;
            }
            if (problem == null) {
                try {
                    known = ProgressJson.head(JsonObjectReader.root(head), learner);
                } catch (JsonFieldException | FormatProblem e) {
                    problem = e;
                }
            }
            if (problem != null) {
                StrictJson.value(reader); // read only for what the text may have wrong
                continue;
            }
            Attempts attempts = new Attempts();
            attempts.read(reader);
            history = attempts.found;
            problem = attempts.problem;
        }
        reader.endObject();
        StrictJson.end(reader);
        if (problem != null) {
            throw problem;
        }
        JsonObjectReader root = JsonObjectReader.root(head);
        return known == null ? ProgressJson.read(root, learner) : known.with(root, history);
    }

    /** The history, attempt by attempt; the first problem is kept while the rest of the text is read for its own. */
    private static final class Attempts {
        private final List<CaseProgress> found = new ArrayList<>();
        private JsonFieldException problem;

        void read(JsonReader reader) throws IOException {
            JsonToken token = reader.peek();
            if (token == JsonToken.NULL) {
                reader.nextNull(); // null counts as absent: no earlier attempts
                return;
            }
            if (token != JsonToken.BEGIN_ARRAY) {
                StrictJson.value(reader);
                problem = new JsonFieldException(HISTORY, "must be a list");
                return;
            }
            reader.beginArray();
            for (int i = 0; reader.hasNext(); i++) {
                JsonElement item = StrictJson.value(reader);
                if (problem != null) {
                    continue;
                }
                try {
                    found.add(JsonObjectReader.item(HISTORY + "[" + i + "]", item, ProgressReader::attempt));
                } catch (JsonFieldException e) {
                    problem = e;
                    found.clear();
                }
            }
            reader.endArray();
        }
    }

    private static Reader withoutByteOrderMark(Reader text) throws IOException {
        // Some Windows editors add a byte order mark when a learner or teacher edits the file by hand.
        PushbackReader in = new PushbackReader(text, 1);
        int first = in.read();
        if (first >= 0 && first != BYTE_ORDER_MARK.charAt(0)) {
            in.unread(first);
        }
        return in;
    }
}
