package org.empathytrainer.ui.kit;

import java.util.function.DoubleUnaryOperator;

/**
 * The height of a node whose text wraps, remembered for the last widths it was measured at.
 *
 * <p>JavaFX caches a node's size only for the "any width" query. Text that wraps is asked for its height at a given
 * width, and nested boxes ask again at every level (a box measures its children for its own size, for its minimum,
 * and again to lay them out), so the same paragraph was laid out as text a dozen times per frame. Any change that can
 * alter the height (text, font, padding, children, skin) calls {@code requestLayout()}, the signal JavaFX uses to drop
 * its own cached sizes; the node clears this there too.
 */
final class HeightCache {
    /** Two widths: a scroll pane measures its content with and without room for its scroll bar. */
    private final double[] widths = {Double.NaN, Double.NaN};

    private final double[] heights = new double[2];
    private int next;

    double height(double width, DoubleUnaryOperator compute) {
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] == width) {
                return heights[i];
            }
        }
        double height = compute.applyAsDouble(width);
        widths[next] = width;
        heights[next] = height;
        next = (next + 1) % widths.length;
        return height;
    }

    void clear() {
        widths[0] = Double.NaN;
        widths[1] = Double.NaN;
    }
}
