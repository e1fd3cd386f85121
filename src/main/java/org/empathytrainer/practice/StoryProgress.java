package org.empathytrainer.practice;

import java.time.Instant;

/**
 * How far a learner is in the story.
 *
 * @param scene       index of the scene shown; one past the last means the reflection
 * @param reflection  what the learner wrote
 * @param completedAt when the reflection was first finished, or null
 */
public record StoryProgress(int scene, String reflection, Instant completedAt) {
    public static final StoryProgress NEW = new StoryProgress(0, "", null);

    public StoryProgress {
        if (scene < 0) {
            throw new IllegalArgumentException("scene cannot be negative: " + scene);
        }
        reflection = reflection == null ? "" : reflection;
    }

    public boolean completed() {
        return completedAt != null;
    }

    public boolean started() {
        return scene > 0 || completed() || !reflection.isEmpty();
    }
}
