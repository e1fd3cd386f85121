package org.empathytrainer.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Where the room view and the console go, for one, two and three screens, either primary, swapped or not. */
class ScreenPlanTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1280, 0, 1920, 1080);
    private static final Rectangle2D SMALL = new Rectangle2D(3200, 0, 1024, 768);

    static Stream<Arguments> table() {
        return Stream.of(
                // screens, primary, swapped, room, console (-1: none)
                Arguments.of(List.of(LAPTOP), 0, false, 0, -1),
                Arguments.of(List.of(LAPTOP), 0, true, 0, -1),
                Arguments.of(List.of(PROJECTOR), 5, false, 0, -1),
                Arguments.of(List.of(LAPTOP, PROJECTOR), 0, false, 1, 0),
                Arguments.of(List.of(LAPTOP, PROJECTOR), 0, true, 0, 1),
                Arguments.of(List.of(LAPTOP, PROJECTOR), 1, false, 0, 1),
                Arguments.of(List.of(LAPTOP, PROJECTOR), 1, true, 1, 0),
                Arguments.of(List.of(PROJECTOR, LAPTOP), 1, false, 0, 1),
                Arguments.of(List.of(LAPTOP, PROJECTOR), -1, false, 1, 0),
                Arguments.of(List.of(LAPTOP, PROJECTOR, SMALL), 0, false, 1, 0),
                Arguments.of(List.of(LAPTOP, SMALL, PROJECTOR), 0, false, 2, 0),
                Arguments.of(List.of(LAPTOP, SMALL, PROJECTOR), 0, true, 0, 2),
                Arguments.of(List.of(LAPTOP, SMALL, PROJECTOR), 2, false, 0, 2),
                Arguments.of(List.of(LAPTOP, SMALL, PROJECTOR), 1, false, 2, 1),
                Arguments.of(List.of(LAPTOP, SMALL, PROJECTOR), 1, true, 1, 2));
    }

    @ParameterizedTest(name = "{0} primary {1} swapped {2}: room {3}, console {4}")
    @MethodSource("table")
    void theRoomGetsTheLargestScreenThatIsNotPrimary(
            List<Rectangle2D> screens, int primary, boolean swapped, int room, int console) {
        ScreenPlan plan = ScreenPlan.choose(screens, primary, swapped);

        assertThat(plan.room()).isEqualTo(room);
        assertThat(plan.console()).isEqualTo(console < 0 ? OptionalInt.empty() : OptionalInt.of(console));
    }

    @Test
    void theRoomAndTheConsoleNeverShareAScreenWhenThereAreTwo() {
        for (boolean swapped : new boolean[] {false, true}) {
            ScreenPlan plan = ScreenPlan.choose(List.of(LAPTOP, PROJECTOR), 0, swapped);
            assertThat(plan.console().getAsInt()).isNotEqualTo(plan.room());
        }
    }

    @Test
    void noScreenIsRefused() {
        assertThatThrownBy(() -> ScreenPlan.choose(List.of(), 0, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No screen");
    }
}
