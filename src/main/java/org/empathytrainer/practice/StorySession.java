package org.empathytrainer.practice;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.empathytrainer.content.Scene;
import org.empathytrainer.content.Story;

/**
 * A learner reading the story: one scene at a time, then the reflection. Each move is a checkpoint, so the learner
 * comes back to the scene they left.
 */
public final class StorySession {
    private final Story story;
    private final Clock clock;
    private final Consumer<StoryProgress> checkpoint;
    private Consumer<StoryProgress> changeListener = p -> {};
    private StoryProgress progress;

    public StorySession(Story story, StoryProgress progress, Clock clock, Consumer<StoryProgress> checkpoint) {
        this.story = Objects.requireNonNull(story);
        this.clock = Objects.requireNonNull(clock);
        this.checkpoint = Objects.requireNonNull(checkpoint);
        int last = story.scenes().size();
        // A story shortened since the learner saved: resume at its reflection rather than past the end.
        this.progress = progress.scene() > last
                ? new StoryProgress(last, progress.reflection(), progress.completedAt())
                : progress;
    }

    public void setChangeListener(Consumer<StoryProgress> listener) {
        changeListener = Objects.requireNonNull(listener);
    }

    public Story story() {
        return story;
    }

    public StoryProgress progress() {
        return progress;
    }

    /** The scene shown, or empty when the learner has reached the reflection. */
    public Optional<Scene> scene() {
        int i = progress.scene();
        return i < story.scenes().size() ? Optional.of(story.scenes().get(i)) : Optional.empty();
    }

    public int sceneCount() {
        return story.scenes().size();
    }

    public boolean atReflection() {
        return scene().isEmpty();
    }

    public boolean canGoBack() {
        return progress.scene() > 0;
    }

    public boolean canAdvance() {
        return atReflection() ? reflectionBlocker().isEmpty() : true;
    }

    public Optional<Blocker> reflectionBlocker() {
        if (TextLimits.blank(progress.reflection())) {
            return Optional.of(Blocker.REFLECTION_MISSING);
        }
        return TextLimits.tooLong(progress.reflection()) ? Optional.of(Blocker.TEXT_TOO_LONG) : Optional.empty();
    }

    /** The next scene, or, at the reflection, finishing the story. */
    public void advance() {
        if (!canAdvance()) {
            throw new IllegalStateException("the reflection is not written yet");
        }
        if (atReflection()) {
            move(new StoryProgress(
                    progress.scene(),
                    progress.reflection(),
                    progress.completedAt() == null ? clock.instant() : progress.completedAt()));
        } else {
            move(new StoryProgress(progress.scene() + 1, progress.reflection(), progress.completedAt()));
        }
    }

    public void back() {
        if (canGoBack()) {
            move(new StoryProgress(progress.scene() - 1, progress.reflection(), progress.completedAt()));
        }
    }

    public void updateReflection(String text) {
        if (!Objects.equals(text, progress.reflection())) {
            progress = new StoryProgress(progress.scene(), text, progress.completedAt());
            changeListener.accept(progress);
        }
    }

    public void checkpoint() {
        checkpoint.accept(progress);
    }

    private void move(StoryProgress moved) {
        progress = moved;
        changeListener.accept(progress);
        checkpoint.accept(progress);
    }
}
