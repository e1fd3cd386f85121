package org.empathytrainer.ui;

import javafx.scene.control.Label;

/**
 * A label whose text wraps, and which remembers its height for the last widths it was measured at.
 *
 * <p>JavaFX caches a node's preferred height only for the "any width" query. A wrapping label is asked for its height
 * at a given width, and nested boxes ask again at every level (a box measures its children for its own size, for its
 * minimum, and again to lay them out), so the same paragraph was laid out as text a dozen times per frame. Any change
 * that can alter the height (text, font, padding, graphic, skin) calls {@link #requestLayout()}, the same signal
 * JavaFX uses to drop its own cached sizes, and that drops these too.
 */
final class WrappingLabel extends Label {
    /** Two widths: a scroll pane measures its content with and without room for its scroll bar. */
    private final double[] widths = {Double.NaN, Double.NaN};
    private final double[] heights = new double[2];
    private int next;

    WrappingLabel(String text) {
        super(text);
        setWrapText(true);
    }

    @Override
    protected double computePrefHeight(double width) {
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] == width) {
                return heights[i];
            }
        }
        double height = super.computePrefHeight(width);
        widths[next] = width;
        heights[next] = height;
        next = (next + 1) % widths.length;
        return height;
    }

    @Override
    public void requestLayout() {
        // Also called from Label's constructor, before this class's fields exist.
        if (widths != null) {
            widths[0] = Double.NaN;
            widths[1] = Double.NaN;
        }
        super.requestLayout();
    }
}
