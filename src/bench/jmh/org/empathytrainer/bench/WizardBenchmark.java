package org.empathytrainer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
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
import org.empathytrainer.records.profiles.ProfileException;
import org.empathytrainer.records.profiles.ProfileStore;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.ui.MainWindow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The wizard as a learner with 1,000 earlier attempts meets it: opening a case, and moving between its steps with
 * Page Up and Page Down (each move scores the step and saves the learner's whole progress, as in the app). Each
 * operation runs on the JavaFX thread and includes the CSS and layout passes of the next frame, so it measures all the
 * work the JavaFX thread does before that frame can be drawn; drawing itself is left out (JavaFX draws on its render
 * thread, here without a GPU). The toolkit is Monocle, headless, as in the UI tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
// The JIT needs about 20 s of this work before the figures settle; the first iterations show an earlier session.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class WizardBenchmark {
    static final String CASE = "porch-parcel";
    /** The learner the app starts as; a name without a PIN, so --learner-style start skips the chooser. */
    static final String LEARNER = "bench";

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
        App.Config config = new App.Config(data, ContentSource.builtIn(), List.of(), Clock.systemUTC(),
                Locale.ENGLISH).asLearner(LEARNER);
        // Headless, as the UI tests run; set here rather than as JVM options, which -jvmArgs* on the command line replace.
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
            window.openCase(CASE);
            return layout();
        });
        checkThatPagingMoves(data);
    }

    /** A key that did nothing would make the move benchmark measure nothing: check that Page Up and Down move. */
    private void checkThatPagingMoves(Path data) throws Exception {
        ProgressStore store = new ProgressStore(data, Clock.systemUTC());
        for (WizardPage expected : List.of(WizardPage.FIX, WizardPage.DISCUSS, WizardPage.SENSE, WizardPage.PLACE,
                WizardPage.SENSE, WizardPage.DISCUSS, WizardPage.FIX, WizardPage.SUMMARY)) {
            moveBetweenSteps();
            onFx(() -> {
                window.finishSaving();
                return null;
            });
            WizardPage saved = store.load(LEARNER).progress().caseProgress(CASE).orElseThrow().page();
            if (saved != expected) {
                throw new IllegalStateException("paging went to " + saved + ", not " + expected);
            }
        }
    }

    private static void saveLearner(Path data) throws IOException, StoreException, ProfileException {
        String id = new ProfileStore(data, Clock.systemUTC()).create(LEARNER, null).id();
        if (!id.equals(LEARNER)) {
            throw new IllegalStateException("the learner's id is " + id + ", not " + LEARNER);
        }
        new ProgressStore(data, Clock.systemUTC()).save(BenchData.learner(LEARNER,
                ContentRepository.load(ContentSource.builtIn()), ProgressBenchmark.ATTEMPTS));
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

    @Benchmark
    public Parent openCase() throws Exception {
        return onFx(() -> {
            window.openCase(CASE);
            return layout();
        });
    }

    @Benchmark
    public Parent moveBetweenSteps() throws Exception {
        return onFx(() -> {
            KeyCode key = goingBack ? KeyCode.PAGE_UP : KeyCode.PAGE_DOWN;
            Event.fireEvent(window.scene(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false,
                    false));
            page += goingBack ? 1 : -1;
            if (page == 4 || page == 0) {
                goingBack = !goingBack;
            }
            return layout();
        });
    }

    private Parent layout() {
        Parent root = window.scene().getRoot();
        root.applyCss();
        root.layout();
        return root;
    }

    private static <T> T onFx(Supplier<T> work) throws InterruptedException, ExecutionException, TimeoutException {
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
}
