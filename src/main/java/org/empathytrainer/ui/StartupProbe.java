package org.empathytrainer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures start-up for the benchmark in {@code src/bench/startup.sh}: with {@code -Dempathy.startupProbe=true}, the
 * first pulse that lays out the shown scene prints one line, {@code startup-probe first-frame-epoch-ms=... peak-rss-kb=...},
 * and the application exits. The bare-window program the benchmark compares with prints the same line the same way.
 */
public final class StartupProbe {
    /** The system property that turns the probe on. */
    public static final String PROPERTY = "empathy.startupProbe";

    private StartupProbe() {
    }

    /** Does nothing unless the probe is on; call on the JavaFX thread right after the window is shown. */
    public static void watch(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            long now = System.currentTimeMillis();
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println("startup-probe first-frame-epoch-ms=" + now + " peak-rss-kb=" + peakRssKb());
            Platform.exit();
            System.exit(0);
        };
        scene.addPostLayoutPulseListener(once[0]);
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
