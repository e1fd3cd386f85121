package org.empathytrainer.records.profiles;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.empathytrainer.records.AtomicFiles;
import org.empathytrainer.records.Causes;
import org.empathytrainer.records.SavedFiles;

/**
 * How long each learner's PIN rests after wrong tries, kept in {@code pin-rest.json} in the data folder so that
 * neither going back to the list of learners nor restarting the app shortens it. The rest grows with the wrong tries
 * in a row ({@link #restAfter}); the right PIN clears them. A file that cannot be read counts as no wrong tries, and a
 * file that cannot be written keeps the rests for as long as the app runs.
 */
final class PinRest {
    static final String FILE_NAME = "pin-rest.json";
    /** The longest rest, reached after ten wrong tries in a row. */
    static final Duration LONGEST = Duration.ofMinutes(30);

    private static final System.Logger LOG = System.getLogger(PinRest.class.getName());

    private record Tries(int wrong, Instant last) {}

    private final Path file;
    private final Clock clock;
    private final boolean readOnly;
    private Map<String, Tries> tries;

    PinRest(Path dataFolder, Clock clock, boolean readOnly) {
        this.file = dataFolder.resolve(FILE_NAME);
        this.clock = clock;
        this.readOnly = readOnly;
    }

    /**
     * The rest after {@code wrong} wrong tries in a row: a moment after each of the first three (a typo is forgiven),
     * then half a minute, doubling at each further one, up to {@link #LONGEST}.
     */
    static Duration restAfter(int wrong) {
        if (wrong <= 0) {
            return Duration.ZERO;
        }
        if (wrong <= 3) {
            return Duration.ofMillis(1500);
        }
        Duration rest = Duration.ofSeconds(30L << Math.min(wrong - 4, 10));
        return rest.compareTo(LONGEST) > 0 ? LONGEST : rest;
    }

    /** How long {@code id} must still wait before the next try; zero when they may try now. */
    synchronized Duration remaining(String id) {
        Tries t = all().get(id);
        if (t == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), t.last().plus(restAfter(t.wrong())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    synchronized void wrong(String id) {
        Tries t = all().get(id);
        all().put(id, new Tries(t == null ? 1 : t.wrong() + 1, clock.instant()));
        save();
    }

    synchronized void right(String id) {
        if (all().remove(id) != null) {
            save();
        }
    }

    private Map<String, Tries> all() {
        if (tries == null) {
            tries = read();
        }
        return tries;
    }

    private Map<String, Tries> read() {
        Map<String, Tries> found = new HashMap<>();
        if (Files.notExists(file)) {
            return found;
        }
        try {
            JsonElement json = JsonParser.parseString(
                    new String(SavedFiles.read(file, SavedFiles.MAX_SETTINGS_BYTES), StandardCharsets.UTF_8));
            for (Map.Entry<String, JsonElement> e :
                    json.getAsJsonObject().getAsJsonObject("learners").entrySet()) {
                JsonObject t = e.getValue().getAsJsonObject();
                found.put(
                        e.getKey(),
                        new Tries(
                                t.get("wrong").getAsInt(),
                                Instant.parse(t.get("last").getAsString())));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The PIN rests in {0} could not be read, so none is kept: {1}", file, e.toString());
            found.clear();
        }
        return found;
    }

    private void save() {
        if (readOnly) {
            return;
        }
        JsonObject learners = new JsonObject();
        tries.forEach((id, t) -> {
            JsonObject o = new JsonObject();
            o.addProperty("wrong", t.wrong());
            o.addProperty("last", t.last().toString());
            learners.add(id, o);
        });
        JsonObject root = new JsonObject();
        root.addProperty("schemaVersion", 1);
        root.add("learners", learners);
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.writePrivately(file, List.of((root + "\n").getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The PIN rests could not be saved in {0}: {1}", file, Causes.of(e));
        }
    }
}
