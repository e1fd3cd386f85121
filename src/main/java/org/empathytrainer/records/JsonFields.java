package org.empathytrainer.records;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A JSON object in a progress file, being read. Knows its own dotted path from the top of the file, so every
 * problem names the field exactly ({@code cases.porch-parcel.steps.place.status}). Null counts as absent.
 */
public final class JsonFields {
    private static final int SHOWN_LIMIT = 40;

    private final JsonObject object;
    private final String path;

    private JsonFields(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    public static JsonFields root(JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            throw new FormatProblem("", "the file must hold one JSON object");
        }
        return new JsonFields(element.getAsJsonObject(), "");
    }

    /** The field names, in file order. */
    public Set<String> names() {
        return object.keySet();
    }

    public boolean has(String name) {
        return object.has(name) && !object.get(name).isJsonNull();
    }

    public JsonFields object(String name) {
        JsonElement e = required(name);
        if (!e.isJsonObject()) {
            throw problem(name, "must be an object");
        }
        return new JsonFields(e.getAsJsonObject(), pathOf(name));
    }

    public int integer(String name, int min, int max) {
        JsonPrimitive p = primitive(name, "a whole number");
        int value;
        try {
            value = p.getAsBigDecimal().stripTrailingZeros().intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw problem(name, "must be a whole number, not " + shown(p));
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
            throw problem(name, "must be a number, not " + shown(p));
        }
        return p.getAsDouble();
    }

    /** A required string, which may be empty. */
    public String string(String name) {
        JsonPrimitive p = primitive(name, "a string");
        if (!p.isString()) {
            throw problem(name, "must be a string, not " + shown(p));
        }
        return p.getAsString();
    }

    public String stringOrNull(String name) {
        return has(name) ? string(name) : null;
    }

    public Instant instantOrNull(String name) {
        if (!has(name)) {
            return null;
        }
        String text = string(name);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(name, "must be a time such as 2025-01-31T09:30:00Z, not \"" + text + "\"");
        }
    }

    /** A required list of strings, which may be empty. */
    public List<String> strings(String name) {
        JsonElement e = required(name);
        if (!e.isJsonArray()) {
            throw problem(name, "must be a list");
        }
        List<String> result = new ArrayList<>();
        for (JsonElement item : e.getAsJsonArray()) {
            if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                throw problem(name + "[" + result.size() + "]", "must be a string, not " + shown(item));
            }
            result.add(item.getAsString());
        }
        return result;
    }

    /** An optional list of objects; absent means empty. Each item's problems name its index. */
    public List<JsonFields> objects(String name) {
        if (!has(name)) {
            return List.of();
        }
        JsonElement e = required(name);
        if (!e.isJsonArray()) {
            throw problem(name, "must be a list");
        }
        List<JsonFields> result = new ArrayList<>();
        for (JsonElement item : e.getAsJsonArray()) {
            String at = name + "[" + result.size() + "]";
            if (!item.isJsonObject()) {
                throw problem(at, "must be an object, not " + shown(item));
            }
            result.add(new JsonFields(item.getAsJsonObject(), pathOf(at)));
        }
        return result;
    }

    /** A required word from {@code allowed}, keyed by the word written in the file. */
    public <T> T oneOf(String name, Map<String, T> allowed) {
        String word = string(name);
        if (!allowed.containsKey(word)) {
            throw problem(name, notOneOf(word, allowed));
        }
        return allowed.get(word);
    }

    /** Refuses field names not in {@code allowed}, for objects keyed by id such as {@code steps}. */
    public void requireKnownNames(Map<String, ?> allowed) {
        for (String name : names()) {
            if (!allowed.containsKey(name)) {
                throw new FormatProblem(path, notOneOf(name, allowed));
            }
        }
    }

    /** Runs a record constructor, reporting its validation failure against this object's path. */
    public <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new FormatProblem(path, e.getMessage());
        }
    }

    public FormatProblem problem(String name, String text) {
        return new FormatProblem(pathOf(name), text);
    }

    private static String notOneOf(String word, Map<String, ?> allowed) {
        return "\"" + word + "\" is not one of " + String.join(", ", allowed.keySet());
    }

    private JsonPrimitive primitive(String name, String expected) {
        JsonElement e = required(name);
        if (!e.isJsonPrimitive()) {
            throw problem(name, "must be " + expected + ", not " + shown(e));
        }
        return e.getAsJsonPrimitive();
    }

    private JsonElement required(String name) {
        if (!has(name)) {
            throw problem(name, "is missing");
        }
        return object.get(name);
    }

    /** A wrong value as it appears in the file, cut short so a detail never quotes a whole subtree. */
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

    private String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
