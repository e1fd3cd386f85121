package org.empathytrainer.records;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.StoryProgress;

/**
 * Holds the learner's progress in memory and saves it at every checkpoint, on a thread of its own: a learner with a
 * long history has a file of some hundred kilobytes, and writing it must not hold up the next frame. The progress is
 * immutable, so the writer saves a snapshot; checkpoints that come faster than the disk are merged into one save of the
 * latest. {@link #flush()} waits for the last one, before another learner's file is read or the window closes.
 *
 * <p>A failed save is reported and the learner keeps working: the next checkpoint tries again with everything since.
 * A keeper made by {@link #inMemory} has no store and writes nothing, as for a classroom session. Apart from the
 * writer, everything here runs on the thread that owns the screens, where the listeners are called too.
 */
public final class ProgressKeeper {
    private static final System.Logger LOG = System.getLogger(ProgressKeeper.class.getName());
    /** Longer than any save takes on a working disk; past it, the window closes rather than hangs. */
    private static final long FLUSH_TIMEOUT_SECONDS = 20;

    private final Optional<ProgressStore> store;
    private final Executor writer;
    private final Executor listeners;
    /** The latest progress not yet taken by the writer; null when the writer has it all. */
    private final AtomicReference<LearnerProgress> unsaved = new AtomicReference<>();

    private CompletableFuture<Void> lastSave = CompletableFuture.completedFuture(null);
    private LearnerProgress progress;
    private Consumer<StoreException> onSaveFailed = e -> {};
    private Runnable onSaved = () -> {};
    /** Only the writer reads and writes this. */
    private boolean failing;

    /**
     * @param writer    saves, one at a time and in order (a single thread)
     * @param listeners where the save listeners run: the JavaFX thread in the app
     */
    public ProgressKeeper(ProgressStore store, LearnerProgress progress, Executor writer, Executor listeners) {
        this(Optional.of(store), progress, writer, listeners);
    }

    private ProgressKeeper(
            Optional<ProgressStore> store, LearnerProgress progress, Executor writer, Executor listeners) {
        this.store = store;
        this.progress = Objects.requireNonNull(progress);
        this.writer = Objects.requireNonNull(writer);
        this.listeners = Objects.requireNonNull(listeners);
    }

    /** A keeper that holds {@code progress} in memory only: nothing it is given is ever written to a file. */
    public static ProgressKeeper inMemory(LearnerProgress progress) {
        Executor never = work -> {
            throw new IllegalStateException("a keeper in memory saves nothing");
        };
        return new ProgressKeeper(Optional.empty(), progress, never, never);
    }

    /** Whether checkpoints are written to the learner's file. */
    public boolean saves() {
        return store.isPresent();
    }

    /** Called once per run of failures, not at every checkpoint while the folder stays unwritable. */
    public void setOnSaveFailed(Consumer<StoreException> listener) {
        onSaveFailed = Objects.requireNonNull(listener);
    }

    /** Called when a save succeeds after a failure. */
    public void setOnSaved(Runnable listener) {
        onSaved = Objects.requireNonNull(listener);
    }

    public LearnerProgress progress() {
        return progress;
    }

    /**
     * Makes {@code caseProgress} the current attempt at its case. An attempt already moved to the history by a restart
     * is not made current again: the learner would have one attempt twice, finished in the history and as the new one.
     */
    public void save(CaseProgress caseProgress) {
        if (progress.history().contains(caseProgress)) {
            LOG.log(Level.DEBUG, "An attempt already in the history is not saved again as the current one");
            return;
        }
        progress = progress.with(caseProgress);
        persist();
    }

    /** Starts a case again; the attempt it replaces is kept in the learner's history. */
    public void restart(String caseId, int caseVersion, Instant now) {
        progress = progress.restart(caseId, caseVersion, now);
        persist();
    }

    public void save(StoryProgress storyProgress) {
        progress = progress.with(storyProgress);
        persist();
    }

    /**
     * Waits until everything checkpointed so far is written (or has failed, which the listener has been told). A disk
     * that does not answer within {@value #FLUSH_TIMEOUT_SECONDS} seconds is logged, not waited for.
     */
    public void flush() {
        try {
            lastSave.get(FLUSH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(Level.WARNING, "Stopped waiting for the learner's progress to be saved", e);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.ERROR, "The learner's progress may not have been saved", e);
        }
    }

    private void persist() {
        if (store.isEmpty()) {
            return;
        }
        // The writer takes the latest; a save already queued will find this one, so only the first queues work.
        if (unsaved.getAndSet(progress) == null) {
            lastSave = CompletableFuture.runAsync(this::writeLatest, writer).exceptionally(e -> {
                LOG.log(Level.ERROR, "Progress not saved: unexpected error", e);
                return null;
            });
        }
    }

    private void writeLatest() {
        LearnerProgress latest = unsaved.getAndSet(null);
        if (latest == null) {
            return;
        }
        try {
            store.get().save(latest);
            if (failing) {
                failing = false;
                listeners.execute(() -> onSaved.run());
            }
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "Progress not saved", e);
            if (!failing) {
                failing = true;
                listeners.execute(() -> onSaveFailed.accept(e));
            }
        }
    }
}
