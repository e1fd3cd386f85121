package org.empathytrainer.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads JSON strictly, so comments, trailing commas and other hand-edit slips are reported rather than guessed at,
 * and says what is wrong in words a course author or a learner can act on, with the line and column.
 */
public final class StrictJson {
    private static final Pattern LENIENCY_ADVICE =
            Pattern.compile("^Use JsonReader\\.setStrictness\\(.*?\\) to accept malformed JSON");

    /** Gson's words for the usual slips, and what an author would call them. */
    private static final Map<String, String> PLAIN_WORDS = Map.of(
            "Expected name", "expected a field name in double quotes (a comma too many?)",
            "Expected ':'", "expected a colon after the field name",
            "Expected value", "expected a value (a comma too many in a list?)",
            "Unterminated object", "an object is not closed (a missing comma or closing brace?)",
            "Unterminated array", "a list is not closed (a missing comma or closing bracket?)",
            "Unterminated string", "a text is not closed (a missing double quote?)");

    private StrictJson() {}

    /**
     * Parses one JSON value that must fill the whole text.
     *
     * @throws InvalidJsonException when the text is not valid JSON, or an object names a field twice
     *                              ({@link DuplicateFieldException}); its message names the line and column
     * @throws IOException          when the text cannot be read at all
     */
    public static JsonElement parse(Reader text) throws IOException {
        JsonReader reader = reader(text);
        JsonElement root = value(reader);
        end(reader);
        return root;
    }

    /**
     * A strict reader of {@code text} that refuses an object naming a field twice, for reading a large text a part at
     * a time: {@link #value} for each part, {@link #invalid} for what its own calls throw, {@link #end} at the end.
     */
    public static JsonReader reader(Reader text) {
        JsonReader reader = new UniqueNames(text);
        reader.setStrictness(Strictness.STRICT);
        return reader;
    }

    /**
     * The next JSON value of {@code reader}, whole, as {@link #parse} reads a text.
     *
     * @throws InvalidJsonException as {@link #parse}
     * @throws IOException          when the text cannot be read at all
     */
    public static JsonElement value(JsonReader reader) throws IOException {
        try {
            return JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            // Gson reports running out of memory as a parse failure; it says nothing about the text, and a caller
            // that took it for damage would move a good file aside.
            if (e.getCause() instanceof OutOfMemoryError) {
                throw (OutOfMemoryError) e.getCause();
            }
            if (e.getCause() instanceof IOException && !(e.getCause() instanceof MalformedJsonException)) {
                throw (IOException) e.getCause();
            }
            throw new InvalidJsonException(describe(e));
        }
    }

    /** What a call on a {@link #reader} threw for text that is not valid JSON, in the words of {@link #parse}. */
    public static InvalidJsonException invalid(MalformedJsonException e) {
        return new InvalidJsonException(describe(new JsonParseException(e)));
    }

    /**
     * Checks that nothing but spaces follows the value just read.
     *
     * @throws InvalidJsonException naming where more text follows
     */
    public static void end(JsonReader reader) throws IOException {
        try {
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new InvalidJsonException("more text follows the end of the JSON value at " + location(reader));
            }
        } catch (MalformedJsonException e) {
            throw new InvalidJsonException("more text follows the end of the JSON value at " + location(reader));
        }
    }

    /** Gson's message without what is meant for programmers: the path, the link and the advice to be lenient. */
    private static String describe(JsonParseException e) {
        Throwable t = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        String message = String.valueOf(t.getMessage());
        int see = message.indexOf("\nSee ");
        message = see < 0 ? message : message.substring(0, see);
        message = LENIENCY_ADVICE
                .matcher(stripPath(message))
                .replaceFirst("unexpected text")
                .strip();
        for (Map.Entry<String, String> plain : PLAIN_WORDS.entrySet()) {
            if (message.startsWith(plain.getKey() + " at ")) {
                return plain.getValue() + message.substring(plain.getKey().length());
            }
        }
        return message;
    }

    private static String location(JsonReader reader) {
        String where = reader.toString();
        int at = where.indexOf(" at ");
        return stripPath(at < 0 ? where : where.substring(at + 4));
    }

    /** A reader that refuses an object naming the same field twice; Gson's tree keeps the last without a word. */
    private static final class UniqueNames extends JsonReader {
        private final Deque<Names> open = new ArrayDeque<>();

        UniqueNames(Reader in) {
            super(in);
        }

        @Override
        public void beginObject() throws IOException {
            super.beginObject();
            open.push(new Names());
        }

        @Override
        public void endObject() throws IOException {
            super.endObject();
            open.pop();
        }

        @Override
        public String nextName() throws IOException {
            String name = super.nextName();
            if (!open.isEmpty() && !open.peek().add(name)) {
                String path = getPath();
                throw new DuplicateFieldException(path.startsWith("$.") ? path.substring(2) : path, location(this));
            }
            return name;
        }
    }

    /**
     * The names met so far in one object. Most objects have a handful, and a long saved history has hundreds of
     * thousands of objects: a short list compared in turn makes far less garbage than a hash set each.
     */
    private static final class Names {
        private static final int FEW = 16;
        private final List<String> few = new ArrayList<>(8);
        private Set<String> many;

        /** Adds {@code name}; false if the object already had it. */
        boolean add(String name) {
            if (many != null) {
                return many.add(name);
            }
            if (few.contains(name)) {
                return false;
            }
            few.add(name);
            if (few.size() > FEW) {
                many = new HashSet<>(few);
            }
            return true;
        }
    }

    private static String stripPath(String message) {
        int path = message.indexOf(" path $");
        return path < 0 ? message : message.substring(0, path);
    }
}
