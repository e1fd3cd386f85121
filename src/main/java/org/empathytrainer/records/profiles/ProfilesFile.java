package org.empathytrainer.records.profiles;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.empathytrainer.records.AtomicFiles;
import org.empathytrainer.records.Causes;
import org.empathytrainer.records.FormatProblem;
import org.empathytrainer.records.LearnerId;
import org.empathytrainer.records.SavedFiles;
import org.empathytrainer.records.profiles.ProfileException.Problem;
import org.empathytrainer.records.profiles.ProfilesNotice.Kind;

/**
 * {@code profiles.json} on disk: saved atomically with the previous save as {@code profiles.json.bak}. When it is
 * missing, the backup is used if there is one, else a profile is made for each progress file (the learners of
 * versions before profiles). A damaged file is moved aside and the same fallback used. A file that cannot be read at
 * all, is larger than {@link SavedFiles#MAX_PROFILES_BYTES} or comes from a newer version of the app is left alone and
 * not saved over.
 */
final class ProfilesFile {
    private static final System.Logger LOG = System.getLogger(ProfilesFile.class.getName());

    private final Path dataFolder;
    private final Path path;
    private final Clock clock;
    private final List<ProfilesNotice> notices = new ArrayList<>();
    private boolean unreadable;
    /** Writes nothing, as when another window of the app holds the data folder. */
    private final boolean readOnly;

    ProfilesFile(Path dataFolder, Path path, Clock clock, boolean readOnly) {
        this.dataFolder = dataFolder;
        this.path = path;
        this.clock = clock;
        this.readOnly = readOnly;
    }

    Path path() {
        return path;
    }

    List<ProfilesNotice> notices() {
        return List.copyOf(notices);
    }

    List<Profile> load() {
        if (Files.notExists(path)) {
            unreadable = false;
            return fallback(false);
        }
        byte[] bytes;
        try {
            bytes = SavedFiles.read(path, SavedFiles.MAX_PROFILES_BYTES);
        } catch (IOException e) {
            return unreadable(Causes.of(e));
        }
        try {
            List<Profile> profiles = ProfilesJson.read(bytes);
            unreadable = false;
            return profiles;
        } catch (FormatProblem problem) {
            return recover(problem);
        }
    }

    void requireWritable() throws ProfileException {
        if (readOnly) {
            throw new ProfileException(
                    Problem.STORAGE,
                    dataFolder.toString(),
                    "Cannot change the learners: the data folder " + dataFolder + " is open read-only");
        }
        if (unreadable) {
            throw new ProfileException(
                    Problem.STORAGE,
                    path.toString(),
                    "Cannot change the learners: " + path + " could not be read and will not be saved over");
        }
    }

    void save(List<Profile> profiles) throws ProfileException {
        requireWritable();
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new ProfileException(
                    Problem.STORAGE,
                    dataFolder.toString(),
                    "Cannot save the learners in " + dataFolder + ": the folder cannot be created ("
                            + Causes.ofFolder(dataFolder, e) + ")",
                    e);
        }
        try {
            AtomicFiles.writePrivately(
                    path, List.of(ProfilesJson.write(profiles).getBytes(StandardCharsets.UTF_8)), backup());
        } catch (IOException e) {
            throw new ProfileException(
                    Problem.STORAGE, path.toString(), "Cannot save the learners in " + path + ": " + e.getMessage(), e);
        }
    }

    private List<Profile> recover(FormatProblem problem) {
        if (problem.isNewerVersion() || readOnly) {
            // Left as it is and never written: an older list would lose what the newer app kept.
            return unreadable(problem.getMessage());
        }
        String label = "corrupt";
        Path aside;
        try {
            aside = AtomicFiles.moveAside(path, label, clock.instant());
        } catch (IOException e) {
            return unreadable(problem.detail() + "; it could not be moved aside (" + Causes.of(e) + ")");
        }
        LOG.log(Level.WARNING, "Moved {0} aside to {1}: {2}", path, aside, problem.detail());
        unreadable = false;
        Optional<List<Profile>> fromBackup = readBackup();
        notices.add(new ProfilesNotice(
                fromBackup.isPresent() ? Kind.RECOVERED_FROM_BACKUP : Kind.REBUILT_FROM_PROGRESS,
                path,
                aside,
                problem.detail()));
        return fallback(true);
    }

    /** The backup if usable, else one profile per progress file; written as the new file when there is any. */
    private List<Profile> fallback(boolean alwaysWrite) {
        Optional<List<Profile>> fromBackup = readBackup();
        List<Profile> profiles = fromBackup.orElseGet(this::fromProgressFiles);
        if (alwaysWrite || !profiles.isEmpty()) {
            try {
                save(profiles);
                LOG.log(
                        Level.INFO,
                        "Wrote {0} with {1} learners, {2}",
                        path,
                        profiles.size(),
                        fromBackup.isPresent() ? "from its backup" : "one for each progress file");
            } catch (ProfileException e) {
                // The list still serves this session; the next start tries again.
                LOG.log(Level.WARNING, e.getMessage());
            }
        }
        return profiles;
    }

    private Optional<List<Profile>> readBackup() {
        Path backup = backup();
        if (Files.notExists(backup)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProfilesJson.read(SavedFiles.read(backup, SavedFiles.MAX_PROFILES_BYTES)));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Backup {0} could not be read: {1}", backup, Causes.of(e));
        } catch (FormatProblem problem) {
            LOG.log(Level.WARNING, "Backup {0} is not usable either, left in place: {1}", backup, problem.detail());
        }
        return Optional.empty();
    }

    /** Learners from before profiles: each {@code progress/<id>.json} becomes a profile named after its id. */
    private List<Profile> fromProgressFiles() {
        Path progress = dataFolder.resolve("progress");
        List<Profile> found = new ArrayList<>();
        if (!Files.isDirectory(progress)) {
            return found;
        }
        try (Stream<Path> files = Files.list(progress)) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .sorted()
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .filter(LearnerId::isValid)
                    .forEach(id -> found.add(new Profile(id, id, clock.instant(), null)));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Progress folder {0} could not be listed: {1}", progress, Causes.of(e));
        }
        return found;
    }

    private List<Profile> unreadable(String detail) {
        LOG.log(Level.WARNING, "{0} could not be read and will not be saved over: {1}", path, detail);
        if (!unreadable) {
            notices.add(new ProfilesNotice(Kind.UNREADABLE, path, null, detail));
        }
        unreadable = true;
        return List.of();
    }

    private Path backup() {
        return path.resolveSibling(path.getFileName() + ".bak");
    }
}
