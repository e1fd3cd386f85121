package org.empathytrainer.records;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.StoreNotice.Kind;

/**
 * Keeps each learner's progress in {@code <data folder>/progress/<learner>.json}, with the previous save as
 * {@code <learner>.json.bak}. A damaged file is moved aside (never deleted) and the backup used if it can be. A file
 * that cannot be read at all, is larger than {@link SavedFiles#MAX_PROGRESS_BYTES}, or was written by a newer version
 * of the app is left alone and not saved over: that learner is read-only until the app is closed.
 */
public final class ProgressStore {
    private static final System.Logger LOG = System.getLogger(ProgressStore.class.getName());

    private final Path folder;
    private final Clock clock;
    /** Learners whose file exists but could not be read: saving would destroy what may still be good data. */
    private final Set<String> doNotOverwrite = new HashSet<>();
    /** Writes nothing at all, as when another window of the app holds the data folder. */
    private final boolean readOnly;
    /** Readings started by {@link #preload}, each taken by the next load of its learner. */
    private final Map<String, CompletableFuture<LoadResult>> preloaded = new HashMap<>();
    /** Whether a load has begun: from then on, {@link #preload} does nothing. */
    private boolean loaded;

    public ProgressStore(Path dataFolder, Clock clock) {
        this(dataFolder, clock, false);
    }

    /**
     * @param readOnly write nothing, not even to move a damaged file aside: every learner is {@link #readOnly}
     */
    public ProgressStore(Path dataFolder, Clock clock, boolean readOnly) {
        this.folder = Objects.requireNonNull(dataFolder).resolve("progress");
        this.clock = Objects.requireNonNull(clock);
        this.readOnly = readOnly;
    }

    /** Where the learner's progress is kept. */
    public Path file(String learner) {
        return folder.resolve(LearnerId.requireValid(learner) + ".json");
    }

    /**
     * Starts reading {@code learner}'s progress on {@code executor}, for a {@link #load} of that learner to come soon,
     * as at start-up, where the file is read while the window toolkit starts: a long history takes a few hundred
     * milliseconds to read. The next load of that learner takes what was read (waiting for the end of the reading
     * if need be), with its notices; a file moved aside as damaged is moved by the reading, as a load would move it.
     * Only the first load of this store takes a reading, and a preload asked for after it does nothing: a reading
     * kept longer could hand out progress older than what was saved since.
     */
    public void preload(String learner, Executor executor) {
        LearnerId.requireValid(learner);
        CompletableFuture<LoadResult> reading = new CompletableFuture<>();
        synchronized (this) {
            if (loaded) {
                return;
            }
            preloaded.put(learner, reading);
        }
        executor.execute(() -> {
            try {
                reading.complete(read(learner));
            } catch (RuntimeException | Error e) {
                reading.completeExceptionally(e);
            }
        });
    }

    /** Loads the learner's progress; never fails, but says in the notices what went wrong, if anything. */
    public LoadResult load(String learner) {
        CompletableFuture<LoadResult> early;
        synchronized (this) {
            early = preloaded.remove(learner);
            preloaded.clear();
            loaded = true;
        }
        if (early != null) {
            try {
                return early.join();
            } catch (CompletionException e) {
                // Whatever stopped the reading (out of memory) stops the load as it would have without it.
                if (e.getCause() instanceof RuntimeException) {
                    throw (RuntimeException) e.getCause();
                }
                throw (Error) e.getCause();
            }
        }
        return read(learner);
    }

    private synchronized LoadResult read(String learner) {
        Path file = file(learner);
        LearnerProgress empty = LearnerProgress.empty(learner);
        // No folder (or a file in its way) means no progress yet; saving will explain what blocks the folder.
        if (Files.notExists(file) || !Files.isDirectory(folder)) {
            doNotOverwrite.remove(learner);
            return LoadResult.clean(empty);
        }
        try {
            LongTexts.Cut cut = LongTexts.cut(ProgressJson.read(file, SavedFiles.MAX_PROGRESS_BYTES, learner));
            doNotOverwrite.remove(learner);
            return cut.fields().isEmpty()
                    ? LoadResult.clean(cut.progress())
                    : LoadResult.withNotice(
                            cut.progress(),
                            new StoreNotice(Kind.TEXT_CUT, file, null, String.join(", ", cut.fields())));
        } catch (FormatProblem problem) {
            return recover(learner, file, problem);
        } catch (IOException e) {
            return unreadable(learner, file, Causes.of(e));
        }
    }

