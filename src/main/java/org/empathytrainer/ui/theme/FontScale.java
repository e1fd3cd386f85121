package org.empathytrainer.ui.theme;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.empathytrainer.records.Settings;

/**
 * The supported text sizes, from 100 % to 250 % in steps of 25, and how a scene is set to one: the root's font size,
 * which every size in {@code base.css} follows because they are all in em.
 */
public final class FontScale {
    /** The root font size {@code base.css} sets; 100 %. */
    public static final double BASE_FONT_PX = 15;

    public static final int NORMAL = Settings.SCALE_MIN;
    /** Every supported size in percent, smallest first. */
    public static final List<Integer> STEPS = Settings.SCALES;

    private static final Pattern FONT_SIZE = Pattern.compile("-fx-font-size\\s*:[^;]*;?\\s*");

    private FontScale() {}

    /** The next larger size, or the largest. */
    public static int up(int percent) {
        return STEPS.stream().filter(s -> s > percent).findFirst().orElse(Settings.SCALE_MAX);
    }

    /** The next smaller size, or the smallest. */
    public static int down(int percent) {
        return STEPS.stream().filter(s -> s < percent).reduce((a, b) -> b).orElse(Settings.SCALE_MIN);
    }

    public static int reset() {
        return NORMAL;
    }

    /** The supported size nearest to {@code percent}. */
    public static int nearest(int percent) {
        return Settings.nearestScale(percent);
    }

    /** The root font size in pixels for a size in percent. */
    public static double fontSizePx(int percent) {
        return BASE_FONT_PX * nearest(percent) / 100.0;
    }

    /**
     * Sets the scene root's font size, keeping any other inline style it has. The root must be set again after
     * {@link Scene#setRoot}; {@link Appearance} does that for the scenes it styles.
     */
    public static void apply(Scene scene, int percent) {
        Parent root = scene.getRoot();
        String others = FONT_SIZE
                .matcher(root.getStyle() == null ? "" : root.getStyle())
                .replaceAll("")
                .strip();
        // Locale.ROOT: a decimal comma ("18,75px") would not be CSS.
        String size = String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", fontSizePx(percent));
        root.setStyle(others.isEmpty() ? size : others + (others.endsWith(";") ? " " : "; ") + size);
    }
}
