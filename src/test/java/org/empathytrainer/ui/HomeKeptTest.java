package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The home screen is kept while the learner works and brought up to date when they come back: the card of the case
 * they worked on shows where they are, the other cards and the filters stay as they were, and the screen starts at
 * its top.
 */
@ExtendWith(ApplicationExtension.class)
class HomeKeptTest {
    @TempDir
    Path data;

    private AppDriver app;

    @Start
    void start(Stage stage) {
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
    }

    @Test
    void comingBackShowsTheCaseWorkedOnAndKeepsTheRest(FxRobot robot) {
        Node home = robot.lookup("#homeView").queryAs(Node.class);
        Node porch = robot.lookup("#case-porch-parcel").queryAs(Node.class);
        assertThat(robot.lookup("#caseOpen-porch-parcel").queryButton().getText())
                .isEqualTo("Start");
        ComboBox<Object> channel = robot.lookup("#filterChannel").queryComboBox();
        robot.interact(() -> channel.getSelectionModel()
                .select(channel.getItems().stream()
                        .filter(i -> i.toString().equals("Phone call"))
                        .findFirst()
                        .orElseThrow()));
        List<Node> filtered =
                List.copyOf(robot.lookup("#caseCards").queryAs(FlowPane.class).getChildren());
        assertThat(filtered).hasSizeGreaterThan(1).contains(porch);
        Node other = filtered.stream().filter(card -> card != porch).findFirst().orElseThrow();
        robot.interact(() -> ((ScrollPane) home).setVvalue(1));

        app.press("caseOpen-porch-parcel");
        app.type("retelling", "I paid for a present that never came.");
        app.press("navHome");

        assertThat(robot.lookup("#homeView").queryAs(Node.class)).isSameAs(home);
        assertThat(AppDriver.shown(home)).isTrue();
        assertThat(((ScrollPane) home).getVvalue()).isZero();
        Button action = robot.lookup("#caseOpen-porch-parcel").queryButton();
        assertThat(action.getText()).isEqualTo("Continue");
        assertThat(AppDriver.shown(action)).isTrue();
        assertThat(robot.lookup("#caseRestart-porch-parcel").tryQuery()).isPresent();
        assertThat(robot.lookup("#case-porch-parcel").queryAs(Node.class)).isNotSameAs(porch);
        assertThat(robot.lookup("#" + other.getId()).queryAs(Node.class)).isSameAs(other);
        assertThat(channel.getValue().toString()).isEqualTo("Phone call");
        assertThat(robot.lookup("#caseCards").queryAs(FlowPane.class).getChildren())
                .hasSize(filtered.size())
                .contains(robot.lookup("#case-porch-parcel").queryAs(Node.class), other);
        // The wizard's own controls are hidden with it: the keyboard reaches the home screen's first action.
        assertThat(robot.lookup("#wizardNext").queryAllAs(Node.class)).noneMatch(AppDriver::shown);
        assertThat(app.window().scene().getFocusOwner())
                .isSameAs(robot.lookup("#storyOpen").queryAs(Node.class));
    }

    @Test
    void anotherLearnerGetsAHomeScreenOfTheirOwn(FxRobot robot) {
        app.press("caseOpen-porch-parcel");
        app.type("retelling", "My parcel never came.");
        app.press("navHome");
        Node home = robot.lookup("#homeView").queryAs(Node.class);

        robot.interact(() -> app.window().chooseLearner());
        AppDriver.fire(robot, "continueAsGuest");

        assertThat(robot.lookup("#homeView").queryAllAs(Node.class)).hasSize(1).doesNotContain(home);
        assertThat(robot.lookup("#caseOpen-porch-parcel").queryButton().getText())
                .isEqualTo("Start");
    }
}
