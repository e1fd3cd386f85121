package org.empathytrainer.records.profiles;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.empathytrainer.json.JsonObjectReader;
import org.empathytrainer.records.FormatProblem;
import org.empathytrainer.records.JsonFiles;
import org.empathytrainer.records.LearnerId;

/** The text of {@code profiles.json} and of a trashed profile's {@code profile.json}, and back. */
final class ProfilesJson {
    static final int SCHEMA_VERSION = 1;

    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** A trashed profile's description, as kept in its folder. */
    record Trashed(Profile profile, Instant deletedAt) {}

    private ProfilesJson() {}

    static String write(List<Profile> profiles) {
        JsonObject json = new JsonObject();
        json.addProperty("schemaVersion", SCHEMA_VERSION);
        JsonArray list = new JsonArray();
        profiles.forEach(p -> list.add(profile(p)));
        json.add("profiles", list);
        return GSON.toJson(json) + "\n";
    }

    /** @throws FormatProblem naming the field, if the bytes are not a profiles file this app can use */
    static List<Profile> read(byte[] bytes) {
        return JsonFiles.read(bytes, ProfilesJson::profiles);
    }

    private static List<Profile> profiles(JsonObjectReader root) {
        checkVersion(root);
        if (!root.has("profiles")) {
            throw root.problem("profiles", "is missing");
        }
        Set<String> ids = new HashSet<>();
        // Two names that read the same are not refused here: earlier versions accepted look-alikes ("Ana" with an
        // invisible space), and refusing the file would hide every learner. Both stay, told apart by their ids.
        return root.objects("profiles", json -> {
            Profile p = profile(json);
            if (!ids.add(p.id())) {
                throw json.problem("id", "\"" + p.id() + "\" is used by two profiles");
            }
            return p;
        });
    }

    static String writeTrashed(Profile profile, Instant deletedAt) {
        JsonObject json = new JsonObject();
        json.addProperty("schemaVersion", SCHEMA_VERSION);
        json.addProperty("deletedAt", deletedAt.toString());
        json.add("profile", profile(profile));
        return GSON.toJson(json) + "\n";
    }

    static Trashed readTrashed(byte[] bytes) {
        return JsonFiles.read(bytes, root -> {
            checkVersion(root);
            Instant deletedAt = root.instantOrNull("deletedAt");
            if (deletedAt == null) {
                throw root.problem("deletedAt", "is missing");
            }
            return new Trashed(root.object("profile", ProfilesJson::profile), deletedAt);
        });
    }

    private static void checkVersion(JsonObjectReader root) {
        int version = root.integer("schemaVersion", 1, Integer.MAX_VALUE);
        if (version > SCHEMA_VERSION) {
            throw FormatProblem.newerVersion(version, SCHEMA_VERSION);
        }
    }

    private static JsonObject profile(Profile p) {
        JsonObject json = new JsonObject();
        json.addProperty("id", p.id());
        json.addProperty("name", p.name());
        json.addProperty("createdAt", p.createdAt().toString());
        if (p.hasPin()) {
            PinHash pin = p.pin();
            JsonObject hash = new JsonObject();
            hash.addProperty("algorithm", pin.algorithm());
            hash.addProperty("iterations", pin.iterations());
            hash.addProperty("salt", Base64.getEncoder().encodeToString(pin.salt()));
            hash.addProperty("hash", Base64.getEncoder().encodeToString(pin.hash()));
            json.add("pin", hash);
        }
        return json;
    }

    private static Profile profile(JsonObjectReader json) {
        String id = json.string("id");
        if (!LearnerId.isValid(id)) {
            throw json.problem(
                    "id",
                    "\"" + id + "\" is not a learner id (a-z, 0-9 and -, at most " + LearnerId.MAX_LENGTH
                            + " characters)");
        }
        String name;
        try {
            name = ProfileNames.check(json.string("name"));
        } catch (ProfileException e) {
            throw json.problem("name", e.getMessage());
        }
        Instant createdAt = json.instantOrNull("createdAt");
        if (createdAt == null) {
            throw json.problem("createdAt", "is missing");
        }
        PinHash pin = json.has("pin") ? json.object("pin", ProfilesJson::pin) : null;
        return json.build(() -> new Profile(id, name, createdAt, pin));
    }

    private static PinHash pin(JsonObjectReader json) {
        String algorithm = json.string("algorithm");
        int iterations = json.integer("iterations", 1, PinHash.MAX_ITERATIONS);
        byte[] salt = base64(json, "salt");
        byte[] hash = base64(json, "hash");
        return json.build(() -> new PinHash(algorithm, iterations, salt, hash));
    }

    private static byte[] base64(JsonObjectReader json, String name) {
        try {
            return Base64.getDecoder().decode(json.string(name));
        } catch (IllegalArgumentException e) {
            throw json.problem(name, "must be Base64 text");
        }
    }
}
