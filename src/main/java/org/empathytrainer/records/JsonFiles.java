package org.empathytrainer.records;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.empathytrainer.json.InvalidJsonException;
import org.empathytrainer.json.JsonFieldException;
import org.empathytrainer.json.JsonObjectReader;
import org.empathytrainer.json.StrictJson;

/**
 * Turns the bytes of a saved file into JSON and records, or a {@link FormatProblem} saying why they are not, so the
 * stores only ever see the one kind of problem they know how to recover from.
 */
public final class JsonFiles {
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private JsonFiles() {}

    public static JsonElement parse(byte[] bytes) {
        try {
            return StrictJson.parse(new StringReader(decode(bytes)));
        } catch (InvalidJsonException | IOException e) {
            throw new FormatProblem("", "the JSON is not valid: " + e.getMessage());
        }
    }

    /**
     * Reads the bytes of a saved file, which must hold one JSON object, with {@code reader}.
     *
     * @throws FormatProblem naming the field from the top of the file, if a field cannot be read
     */
    public static <T> T read(byte[] bytes, Function<JsonObjectReader, T> reader) {
        JsonElement json = parse(bytes);
        try {
            return reader.apply(JsonObjectReader.root(json));
        } catch (JsonFieldException e) {
            throw new FormatProblem(e.field(), e.problem());
        }
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            // Some Windows editors add a byte order mark when a learner or teacher edits the file by hand.
            return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new FormatProblem("", "the file is not UTF-8 text");
        }
    }
}
