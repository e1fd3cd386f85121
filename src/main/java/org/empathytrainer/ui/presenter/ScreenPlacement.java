package org.empathytrainer.ui.presenter;

import java.util.List;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.empathytrainer.ui.Presentation;

/**
 * Where the presenter's windows go: the room's screen and the console's (swappable), the main window full screen on
 * the room's screen, and that window put back where it was on leaving. Kept apart from {@link PresenterMode} because
 * the screen arithmetic and the window manager's quirks change for reasons of their own.
 */
final class ScreenPlacement {
    // Named after PresenterMode, so a logging setup that already names it keeps seeing these messages.
    private static final System.Logger LOG = System.getLogger(PresenterMode.class.getName());

    private final Presentation presentation;
    /** The trainer swapped the room's screen and the console's (S, or the console's button). */
    private boolean swapped;
    /** Where the main window was before presenting, to put it back there on leaving. */
    private Rectangle2D before;

    private final ChangeListener<Boolean> fullScreenLeft;

    /** {@code leave}: what to do when full screen ends some other way than through presenter mode. */
    ScreenPlacement(Presentation presentation, Runnable leave) {
        this.presentation = presentation;
        this.fullScreenLeft = (o, was, now) -> {
            // The window manager (or a platform key) ended full screen: presenting without it would show the room a
            // window with the desktop around it, so leave presenter mode as Esc does.
            if (was && !now) {
                leave.run();
            }
        };
    }

    /** The room's screen and the console's, from the screens attached now. */
    ScreenPlan plan() {
        List<Screen> screens = Screen.getScreens();
        List<Rectangle2D> bounds = screens.stream().map(Screen::getBounds).collect(Collectors.toList());
        return ScreenPlan.choose(bounds, screens.indexOf(Screen.getPrimary()), swapped);
    }

    /** The whole of the room's screen. */
    Rectangle2D roomBounds() {
        return Screen.getScreens().get(plan().room()).getBounds();
    }

    /** Where the console goes; with one screen it shares it with the room, over the full-screen window. */
    Rectangle2D consoleBounds() {
        ScreenPlan plan = plan();
        int at = plan.console().orElse(plan.room());
        return Screen.getScreens().get(at).getVisualBounds();
    }

    /** Swapping needs two screens. */
    boolean canSwap() {
        return Screen.getScreens().size() >= 2;
    }

    /** Exchanges the room's screen and the console's for whatever is placed from now on. */
    void swap() {
        swapped = !swapped;
    }

    /** The next presentation starts with the screens the usual way round. */
    void unswap() {
        swapped = false;
    }

    /** Remembers where {@code stage} is and makes it full screen on the room's screen. */
    void enterFullScreen(Stage stage, String exitHint) {
        before = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        stage.setFullScreenExitHint(exitHint);
        // Esc is ours: it leaves presenter mode, not only full screen.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        fullScreenOn(stage);
    }

    /**
     * Full screen again on the room's screen, after a swap; the listener comes off first, so that ending the old
     * full screen does not read as the trainer leaving.
     */
    void fullScreenAgain(Stage stage) {
        stage.fullScreenProperty().removeListener(fullScreenLeft);
        stage.setFullScreen(false);
        fullScreenOn(stage);
    }

    /** Ends full screen on {@code stage} and puts it back where it was before presenting. */
    void restore(Stage stage) {
        stage.fullScreenProperty().removeListener(fullScreenLeft);
        stage.setFullScreen(false);
        stage.setMaximized(false);
        if (before != null) {
            stage.setX(before.getMinX());
            stage.setY(before.getMinY());
            stage.setWidth(before.getWidth());
            stage.setHeight(before.getHeight());
            before = null;
        }
    }

    /**
     * Puts {@code stage} on the room's screen, full screen. A window manager may refuse full screen (with none, X
     * ignores it): the window then covers the screen's bounds itself, which without a window manager also means
     * without a title bar.
     */
    private void fullScreenOn(Stage stage) {
        Rectangle2D room = roomBounds();
        stage.setX(room.getMinX());
        stage.setY(room.getMinY());
        stage.setFullScreen(true);
        stage.fullScreenProperty().addListener(fullScreenLeft);
        PauseTransition check = new PauseTransition(Duration.millis(600));
        check.setOnFinished(e -> {
            if (presentation.presenting() && !covers(stage, room)) {
                LOG.log(
                        System.Logger.Level.INFO,
                        "Full screen refused; the room''s window covers the screen {0} instead",
                        room);
                stage.fullScreenProperty().removeListener(fullScreenLeft);
                stage.setMaximized(true);
                stage.setX(room.getMinX());
                stage.setY(room.getMinY());
                stage.setWidth(room.getWidth());
                stage.setHeight(room.getHeight());
            }
        });
        check.play();
    }

    /**
     * Moves an undecorated {@code stage} over {@code screen}, covering it (full screen again if it was): without a
     * window manager to grant full screen, it still covers the screen.
     */
    static void cover(Stage stage, Rectangle2D screen) {
        boolean full = stage.isFullScreen();
        Runnable move = () -> {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        };
        if (!full) {
            move.run();
            return;
        }
        stage.setFullScreen(false);
        move.run();
        // A window manager restores the size from before full screen when it gets round to it: move again after.
        PauseTransition settle = new PauseTransition(Duration.millis(300));
        settle.setOnFinished(e -> {
            move.run();
            stage.setFullScreen(true);
        });
        settle.play();
    }

    private static boolean covers(Stage stage, Rectangle2D screen) {
        return stage.getX() <= screen.getMinX() + 1
                && stage.getY() <= screen.getMinY() + 1
                && stage.getX() + stage.getWidth() >= screen.getMaxX() - 1
                && stage.getY() + stage.getHeight() >= screen.getMaxY() - 1;
    }
}
