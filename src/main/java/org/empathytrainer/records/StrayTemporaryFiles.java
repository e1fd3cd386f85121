package org.empathytrainer.records;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes what saves interrupted by a crash leave behind: the temporary files of {@link AtomicFiles}, named
 * {@code .<name>-<number>.tmp}, in the data folder and the folders in it. Only those older than {@link #AGE} go, so a
 * save under way in another window of the app is never touched; nothing else is removed.
 */
public final class StrayTemporaryFiles {
    /** Far longer than any save takes. */
    public static final Duration AGE = Duration.ofDays(1);

    private static final System.Logger LOG = System.getLogger(StrayTemporaryFiles.class.getName());
    private static final Pattern NAME = Pattern.compile("\\..+-[0-9]+\\.tmp");
    /** The data folder, its folders (progress, trash) and theirs, down to a deleted learner's trash/<id>/progress. */
    private static final int DEPTH = 4;

    private StrayTemporaryFiles() {}

    /** Removes the stray files older than a day at {@code now}; returns how many. Never throws: problems are logged. */
    public static int remove(Path dataFolder, Instant now) {
        if (!Files.isDirectory(dataFolder, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        Instant before = now.minus(AGE);
        List<Path> stray;
        try (Stream<Path> files = Files.find(
                dataFolder,
                DEPTH,
                (p, a) -> a.isRegularFile()
                        && NAME.matcher(p.getFileName().toString()).matches()
                        && older(a, before),
                EnumSet.noneOf(FileVisitOption.class).toArray(new FileVisitOption[0]))) {
            stray = files.toList();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look for stray temporary files in " + dataFolder, e);
            return 0;
        }
        int removed = 0;
        for (Path p : stray) {
            try {
                Files.deleteIfExists(p);
                removed++;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not remove the stray temporary file {0}: {1}", p, Causes.of(e));
            }
        }
        if (removed > 0) {
            LOG.log(Level.INFO, "Removed {0} temporary files left by interrupted saves in {1}", removed, dataFolder);
        }
        return removed;
    }

    private static boolean older(BasicFileAttributes attributes, Instant before) {
        return attributes.lastModifiedTime().toInstant().isBefore(before);
    }
}
