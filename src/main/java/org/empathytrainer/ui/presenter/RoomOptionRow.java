package org.empathytrainer.ui.presenter;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A number and its wrapped text side by side. HBox asks a wrapping label for its height at the row's whole width,
 * which is too little; this row asks at the width the text really gets, so pages are cut right.
 */
final class RoomOptionRow extends HBox {
    private final Label number;
    private final Label text;

    RoomOptionRow(Label number, Label text) {
        super(number, text);
        this.number = number;
        this.text = text;
        getStyleClass().add("room-option-row");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
    }

    static Label number(int n) {
        Label number = new Label(Integer.toString(n));
        number.getStyleClass().add("room-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        return number;
    }

    Label number() {
        return number;
    }

    Label text() {
        return text;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? getWidth() : width;
        double textWidth = w - snappedLeftInset() - snappedRightInset() - number.prefWidth(-1) - getSpacing();
        return snappedTopInset()
                + snappedBottomInset()
                + Math.max(number.prefHeight(-1), text.prefHeight(Math.max(1, textWidth)));
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
