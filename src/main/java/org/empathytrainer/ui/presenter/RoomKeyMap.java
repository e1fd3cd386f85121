package org.empathytrainer.ui.presenter;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.empathytrainer.ui.Presentation;

/**
 * What each key does in the room's window. A clicker sends Page Down and Page Up, so both step through pages and
 * slides; while the screen is blanked only the keys that unblank or leave act, so a stray press can't move on unseen.
 */
final class RoomKeyMap {
    private final RoomView view;
    private final Presentation presentation;
    private final RoomView.Keys keys;

    RoomKeyMap(RoomView view, Presentation presentation, RoomView.Keys keys) {
        this.view = view;
        this.presentation = presentation;
        this.keys = keys;
    }

    /** The action for {@code e}, or null for a key the room leaves alone. */
    Runnable action(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
            return null;
        }
        KeyCode code = e.getCode();
        if (code.isDigitKey()) {
            int n = code.getName().charAt(code.getName().length() - 1) - '0';
            if (n == 0) {
                return unlessBlank(presentation::clearVotes);
            }
            return unlessBlank(() -> presentation.vote(n, e.isShiftDown() ? -1 : 1));
        }
        switch (code) {
            case PAGE_DOWN:
            case RIGHT:
            case DOWN:
            case SPACE:
            case ENTER:
                return unlessBlank(view::next);
            case PAGE_UP:
            case LEFT:
            case UP:
            case BACK_SPACE:
                return unlessBlank(view::back);
            case R:
                return unlessBlank(view::reveal);
            case B:
            case PERIOD:
                return view::toggleBlank;
            case ESCAPE:
                return keys::leave;
            case N:
                return keys::console;
            case S:
                return keys::swap;
            default:
                return null;
        }
    }

    private Runnable unlessBlank(Runnable action) {
        return () -> {
            if (!view.blanked()) {
                action.run();
            }
        };
    }
}
