package org.empathytrainer.ui.presenter;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Presentation;

/**
 * The presenter's keyboard: which key does what while presenting. Kept apart from {@link PresenterMode} so the key
 * map reads as one table, and so the main window and the presenter window share it (both install the same filter).
 */
final class PresenterKeys {
    private final PresenterMode mode;
    private final AppContext services;
    private final Presentation presentation;

    PresenterKeys(PresenterMode mode, AppContext services) {
        this.mode = mode;
        this.services = services;
        this.presentation = services.presentation();
    }

    /**
     * F5 enters presenter mode anywhere in the scene. While presenting: Esc leaves; Page Down, Right and Space move
     * on (Space only on a screen with Next); Page Up and Left move back; B and '.' blank the screen and bring it
     * back; R reveals the answers; N opens the presenter window; 1 to 9 tally the room's votes (Shift takes one
     * back); S swaps the room's screen and the presenter window's. The letter, arrow and space keys keep their usual
     * meaning in a text field; the clicker's page keys do not.
     */
    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5 && e.isShortcutDown() && !e.isShiftDown() && !e.isAltDown()) {
                // Ctrl+F5 plans a lesson for the room view; while presenting it does nothing.
                e.consume();
                mode.planLesson();
                return;
            }
            if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            if (e.getCode() == KeyCode.F5 && !e.isShiftDown()) {
                e.consume();
                mode.enter(scene.getWindow());
                return;
            }
            // Shift+F5, not F6, which moves between a screen's panes.
            if (e.getCode() == KeyCode.F5 && !presentation.presenting()) {
                e.consume();
                mode.presentRoom(new RoomDeck(services.messages(), services.course())
                        .slides(true, services.course().cases()));
                return;
            }
            if (!presentation.presenting()) {
                return;
            }
            boolean typing = e.getTarget() instanceof TextInputControl;
            Runnable action = typing ? null : vote(e.getCode(), e.isShiftDown());
            if (action == null) {
                action = action(e.getCode(), typing);
            }
            if (action != null) {
                e.consume();
                action.run();
            }
        });
    }

    private Runnable action(KeyCode code, boolean typing) {
        switch (code) {
            case ESCAPE:
                return mode::leave;
            case PAGE_DOWN:
                return mode.unlessBlank(mode::next);
            case PAGE_UP:
                return mode.unlessBlank(mode::back);
            case SPACE:
                // On a screen without Next (home), Space still presses the focused button, so the class can start.
                return typing || !mode.pages() ? null : mode.unlessBlank(mode::next);
            case RIGHT:
                return typing ? null : mode.unlessBlank(mode::next);
            case LEFT:
                return typing ? null : mode.unlessBlank(mode::back);
            case B:
            case PERIOD:
                return typing ? null : mode::toggleBlank;
            case N:
                return typing ? null : mode::showConsole;
            case S:
                return typing ? null : mode::swapScreens;
            case R:
                return typing ? null : mode.unlessBlank(mode::reveal);
            default:
                return null;
        }
    }

    /** Number keys 1 to 9 (either row) add a vote to that option of the current choice; with Shift, take one back. */
    private Runnable vote(KeyCode code, boolean shift) {
        int number = digit(code);
        if (number < 1) {
            return null;
        }
        return () -> presentation.vote(number, shift ? -1 : 1);
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        if (code.isDigitKey() && !name.isEmpty()) {
            char last = name.charAt(name.length() - 1);
            return Character.isDigit(last) ? last - '0' : -1;
        }
        return -1;
    }
}
