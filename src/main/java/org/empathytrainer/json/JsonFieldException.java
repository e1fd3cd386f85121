package org.empathytrainer.json;

import com.google.gson.JsonElement;
import java.util.Collection;

/**
 * A field of a JSON object that is missing or holds something unusable. The field is a dotted path relative to the
 * object that was being read when the problem arose; {@link JsonObjectReader} puts the path of each enclosing object
 * in front as the problem passes up, so at the top of the file it names the field exactly
 * ({@code fix.actions[3].kind}). Subclasses carry the rules of one kind of record, such as a course's content.
 */
public class JsonFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** How much of a wrong value a problem quotes. */
    private static final int SHOWN_LIMIT = 40;

    private final String field;

    public JsonFieldException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    /** A field holding the wrong kind of value: "must be {@code expected}, not" what it holds. */
    static JsonFieldException wrongValue(String field, String expected, JsonElement found) {
        return new JsonFieldException(field, "must be " + expected + ", not " + shown(found));
    }

    /** A field holding {@code word}, which is not one of the {@code allowed} words. */
    static JsonFieldException notOneOf(String field, String word, Collection<String> allowed) {
        return new JsonFieldException(field, "\"" + word + "\" is not one of " + String.join(", ", allowed));
    }

    /** A wrong value as it appears in the file, cut short so a problem never quotes a whole subtree. */
    private static String shown(JsonElement e) {
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "a list";
        }
        String text = e.toString();
        return text.length() <= SHOWN_LIMIT ? text : text.substring(0, SHOWN_LIMIT) + "...";
    }

    /** The dotted path of the offending field, empty for the object (or the file) as a whole. */
    public String field() {
        return field;
    }

    public String problem() {
        return getMessage();
    }

    /** The same problem, seen from one level up: {@code parent.field}. */
    public JsonFieldException under(String parent) {
        return new JsonFieldException(field.isEmpty() ? parent : parent + "." + field, problem());
    }
}
