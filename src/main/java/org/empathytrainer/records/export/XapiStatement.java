package org.empathytrainer.records.export;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Map;

/**
 * Puts statements together. A statement's id is the name-based UUID ({@link NameUuids}) of what happened: who, the
 * verb, the activity, the attempt (registration) and when. Exporting or sending the same records again gives the
 * same ids, so a learning record store keeps one copy; and an id never depends on how things are worded (a case's
 * title, a learner's display name, whether a trainer's case folder was loaded), which may change between exports.
 */
final class XapiStatement {
    private final String homePage;

    XapiStatement(String homePage) {
        this.homePage = homePage;
    }

    /** The last learner's actor: a learner's statements come one after the other. Shared, so never changed. */
    private volatile Actor last;

    private record Actor(String id, String name, JsonObject json) {}

    /** The learner as an agent identified by an account: their id on the configured home page. */
    JsonObject actor(LearnerRecords learner) {
        Actor known = last;
        if (known == null
                || !known.id().equals(learner.learnerId())
                || !known.name().equals(learner.displayName())) {
            known = new Actor(learner.learnerId(), learner.displayName(), makeActor(learner));
            last = known;
        }
        return known.json();
    }

    private JsonObject makeActor(LearnerRecords learner) {
        JsonObject account = new JsonObject();
        account.addProperty("homePage", homePage);
        account.addProperty("name", learner.learnerId());
        JsonObject actor = new JsonObject();
        actor.addProperty("objectType", "Agent");
        actor.addProperty("name", learner.displayName());
        actor.add("account", account);
        return actor;
    }

    /** {@code timestamp} may be null: the store then uses the time it receives the statement. */
    JsonObject build(
            LearnerRecords learner,
            XapiVerb verb,
            JsonObject object,
            JsonObject result,
            JsonObject context,
            Instant timestamp) {
        JsonObject body = new JsonObject();
        body.add("actor", actor(learner));
        body.add("verb", verb.json());
        body.add("object", object);
        if (result != null && result.size() > 0) {
            body.add("result", result);
        }
        body.add("context", context);
        if (timestamp != null) {
            body.addProperty("timestamp", IsoTimes.timestamp(timestamp));
        }
        JsonObject statement = new JsonObject();
        statement.addProperty(
                "id",
                NameUuids.of(
                                homePage,
                                learner.learnerId(),
                                verb.json().get("id").getAsString(),
                                object.get("id").getAsString(),
                                context.has("registration")
                                        ? context.get("registration").getAsString()
                                        : "",
                                timestamp == null ? "" : IsoTimes.timestamp(timestamp))
                        .toString());
        for (Map.Entry<String, JsonElement> e : body.entrySet()) {
            statement.add(e.getKey(), e.getValue());
        }
        return statement;
    }
}
