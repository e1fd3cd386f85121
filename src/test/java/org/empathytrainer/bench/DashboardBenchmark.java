package org.empathytrainer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import org.empathytrainer.practice.DashboardSummary;
import org.empathytrainer.practice.GeneratedHistory;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.Settings;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.DashboardFixture;
import org.empathytrainer.ui.dashboard.DashboardView;
import org.empathytrainer.ui.home.HomeView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * How long the dashboard takes to open for a learner with a long history: the time to compute its figures, and the
 * time to build the screen and lay it out in a 1280 by 800 scene (what happens before its first frame). Learners of
 * 10 to 10,000 attempts at the nine shipped cases; median of {@value #RUNS} runs after {@value #WARM_UP} for warm-up.
 * Before those, it times once the first dashboard of the JVM, built after a home screen as in the app: that one also
 * loads the dashboard's classes and runs its code before the JIT compiler has seen it.
 *
 * <p>Not a test: its name keeps it out of {@code ./mvnw verify}, and it asserts nothing about time. Run it with
 * {@code env -u DISPLAY ./mvnw -q test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; it prints
 * a table and writes it to {@code target/benchmarks/dashboard.md}.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class DashboardBenchmark {
    private static final int WARM_UP = 20;
    private static final int RUNS = 25;
    private static final int[] SIZES = {10, 100, 1000, 10_000};

    @Test
    void dashboardWithALongHistory(FxRobot robot) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "| attempts | compute the figures (median) | build and lay out the screen (median) |",
                "|---:|---:|---:|"));
        // As in the app, the home screen comes first: it loads the stylesheets and the common controls. The first
        // dashboard built after it also loads the dashboard's own classes.
        AppContext first = DashboardFixture.context(
                GeneratedHistory.learner(DashboardFixture.COURSE, 1000, 2026), Settings.DEFAULTS);
        robot.interact(() -> layOut(first, new HomeView(first, DashboardFixture.recorder(call -> {})).node()));
        long coldStart = System.nanoTime();
        DashboardSummary.of(first.keeper().progress(), DashboardFixture.COURSE);
        double coldModel = (System.nanoTime() - coldStart) / 1e6;
        String cold = String.format(
                Locale.ROOT,
                "First time in a new JVM, 1,000 attempts, after the home screen: "
                        + "compute the figures %.1f ms, then build and lay out the screen %.1f ms",
                coldModel,
                buildScreen(robot, first) / 1e6);
        for (int size : SIZES) {
            LearnerProgress learner = GeneratedHistory.learner(DashboardFixture.COURSE, size, 2026);
            AppContext ctx = DashboardFixture.context(learner, Settings.DEFAULTS);
            double model = median(() -> {
                long start = System.nanoTime();
                DashboardSummary summary = DashboardSummary.of(learner, DashboardFixture.COURSE);
                long took = System.nanoTime() - start;
                assertThat(summary.attempts()).hasSize(size);
                return took;
            });
            double view = median(() -> buildScreen(robot, ctx));
            lines.add(String.format(Locale.ROOT, "| %,d | %.2f ms | %.1f ms |", size, model, view));
        }
        lines.add("");
        lines.add(cold);
        String table = String.join(System.lineSeparator(), lines);
        System.out.println(table);
        Path out = Path.of("target", "benchmarks", "dashboard.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    /** Builds the dashboard as the main window would, styles it and lays it out; returns the nanoseconds taken. */
    private static long buildScreen(FxRobot robot, AppContext ctx) {
        AtomicReference<Long> took = new AtomicReference<>();
        robot.interact(() -> {
            long start = System.nanoTime();
            layOut(ctx, new DashboardView(ctx, DashboardFixture.recorder(call -> {})).node());
            took.set(System.nanoTime() - start);
        });
        return took.get();
    }

    /** Puts {@code screen} in a styled 1280 by 800 scene and lays it out, as for its first frame. */
    private static void layOut(AppContext ctx, Node screen) {
        Scene scene = new Scene(new BorderPane(screen), 1280, 800);
        ctx.appearance().register(scene);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        ctx.appearance().unregister(scene);
    }

    /** Runs {@code run} for warm-up, then again, and gives the median of the nanoseconds it reported, in ms. */
    private static double median(Timed run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.nanos();
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            times[i] = run.nanos();
        }
        Arrays.sort(times);
        return times[RUNS / 2] / 1e6;
    }

    private interface Timed {
        long nanos();
    }
}
