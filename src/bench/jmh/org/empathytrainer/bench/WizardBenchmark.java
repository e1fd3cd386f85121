package org.empathytrainer.bench;

import static org.empathytrainer.bench.FxFrames.onFx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.empathytrainer.App;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.practice.WizardPage;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.records.profiles.ProfileException;
import org.empathytrainer.records.profiles.ProfileStore;
import org.empathytrainer.ui.shell.MainWindow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The wizard as a learner with 1,000 earlier attempts meets it: opening a case, moving between its steps with Page Up
 * and Page Down (each move scores the step and saves the learner's whole progress, as in the app), and going home. Each
 * operation runs on the JavaFX thread and includes the CSS and layout passes of the next frame, so it measures all the
 * work the JavaFX thread does before that frame can be drawn; drawing itself is left out (JavaFX draws on its render
 * thread, here without a GPU). The toolkit is Monocle, headless, as in the UI tests.
 *
 * <p>The passes are the scene's own, as a pulse runs them: they style and lay out what changed. ({@code
 * Node.applyCss()} on the root, used here before, styles every node in the scene again, which no pulse does.) Before
 * each operation the benchmark waits until the last frame is drawn and the JavaFX thread is idle, as it is when a
 * learner presses a key: otherwise an operation would also time the wait for the previous frame's drawing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
// The JIT needs 20 s or more of this work before the figures settle; the first iterations show an earlier session.
// Opening a case runs only about 15 times a second here (it goes home and waits for the frame in between), so the
// warm-up is longer than the moves alone would need.
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 5, time = 2)
public class WizardBenchmark {
    static final String CASE = "porch-parcel";
    /** The learner the app starts as; a name without a PIN, so --learner-style start skips the chooser. */
    static final String LEARNER = "bench";
    /** Two frames at 60 Hz and a little more: time for the pulse after an operation, and for drawing its frame. */
    private static final long IDLE_MS = 40;

    private Path data;
    private MainWindow window;
    private Stage stage;
    /** Where the move benchmark is: 0 is the summary, 4 the first step; it goes back four pages, then on four. */
    private int page;

    private boolean goingBack = true;

    @Setup(Level.Trial)
    public void openApp() throws Exception {
        data = Files.createTempDirectory("bench-wizard");
        saveLearner(data);
        App.Config config = new App.Config(data, ContentSource.builtIn(), List.of(), Clock.systemUTC(), Locale.ENGLISH)
                .asLearner(LEARNER);
        // Headless, as the UI tests run; set here rather than as JVM options, which -jvmArgs* on the command line
        // replace.
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", "1600x1200-32");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        window = onFx(() -> {
            stage = new Stage();
            stage.setWidth(1100);
            stage.setHeight(760);
            return App.open(config, stage);
        });
        onFx(() -> {
            window.navigator().openCase(CASE);
            return layout();
        });
        checkThatPagingMoves(data);
    }

    /** A key that did nothing would make the move benchmark measure nothing: check that Page Up and Down move. */
    private void checkThatPagingMoves(Path data) throws Exception {
        ProgressStore store = new ProgressStore(data, Clock.systemUTC());
        for (WizardPage expected : List.of(
                WizardPage.FIX,
                WizardPage.DISCUSS,
                WizardPage.SENSE,
                WizardPage.PLACE,
                WizardPage.SENSE,
                WizardPage.DISCUSS,
                WizardPage.FIX,
                WizardPage.SUMMARY)) {
            moveBetweenSteps();
            onFx(() -> {
                window.finishSaving();
                return null;
            });
            WizardPage saved = store.load(LEARNER)
                    .progress()
                    .caseProgress(CASE)
                    .orElseThrow()
                    .page();
            if (saved != expected) {
                throw new IllegalStateException("paging went to " + saved + ", not " + expected);
            }
        }
    }

    private static void saveLearner(Path data) throws IOException, StoreException, ProfileException {
        String id =
                new ProfileStore(data, Clock.systemUTC()).create(LEARNER, null).id();
        if (!id.equals(LEARNER)) {
            throw new IllegalStateException("the learner's id is " + id + ", not " + LEARNER);
        }
        new ProgressStore(data, Clock.systemUTC())
                .save(BenchData.learner(
                        LEARNER, ContentRepository.load(ContentSource.builtIn()), ProgressBenchmark.ATTEMPTS));
    }

    /** Not timed: lets the pulse that follows the last operation run and its frame be drawn. */
    @Setup(Level.Invocation)
    public void waitForIdle() throws Exception {
        onFx(() -> null);
        Thread.sleep(IDLE_MS);
        onFx(() -> null);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
        Platform.exit();
        BenchData.delete(data);
    }

    /**
     * Where a learner opens a case from: the home screen. The case was left at the page {@code at}, so each opening
     * shows that page: its first step, or its summary (every case of this learner is finished).
     */
    @State(Scope.Thread)
    public static class AtHome {
        @Param({"PLACE", "SUMMARY"})
        public WizardPage at;

        @Setup(Level.Trial)
        public void leaveTheCase(WizardBenchmark app) throws Exception {
            onFx(() -> {
                app.window.navigator().openCase(CASE);
                for (int i = 0; i < WizardPage.values().length; i++) {
                    app.press(KeyCode.PAGE_DOWN);
                }
                for (int i = WizardPage.SUMMARY.ordinal(); i > at.ordinal(); i--) {
                    app.press(KeyCode.PAGE_UP);
                }
                app.window.finishSaving();
                return null;
            });
            WizardPage saved = new ProgressStore(app.data, Clock.systemUTC())
                    .load(LEARNER)
                    .progress()
                    .caseProgress(CASE)
                    .orElseThrow()
                    .page();
            if (saved != at) {
                throw new IllegalStateException("the case was left at " + saved + ", not at " + at);
            }
        }

        /** Not timed: back to the home screen, and idle again. */
        @Setup(Level.Invocation)
        public void goHome(WizardBenchmark app) throws Exception {
            onFx(() -> {
                app.window.navigator().home();
                return app.layout();
            });
            app.waitForIdle();
        }
    }

    /** Where a learner goes home from: the case, where they have just moved on a page, so its card is out of date. */
    @State(Scope.Thread)
    public static class InCase {
        private boolean back = true;

        /** Not timed: opens the case, moves between its summary and its last step, and is idle again. */
        @Setup(Level.Invocation)
        public void open(WizardBenchmark app) throws Exception {
            onFx(() -> {
                app.window.navigator().openCase(CASE);
                app.press(back ? KeyCode.PAGE_UP : KeyCode.PAGE_DOWN);
                back = !back;
                return app.layout();
            });
            app.waitForIdle();
        }
    }

    /** Home from a case, as the Home button does: the home screen, up to date with the learner's progress. */
    @Benchmark
    public Parent goHome(InCase inCase) throws Exception {
        return onFx(() -> {
            window.navigator().home();
            return layout();
        });
    }

    @Benchmark
    public Parent openCase(AtHome home) throws Exception {
        return onFx(() -> {
            window.navigator().openCase(CASE);
            return layout();
        });
    }

    @Benchmark
    public Parent moveBetweenSteps() throws Exception {
        return onFx(() -> {
            press(goingBack ? KeyCode.PAGE_UP : KeyCode.PAGE_DOWN);
            page += goingBack ? 1 : -1;
            if (page == 4 || page == 0) {
                goingBack = !goingBack;
            }
            return layout();
        });
    }

    /** A key pressed in the main window, as the keyboard sends it. */
    private void press(KeyCode key) {
        Event.fireEvent(window.scene(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
    }

    private Parent layout() {
        return FxFrames.layout(window.scene());
    }
}
