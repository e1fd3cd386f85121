package org.empathytrainer.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * Looking up a field of a JSON object for {@link JsonObjectReader}, its {@link AuthoredFields} and its
 * {@link SavedFields}: present or not (null counts as absent), and required fields and lists, refused with a
 * {@link JsonFieldException} naming the field.
 */
final class JsonFields {
    private JsonFields() {}

    static boolean has(JsonObject object, String name) {
        return object.has(name) && !object.get(name).isJsonNull();
    }

    static JsonElement required(JsonObject object, String name) {
        if (!has(object, name)) {
            throw new JsonFieldException(name, "is missing");
        }
        return object.get(name);
    }

    static JsonArray array(JsonObject object, String name) {
        JsonElement e = required(object, name);
        if (!e.isJsonArray()) {
            throw new JsonFieldException(name, "must be a list");
        }
        return e.getAsJsonArray();
    }

    static List<JsonElement> nonEmptyArray(JsonObject object, String name) {
        JsonArray array = array(object, name);
        if (array.isEmpty()) {
            throw new JsonFieldException(name, "must not be empty");
        }
        return array.asList();
    }
}
