package org.empathytrainer.ui.kit;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Defers work that the first frame of a window does not need until that frame is laid out, so it opens sooner. */
public final class FirstFrame {
    private FirstFrame() {}

    /**
     * Runs {@code work} on the JavaFX thread right after the next pulse that lays out {@code scene} (for a new window,
     * its first frame).
     */
    public static void then(Scene scene, Runnable work) {
        atLayout(scene, () -> Platform.runLater(work));
    }

    /**
     * Runs {@code work} once, within the next pulse that lays out {@code scene}, right after its layout pass (before the
     * frame is drawn): for measuring how long it took to get there.
     */
    public static void atLayout(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            work.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
