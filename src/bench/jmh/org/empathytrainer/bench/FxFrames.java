package org.empathytrainer.bench;

import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** What the in-process UI benchmarks time with: work on the JavaFX thread, and a frame's CSS and layout passes. */
final class FxFrames {
    /**
     * The passes a pulse runs before a frame is drawn. Package-private in JavaFX: the benchmarks run JavaFX from the
     * class path, where reflection may reach them.
     */
    private static final Method CSS_PASS = pass("doCSSPass");

    private static final Method LAYOUT_PASS = pass("doLayoutPass");

    private FxFrames() {}

    /** Runs the CSS and layout passes the next frame would run on {@code scene}; returns its root. */
    static Parent layout(Scene scene) {
        try {
            CSS_PASS.invoke(scene);
            LAYOUT_PASS.invoke(scene);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the scene's CSS or layout pass failed", e);
        }
        return scene.getRoot();
    }

    /** Runs {@code work} on the JavaFX thread and waits for its result, at most 30 s. */
    static <T> T onFx(Supplier<T> work) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static Method pass(String name) {
        try {
            Method m = Scene.class.getDeclaredMethod(name);
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError("this JavaFX has no Scene." + name + ": " + e);
        }
    }
}
