package org.empathytrainer.ui.shell;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.LoadResult;
import org.empathytrainer.records.ProgressKeeper;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.records.profiles.ProfileStore;

/**
 * The learners of this workstation and where their progress is kept. Which of them is at the keyboard is the
 * {@link SessionModel}'s to know; until someone is chosen, screens see an empty progress that is never saved.
 */
public final class Learners {
    /** The progress screens see while nobody is chosen: never saved. */
    static final String NOBODY = "nobody";
    /** The id of someone practising while the list of learners cannot be kept; their progress is still saved if it can be. */
    static final String GUEST = "guest";

    private final ProfileStore profiles;
    private final ProgressStore progress;
    private final Executor background;
    private final Executor saving;
    private volatile ProgressKeeper.Written onWritten = (before, after) -> {};

    /**
     * @param background runs slow work (PIN hashing, exports) off the JavaFX thread
     * @param saving     writes the learners' progress, one save at a time (a thread of its own, so that a long export
     *                   never holds up a save)
     */
    public Learners(ProfileStore profiles, ProgressStore progress, Executor background, Executor saving) {
        this.profiles = Objects.requireNonNull(profiles);
        this.progress = Objects.requireNonNull(progress);
        this.background = Objects.requireNonNull(background);
        this.saving = Objects.requireNonNull(saving);
    }

    public ProfileStore profiles() {
        return profiles;
    }

    public ProgressStore progress() {
        return progress;
    }

    public Executor background() {
        return background;
    }

    /** Where progress is saved; see {@link ProgressKeeper}. */
    public Executor saving() {
        return saving;
    }

    /** Told after each save of a learner's progress, on the saving thread: where results are queued for sending. */
    public void setOnWritten(ProgressKeeper.Written listener) {
        onWritten = Objects.requireNonNull(listener);
    }

    ProgressKeeper.Written onWritten() {
        return onWritten;
    }

    /** Loads {@code p}'s progress; the notices say if anything was wrong with their files. */
    LoadResult choose(Profile p) {
        return progress.load(Objects.requireNonNull(p).id());
    }

    /** The progress screens see while nobody is at the keyboard (the chooser shows). */
    public ProgressKeeper leave() {
        return ProgressKeeper.inMemory(LearnerProgress.empty(NOBODY));
    }
}
