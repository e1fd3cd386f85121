package org.empathytrainer.records;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How the app looks for this user, kept in {@code settings.json} in the data folder.
 *
 * @param theme         the colour theme's id, one of {@link #THEMES}
 * @param scalePercent  the text size as a percentage of normal: a multiple of {@value #SCALE_STEP} from
 *                      {@value #SCALE_MIN} to {@value #SCALE_MAX}
 * @param reducedMotion whether to leave out animations and transitions
 */
public record Settings(String theme, int scalePercent, boolean reducedMotion) {
    /** The ids of the colour themes; the UI has one palette for each (a test keeps the two lists in step). */
    public static final List<String> THEMES = List.of("light", "dark", "projector");

    public static final int SCALE_MIN = 100;
    public static final int SCALE_MAX = 250;
    public static final int SCALE_STEP = 25;
    /** Every supported text size, smallest first. */
    public static final List<Integer> SCALES = IntStream.iterate(SCALE_MIN, p -> p <= SCALE_MAX, p -> p + SCALE_STEP)
            .boxed()
            .collect(Collectors.toUnmodifiableList());

    public static final Settings DEFAULTS = new Settings(THEMES.get(0), SCALE_MIN, false);

    public Settings {
        if (theme == null || !THEMES.contains(theme)) {
            throw new IllegalArgumentException("theme must be one of " + String.join(", ", THEMES) + ", not "
                    + (theme == null ? "missing" : "\"" + theme + "\""));
        }
        if (!SCALES.contains(scalePercent)) {
            throw new IllegalArgumentException(
                    "scalePercent must be one of " + scales() + " (percent), not " + scalePercent);
        }
    }

    /** The supported text size nearest to {@code percent}: clamped to the range, then rounded to a step. */
    public static int nearestScale(int percent) {
        int clamped = Math.max(SCALE_MIN, Math.min(SCALE_MAX, percent));
        return SCALE_MIN + Math.round((clamped - SCALE_MIN) / (float) SCALE_STEP) * SCALE_STEP;
    }

    /** The supported sizes as text, for messages: {@code 100, 125, ... 250}. */
    static String scales() {
        return SCALES.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public Settings withTheme(String newTheme) {
        return new Settings(newTheme, scalePercent, reducedMotion);
    }

    public Settings withScalePercent(int newScale) {
        return new Settings(theme, newScale, reducedMotion);
    }

    public Settings withReducedMotion(boolean reduce) {
        return new Settings(theme, scalePercent, reduce);
    }
}
