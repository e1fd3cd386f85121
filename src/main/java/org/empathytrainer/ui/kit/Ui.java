package org.empathytrainer.ui.kit;

import javafx.scene.control.Label;

/** Small builders for the labels every screen uses. */
public final class Ui {
    private Ui() {}

    /** A wrapping label with the given style classes. */
    public static Label text(String text, String... styles) {
        Label label = new WrappingLabel(text);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().addAll(styles);
        return label;
    }
}
