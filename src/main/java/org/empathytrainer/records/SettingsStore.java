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
 * {@code settings.json.bak}. Loading never fails: a damaged file is moved aside (never deleted) and the backup used if
 * it can be, else the defaults. A file from a newer version of the app, or larger than
 * {@link SavedFiles#MAX_SETTINGS_BYTES}, is left as it is and not written while the app runs: the defaults are used.
 * A notice says what happened.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());

    private final Path folder;
    private final Clock clock;
    /** Set when the file on disk must be kept as it is: saves then change nothing on disk. */
    private boolean keepFile;
    /** Writes nothing at all, as when another window of the app holds the data folder. */
    private final boolean readOnly;

    public SettingsStore(Path dataFolder, Clock clock) {
        this(dataFolder, clock, false);
    }

    /** @param readOnly write nothing: the settings are used as loaded and changes last until the app closes */
    public SettingsStore(Path dataFolder, Clock clock, boolean readOnly) {
        this.folder = Objects.requireNonNull(dataFolder);
        this.clock = Objects.requireNonNull(clock);
        this.readOnly = readOnly;
        this.keepFile = readOnly;
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
        keepFile = readOnly;
        byte[] bytes;
        try {
            bytes = SavedFiles.read(file, SavedFiles.MAX_SETTINGS_BYTES);
        } catch (SavedFiles.TooLarge e) {
            LOG.log(Level.WARNING, "Settings file {0} not read and kept as it is: {1}", file, e.getMessage());
            keepFile = true;
            return new SettingsLoad(
                    Settings.DEFAULTS, Optional.of(new SettingsNotice(Kind.TOO_LARGE, file, null, e.getMessage())));
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
        if (keepFile) {
            LOG.log(Level.INFO, "Settings not written: {0} is kept as it was found", file);
            return;
        }
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
        if (problem.isNewerVersion()) {
            // Writing an older format over it would lose what the newer app kept.
            LOG.log(Level.WARNING, "Settings file {0} is from a newer app; not written: {1}", file, problem.detail());
            keepFile = true;
            return new SettingsLoad(
                    Settings.DEFAULTS,
                    Optional.of(new SettingsNotice(Kind.NEWER_VERSION, file, null, problem.getMessage())));
        }
        if (readOnly) {
            return unreadable(file, problem.detail());
        }
        Path aside;
        try {
            aside = AtomicFiles.moveAside(file, "corrupt", clock.instant());
        } catch (IOException e) {
            return unreadable(file, problem.detail() + "; it could not be moved aside (" + Causes.of(e) + ")");
        }
        LOG.log(Level.WARNING, "Moved settings file {0} aside to {1}: {2}", file, aside, problem.detail());
        Optional<Settings> fromBackup = readBackup();
        return new SettingsLoad(
                fromBackup.orElse(Settings.DEFAULTS),
                Optional.of(new SettingsNotice(
                        fromBackup.isPresent() ? Kind.RESTORED : Kind.DAMAGED, file, aside, problem.detail())));
    }

    /** The previous save, if it is there and usable; an unusable one is left where it is. */
    private Optional<Settings> readBackup() {
        Path backup = folder.resolve(FILE_NAME + ".bak");
        if (Files.notExists(backup)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SettingsJson.read(SavedFiles.read(backup, SavedFiles.MAX_SETTINGS_BYTES))
                    .settings());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Settings backup {0} could not be read: {1}", backup, Causes.of(e));
        } catch (FormatProblem problem) {
            LOG.log(Level.WARNING, "Settings backup {0} is not usable either: {1}", backup, problem.detail());
        }
        return Optional.empty();
    }

    private SettingsLoad unreadable(Path file, String detail) {
        LOG.log(Level.WARNING, "Settings file {0} could not be read: {1}", file, detail);
        return new SettingsLoad(
                Settings.DEFAULTS, Optional.of(new SettingsNotice(Kind.UNREADABLE, file, null, detail)));
    }
}
