package org.empathytrainer.lrs;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Reading a few things out of a statement, for people. */
final class Statements {
    private Statements() {}

    /** Who did what to which activity: {@code Ana answered .../cases/porch-parcel/steps/place}. */
    static String summary(JsonObject statement) {
        String who = text(statement, "actor", "name");
        String verb = text(statement, "verb", "id");
        verb = verb.substring(verb.lastIndexOf('/') + 1);
        String object = text(statement, "object", "id");
        return (who + " " + verb + " " + object).strip();
    }

    private static String text(JsonObject o, String member, String field) {
        JsonElement m = o.get(member);
        if (m == null || !m.isJsonObject()) {
            return "";
        }
        JsonElement f = m.getAsJsonObject().get(field);
        return f == null || !f.isJsonPrimitive() ? "" : f.getAsString();
    }
}
