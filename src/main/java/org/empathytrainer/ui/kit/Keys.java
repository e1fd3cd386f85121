package org.empathytrainer.ui.kit;

import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** Keyboard conventions shared by the screens, so the whole course works without a mouse. */
public final class Keys {
    /** Next, from anywhere on a screen, even while typing. */
    public static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private Keys() {}

    /**
     * Ctrl+Enter moves on from anywhere; on a screen with pages ({@code paging}), Page Down and Page Up move on and
     * back when the focus is not in a text field or on a scroll pane itself (where they scroll).
     */
    public static void bindPaging(Scene scene, BooleanSupplier paging, Runnable forward, Runnable backward) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // Consuming does not stop the other filters on the same scene; presenter mode may have handled the key.
            if (e.isConsumed()) {
                return;
            }
            // A scroll pane that has the focus itself keeps Page Down and Page Up to scroll with, as a text field does.
            boolean typing = e.getTarget() instanceof TextInputControl || e.getTarget() instanceof ScrollPane;
            if (NEXT.match(e)) {
                e.consume();
                forward.run();
            } else if (!paging.getAsBoolean()) {
                // A screen without pages (home, the dashboard) keeps Page Down and Page Up for scrolling.
                return;
            } else if (!typing && e.getCode() == KeyCode.PAGE_DOWN && !e.isShortcutDown()) {
                e.consume();
                forward.run();
            } else if (!typing && e.getCode() == KeyCode.PAGE_UP && !e.isShortcutDown()) {
                e.consume();
                backward.run();
            }
        });
    }

    /**
     * Makes Tab leave a text area instead of typing a tab character, as in every other control; Ctrl+Tab is what
     * text areas use for that by default, so the key is passed on as Ctrl+Tab.
     */
    public static void tabMovesFocus(TextInputControl field) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                field.fireEvent(new KeyEvent(
                        e.getSource(),
                        e.getTarget(),
                        e.getEventType(),
                        e.getCharacter(),
                        e.getText(),
                        e.getCode(),
                        e.isShiftDown(),
                        true,
                        e.isAltDown(),
                        e.isMetaDown()));
            }
        });
    }
}
