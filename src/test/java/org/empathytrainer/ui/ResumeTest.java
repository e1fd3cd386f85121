package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Closing and reopening the app brings the learner back to the same place with every answer. */
@ExtendWith(ApplicationExtension.class)
class ResumeTest {
    private static final String RETELLING = "I bought a gift and the box never reached me.";

    @TempDir
    Path data;

    private AppDriver app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
    }

    @Test
    void reopeningReturnsToTheSameStepWithEveryAnswer(FxRobot robot) {
        app.press("caseOpen-porch-parcel");
        app.type("retelling", RETELLING);
        app.choose("concern-being-believed");
        app.press("checkConcern");
        app.next();
        app.press("emotion-distrust");
        app.choose("intensity-distrust-3");

        app.reopen(stage);

        assertThat(robot.lookup("#caseOpen-porch-parcel").queryButton().getText())
                .isEqualTo("Continue");
        app.press("caseOpen-porch-parcel");
        assertThat(robot.lookup("#indicator-sense").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#emotion-distrust").queryAs(CheckBox.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#intensity-distrust-3")
                        .queryAs(ToggleButton.class)
                        .isSelected())
                .isTrue();
        app.snapshot("10-resumed-sense");

        robot.push(javafx.scene.input.KeyCode.PAGE_UP);
        assertThat(robot.lookup("#retelling").queryAs(TextArea.class).getText()).isEqualTo(RETELLING);
        assertThat(robot.lookup("#concern-being-believed")
                        .queryAs(RadioButton.class)
                        .isSelected())
                .isTrue();
        assertThat(robot.lookup("#concernFeedback").tryQuery()).isPresent();
    }

    @Test
    void reopeningReturnsToTheSameSceneOfTheStory(FxRobot robot) {
        robot.push(javafx.scene.input.KeyCode.SPACE);
        app.next();
        app.next();
        String scene = robot.lookup("#sceneTitle").queryLabeled().getText();

        app.reopen(stage);

        assertThat(robot.lookup("#storyCard .chip").queryLabeled().getText()).startsWith("Scene 3 of");
        assertThat(robot.lookup("#storyOpen").queryButton().getText()).isEqualTo("Continue");
        app.press("storyOpen");
        assertThat(robot.lookup("#sceneTitle").queryLabeled().getText()).isEqualTo(scene);
        assertThat(robot.lookup("#sceneCounter").queryLabeled().getText()).startsWith("Scene 3 of");
    }
}
