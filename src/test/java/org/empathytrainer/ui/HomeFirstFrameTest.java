package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.ui.kit.FirstFrame;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A returning learner's home as the window's first screen: the first frame has the cards its view shows, whole rows of
 * them, and the cards below the fold follow right after it, so they are not styled and laid out before the window
 * appears.
 */
@ExtendWith(ApplicationExtension.class)
class HomeFirstFrameTest {
    @TempDir
    Path data;

    /** What the first frame held: the cards' ids in the pane, the view's foot and each card's bounds in the scene. */
    private record Frame(List<String> cards, double viewBottom, List<Bounds> bounds, Bounds pane) {}

    @ParameterizedTest(name = "window {0} px high")
    @ValueSource(ints = {800, 1600})
    void theFirstFrameHasTheCardsInViewAndTheRestFollowInCourseOrder(int height, FxRobot robot) {
        AppDriver app = new AppDriver(robot, data);
        AtomicReference<Frame> first = new AtomicReference<>();
        robot.interact(() -> {
            Stage stage = new Stage();
            app.open(stage);
            stage.setHeight(height);
            FirstFrame.atLayout(app.window().scene(), () -> {
                Node view = robot.lookup("#homeView").query();
                FlowPane pane = robot.lookup("#caseCards").queryAs(FlowPane.class);
                first.set(new Frame(
                        ids(pane),
                        view.localToScene(view.getLayoutBounds()).getMaxY(),
                        pane.getChildren().stream()
                                .map(n -> n.localToScene(n.getLayoutBounds()))
                                .collect(Collectors.toList()),
                        pane.localToScene(pane.getLayoutBounds())));
            });
        });
        List<String> course = ContentRepository.load(ContentSource.builtIn()).cases().stream()
                .map(c -> "case-" + c.id())
                .collect(Collectors.toList());

        Frame frame = first.get();
        assertThat(frame).as("the first frame was laid out").isNotNull();
        assertThat(course).startsWith(frame.cards().toArray(String[]::new));
        assertThat(frame.cards())
                .as("cards below the fold wait for the next frame")
                .isNotEmpty()
                .hasSizeLessThan(course.size());
        assertThat(frame.bounds()).allSatisfy(b -> assertThat(b.getHeight()).isPositive());
        if (frame.pane().getMinY() < frame.viewBottom()) {
            // The cards are in view: whole rows of them, down to the foot of the view.
            Bounds last = frame.bounds().get(frame.bounds().size() - 1);
            assertThat(last.getMaxY()).isGreaterThanOrEqualTo(frame.viewBottom());
            long perRow =
                    frame.bounds().stream().map(Bounds::getMinX).distinct().count();
            assertThat(frame.cards().size() % perRow).as("a row half made").isZero();
        }
        if (height > 1000) {
            assertThat(frame.cards()).as("rows of cards in a tall window").hasSizeGreaterThan(2);
        }

        FlowPane pane = robot.lookup("#caseCards").queryAs(FlowPane.class);
        assertThat(ids(pane)).isEqualTo(course);
        assertThat(robot.lookup("#caseCount").queryLabeled().getText()).isEqualTo(course.size() + " cases");
    }

    private static List<String> ids(FlowPane pane) {
        return pane.getChildren().stream().map(Node::getId).collect(Collectors.toList());
    }
}
