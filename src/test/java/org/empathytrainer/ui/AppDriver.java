package org.empathytrainer.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.empathytrainer.App;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.records.profiles.ProfileException;
import org.empathytrainer.records.profiles.ProfileStore;
import org.empathytrainer.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real application in a TestFX stage and drives it with the keyboard, the way a learner would. */
public final class AppDriver {
    /** The learner tests run as, unless they choose one; their id, and so their file's name, is the same. */
    public static final String LEARNER = "default";

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);

    private final FxRobot robot;
    private final Path dataFolder;
    private MainWindow window;

    public AppDriver(FxRobot robot, Path dataFolder) {
        this.robot = robot;
        this.dataFolder = dataFolder;
    }

    /** Adds a learner called {@code name}, without a PIN, unless there is one. */
    public static void ensureLearner(Path dataFolder, String name) {
        ProfileStore profiles = new ProfileStore(dataFolder, CLOCK);
        if (profiles.findByName(name).isEmpty()) {
            try {
                profiles.create(name, null);
            } catch (ProfileException e) {
                throw new IllegalStateException("The test learner could not be made: " + e.getMessage(), e);
            }
        }
    }

    public static App.Config config(Path dataFolder) {
        return new App.Config(dataFolder, ContentSource.folder(Path.of("assets")), List.of(), CLOCK, Locale.ENGLISH);
    }

    /** Opens the app on {@code stage}; call from a TestFX {@code @Start} method (on the FX thread). */
    public MainWindow open(Stage stage) {
        return open(stage, config(dataFolder));
    }

    /**
     * Opens the app with its own configuration, e.g. with a trainer's folder of cases. Unless the configuration names
     * a learner, it starts as the learner {@value #LEARNER} (made if need be), whose progress is
     * {@code progress/default.json}, so tests go straight to the home screen.
     */
    public MainWindow open(Stage stage, App.Config config) {
        stage.setWidth(1280);
        stage.setHeight(800);
        App.Config asLearner = config;
        if (config.learner().isEmpty()) {
            ensureLearner(config.dataFolder(), LEARNER);
            asLearner = config.asLearner(LEARNER);
        }
        window = App.open(asLearner, stage);
        // A window an earlier test opened (the presenter's, say) may still hold the keyboard.
        stage.toFront();
        stage.requestFocus();
        return window;
    }

    /** Opens the app as a learner at a shared workstation finds it: at the learner chooser. */
    public MainWindow openAtChooser(Stage stage) {
        stage.setWidth(1280);
        stage.setHeight(800);
        window = App.open(config(dataFolder), stage);
        stage.toFront();
        stage.requestFocus();
        return window;
    }

    /** Closes the window as the user would and opens the app again on a new stage, on the same data folder. */
    public MainWindow reopen(Stage old) {
        AtomicReference<MainWindow> reopened = new AtomicReference<>();
        robot.interact(() -> {
            old.fireEvent(new javafx.stage.WindowEvent(old, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            old.close();
            Stage stage = new Stage();
            reopened.set(open(stage));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return reopened.get();
    }

    public MainWindow window() {
        return window;
    }

    /** The learner's progress file, once every save made so far has reached it (saves run on a thread of their own). */
    public Path savedProgress() {
        robot.interact(window::finishSaving);
        return dataFolder.resolve("progress").resolve(LEARNER + ".json");
    }

    /** Presses Tab (or Shift+Tab) until the node with {@code id} has the focus; fails after a full round. */
    public void tabTo(String id) {
        for (int i = 0; i < 80; i++) {
            Node focused = window.scene().getFocusOwner();
            if (focused != null && id.equals(focused.getId())) {
                return;
            }
            robot.push(KeyCode.TAB);
        }
        throw new AssertionError(
                "Tab never reached #" + id + "; focus is on " + window.scene().getFocusOwner());
    }

    /** Tabs to a control and presses Space, as a keyboard user ticks a box or picks an option. */
    public void press(String id) {
        tabTo(id);
        robot.push(KeyCode.SPACE);
    }

    /**
     * Picks an option of a toggle group the keyboard way: Tab into the group (Tab lands on the selected option, or
     * the first), arrow keys to the option, Space to choose it. Options are shown shuffled, so the arrows go down,
     * then up, until they reach it.
     */
    public void choose(String id) {
        arrowTo(id);
        robot.push(KeyCode.SPACE);
    }

    /** Tabs into the option's group and moves to it with the arrow keys, which select radio buttons as they go. */
    public void arrowTo(String id) {
        ToggleGroup group = ((Toggle) robot.lookup("#" + id).query()).getToggleGroup();
        for (int i = 0; i < 80 && !inGroup(group); i++) {
            robot.push(KeyCode.TAB);
        }
        for (KeyCode arrow : new KeyCode[] {KeyCode.DOWN, KeyCode.UP}) {
            for (int i = 0; i < 20 && !id.equals(focusedId()); i++) {
                robot.push(arrow);
            }
        }
        if (!id.equals(focusedId())) {
            throw new AssertionError("Arrow keys never reached #" + id);
        }
        // Tab may land right on it without selecting it; stepping off and back selects it.
        Toggle target = (Toggle) robot.lookup("#" + id).query();
        for (KeyCode[] dance : new KeyCode[][] {{KeyCode.DOWN, KeyCode.UP}, {KeyCode.UP, KeyCode.DOWN}}) {
            if (!target.isSelected()) {
                robot.push(dance[0]);
                robot.push(dance[1]);
            }
        }
    }

    private boolean inGroup(ToggleGroup group) {
        Node focused = window.scene().getFocusOwner();
        return focused instanceof Toggle && ((Toggle) focused).getToggleGroup() == group;
    }

    private String focusedId() {
        Node focused = window.scene().getFocusOwner();
        return focused == null ? null : focused.getId();
    }

    /** Tabs to a text field and types into it. */
    public void type(String id, String text) {
        tabTo(id);
        robot.write(text);
    }

    /** Ctrl+Enter: the shortcut for Next on every screen. */
    public void next() {
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
    }

    public Path snapshot(String name) {
        AtomicReference<Path> file = new AtomicReference<>();
        robot.interact(() -> file.set(Screenshots.save(window.scene(), name)));
        return file.get();
    }

    /** Presses a button or box that opens no dialog, as a click would (keys may mean something else meanwhile). */
    public static void fire(FxRobot robot, String id) {
        ButtonBase button = robot.lookup("#" + id).queryAs(ButtonBase.class);
        robot.interact(button::fire);
    }

    /** Whether the node and every parent are visible: whether it is there for the user (or the room) to see. */
    public static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
