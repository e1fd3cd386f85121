package org.empathytrainer.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of saved records, written by the app, for {@link JsonObjectReader}: taken as they are (a string may be
 * empty, a list too), and a refusal quotes the value found.
 */
final class SavedFields {
    private SavedFields() {}

    /** A required string, which may be empty. */
    static String string(JsonObject object, String name) {
        JsonPrimitive p = primitive(object, name, "a string");
        if (!p.isString()) {
            throw JsonFieldException.wrongValue(name, "a string", p);
        }
        return p.getAsString();
    }

    /** A required list of strings, which may be empty. */
    static List<String> strings(JsonObject object, String name) {
        List<String> result = new ArrayList<>();
        for (JsonElement item : JsonFields.array(object, name)) {
            if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                throw JsonFieldException.wrongValue(name + "[" + result.size() + "]", "a string", item);
            }
            result.add(item.getAsString());
        }
        return List.copyOf(result);
    }

    /** A required whole number from {@code min} to {@code max}. */
    static int integer(JsonObject object, String name, int min, int max) {
        JsonPrimitive p = primitive(object, name, "a whole number");
        int value;
        try {
            value = p.getAsBigDecimal().stripTrailingZeros().intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw JsonFieldException.wrongValue(name, "a whole number", p);
        }
        if (value < min || value > max) {
            throw new JsonFieldException(name, "must be from " + min + " to " + max + ", not " + value);
        }
        return value;
    }

    /** A required finite number. */
    static double number(JsonObject object, String name) {
        JsonPrimitive p = primitive(object, name, "a number");
        // A number too large for a double (1e999) would read as infinity, which could not be saved again.
        if (!p.isNumber() || !Double.isFinite(p.getAsDouble())) {
            throw JsonFieldException.wrongValue(name, "a number", p);
        }
        return p.getAsDouble();
    }

    /** A required time, written as {@link Instants} writes it. */
    static Instant instant(JsonObject object, String name) {
        String text = string(object, name);
        try {
            return Instants.parse(text);
        } catch (DateTimeParseException e) {
            throw new JsonFieldException(name, "must be a time such as 2025-01-31T09:30:00Z, not \"" + text + "\"");
        }
    }

    /** A required primitive, where a refusal also says what was found. */
    private static JsonPrimitive primitive(JsonObject object, String name, String expected) {
        JsonElement e = JsonFields.required(object, name);
        if (!e.isJsonPrimitive()) {
            throw JsonFieldException.wrongValue(name, expected, e);
        }
        return e.getAsJsonPrimitive();
    }
}
