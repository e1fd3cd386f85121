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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
 * <p>Drafts, the answers of the step the learner is on, are kept at once but written only {@value #DRAFT_DELAY_MILLIS}
 * ms after the last of a burst of them, so that typing is saved when it pauses rather than at every key. {@link
 * #flush()} writes a waiting draft at once; it may be called from any thread, as a shutdown hook does.
 *
 * <p>A failed save is reported and the learner keeps working: the next checkpoint tries again with everything since.
 * A keeper made by {@link #inMemory} has no store and writes nothing, as for a classroom session. Apart from the
 * writer, everything here runs on the thread that owns the screens, where the listeners are called too.
 */
public final class ProgressKeeper {
    private static final System.Logger LOG = System.getLogger(ProgressKeeper.class.getName());
    /** Longer than any save takes on a working disk; past it, the window closes rather than hangs. */
    private static final long FLUSH_TIMEOUT_SECONDS = 20;
    /** How long typing must pause before a draft is written. */
    public static final long DRAFT_DELAY_MILLIS = 800;

    private final Optional<ProgressStore> store;
    private final Executor writer;
    private final Executor listeners;
    /** Runs its work {@value #DRAFT_DELAY_MILLIS} ms later, on a thread that is not the screens'. */
    private final Executor afterPause;
    /** The latest progress not yet taken by the writer, draft or not; null when the writer has it all. */
    private final AtomicReference<LearnerProgress> unsaved = new AtomicReference<>();
    /** Whether a write is queued that has not yet taken {@link #unsaved}. */
    private final AtomicBoolean queued = new AtomicBoolean();
    /** Counts drafts, so that only the last of a burst has it written when the pause is over. */
    private final AtomicLong drafts = new AtomicLong();

    /** Guarded by this: queued from the screens' thread, a pause's timer, or a shutdown hook. */
    private CompletableFuture<Void> lastSave = CompletableFuture.completedFuture(null);

    private LearnerProgress progress;
    private Consumer<StoreException> onSaveFailed = e -> {};
    private Runnable onSaved = () -> {};
    private volatile Written onWritten = (before, after) -> {};
    /** Only the writer reads and writes this. */
    private boolean failing;
    /** The progress as last written, or as loaded; only the writer reads and writes this after construction. */
    private LearnerProgress lastWritten;

    /** Told on the writer's thread after each successful save, as results are sent from there. */
    @FunctionalInterface
    public interface Written {
        /**
         * @param before the progress as written before this save (or as loaded)
         * @param after  the progress now written
         */
        void written(LearnerProgress before, LearnerProgress after);
    }

    /**
     * @param writer    saves, one at a time and in order (a single thread)
     * @param listeners where the save listeners run: the JavaFX thread in the app
     */
    public ProgressKeeper(ProgressStore store, LearnerProgress progress, Executor writer, Executor listeners) {
        this(
                Optional.of(store),
                progress,
                writer,
                listeners,
                CompletableFuture.delayedExecutor(DRAFT_DELAY_MILLIS, TimeUnit.MILLISECONDS));
    }

    /** @param afterPause runs a draft's write once typing has paused: a delay in the app, under the test's control */
    ProgressKeeper(
            Optional<ProgressStore> store,
            LearnerProgress progress,
            Executor writer,
            Executor listeners,
            Executor afterPause) {
        this.store = store;
        this.progress = Objects.requireNonNull(progress);
        this.writer = Objects.requireNonNull(writer);
        this.listeners = Objects.requireNonNull(listeners);
        this.afterPause = Objects.requireNonNull(afterPause);
        this.lastWritten = progress;
    }

    /** A keeper that holds {@code progress} in memory only: nothing it is given is ever written to a file. */
    public static ProgressKeeper inMemory(LearnerProgress progress) {
        Executor never = work -> {
            throw new IllegalStateException("a keeper in memory saves nothing");
        };
        return new ProgressKeeper(Optional.empty(), progress, never, never, never);
    }

    /** Whether checkpoints are written to the learner's file. */
    public boolean saves() {
        return store.isPresent();
    }

    /** Called once per run of failures, not at every checkpoint while the folder stays unwritable. */
    public void setOnSaveFailed(Consumer<StoreException> listener) {
        onSaveFailed = Objects.requireNonNull(listener);
    }

    /**
     * Called on the writer's thread after every successful save, with the progress written before and now: the
     * work it does is part of the save, never of the screens' thread. A listener that throws is logged.
     */
    public void setOnWritten(Written listener) {
        onWritten = Objects.requireNonNull(listener);
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

    /**
     * Keeps the answers of the step the learner is on, and writes them once no other draft has come for {@value
     * #DRAFT_DELAY_MILLIS} ms (or at the next checkpoint or flush, whichever is first).
     */
    public void saveDraft(CaseProgress caseProgress) {
        progress = progress.with(caseProgress);
        if (store.isEmpty()) {
            return;
        }
        unsaved.set(progress);
        long draft = drafts.incrementAndGet();
        afterPause.execute(() -> {
            if (drafts.get() == draft) {
                writeSoon();
            }
        });
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
        flush(FLUSH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** As {@link #flush()}, waiting at most {@code timeout}: a shutdown must not be held up for long. */
    public void flush(long timeout, TimeUnit unit) {
        if (store.isEmpty()) {
            return;
        }
        writeSoon();
        try {
            lastSave().get(timeout, unit);
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
        unsaved.set(progress);
        writeSoon();
    }

    /**
     * Has the writer save what is unsaved. The writer takes the latest; a write already queued will find it, so only
     * the first queues work.
     */
    private synchronized void writeSoon() {
        if (unsaved.get() != null && !queued.getAndSet(true)) {
            lastSave = CompletableFuture.runAsync(this::writeLatest, writer).exceptionally(e -> {
                LOG.log(Level.ERROR, "Progress not saved: unexpected error", e);
                return null;
            });
        }
    }

    private synchronized CompletableFuture<Void> lastSave() {
        return lastSave;
    }

    private void writeLatest() {
        queued.set(false);
        LearnerProgress latest = unsaved.getAndSet(null);
        if (latest == null) {
            return;
        }
        try {
            store.get().save(latest);
            LearnerProgress before = lastWritten;
            lastWritten = latest;
            try {
                onWritten.written(before, latest);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "After saving the learner's progress, a listener failed", e);
            }
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
