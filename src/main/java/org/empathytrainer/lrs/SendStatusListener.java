package org.empathytrainer.lrs;

/**
 * Told of every change of the {@link SendStatus}. Called on the sender's own thread (never the JavaFX thread): a
 * screen hands the status over with {@code Platform.runLater}. A listener must return quickly and not throw.
 */
@FunctionalInterface
public interface SendStatusListener {
    void changed(SendStatus status);
}
