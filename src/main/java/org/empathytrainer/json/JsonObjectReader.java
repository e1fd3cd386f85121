package org.empathytrainer.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
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
 * {@link #strings}, {@link #objects}) take values as they are, and a refusal quotes the value found. The checks of
 * single values are in {@link AuthoredFields} and {@link SavedFields}.
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
        return JsonFields.has(object, name);
    }

    /** Whether the field holds a list, for a field that may be written either as one text or as a list. */
    public boolean holdsList(String name) {
        return has(name) && object.get(name).isJsonArray();
    }

    /** A required object, read by {@code reader}. */
    public <T> T object(String name, Function<JsonObjectReader, T> reader) {
        JsonElement e = JsonFields.required(object, name);
        if (!e.isJsonObject()) {
            throw problem(name, "must be an object");
        }
        return read(name, e, reader);
    }

    /** A required, non-empty list of objects, as course content has. */
    public <T> List<T> list(String name, Function<JsonObjectReader, T> reader) {
        List<JsonElement> items = JsonFields.nonEmptyArray(object, name);
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
        for (JsonElement item : JsonFields.array(object, name)) {
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
        return AuthoredFields.text(object, name);
    }

    public Optional<String> optionalText(String name) {
        return has(name) ? Optional.of(text(name)) : Optional.empty();
    }

    /** A required, non-empty list of non-blank texts, each stripped. */
    public List<String> texts(String name) {
        return AuthoredFields.texts(object, name);
    }

    /** Like {@link #texts(String)}, but an absent field is an empty list. */
    public List<String> optionalTexts(String name) {
        return has(name) ? texts(name) : List.of();
    }

    /** A required whole number that fits an int; 2.0 counts as 2. */
    public int integer(String name) {
        return AuthoredFields.integer(object, name);
    }

    public double number(String name) {
        return AuthoredFields.number(object, name);
    }

    /** A required string, which may be empty. */
    public String string(String name) {
        return SavedFields.string(object, name);
    }

    public String stringOrNull(String name) {
        return has(name) ? string(name) : null;
    }

    /** A required list of strings, which may be empty. */
    public List<String> strings(String name) {
        return SavedFields.strings(object, name);
    }

    /** A required whole number from {@code min} to {@code max}. */
    public int integer(String name, int min, int max) {
        return SavedFields.integer(object, name, min, max);
    }

    public Double numberOrNull(String name) {
        return has(name) ? SavedFields.number(object, name) : null;
    }

    public Instant instantOrNull(String name) {
        return has(name) ? SavedFields.instant(object, name) : null;
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
}
