package org.empathytrainer.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A JSON object being read into records, field by field. Every problem is a {@link JsonFieldException} naming the
 * field relative to this object; nested objects are read through functions, so the problems found in them, and
 * those of the records built from them, gain the path that leads there ({@code cases.porch-parcel.steps.place}).
 * Null counts as absent.
 *
 * <p>Course content is written by hand, so its readings ({@link #text}, {@link #texts}, {@link #list}) strip
 * texts and refuse blank ones and empty lists. Saved records are written by the app, so theirs ({@link #string},
 * {@link #strings}, {@link #objects}) take values as they are, and a refusal quotes the value found.
 */
public final class JsonObjectReader {
    private final JsonObject object;

    private JsonObjectReader(JsonObject object) {
        this.object = object;
    }

    /** The top of a file, which must be a JSON object. */
    public static JsonObjectReader root(JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            throw new JsonFieldException("", "the file must hold one JSON object");
        }
        return new JsonObjectReader(element.getAsJsonObject());
    }

    /** The field names, in file order. */
    public Set<String> names() {
        return object.keySet();
    }

    public boolean has(String name) {
        return object.has(name) && !object.get(name).isJsonNull();
    }

    /** Whether the field holds a list, for a field that may be written either as one text or as a list. */
    public boolean holdsList(String name) {
        return has(name) && object.get(name).isJsonArray();
    }

    /** A required object, read by {@code reader}. */
    public <T> T object(String name, Function<JsonObjectReader, T> reader) {
        JsonElement e = required(name);
        if (!e.isJsonObject()) {
            throw problem(name, "must be an object");
        }
        return read(name, e, reader);
    }

    /** A required, non-empty list of objects, as course content has. */
    public <T> List<T> list(String name, Function<JsonObjectReader, T> reader) {
        List<JsonElement> items = nonEmptyArray(name);
        List<T> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String at = name + "[" + i + "]";
            if (!items.get(i).isJsonObject()) {
                throw problem(at, "must be an object");
            }
            result.add(read(at, items.get(i), reader));
        }
        return List.copyOf(result);
    }

    /** An optional list of objects, as saved records have; absent means empty. */
    public <T> List<T> objects(String name, Function<JsonObjectReader, T> reader) {
        if (!has(name)) {
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (JsonElement item : array(name)) {
            String at = name + "[" + result.size() + "]";
            if (!item.isJsonObject()) {
                throw JsonFieldException.wrongValue(at, "an object", item);
            }
            result.add(read(at, item, reader));
        }
        return List.copyOf(result);
    }

    /**
     * One object of a list read a part at a time (see {@link StrictJson#reader}), read as {@link #objects} reads each:
     * {@code at} is its place from the top of the file, such as {@code history[3]}, and leads its problems' paths.
     */
    public static <T> T item(String at, JsonElement item, Function<JsonObjectReader, T> reader) {
        if (!item.isJsonObject()) {
            throw JsonFieldException.wrongValue(at, "an object", item);
        }
        return read(at, item, reader);
    }

    /** Runs a record constructor, reporting its validation failure against this object. */
    public <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw problem("", e.getMessage());
        }
    }

    /** A required text that is not blank, stripped of the spaces around it. */
    public String text(String name) {
        JsonPrimitive p = authoredPrimitive(name, "a string");
        if (!p.isString()) {
            throw problem(name, "must be a string, not " + p);
        }
        if (p.getAsString().isBlank()) {
            throw problem(name, "must not be empty");
        }
        return p.getAsString().strip();
    }

    public Optional<String> optionalText(String name) {
        return has(name) ? Optional.of(text(name)) : Optional.empty();
    }

    /** A required, non-empty list of non-blank texts, each stripped. */
    public List<String> texts(String name) {
        List<JsonElement> items = nonEmptyArray(name);
        List<String> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonElement e = items.get(i);
            if (!e.isJsonPrimitive()
                    || !e.getAsJsonPrimitive().isString()
                    || e.getAsString().isBlank()) {
                throw problem(name + "[" + i + "]", "must be a non-empty string");
            }
            result.add(e.getAsString().strip());
        }
        return List.copyOf(result);
    }

    /** Like {@link #texts(String)}, but an absent field is an empty list. */
    public List<String> optionalTexts(String name) {
        return has(name) ? texts(name) : List.of();
    }

    /** A required whole number that fits an int; 2.0 counts as 2. */
    public int integer(String name) {
        JsonPrimitive p = authoredPrimitive(name, "a whole number");
        if (!p.isNumber() || p.getAsDouble() != Math.rint(p.getAsDouble())) {
            throw problem(name, "must be a whole number, not " + p);
        }
        if (Math.abs(p.getAsDouble()) > Integer.MAX_VALUE) {
            throw problem(name, "is far too large: " + p);
        }
        return p.getAsInt();
    }

    public double number(String name) {
        JsonPrimitive p = authoredPrimitive(name, "a number");
        if (!p.isNumber()) {
            throw problem(name, "must be a number, not " + p);
        }
        return p.getAsDouble();
    }

    /** A required string, which may be empty. */
    public String string(String name) {
        JsonPrimitive p = primitive(name, "a string");
        if (!p.isString()) {
            throw JsonFieldException.wrongValue(name, "a string", p);
        }
        return p.getAsString();
    }

    public String stringOrNull(String name) {
        return has(name) ? string(name) : null;
    }

    /** A required list of strings, which may be empty. */
    public List<String> strings(String name) {
        List<String> result = new ArrayList<>();
        for (JsonElement item : array(name)) {
            if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                throw JsonFieldException.wrongValue(name + "[" + result.size() + "]", "a string", item);
            }
            result.add(item.getAsString());
        }
        return List.copyOf(result);
    }

    /** A required whole number from {@code min} to {@code max}. */
    public int integer(String name, int min, int max) {
        JsonPrimitive p = primitive(name, "a whole number");
        int value;
        try {
            value = p.getAsBigDecimal().stripTrailingZeros().intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw JsonFieldException.wrongValue(name, "a whole number", p);
        }
        if (value < min || value > max) {
            throw problem(name, "must be from " + min + " to " + max + ", not " + value);
        }
        return value;
    }

    public Double numberOrNull(String name) {
        if (!has(name)) {
            return null;
        }
        JsonPrimitive p = primitive(name, "a number");
        // A number too large for a double (1e999) would read as infinity, which could not be saved again.
        if (!p.isNumber() || !Double.isFinite(p.getAsDouble())) {
            throw JsonFieldException.wrongValue(name, "a number", p);
        }
        return p.getAsDouble();
    }

    public Instant instantOrNull(String name) {
        if (!has(name)) {
            return null;
        }
        String text = string(name);
        try {
            return Instants.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(name, "must be a time such as 2025-01-31T09:30:00Z, not \"" + text + "\"");
        }
    }

    /** A required word from {@code allowed}, keyed by the word written in the file. */
    public <T> T oneOf(String name, Map<String, T> allowed) {
        String word = string(name);
        if (!allowed.containsKey(word)) {
            throw JsonFieldException.notOneOf(name, word, allowed.keySet());
        }
        return allowed.get(word);
    }

    /** Refuses field names not in {@code allowed}, for objects keyed by id such as {@code steps}. */
    public void requireKnownNames(Map<String, ?> allowed) {
        for (String name : names()) {
            if (!allowed.containsKey(name)) {
                throw JsonFieldException.notOneOf("", name, allowed.keySet());
            }
        }
    }

    /** A problem with field {@code name} of this object; an empty name means the object as a whole. */
    public JsonFieldException problem(String name, String text) {
        return new JsonFieldException(name, text);
    }

    /** Reads a nested object, putting {@code at}, its place in this object, in front of its problems' paths. */
    private static <T> T read(String at, JsonElement e, Function<JsonObjectReader, T> reader) {
        try {
            return reader.apply(new JsonObjectReader(e.getAsJsonObject()));
        } catch (JsonFieldException ex) {
            throw ex.under(at);
        }
    }

    private List<JsonElement> nonEmptyArray(String name) {
        JsonArray array = array(name);
        if (array.isEmpty()) {
            throw problem(name, "must not be empty");
        }
        return array.asList();
    }

    private JsonArray array(String name) {
        JsonElement e = required(name);
        if (!e.isJsonArray()) {
            throw problem(name, "must be a list");
        }
        return e.getAsJsonArray();
    }

    /** A required primitive for course content, where a refusal names only what was expected. */
    private JsonPrimitive authoredPrimitive(String name, String expected) {
        JsonElement e = required(name);
        if (!e.isJsonPrimitive()) {
            throw problem(name, "must be " + expected);
        }
        return e.getAsJsonPrimitive();
    }

    /** A required primitive for saved records, where a refusal also says what was found. */
    private JsonPrimitive primitive(String name, String expected) {
        JsonElement e = required(name);
        if (!e.isJsonPrimitive()) {
            throw JsonFieldException.wrongValue(name, expected, e);
        }
        return e.getAsJsonPrimitive();
    }

    private JsonElement required(String name) {
        if (!has(name)) {
            throw problem(name, "is missing");
        }
        return object.get(name);
    }
}
