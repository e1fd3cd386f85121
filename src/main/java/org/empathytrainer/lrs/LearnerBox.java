package org.empathytrainer.lrs;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One learner's part of the {@link Outbox}, and its file, {@code lrs-outbox/<learner>.json}:
 * <pre>{@code
 * {
 *   "schemaVersion": 1,
 *   "learner": "ana",
 *   "waiting": [ { "queuedAt": "2026-12-02T10:42:00Z", "statement": { ... } } ],
 *   "refused": [ { "status": 400, "reason": "...", "refusedAt": "...", "statement": { ... } } ],
 *   "known": [ "<id of every statement ever queued>", ... ]
 * }
 * }</pre>
 * Not thread-safe: the outbox guards it.
 */
final class LearnerBox {
    final Set<String> known = new LinkedHashSet<>();
    final Map<String, Waiting> waiting = new LinkedHashMap<>();
    final Map<String, Refused> refused = new LinkedHashMap<>();

    record Waiting(JsonObject statement, Instant queuedAt) {}

    record Refused(JsonObject statement, int status, String reason, Instant at) {}

    JsonObject toJson(String learner) {
        JsonObject o = new JsonObject();
        o.addProperty("schemaVersion", 1);
        o.addProperty("learner", learner);
        JsonArray w = new JsonArray();
        waiting.values().forEach(entry -> {
            JsonObject e = new JsonObject();
            e.addProperty("queuedAt", entry.queuedAt().toString());
            e.add("statement", entry.statement());
            w.add(e);
        });
        o.add("waiting", w);
        JsonArray r = new JsonArray();
        refused.values().forEach(entry -> {
            JsonObject e = new JsonObject();
            e.addProperty("status", entry.status());
            e.addProperty("reason", entry.reason());
            e.addProperty("refusedAt", entry.at().toString());
            e.add("statement", entry.statement());
            r.add(e);
        });
        o.add("refused", r);
        JsonArray k = new JsonArray();
        known.forEach(k::add);
        o.add("known", k);
        return o;
    }

    /** @throws RuntimeException (of Gson, or of the parsing of a time) when a field is missing or of the wrong kind */
    static LearnerBox fromJson(JsonObject o) {
        LearnerBox box = new LearnerBox();
        for (JsonElement e : o.getAsJsonArray("known")) {
            box.known.add(e.getAsString());
        }
        for (JsonElement e : o.getAsJsonArray("waiting")) {
            JsonObject entry = e.getAsJsonObject();
            JsonObject statement = entry.getAsJsonObject("statement");
            box.waiting.put(
                    Outbox.id(statement),
                    new Waiting(statement, Instant.parse(entry.get("queuedAt").getAsString())));
        }
        for (JsonElement e : o.getAsJsonArray("refused")) {
            JsonObject entry = e.getAsJsonObject();
            JsonObject statement = entry.getAsJsonObject("statement");
            box.refused.put(
                    Outbox.id(statement),
                    new Refused(
                            statement,
                            entry.get("status").getAsInt(),
                            entry.get("reason").getAsString(),
                            Instant.parse(entry.get("refusedAt").getAsString())));
        }
        return box;
    }
}
