package org.empathytrainer.bench;

import static org.empathytrainer.bench.FxFrames.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.empathytrainer.App;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.records.profiles.ProfileStore;
import org.empathytrainer.ui.shell.MainWindow;
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
 * The home screen of a course with {@value #CASES} trainer cases besides the built-in ones: typing in the search box
 * (a letter added or taken away, as a learner types a word and corrects it) and changing the channel filter. Each
 * operation runs on the JavaFX thread and includes the CSS and layout passes of the next frame, as in {@link
 * WizardBenchmark}, whose method this follows (headless Monocle, waiting for the previous frame before each operation).
 * Target: under 16 ms median, one frame at 60 Hz.
 *
 * <p>The set-up also prints how long the first showing of a page of cards takes ("Show more", cards not made yet),
 * which the steady-state figures leave out: the screen keeps every card it has made.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class HomeSearchBenchmark {
    static final int CASES = 2_000;
    private static final String LEARNER = "bench";
    private static final long IDLE_MS = 40;
    /** Words a learner might look for: a customer, a tag, a word of titles; typed a letter at a time, then erased. */
    private static final List<String> WORDS = List.of("grace", "parcel", "refund", "the");

    private final List<String> typed = new ArrayList<>();
    private Path data;
    private MainWindow window;
    private Stage stage;
    private TextField search;
    private ComboBox<Object> channel;
    private int keystroke;
    private int channelIndex;

    @Setup(Level.Trial)
    public void openApp() throws Exception {
        data = Files.createTempDirectory("bench-home");
        Path cases = data.resolve("trainer-cases");
        TrainerCaseFolder.write(Path.of("assets"), cases, CASES);
        new ProfileStore(data, Clock.systemUTC()).create(LEARNER, null);
        App.Config config = new App.Config(
                        data,
                        ContentSource.builtIn(),
                        List.of(ContentSource.folder(cases)),
                        Clock.systemUTC(),
                        Locale.ENGLISH)
                .asLearner(LEARNER);
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
            stage.setWidth(1280);
            stage.setHeight(800);
            return App.open(config, stage);
        });
        for (String word : WORDS) {
            for (int i = 1; i <= word.length(); i++) {
                typed.add(word.substring(0, i));
            }
            for (int i = word.length() - 1; i >= 0; i--) {
                typed.add(word.substring(0, i));
            }
        }
        onFx(() -> {
            search = (TextField) window.scene().lookup("#caseSearch");
            @SuppressWarnings("unchecked")
            ComboBox<Object> box = (ComboBox<Object>) window.scene().lookup("#filterChannel");
            channel = box;
            return layout();
        });
        check();
        firstPages();
    }

    /** A search or filter that changed nothing would make the benchmark measure nothing. */
    private void check() throws Exception {
        int all = onFx(() -> cards().size());
        int found = onFx(() -> {
            search.setText("trainer case " + CASES + ")");
            layout();
            return cards().size();
        });
        onFx(() -> {
            search.setText("");
            return layout();
        });
        if (all != 24 || found != 1) {
            throw new IllegalStateException("cards shown: " + all + " at first, " + found + " for the last case");
        }
    }

    /** Prints the time to make and show each of the first pages of cards after the first, as "Show more" does. */
    private void firstPages() throws Exception {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            waitForIdle();
            micros.add(onFx(() -> {
                long start = System.nanoTime();
                ((Button) window.scene().lookup("#caseMore")).fire();
                layout();
                return (System.nanoTime() - start) / 1000;
            }));
        }
        System.out.println("First showing of pages 2 to 11 of cards, ms: "
                + micros.stream()
                        .map(m -> String.format(Locale.ROOT, "%.1f", m / 1000.0))
                        .reduce((a, b) -> a + " " + b)
                        .orElse(""));
        onFx(() -> {
            search.setText("");
            return layout();
        });
    }

    private List<?> cards() {
        return ((FlowPane) window.scene().lookup("#caseCards")).getChildren();
    }

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

    /** A letter typed into, or erased from, the search box. */
    @Benchmark
    public Parent typeInSearch() throws Exception {
        return onFx(() -> {
            search.setText(typed.get(keystroke++ % typed.size()));
            return layout();
        });
    }

    /** The next channel chosen in the channel filter, "all channels" included, with the search box empty. */
    @Benchmark
    public Parent changeChannel() throws Exception {
        return onFx(() -> {
            search.setText("");
            channelIndex = (channelIndex + 1) % channel.getItems().size();
            channel.getSelectionModel().select(channelIndex);
            return layout();
        });
    }

    private Parent layout() {
        return FxFrames.layout(window.scene());
    }
}
