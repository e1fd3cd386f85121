package org.empathytrainer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A bare JavaFX window the size of the app's, started the way the app starts (a plain main class, then
 * Platform.startup), with the app's start-up probe copied as is: at the first pulse that lays out the shown scene it
 * prints the time and the peak RSS, then exits. The start-up benchmark compares the app with it.
 */
public final class BareWindow {
    private BareWindow() {}

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Bare window");
            Scene scene = new Scene(new StackPane(new Label("A bare JavaFX window")), 1100, 760);
            stage.setScene(scene);
            stage.show();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                long now = System.currentTimeMillis();
                scene.removePostLayoutPulseListener(once[0]);
                System.out.println("startup-probe first-frame-epoch-ms=" + now + " peak-rss-kb=" + peakRssKb());
                Platform.exit();
                System.exit(0);
            };
            scene.addPostLayoutPulseListener(once[0]);
        });
    }

    private static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
