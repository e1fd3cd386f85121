package org.empathytrainer.records;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of {@code settings.json} and back. A file that is not a settings file at all is a {@link FormatProblem};
 * a field with an unusable value is only an adjustment, because one wrong value should not cost the others.
 * <pre>{@code
 * { "schemaVersion": 1, "theme": "projector", "scalePercent": 175, "reducedMotion": false }
 * }</pre>
 */
final class SettingsJson {
    static final int SCHEMA_VERSION = 1;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();
    private static final int SHOWN_LIMIT = 40;

    /** Settings read from a file, and a sentence for each value that had to be replaced. */
    record Reading(Settings settings, List<String> adjustments) {}

    private SettingsJson() {}

    static String write(Settings settings) {
        JsonObject json = new JsonObject();
        json.addProperty("schemaVersion", SCHEMA_VERSION);
        json.addProperty("theme", settings.theme());
        json.addProperty("scalePercent", settings.scalePercent());
        json.addProperty("reducedMotion", settings.reducedMotion());
        return GSON.toJson(json) + "\n";
    }

    /** @throws FormatProblem if the bytes are not a settings file of a version this app knows */
    static Reading read(byte[] bytes) {
        JsonElement parsed = JsonFiles.parse(bytes);
        if (!parsed.isJsonObject()) {
            throw new FormatProblem("", "the file must hold one JSON object");
        }
        JsonObject json = parsed.getAsJsonObject();
        int version = schemaVersion(json);
        if (version > SCHEMA_VERSION) {
            throw FormatProblem.newerVersion(version, SCHEMA_VERSION);
        }
        Settings defaults = Settings.DEFAULTS;
        List<String> adjustments = new ArrayList<>();
        String theme = theme(json, adjustments);
        int scale = scale(json, adjustments);
        boolean reducedMotion = defaults.reducedMotion();
        JsonElement motion = json.get("reducedMotion");
        if (isBoolean(motion)) {
            reducedMotion = motion.getAsBoolean();
        } else {
            adjustments.add(
                    "reducedMotion " + (motion == null ? "is missing" : "must be true or false, not " + shown(motion))
                            + "; " + reducedMotion + " is used");
        }
        return new Reading(new Settings(theme, scale, reducedMotion), adjustments);
    }

    private static int schemaVersion(JsonObject json) {
        JsonElement e = json.get("schemaVersion");
        Integer version = isNumber(e) ? wholeNumber(e.getAsJsonPrimitive()) : null;
        if (version == null || version < 1) {
            throw new FormatProblem(
                    "schemaVersion", e == null ? "is missing" : "must be a whole number from 1, not " + shown(e));
        }
        return version;
    }

    private static String theme(JsonObject json, List<String> adjustments) {
        JsonElement e = json.get("theme");
        String fallback = Settings.DEFAULTS.theme();
        if (e != null
                && e.isJsonPrimitive()
                && e.getAsJsonPrimitive().isString()
                && Settings.THEMES.contains(e.getAsString())) {
            return e.getAsString();
        }
        adjustments.add("theme "
                + (e == null
                        ? "is missing"
                        : "must be one of " + String.join(", ", Settings.THEMES) + ", not " + shown(e))
                + "; " + fallback + " is used");
        return fallback;
    }

    private static int scale(JsonObject json, List<String> adjustments) {
        JsonElement e = json.get("scalePercent");
        Integer value = isNumber(e) ? wholeNumber(e.getAsJsonPrimitive()) : null;
        if (value == null) {
            int fallback = Settings.DEFAULTS.scalePercent();
            adjustments.add("scalePercent " + (e == null ? "is missing" : "must be a whole number, not " + shown(e))
                    + "; " + fallback + " is used");
            return fallback;
        }
        int nearest = Settings.nearestScale(value);
        if (nearest != value) {
            String why = value > Settings.SCALE_MAX
                    ? "is more than the largest text size, " + Settings.SCALE_MAX
                    : value < Settings.SCALE_MIN
                            ? "is less than the smallest text size, " + Settings.SCALE_MIN
                            : "is not one of " + Settings.scales();
            adjustments.add("scalePercent " + value + " " + why + "; " + nearest + " is used");
        }
        return nearest;
    }

    /** A wrong value as written in the file, cut short so a message never quotes a whole subtree. */
    private static String shown(JsonElement e) {
        String text = e.isJsonObject() ? "an object" : e.isJsonArray() ? "a list" : e.toString();
        return text.length() <= SHOWN_LIMIT ? text : text.substring(0, SHOWN_LIMIT) + "...";
    }

    private static boolean isNumber(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }

    private static boolean isBoolean(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean();
    }

    /** The number as an int, or null if it has a fraction or does not fit. */
    private static Integer wholeNumber(JsonPrimitive p) {
        try {
            BigDecimal d = p.getAsBigDecimal();
            return d.stripTrailingZeros().intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
