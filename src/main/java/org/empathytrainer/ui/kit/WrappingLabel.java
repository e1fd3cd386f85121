package org.empathytrainer.ui.kit;

import javafx.scene.control.Label;

/** A label whose text wraps, and which remembers its height for the last widths it was measured at. */
final class WrappingLabel extends Label {
    private final HeightCache prefHeights = new HeightCache();

    WrappingLabel(String text) {
        super(text);
        setWrapText(true);
    }

    @Override
    protected double computePrefHeight(double width) {
        return prefHeights.height(width, super::computePrefHeight);
    }

    @Override
    public void requestLayout() {
        // Also called from Label's constructor, before this class's fields exist.
        if (prefHeights != null) {
            prefHeights.clear();
        }
        super.requestLayout();
    }
}
