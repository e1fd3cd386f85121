package org.empathytrainer.records;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.empathytrainer.records.SettingsNotice.Kind;

/**
 * Keeps the user's settings in {@code <data folder>/settings.json}, with the previous save as
 * {@code settings.json.bak}. Loading never fails: a damaged file, or one from a newer version of the app, is moved
 * aside (never deleted) and the defaults used, with a notice saying so.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());

    private final Path folder;
    private final Clock clock;

    public SettingsStore(Path dataFolder, Clock clock) {
        this.folder = Objects.requireNonNull(dataFolder);
        this.clock = Objects.requireNonNull(clock);
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** The saved settings, or the defaults; never throws, but says in the notice what went wrong, if anything. */
    public synchronized SettingsLoad load() {
        Path file = file();
        if (Files.notExists(file)) {
            return new SettingsLoad(Settings.DEFAULTS, Optional.empty());
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return unreadable(file, Causes.of(e));
        }
        try {
            SettingsJson.Reading reading = SettingsJson.read(bytes);
            if (reading.adjustments().isEmpty()) {
                return new SettingsLoad(reading.settings(), Optional.empty());
            }
            String detail = String.join("; ", reading.adjustments());
            LOG.log(Level.WARNING, "Settings file {0}: {1}", file, detail);
            return new SettingsLoad(
                    reading.settings(), Optional.of(new SettingsNotice(Kind.ADJUSTED, file, null, detail)));
        } catch (FormatProblem problem) {
            return moveAside(file, problem);
        }
    }

    /**
     * Saves atomically: the file is replaced whole or not at all, and the previous save becomes the backup.
     *
     * @throws StoreException naming the folder or file and the cause; the file on disk is then unchanged
     */
    public synchronized void save(Settings settings) throws StoreException {
        Path file = file();
        byte[] content = SettingsJson.write(settings).getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(
                    "Cannot save settings in " + folder + ": the folder cannot be created ("
                            + Causes.ofFolder(folder, e) + ")",
                    e);
        }
        try {
            AtomicFiles.write(file, content, folder.resolve(FILE_NAME + ".bak"));
        } catch (IOException e) {
            throw new StoreException("Cannot save settings in " + file + ": " + e.getMessage(), e);
        }
    }

    private SettingsLoad moveAside(Path file, FormatProblem problem) {
        boolean newer = problem.isNewerVersion();
        Path aside;
        try {
            aside = AtomicFiles.moveAside(file, newer ? "newer" : "corrupt", clock.instant());
        } catch (IOException e) {
            return unreadable(file, problem.detail() + "; it could not be moved aside (" + Causes.of(e) + ")");
        }
        LOG.log(Level.WARNING, "Moved settings file {0} aside to {1}: {2}", file, aside, problem.detail());
        return new SettingsLoad(
                Settings.DEFAULTS,
                Optional.of(
                        new SettingsNotice(newer ? Kind.NEWER_VERSION : Kind.DAMAGED, file, aside, problem.detail())));
    }

    private SettingsLoad unreadable(Path file, String detail) {
        LOG.log(Level.WARNING, "Settings file {0} could not be read: {1}", file, detail);
        return new SettingsLoad(
                Settings.DEFAULTS, Optional.of(new SettingsNotice(Kind.UNREADABLE, file, null, detail)));
    }
}
