package org.empathytrainer.ui;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.StoreException;

/**
 * Holds the learner's progress in memory and saves it at every checkpoint. A failed save is reported and the learner
 * keeps working: the next checkpoint tries again with everything since. A keeper made by {@link #inMemory} has no
 * store and writes nothing, as for a classroom session.
 */
public final class ProgressKeeper {
    private static final System.Logger LOG = System.getLogger(ProgressKeeper.class.getName());

    private final Optional<ProgressStore> store;
    private LearnerProgress progress;
    private Consumer<StoreException> onSaveFailed = e -> { };
    private Runnable onSaved = () -> { };
    private boolean failing;

    public ProgressKeeper(ProgressStore store, LearnerProgress progress) {
        this(Optional.of(store), progress);
    }

    private ProgressKeeper(Optional<ProgressStore> store, LearnerProgress progress) {
        this.store = store;
        this.progress = Objects.requireNonNull(progress);
    }

    /** A keeper that holds {@code progress} in memory only: nothing it is given is ever written to a file. */
    public static ProgressKeeper inMemory(LearnerProgress progress) {
        return new ProgressKeeper(Optional.empty(), progress);
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

    public void save(CaseProgress caseProgress) {
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

    private void persist() {
        if (store.isEmpty()) {
            return;
        }
        try {
            store.get().save(progress);
            if (failing) {
                failing = false;
                onSaved.run();
            }
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "Progress not saved", e);
            if (!failing) {
                failing = true;
                onSaveFailed.accept(e);
            }
        }
    }
}
