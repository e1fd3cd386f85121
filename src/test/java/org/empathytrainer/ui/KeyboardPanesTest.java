package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Both panes of a case work from the keyboard: F6 and Tab reach the case's pane, which then scrolls with the keys, and
 * whatever the keyboard works on in the step's pane (an option chosen with the arrows, the feedback after a check) is
 * scrolled into view. The window is kept low, so that the panes hold more than they show.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardPanesTest {
    @TempDir
    Path data;

    private AppDriver app;

    @Start
    void start(Stage stage) {
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
        stage.setHeight(600);
    }

    private static Node focused(FxRobot robot) {
        return robot.lookup("#wizardView").query().getScene().getFocusOwner();
    }

    private static ScrollPane scroll(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(ScrollPane.class);
    }

    /** Whether the top of {@code node} is in the pane's view, and all of it when it fits in the view. */
    private static boolean inView(ScrollPane pane, Node node) {
        Node viewport = pane.lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        boolean fits = b.getHeight() <= view.getHeight();
        return b.getMinY() >= view.getMinY() - 1
                && b.getMinY() < view.getMaxY()
                && (!fits || b.getMaxY() <= view.getMaxY() + 1);
    }

    private static boolean bottomInView(ScrollPane pane, Node node) {
        Node viewport = pane.lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMaxY() <= view.getMaxY() + 1 && b.getMaxY() > view.getMinY();
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void f6ReachesTheCasePaneWhichScrollsWithTheKeysAndPageDownStaysOnTheStep(FxRobot robot) {
        app.press("caseOpen-porch-parcel");
        settle();
        ScrollPane context = scroll(robot, "contextScroll");
        Node record = robot.lookup("#agentView").query();
        assertThat(inView(context, record))
                .as("the agent's record starts below the fold")
                .isFalse();

        for (int i = 0; i < 4 && focused(robot) != context; i++) {
            robot.push(KeyCode.F6);
        }
        assertThat(focused(robot)).isSameAs(context);

        robot.push(KeyCode.PAGE_DOWN);
        settle();
        assertThat(context.getVvalue()).isGreaterThan(0);
        // Page Down scrolled the pane: it did not turn the page.
        assertThat(robot.lookup("#indicator-place").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        robot.push(KeyCode.END);
        settle();
        assertThat(bottomInView(context, record)).isTrue();

        robot.push(KeyCode.HOME);
        settle();
        assertThat(context.getVvalue()).isEqualTo(0);

        // Shift+F6 goes back round; F6 again lands on the case's pane once more.
        robot.push(KeyCode.SHIFT, KeyCode.F6);
        assertThat(focused(robot)).isNotSameAs(context);
        for (int i = 0; i < 4 && focused(robot) != context; i++) {
            robot.push(KeyCode.F6);
        }
        assertThat(focused(robot)).isSameAs(context);
    }

    @Test
    void tabReachesTheCasePane(FxRobot robot) {
        app.press("caseOpen-porch-parcel");
        app.tabTo("contextScroll");
        assertThat(focused(robot)).isSameAs(scroll(robot, "contextScroll"));
    }

    @Test
    void everyOptionTheArrowsSelectIsScrolledIntoView(FxRobot robot) {
        app.press("caseOpen-porch-parcel");
        // Large text, so that the options do not all fit in the view together.
        for (int i = 0; i < 8; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        settle();
        ScrollPane page = scroll(robot, "pageScroll");
        List<RadioButton> options = robot.lookup(".choice").queryAllAs(RadioButton.class).stream()
                .filter(r -> r.getId().startsWith("concern-"))
                .sorted(Comparator.comparingDouble(r -> r.localToScene(0, 0).getY()))
                .toList();
        RadioButton last = options.get(options.size() - 1);
        assertThat(inView(page, last))
                .as("the last option starts below the fold")
                .isFalse();

        app.choose(last.getId());
        settle();
        assertThat(last.isSelected()).isTrue();
        assertThat(inView(page, last)).isTrue();
        // Up and down through every option: each one the arrows select is in view.
        for (KeyCode arrow : new KeyCode[] {KeyCode.UP, KeyCode.DOWN}) {
            for (int i = 0; i < options.size(); i++) {
                robot.push(arrow);
                settle();
                Node now = focused(robot);
                assertThat(options).contains((RadioButton) now);
                assertThat(inView(page, now))
                        .as("%s after %s", now.getId(), arrow)
                        .isTrue();
            }
        }
    }

    @Test
    void theFeedbackAfterACheckIsScrolledIntoView(FxRobot robot) {
        app.press("caseOpen-porch-parcel");
        app.choose("concern-being-believed");
        app.press("checkConcern");
        settle();
        Node feedback = robot.lookup("#concernFeedback").query();
        assertThat(inView(scroll(robot, "pageScroll"), feedback)).isTrue();
    }
}
