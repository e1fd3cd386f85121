package org.empathytrainer.ui.presenter;

import java.util.List;
import java.util.OptionalInt;
import javafx.geometry.Rectangle2D;

/**
 * Which screen the room sees and which the trainer keeps, chosen from the screens' rectangles alone so that it is
 * tested without a display. With two screens or more the room gets the projector, taken to be the largest screen that
 * is not the primary one (in an extended desktop the laptop is primary), and the console stays on the primary; with
 * one screen the room has it and the console opens only on request. Swapping exchanges the two.
 *
 * @param room    index of the room's screen in the list given
 * @param console index of the console's screen, empty when there is only one screen
 */
public record ScreenPlan(int room, OptionalInt console) {
    public ScreenPlan {
        if (room < 0 || console.isPresent() && console.getAsInt() < 0) {
            throw new IllegalArgumentException("A screen index is never negative: room " + room + ", " + console);
        }
    }

    /**
     * @param screens the screens' bounds, in the order the platform lists them; not empty
     * @param primary index of the primary screen; out of range is taken as the first
     * @param swapped the trainer swapped the two screens
     */
    public static ScreenPlan choose(List<Rectangle2D> screens, int primary, boolean swapped) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("No screen to present on");
        }
        int main = primary >= 0 && primary < screens.size() ? primary : 0;
        if (screens.size() == 1) {
            return new ScreenPlan(main, OptionalInt.empty());
        }
        int projector = -1;
        for (int i = 0; i < screens.size(); i++) {
            if (i != main && (projector < 0 || area(screens.get(i)) > area(screens.get(projector)))) {
                projector = i;
            }
        }
        return swapped
                ? new ScreenPlan(main, OptionalInt.of(projector))
                : new ScreenPlan(projector, OptionalInt.of(main));
    }

    private static double area(Rectangle2D r) {
        return r.getWidth() * r.getHeight();
    }
}
