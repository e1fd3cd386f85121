package org.empathytrainer.lrs;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.empathytrainer.records.AtomicFiles;
import org.empathytrainer.records.Causes;
import org.empathytrainer.records.SavedFiles;
import org.empathytrainer.records.StoreException;

/**
 * Keeps the {@link LrsSettings} in {@code <data folder>/lrs.json}, secret included, in a file only its owner may read
 * and write. Java has no keyring that works on every platform, so the secret is protected as a learner's records are:
 * by the file's permissions (on Windows, by the user's profile folder, which others cannot read). A file someone made
 * readable by others is made owner-only again before the next save.
 */
public final class LrsSettingsStore {
    public static final String FILE_NAME = "lrs.json";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path folder;

    public LrsSettingsStore(Path dataFolder) {
        this.folder = Objects.requireNonNull(dataFolder);
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /**
     * The saved settings, or {@link LrsSettings#NONE} when there are none.
     *
     * @throws StoreException naming the file and what is wrong with it; the file is left as it is
     */
    public synchronized LrsSettings load() throws StoreException {
        Path file = file();
        if (Files.notExists(file)) {
            return LrsSettings.NONE;
        }
        String text;
        try {
            text = new String(SavedFiles.read(file, SavedFiles.MAX_SETTINGS_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read the LRS settings in " + file + ": " + Causes.of(e), e);
        }
        try {
            JsonElement parsed = JsonParser.parseString(text);
            if (!parsed.isJsonObject()) {
                throw new StoreException("The LRS settings in " + file + " are not a JSON object");
            }
            JsonObject o = parsed.getAsJsonObject();
            return new LrsSettings(
                    string(o, "endpoint"),
                    string(o, "key"),
                    string(o, "secret"),
                    o.has("enabled") && o.get("enabled").getAsBoolean());
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new StoreException("The LRS settings in " + file + " are not valid JSON: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new StoreException("The LRS settings in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Saves atomically, in a file only its owner may read. */
    public synchronized void save(LrsSettings settings) throws StoreException {
        JsonObject o = new JsonObject();
        o.addProperty("schemaVersion", 1);
        o.addProperty("endpoint", settings.endpoint());
        o.addProperty("key", settings.key());
        o.addProperty("secret", settings.secret());
        o.addProperty("enabled", settings.enabled());
        Path file = file();
        try {
            Files.createDirectories(folder);
            ownerOnly(file);
            AtomicFiles.writePrivately(file, List.of((o + "\n").getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            throw new StoreException("Cannot save the LRS settings in " + file + ": " + Causes.of(e), e);
        }
    }

    /** A replaced file keeps its permissions, so a file made readable by others is narrowed first. */
    private static void ownerOnly(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null
                && Files.exists(file)
                && !view.readAttributes().permissions().equals(OWNER_ONLY)) {
            view.setPermissions(OWNER_ONLY);
        }
    }

    private static String string(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }
}
