package org.empathytrainer.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of course content, written by hand, for {@link JsonObjectReader}: texts are stripped, blank ones and
 * empty lists refused, and a refusal names what was expected.
 */
final class AuthoredFields {
    private AuthoredFields() {}

    /** A required text that is not blank, stripped of the spaces around it. */
    static String text(JsonObject object, String name) {
        JsonPrimitive p = primitive(object, name, "a string");
        if (!p.isString()) {
            throw new JsonFieldException(name, "must be a string, not " + p);
        }
        if (p.getAsString().isBlank()) {
            throw new JsonFieldException(name, "must not be empty");
        }
        return p.getAsString().strip();
    }

    /** A required, non-empty list of non-blank texts, each stripped. */
    static List<String> texts(JsonObject object, String name) {
        List<JsonElement> items = JsonFields.nonEmptyArray(object, name);
        List<String> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonElement e = items.get(i);
            if (!e.isJsonPrimitive()
                    || !e.getAsJsonPrimitive().isString()
                    || e.getAsString().isBlank()) {
                throw new JsonFieldException(name + "[" + i + "]", "must be a non-empty string");
            }
            result.add(e.getAsString().strip());
        }
        return List.copyOf(result);
    }

    /** A required whole number that fits an int; 2.0 counts as 2. */
    static int integer(JsonObject object, String name) {
        JsonPrimitive p = primitive(object, name, "a whole number");
        if (!p.isNumber() || p.getAsDouble() != Math.rint(p.getAsDouble())) {
            throw new JsonFieldException(name, "must be a whole number, not " + p);
        }
        if (Math.abs(p.getAsDouble()) > Integer.MAX_VALUE) {
            throw new JsonFieldException(name, "is far too large: " + p);
        }
        return p.getAsInt();
    }

    static double number(JsonObject object, String name) {
        JsonPrimitive p = primitive(object, name, "a number");
        if (!p.isNumber()) {
            throw new JsonFieldException(name, "must be a number, not " + p);
        }
        return p.getAsDouble();
    }

    /** A required primitive, where a refusal names only what was expected. */
    private static JsonPrimitive primitive(JsonObject object, String name, String expected) {
        JsonElement e = JsonFields.required(object, name);
        if (!e.isJsonPrimitive()) {
            throw new JsonFieldException(name, "must be " + expected);
        }
        return e.getAsJsonPrimitive();
    }
}
