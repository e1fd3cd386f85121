package org.empathytrainer.content;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A JSON object being read into content records. Every problem is reported as a {@link ContentException}
 * naming the field relative to this object; nested readers are wrapped so paths compose
 * ({@code fix.actions[3].kind}).
 */
public final class Node {
    private final JsonObject object;

    private Node(JsonObject object) {
        this.object = object;
    }

    /** The top of a file, which must be a JSON object. */
    public static Node root(JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            throw new ContentException("", "the file must hold one JSON object");
        }
        return new Node(element.getAsJsonObject());
    }

    public boolean has(String name) {
        return object.has(name) && !object.get(name).isJsonNull();
    }

    /** A required string that is not blank. */
    public String text(String name) {
        String value = string(name);
        if (value.isBlank()) {
            throw new ContentException(name, "must not be empty");
        }
        return value.strip();
    }

    public Optional<String> optionalText(String name) {
        return has(name) ? Optional.of(text(name)) : Optional.empty();
    }

    public int integer(String name) {
        JsonPrimitive p = primitive(name, "a whole number");
        if (!p.isNumber() || p.getAsDouble() != Math.rint(p.getAsDouble())) {
            throw new ContentException(name, "must be a whole number, not " + p);
        }
        if (Math.abs(p.getAsDouble()) > Integer.MAX_VALUE) {
            throw new ContentException(name, "is far too large: " + p);
        }
        return p.getAsInt();
    }

    public double number(String name) {
        JsonPrimitive p = primitive(name, "a number");
        if (!p.isNumber()) {
            throw new ContentException(name, "must be a number, not " + p);
        }
        return p.getAsDouble();
    }

    public <T> T object(String name, Function<Node, T> reader) {
        JsonElement e = required(name);
        if (!e.isJsonObject()) {
            throw new ContentException(name, "must be an object");
        }
        try {
            return reader.apply(new Node(e.getAsJsonObject()));
        } catch (ContentException ex) {
            throw ex.under(name);
        }
    }

    /** A required, non-empty array of objects. */
    public <T> List<T> list(String name, Function<Node, T> reader) {
        List<JsonElement> items = array(name);
        List<T> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String at = name + "[" + i + "]";
            if (!items.get(i).isJsonObject()) {
                throw new ContentException(at, "must be an object");
            }
            try {
                result.add(reader.apply(new Node(items.get(i).getAsJsonObject())));
            } catch (ContentException ex) {
                throw ex.under(at);
            }
        }
        return List.copyOf(result);
    }

    /** A required, non-empty array of non-blank strings. */
    public List<String> texts(String name) {
        List<JsonElement> items = array(name);
        List<String> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonElement e = items.get(i);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isBlank()) {
                throw new ContentException(name + "[" + i + "]", "must be a non-empty string");
            }
            result.add(e.getAsString().strip());
        }
        return List.copyOf(result);
    }

    /** Like {@link #texts(String)}, but an absent field is an empty list. */
    public List<String> optionalTexts(String name) {
        return has(name) ? texts(name) : List.of();
    }

    private List<JsonElement> array(String name) {
        JsonElement e = required(name);
        if (!e.isJsonArray()) {
            throw new ContentException(name, "must be a list");
        }
        if (e.getAsJsonArray().isEmpty()) {
            throw new ContentException(name, "must not be empty");
        }
        return e.getAsJsonArray().asList();
    }

    private String string(String name) {
        JsonPrimitive p = primitive(name, "a string");
        if (!p.isString()) {
            throw new ContentException(name, "must be a string, not " + p);
        }
        return p.getAsString();
    }

    private JsonPrimitive primitive(String name, String expected) {
        JsonElement e = required(name);
        if (!e.isJsonPrimitive()) {
            throw new ContentException(name, "must be " + expected);
        }
        return e.getAsJsonPrimitive();
    }

    private JsonElement required(String name) {
        if (!has(name)) {
            throw new ContentException(name, "is missing");
        }
        return object.get(name);
    }
}
