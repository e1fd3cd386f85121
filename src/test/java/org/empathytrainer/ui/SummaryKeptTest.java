package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.empathytrainer.records.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A finished case's summary is kept while nothing it shows changes, and made again as soon as something does. */
@ExtendWith(ApplicationExtension.class)
class SummaryKeptTest {
    @TempDir
    Path data;

    private AppDriver app;

    @Start
    void start(Stage stage) throws StoreException {
        DashboardFixture.saveAsTestLearner(data);
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
    }

    private static Node summary(FxRobot robot) {
        Node title = robot.lookup("#summaryTitle").queryAs(Node.class);
        assertThat(AppDriver.shown(title)).isTrue();
        return title;
    }

    @Test
    void goingBackAndOnKeepsTheSummaryUntilAnAnswerChanges(FxRobot robot) {
        app.press("caseOpen-porch-parcel");
        // Going on from Fix scores it from the answers; the sample's own scores are made up, so go round once first.
        robot.push(KeyCode.PAGE_UP);
        robot.push(KeyCode.PAGE_DOWN);
        Node first = summary(robot);
        String reply = robot.lookup("#learnerReply").queryLabeled().getText();

        robot.push(KeyCode.PAGE_UP);
        assertThat(robot.lookup("#commitment").tryQuery()).isPresent();
        robot.push(KeyCode.PAGE_DOWN);
        assertThat(summary(robot)).as("the same summary, shown again").isSameAs(first);

        robot.push(KeyCode.PAGE_UP);
        app.type("commitment", " I will call you back by five.");
        app.next();
        Node second = summary(robot);
        assertThat(second).as("a summary made again").isNotSameAs(first);
        assertThat(robot.lookup("#learnerReply").queryLabeled().getText())
                .isNotEqualTo(reply)
                .contains("I will call you back by five.");
        assertThat(robot.lookup("#summaryTitle").queryAll())
                .as("the old summary is gone")
                .hasSize(1);
    }
}
