package org.empathytrainer.ui.overview;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import org.empathytrainer.content.Course;
import org.empathytrainer.lrs.overview.ClassOverview;
import org.empathytrainer.lrs.overview.ClassOverviewBuilder;
import org.empathytrainer.records.export.XapiOptions;

/**
 * Reads the statements and computes the overview on a thread of its own (a class's statements can take a while to
 * come), telling the screen on the JavaFX thread how far it got and how it ended. Cancelled, it tells nothing more.
 */
final class OverviewRead {
    private static final System.Logger LOG = System.getLogger(OverviewRead.class.getName());

    /** How a read ends, told on the JavaFX thread: the overview, or the reason it could not be read. */
    interface Outcome {
        void read(ClassOverview overview);

        void failed(String reason);
    }

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Thread thread;
    /** The count last read, waiting to be shown; -1 when none is waiting, so the FX thread gets one update at a time. */
    private final AtomicInteger shown = new AtomicInteger(-1);

    private OverviewRead() {}

    /** Starts reading; call on the JavaFX thread. */
    static OverviewRead start(
            StatementSource source, XapiOptions options, Course course, IntConsumer progress, Outcome outcome) {
        OverviewRead read = new OverviewRead();
        Thread t = new Thread(() -> read.run(source, options, course, progress, outcome), "empathy-trainer-overview");
        t.setDaemon(true);
        read.thread = t;
        t.start();
        return read;
    }

    /** Stops the read: nothing more is told, and a read waiting on the network is interrupted. */
    void cancel() {
        cancelled.set(true);
        thread.interrupt();
    }

    private void run(
            StatementSource source, XapiOptions options, Course course, IntConsumer progress, Outcome outcome) {
        ClassOverviewBuilder builder = new ClassOverviewBuilder(options);
        try {
            source.read(builder::add, count -> show(count, progress), cancelled::get);
            ClassOverview overview = builder.build(course);
            later(o -> o.read(overview), outcome);
        } catch (Exception e) {
            if (cancelled.get()) {
                LOG.log(System.Logger.Level.DEBUG, "The class overview's read stopped when cancelled", e);
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "The class overview could not be read", e);
            String reason = e.getMessage() == null || e.getMessage().isBlank()
                    ? e.getClass().getSimpleName()
                    : e.getMessage();
            later(o -> o.failed(reason), outcome);
        } catch (Error e) {
            // Out of memory, say: the screen says so rather than read for ever.
            LOG.log(System.Logger.Level.ERROR, "The class overview failed", e);
            later(o -> o.failed(String.valueOf(e)), outcome);
            throw e;
        }
    }

    private void show(int count, IntConsumer progress) {
        if (shown.getAndSet(count) < 0) {
            Platform.runLater(() -> {
                int latest = shown.getAndSet(-1);
                if (!cancelled.get()) {
                    progress.accept(latest);
                }
            });
        }
    }

    private void later(Consumer<Outcome> tell, Outcome outcome) {
        Platform.runLater(() -> {
            if (!cancelled.get()) {
                tell.accept(outcome);
            }
        });
    }
}