    /** Whether {@code learner}'s file was left alone at loading and is not written: what they do is kept in memory. */
    public synchronized boolean readOnly(String learner) {
        return readOnly || doNotOverwrite.contains(learner);
    }

    /**
     * Saves atomically: the file is replaced whole or not at all, and the previous save becomes the backup.
     *
     * @throws StoreException naming the folder or file and the cause; the file on disk is then unchanged
     */
    public synchronized void save(LearnerProgress progress) throws StoreException {
        String learner = progress.learner();
        Path file = file(learner);
        if (readOnly) {
            throw new StoreException("Cannot save progress in " + file + ": the data folder is open read-only");
        }
        if (doNotOverwrite.contains(learner)) {
            throw new StoreException(
                    "Cannot save progress in " + file + ": the file could not be read and will not be overwritten");
        }
        List<byte[]> content = ProgressJson.parts(progress, clock.instant());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(
                    "Cannot save progress in " + folder + ": the folder cannot be created ("
                            + Causes.ofFolder(folder, e) + ")",
                    e);
        }
        try {
            AtomicFiles.writePrivately(file, content, backup(learner));
        } catch (IOException e) {
            throw new StoreException("Cannot save progress in " + file + ": " + e.getMessage(), e);
        }
    }

    private LoadResult recover(String learner, Path file, FormatProblem problem) {
        if (problem.isNewerVersion()) {
            // Writing an older format under the usual name (or over the backup) would lose what the newer app kept.
            LOG.log(Level.WARNING, "Progress file {0} is from a newer app; not written: {1}", file, problem.detail());
            doNotOverwrite.add(learner);
            return LoadResult.withNotice(
                    readBackup(learner).orElseGet(() -> LearnerProgress.empty(learner)),
                    new StoreNotice(Kind.NEWER_VERSION, file, null, problem.getMessage()));
        }
        if (readOnly) {
            return unreadable(learner, file, problem.detail());
        }
        Path aside;
        try {
            aside = AtomicFiles.moveAside(file, "corrupt", clock.instant());
        } catch (IOException e) {
            return unreadable(learner, file, problem.detail() + "; it could not be moved aside (" + Causes.of(e) + ")");
        }
        LOG.log(Level.WARNING, "Moved progress file {0} aside to {1}: {2}", file, aside, problem.detail());
        doNotOverwrite.remove(learner);
        Optional<LearnerProgress> fromBackup = readBackup(learner);
        Kind kind = fromBackup.isPresent() ? Kind.RECOVERED_FROM_BACKUP : Kind.STARTED_FRESH;
        return LoadResult.withNotice(
                fromBackup.orElseGet(() -> LearnerProgress.empty(learner)),
                new StoreNotice(kind, file, aside, problem.detail()));
    }

    /** The backup if it is usable; an unusable one is left where it is, for whoever wants to look at it. */
    private Optional<LearnerProgress> readBackup(String learner) {
        Path backup = backup(learner);
        if (Files.notExists(backup)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProgressJson.read(backup, SavedFiles.MAX_PROGRESS_BYTES, learner));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Backup {0} could not be read: {1}", backup, Causes.of(e));
        } catch (FormatProblem problem) {
            LOG.log(Level.WARNING, "Backup {0} is not usable either, left in place: {1}", backup, problem.detail());
        }
        return Optional.empty();
    }

    private LoadResult unreadable(String learner, Path file, String detail) {
        LOG.log(Level.WARNING, "Progress file {0} could not be read and will not be saved over: {1}", file, detail);
        doNotOverwrite.add(learner);
        return LoadResult.withNotice(
                LearnerProgress.empty(learner), new StoreNotice(Kind.UNREADABLE, file, null, detail));
    }

    private Path backup(String learner) {
        return folder.resolve(learner + ".json.bak");
    }
}
