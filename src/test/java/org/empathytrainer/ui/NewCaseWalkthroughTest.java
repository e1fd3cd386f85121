package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * One of the newer cases, a beginner's with a calm customer and four options, worked through with the keyboard
 * alone; each step and the summary are pictured in target/screenshots (new-case-*).
 */
@ExtendWith(ApplicationExtension.class)
class NewCaseWalkthroughTest {
    @TempDir
    Path data;

    private AppDriver app;

    @Start
    void start(Stage stage) {
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
    }

    @Test
    void theMissingBulbsCaseCanBeCompletedAndEndsWithItsTurnsAndDebrief(FxRobot robot) {
        app.press("caseOpen-missing-bulbs");

        app.type("retelling", "I paid for tulip bulbs to plant before the frost and only half of them came.");
        app.choose("concern-plant-before-frost");
        app.press("checkConcern");
        assertThat(robot.lookup("#concernFeedback").queryAs(Node.class).getStyleClass())
                .contains("good");
        app.snapshot("new-case-place");
        app.next();

        app.press("emotion-disappointment");
        app.choose("intensity-disappointment-1");
        app.press("emotion-confusion");
        app.choose("intensity-confusion-1");
        app.snapshot("new-case-sense");
        app.next();

        app.choose("ack-thank-and-explain");
        app.press("checkAck");
        app.type(
                "ownWords",
                "Thank you for telling us, Ruth; I can see why half an order is a let-down with frost due.");
        app.snapshot("new-case-discuss");
        app.next();

        app.press("action-send-on-thursday");
        app.press("action-tell-her-the-date");
        app.press("action-small-extra");
        app.type("commitment", "The rest of your bulbs leave us on Friday and I will email you the tracking.");
        app.snapshot("new-case-fix");
        app.next();

        assertThat(robot.lookup("#summaryTitle").tryQuery()).isPresent();
        assertThat(robot.lookup("#modelReply").tryQuery()).isPresent();
        assertThat(robot.lookup("#debrief").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#overallScore").queryLabeled().getText()).contains("%");
        app.snapshot("new-case-summary");
    }
}
