package org.empathytrainer.records;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a lesson file and back. Lesson files are small and may be edited by hand, so every problem names the
 * field at fault.
 * <pre>{@code
 * { "schemaVersion": 1, "name": "Monday group", "story": true, "cases": ["porch-parcel", "frozen-bank-card"] }
 * }</pre>
 */
final class LessonJson {
    static final int SCHEMA_VERSION = 1;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();
    private static final int SHOWN_LIMIT = 40;

    private LessonJson() {}

    static String write(Lesson lesson) {
        JsonObject json = new JsonObject();
        json.addProperty("schemaVersion", SCHEMA_VERSION);
        json.addProperty("name", lesson.name());
        json.addProperty("story", lesson.story());
        JsonArray cases = new JsonArray();
        lesson.cases().forEach(cases::add);
        json.add("cases", cases);
        return GSON.toJson(json) + "\n";
    }

    /** @throws FormatProblem naming the field, if the bytes are not a lesson this version can read */
    static Lesson read(byte[] bytes) {
        JsonElement parsed = JsonFiles.parse(bytes);
        if (!parsed.isJsonObject()) {
            throw new FormatProblem("", "the file must hold one JSON object");
        }
        JsonObject json = parsed.getAsJsonObject();
        JsonElement version = json.get("schemaVersion");
        if (version == null
                || !version.isJsonPrimitive()
                || !version.getAsJsonPrimitive().isNumber()
                || version.getAsDouble() < 1
                || version.getAsDouble() != Math.rint(version.getAsDouble())) {
            throw new FormatProblem(
                    "schemaVersion",
                    version == null ? "is missing" : "must be a whole number from 1, not " + shown(version));
        }
        if (version.getAsDouble() > SCHEMA_VERSION) {
            throw FormatProblem.newerVersion(version.getAsInt(), SCHEMA_VERSION);
        }
        JsonElement name = json.get("name");
        if (name == null
                || !name.isJsonPrimitive()
                || !name.getAsJsonPrimitive().isString()) {
            throw new FormatProblem("name", name == null ? "is missing" : "must be a string, not " + shown(name));
        }
        JsonElement story = json.get("story");
        if (story == null
                || !story.isJsonPrimitive()
                || !story.getAsJsonPrimitive().isBoolean()) {
            throw new FormatProblem(
                    "story", story == null ? "is missing" : "must be true or false, not " + shown(story));
        }
        JsonElement cases = json.get("cases");
        if (cases == null || !cases.isJsonArray()) {
            throw new FormatProblem(
                    "cases", cases == null ? "is missing" : "must be a list of case ids, not " + shown(cases));
        }
        List<String> ids = new ArrayList<>();
        for (JsonElement id : cases.getAsJsonArray()) {
            if (!id.isJsonPrimitive()
                    || !id.getAsJsonPrimitive().isString()
                    || id.getAsString().isBlank()) {
                throw new FormatProblem("cases[" + ids.size() + "]", "must be a case id, not " + shown(id));
            }
            ids.add(id.getAsString().strip());
        }
        try {
            return new Lesson(name.getAsString(), story.getAsBoolean(), ids);
        } catch (IllegalArgumentException e) {
            throw new FormatProblem(name.getAsString().isBlank() ? "name" : "", e.getMessage());
        }
    }

    /** A wrong value as written in the file, cut short so a message never quotes a whole subtree. */
    private static String shown(JsonElement e) {
        String text = e.isJsonObject() ? "an object" : e.isJsonArray() ? "a list" : e.toString();
        return text.length() <= SHOWN_LIMIT ? text : text.substring(0, SHOWN_LIMIT) + "...";
    }
}
