package org.empathytrainer.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.empathytrainer.content.Course;
import org.empathytrainer.ui.kit.FirstFrame;

/**
 * Measures start-up for the benchmark in {@code src/bench/startup.sh}: with {@code -Dempathy.startupProbe=true}, the
 * first pulse that lays out the shown scene prints one line, {@code startup-probe first-frame-epoch-ms=... peak-rss-kb=...},
 * and the application exits. The bare-window program the benchmark compares with prints the same line the same way.
 *
 * <p>With {@code -Dempathy.startupProbe=steps} it goes on after the first frame through the window's first steps (on to
 * the home screen, into the first case), one frame apart, then prints {@code startup-probe steps-ms=A,B}, how long
 * each step took to the end of the layout of the frame that shows it, and exits: the run in which
 * {@code src/main/jlink/update-classlist.sh} records the classes for the image's class-data-sharing archive.
 */
public final class StartupProbe {
    /** The system property that turns the probe on. */
    public static final String PROPERTY = "empathy.startupProbe";

    private StartupProbe() {}

    /** Does nothing unless the probe is on; call on the JavaFX thread right after the window is shown. */
    public static void watch(Scene scene, MainWindow window, Course course) {
        String mode = System.getProperty(PROPERTY, "");
        if (mode.equals("true")) {
            FirstFrame.atLayout(scene, () -> {
                long now = System.currentTimeMillis();
                System.out.println("startup-probe first-frame-epoch-ms=" + now + " peak-rss-kb=" + peakRssKb());
                exit();
            });
        } else if (mode.equals("steps")) {
            // A learner's first minute: on as the guest to the home screen, then into the first case.
            List<Runnable> steps = List.of(
                    window::continueAsGuest,
                    () -> course.cases().stream()
                            .findFirst()
                            .ifPresent(c -> window.navigator().openCase(c.id())));
            FirstFrame.then(scene, () -> take(scene, steps, new ArrayList<>()));
        }
    }

    /** Takes the next step and, after the frame it makes, the one after it; prints the times and exits after the last. */
    private static void take(Scene scene, List<Runnable> steps, List<Long> millis) {
        if (millis.size() == steps.size()) {
            System.out.println("startup-probe steps-ms="
                    + millis.stream().map(String::valueOf).collect(Collectors.joining(",")));
            exit();
            return;
        }
        long start = System.nanoTime();
        steps.get(millis.size()).run();
        FirstFrame.atLayout(scene, () -> {
            millis.add((System.nanoTime() - start) / 1_000_000);
            Platform.runLater(() -> take(scene, steps, millis));
        });
    }

    private static void exit() {
        Platform.exit();
        System.exit(0);
    }

    /** The process's peak resident set size so far (VmHWM), or -1 where /proc does not tell it. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            System.getLogger(StartupProbe.class.getName()).log(System.Logger.Level.DEBUG, "No peak RSS", e);
        }
        return -1;
    }
}
