package org.empathytrainer.ui;

import javafx.scene.Node;

/** A screen in the main window. */
public interface Screen {
    Node node();

    /** The control that takes the keyboard focus when the screen opens. */
    Node initialFocus();

    /** Next, from the keyboard (Ctrl+Enter, Page Down): where the screen has one, as its Next button does. */
    default void next() {}

    /** Whether the screen has Next and Back; where it has not, Space keeps pressing the focused button. */
    default boolean pages() {
        return false;
    }

    /** Back, from the keyboard (Page Up). */
    default void back() {}

    /** Called before the screen is replaced: save drafts. */
    default void leave() {}
}
