package org.empathytrainer;

import java.time.Duration;
import java.util.Objects;

/**
 * Saves the learner's last answers when the system stops the app (SIGTERM at logout or shutdown), without holding the
 * exit up: the save gets a bounded time, after which the JVM goes on stopping. A kill -9 runs no hook; there the
 * drafts saved while typing paused are what is kept.
 */
final class ShutdownSave {
    private static final System.Logger LOG = System.getLogger(ShutdownSave.class.getName());

    private ShutdownSave() {}

    /** Registers {@code save} to run when the JVM stops, for at most {@code bound}. */
    static Thread register(Runnable save, Duration bound) {
        Thread hook = hook(save, bound);
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** The hook, not registered: runs {@code save} and waits for it at most {@code bound}. */
    static Thread hook(Runnable save, Duration bound) {
        Objects.requireNonNull(save);
        Objects.requireNonNull(bound);
        return new Thread(() -> runWithin(save, bound), "empathy-trainer-shutdown");
    }

    /** Runs {@code work} on a thread of its own; returns whether it finished within {@code bound}. */
    static boolean runWithin(Runnable work, Duration bound) {
        Thread worker = new Thread(
                () -> {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.ERROR, "The last answers may not have been saved", e);
                    }
                },
                "empathy-trainer-last-save");
        // A daemon, so that a save stuck on a dead disk never keeps the JVM from stopping.
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(bound.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            LOG.log(System.Logger.Level.ERROR, "Stopped waiting for the last answers to be saved after " + bound);
            return false;
        }
        return true;
    }
}
