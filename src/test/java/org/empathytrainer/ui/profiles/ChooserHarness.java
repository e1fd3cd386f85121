package org.empathytrainer.ui.profiles;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.empathytrainer.records.Settings;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.records.profiles.ProfileStore;
import org.empathytrainer.ui.Screenshots;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.theme.Appearance;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A {@link ProfileChooser} alone in a stage, on a data folder of the test's, driven with the keyboard. */
final class ChooserHarness {
    /** Starts at a fixed moment and then ticks, as a PIN's rest has to end. */
    static final Clock CLOCK = Clock.offset(
            Clock.system(ZoneOffset.UTC),
            java.time.Duration.between(Instant.now(), Instant.parse("2026-03-02T09:30:00Z")));

    final Messages messages = new Messages(Locale.ENGLISH);
    final ProfileStore store;
    final AtomicReference<Profile> chosen = new AtomicReference<>();
    /** Set when the learner chose to go on as the guest. */
    final java.util.concurrent.atomic.AtomicBoolean guest = new java.util.concurrent.atomic.AtomicBoolean();

    final Appearance appearance = new Appearance(Settings.DEFAULTS);
    private final FxRobot robot;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "profiles-test-background");
        t.setDaemon(true);
        return t;
    });
    private Scene scene;
    private ProfileChooser chooser;

    ChooserHarness(FxRobot robot, Path data) {
        this.robot = robot;
        this.store = new ProfileStore(data, CLOCK);
    }

    /** Builds the chooser in a new stage and gives the focus where the main window would. */
    void open() {
        robot.interact(() -> {
            chooser = new ProfileChooser(messages, store, appearance, background, chosen::set);
            chooser.offerGuest(() -> guest.set(true));
            scene = new Scene((javafx.scene.Parent) chooser.node(), 1100, 760);
            appearance.register(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            chooser.initialFocus().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    Scene scene() {
        return scene;
    }

    String focusedId() {
        Node focused = scene.getFocusOwner();
        return focused == null ? null : focused.getId();
    }

    void tabTo(String id) {
        for (int i = 0; i < 60; i++) {
            if (id.equals(focusedId())) {
                return;
            }
            robot.push(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + "; focus is on " + scene.getFocusOwner());
    }

    void press(String id) {
        tabTo(id);
        robot.push(KeyCode.SPACE);
    }

    /** Waits for the background work (PIN hashing) and what it hands back to the JavaFX thread. */
    void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 10 s in vain", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    Profile waitForChosen() {
        waitUntil(() -> chosen.get() != null);
        return chosen.get();
    }

    <T extends Node> T lookup(String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    /** The labels and buttons whose text is shown shortened because it does not fit. */
    java.util.List<String> cutOff() {
        java.util.List<String> cut = new java.util.ArrayList<>();
        for (Node n : scene.getRoot().lookupAll(".text")) {
            if (n instanceof javafx.scene.text.Text
                    && n.getParent() instanceof javafx.scene.control.Labeled
                    && shown(n)) {
                javafx.scene.control.Labeled owner = (javafx.scene.control.Labeled) n.getParent();
                String full = owner.isMnemonicParsing() ? owner.getText().replaceFirst("_", "") : owner.getText();
                if (!((javafx.scene.text.Text) n).getText().equals(full)) {
                    cut.add(owner.getId() + ": " + full + " shown as " + ((javafx.scene.text.Text) n).getText());
                }
            }
        }
        return cut;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    void snapshot(String name) {
        robot.interact(() -> Screenshots.save(scene, name));
    }
}
