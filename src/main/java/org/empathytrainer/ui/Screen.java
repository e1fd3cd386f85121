package org.empathytrainer.ui;

import javafx.scene.Node;

/** A screen in the main window. */
public interface Screen {
    Node node();

    /** The control that takes the keyboard focus when the screen opens. */
    Node initialFocus();

    /** Called before the screen is replaced: save drafts. */
    default void leave() {
    }
}
