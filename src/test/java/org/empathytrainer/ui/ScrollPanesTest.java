package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.empathytrainer.ui.skin.UncachedScrollPaneSkin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every scroll pane on the app's screens, a text area's own included, draws its content directly rather than keeping a
 * picture of it: JavaFX never gives such a picture back when the screen is left, and every case opened would keep one
 * or more window-sized images in memory.
 */
@ExtendWith(ApplicationExtension.class)
class ScrollPanesTest {
    @TempDir
    Path data;

    private AppDriver app;

    @Start
    void start(Stage stage) {
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
    }

    private static void assertNoneCached(FxRobot robot, int atLeast) {
        Set<Node> panes = robot.lookup(n -> n instanceof ScrollPane).queryAll();
        assertThat(panes).hasSizeGreaterThanOrEqualTo(atLeast);
        for (Node pane : panes) {
            ScrollPane scroll = (ScrollPane) pane;
            assertThat(scroll.getSkin()).as("skin of %s", scroll).isInstanceOf(UncachedScrollPaneSkin.class);
            Node viewport = scroll.lookup(".viewport");
            assertThat(viewport).as("viewport of %s", scroll).isNotNull();
            assertThat(viewport.isCache())
                    .as("%s keeps a picture of its content", scroll)
                    .isFalse();
        }
    }

    @Test
    void theHomeScreenAndACaseKeepNoPictureOfWhatTheyScroll(FxRobot robot) {
        assertNoneCached(robot, 1);

        app.press("caseOpen-porch-parcel");
        // The wizard's two panes and the step's text box, whose scroll pane is inside it.
        TextArea answer = robot.lookup(".text-area").queryAs(TextArea.class);
        assertThat(answer.lookup(".scroll-pane")).isInstanceOf(ScrollPane.class);
        assertNoneCached(robot, 3);
    }
}
