package org.empathytrainer.records.profiles;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.empathytrainer.records.AtomicFiles;
import org.empathytrainer.records.Causes;
import org.empathytrainer.records.FormatProblem;

/**
 * The {@code trash} folder of the data folder: one folder per deleted profile, {@code <id>-<yyyyMMdd-HHmmss>} (UTC),
 * holding {@code profile.json} and the learner's files. Folders older than {@link TrashedProfile#KEPT_FOR} are
 * deleted for good whenever the trash is listed.
 */
final class ProfileTrash {
    static final String FOLDER = "trash";
    static final String DESCRIPTION = "profile.json";

    private static final System.Logger LOG = System.getLogger(ProfileTrash.class.getName());
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final int MAX_SAME_NAME = 1000;

    private final Path root;

    private final boolean readOnly;

    ProfileTrash(Path dataFolder, boolean readOnly) {
        this.root = dataFolder.resolve(FOLDER);
        this.readOnly = readOnly;
    }

    /** Every profile in the trash that may still be restored, newest first; purges the older ones. */
    List<TrashedProfile> list(Instant now) {
        List<TrashedProfile> kept = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return kept;
        }
        List<Path> folders;
        try (Stream<Path> entries = Files.list(root)) {
            folders = entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The trash folder {0} could not be listed: {1}", root, Causes.of(e));
            return kept;
        }
        for (Path folder : folders) {
            read(folder).ifPresent(t -> {
                if (now.isBefore(t.purgeAfter()) || readOnly) {
                    kept.add(t);
                } else {
                    purge(t);
                }
            });
        }
        kept.sort(Comparator.comparing(TrashedProfile::deletedAt).reversed());
        return kept;
    }

    /** Makes a folder for {@code profile} and describes it in its {@code profile.json}. */
    TrashedProfile put(Profile profile, Instant now) throws IOException {
        Files.createDirectories(root);
        String base = profile.id() + "-" + STAMP.format(now);
        for (int n = 1; ; n++) {
            String trashId = n == 1 ? base : base + "-" + n;
            Path folder = root.resolve(trashId);
            try {
                Files.createDirectory(folder);
            } catch (FileAlreadyExistsException e) {
                if (n >= MAX_SAME_NAME) {
                    throw e;
                }
                continue;
            }
            byte[] text = ProfilesJson.writeTrashed(profile, now).getBytes(StandardCharsets.UTF_8);
            try {
                AtomicFiles.writePrivately(
                        folder.resolve(DESCRIPTION), List.of(text), folder.resolve(DESCRIPTION + ".bak"));
            } catch (IOException e) {
                remove(folder);
                throw e;
            }
            return new TrashedProfile(trashId, profile, now, folder);
        }
    }

    /** Deletes a trash folder and everything in it. */
    void remove(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private Optional<TrashedProfile> read(Path folder) {
        Path description = folder.resolve(DESCRIPTION);
        try {
            ProfilesJson.Trashed t = ProfilesJson.readTrashed(Files.readAllBytes(description));
            return Optional.of(new TrashedProfile(folder.getFileName().toString(), t.profile(), t.deletedAt(), folder));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Left alone in the trash, unreadable: {0} ({1})", description, Causes.of(e));
        } catch (FormatProblem problem) {
            LOG.log(
                    Level.WARNING,
                    "Left alone in the trash, not a deleted profile: {0} ({1})",
                    description,
                    problem.detail());
        }
        return Optional.empty();
    }

    private void purge(TrashedProfile t) {
        try {
            remove(t.folder());
            LOG.log(
                    Level.INFO,
                    "Deleted for good, {0} days after it was deleted: learner \"{1}\" ({2}), {3}",
                    TrashedProfile.KEPT_FOR.toDays(),
                    t.profile().name(),
                    t.profile().id(),
                    t.folder());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete {0} from the trash: {1}", t.folder(), Causes.of(e));
        }
    }
}
