package org.empathytrainer.ui.presenter;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The room view's type size for a slide. The root font is a thirtieth of the window's height times the trainer's text
 * size; but at the largest sizes a long top line and title could leave the body a line or two a page, so such a slide
 * is set a step smaller at a time until they leave it {@link #MIN_BODY_SHARE} of the height, never below 100 %.
 */
final class RoomFit {
    static final double LINES_PER_SCREEN = 30;
    /** The least share of the window's height left to a slide's body by its top line and title. */
    static final double MIN_BODY_SHARE = 0.4;
    /** A step of the text size, as a factor (25 %). */
    private static final double STEP = 0.25;

    private RoomFit() {}

    /**
     * The text size for a slide, as a factor, from the trainer's {@code scale}. Estimated with plain text nodes in
     * {@code family} (bold, as the top line and title are set), as styling the slide's own nodes twice in one layout
     * pass leaves them with stale fonts.
     */
    static double factor(double scale, double width, double height, String family, String eyebrow, String title) {
        double factor = scale;
        while (factor > 1) {
            double font = height / LINES_PER_SCREEN * factor;
            double inner = width - 2 * font * 1.6;
            double used = 2 * font * 0.9
                    + textHeight(eyebrow, family, font * 0.8, inner)
                    + textHeight(title, family, font * 1.4, inner)
                    + font
                    + font * 1.2;
            if (height - used >= height * MIN_BODY_SHARE) {
                break;
            }
            factor = Math.max(1, factor - STEP);
        }
        return factor;
    }

    private static double textHeight(String text, String family, double size, double width) {
        Text t = new Text(text);
        t.setFont(Font.font(family, FontWeight.BOLD, size));
        t.setWrappingWidth(width);
        return t.getLayoutBounds().getHeight();
    }
}
