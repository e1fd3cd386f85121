package org.empathytrainer.ui;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.ui.theme.Theme;

/**
 * Presenting the course to a room: full screen, the projector colours (not saved as the user's), answers hidden
 * until revealed, clicker keys, a black screen on demand, and a classroom session whose progress lives in memory
 * only, so nothing is written into any learner's records. The learner's own progress comes back on leaving.
 */
final class PresenterMode {
    /** What the main window does for presenter mode. */
    interface Host {
        /** Leaves the current screen (its checkpoint goes to the keeper it was opened with); goes home with ctx. */
        void restartWith(AppContext ctx);

        void next();

        void back();

        /** Whether the current screen has Next and Back. */
        boolean pages();
    }

    private final AppContext learner;
    private final Presentation presentation;
    private final Host host;
    private final Region blank = new Region();

    PresenterMode(AppContext learner, Host host) {
        this.learner = learner;
        this.presentation = learner.presentation();
        this.host = host;
        blank.setId("presenterBlank");
        blank.getStyleClass().add("presenter-blank");
        blank.setVisible(false);
    }

    /** The black overlay that blanks the screen; lay it over everything else in the window. */
    Region blank() {
        return blank;
    }

    boolean blanked() {
        return blank.isVisible();
    }

    /**
     * F5 enters presenter mode anywhere in the scene. While presenting: Esc leaves; Page Down, Right and Space move
     * on (Space only on a screen with Next); Page Up and Left move back; B and '.' blank the screen and bring it
     * back; R reveals the answers. The letter, arrow and space keys keep their usual meaning in a text field; the
     * clicker's page keys do not.
     */
    void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            if (e.getCode() == KeyCode.F5) {
                e.consume();
                enter(scene.getWindow());
                return;
            }
            if (!presentation.presenting()) {
                return;
            }
            boolean typing = e.getTarget() instanceof TextInputControl;
            Runnable action = action(e.getCode(), typing);
            if (action != null) {
                e.consume();
                action.run();
            }
        });
    }

    private Runnable action(KeyCode code, boolean typing) {
        switch (code) {
            case ESCAPE:
                return this::leave;
            case PAGE_DOWN:
                return unlessBlank(host::next);
            case PAGE_UP:
                return unlessBlank(host::back);
            case SPACE:
                // On a screen without Next (home), Space still presses the focused button, so the class can start.
                return typing || !host.pages() ? null : unlessBlank(host::next);
            case RIGHT:
                return typing ? null : unlessBlank(host::next);
            case LEFT:
                return typing ? null : unlessBlank(host::back);
            case B:
            case PERIOD:
                return typing ? null : () -> blank.setVisible(!blank.isVisible());
            case R:
                return typing ? null : unlessBlank(presentation::reveal);
            default:
                return null;
        }
    }

    /** While the screen is black, the room should not see things change behind it. */
    private Runnable unlessBlank(Runnable action) {
        return () -> {
            if (!blanked()) {
                action.run();
            }
        };
    }

    /** Enters presenter mode on {@code window} (made full screen when it is a stage); does nothing when presenting. */
    void enter(Window window) {
        if (presentation.presenting()) {
            return;
        }
        learner.appearance().overrideTheme(Optional.of(Theme.PROJECTOR));
        presentation.start();
        if (window instanceof Stage) {
            Stage stage = (Stage) window;
            stage.setFullScreenExitHint(learner.messages().get("present.exit-hint"));
            // Esc is ours: it leaves presenter mode, not only full screen.
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
        String who = learner.keeper().progress().learner();
        host.restartWith(learner.withKeeper(ProgressKeeper.inMemory(LearnerProgress.empty(who))));
    }

    /** Leaves presenter mode: the learner's theme, window and progress come back; the classroom's is dropped. */
    void leave() {
        if (!presentation.presenting()) {
            return;
        }
        blank.setVisible(false);
        host.restartWith(learner);
        presentation.stop();
        learner.appearance().overrideTheme(Optional.empty());
        Window window = blank.getScene() == null ? null : blank.getScene().getWindow();
        if (window instanceof Stage) {
            ((Stage) window).setFullScreen(false);
        }
    }
}
