package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.CustomerCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The presenter's own window: notes, what comes next, the time and the votes, and the same controls. */
@ExtendWith(ApplicationExtension.class)
class PresenterConsoleTest {
    private static final CustomerCase PORCH = ContentRepository.load(ContentSource.builtIn(), List.of())
            .findCase("porch-parcel")
            .orElseThrow();

    @TempDir
    java.nio.file.Path data;

    private AppDriver app;

    @Start
    void start(Stage stage) {
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
    }

    /** The presenter window is a window of its own: close it, so the next test's keys go to its own app. */
    @AfterEach
    void stopPresenting(FxRobot robot) {
        robot.interact(() -> app.window().stopPresenting());
    }

    @Test
    void nOpensThePresenterWindowWithTheNotesTheRoomNeverSees(FxRobot robot) {
        robot.push(KeyCode.F5);
        app.press("caseOpen-porch-parcel");
        robot.push(KeyCode.N);

        Stage console = consoleStage(robot);
        assertThat(console.isShowing()).isTrue();
        assertThat(text(console, "#consoleNow")).contains(PORCH.title()).contains("Step 1 of 4");
        assertThat(text(console, "#consoleNext")).contains("Step 2 of 4");
        assertThat(text(console, "#consoleElapsed")).isEqualTo("0:00:00");
        List<String> notes = texts(console.getScene().lookup("#consoleNotes"));
        assertThat(notes.get(0)).startsWith("Answer: option ");
        assertThat(notes).containsAll(PORCH.trainerNotes());
        assertThat(texts(app.window().scene().getRoot()))
                .as("the room's window")
                .noneMatch(t -> PORCH.trainerNotes().contains(t))
                .noneMatch(t -> t.startsWith("Answer: option"));
        snapshot(robot, console, "presenter-console");
    }

    @Test
    void onTheStoryTheWindowGivesEachScenesNoteAndFollowsTheClicker(FxRobot robot) {
        List<org.empathytrainer.content.Scene> scenes = ContentRepository.load(ContentSource.builtIn(), List.of())
                .story()
                .scenes();
        robot.push(KeyCode.F5);
        app.press("storyOpen");
        robot.push(KeyCode.N);
        Stage console = consoleStage(robot);

        assertThat(texts(console.getScene().lookup("#consoleNotes")).get(0))
                .isEqualTo(scenes.get(0).trainerNote().orElseThrow());
        assertThat(text(console, "#consoleNext")).contains(scenes.get(1).title());

        robot.push(KeyCode.PAGE_DOWN);

        assertThat(text(console, "#consoleNow")).contains(scenes.get(1).title());
        assertThat(texts(console.getScene().lookup("#consoleNotes")).get(0))
                .isEqualTo(scenes.get(1).trainerNote().orElseThrow());
        assertThat(texts(app.window().scene().getRoot()))
                .doesNotContain(scenes.get(1).trainerNote().get());
    }

    @Test
    void theWindowsControlsWorkTheRoomsScreenAndShowTheVotes(FxRobot robot) {
        robot.push(KeyCode.F5);
        app.press("caseOpen-porch-parcel");
        app.type("retelling", "The present for my dad never came.");
        app.arrowTo("concern-money-back");
        robot.push(KeyCode.N);
        Stage console = consoleStage(robot);

        robot.push(KeyCode.DIGIT3);
        robot.push(KeyCode.DIGIT3);
        assertThat(text(console, "#consoleVotes")).contains("3: 2");
        assertThat(text(console, "#consoleState")).isEqualTo("Answers hidden from the room.");

        fire(robot, console, "#consoleReveal");
        assertThat(text(console, "#consoleState")).isEqualTo("Answers shown to the room.");
        fire(robot, console, "#consoleBlank");
        assertThat(robot.lookup("#presenterBlank").query().isVisible()).isTrue();
        assertThat(text(console, "#consoleState")).startsWith("The room’s screen is blank.");
        fire(robot, console, "#consoleBlank");
        fire(robot, console, "#consoleNextButton");
        assertThat(robot.lookup("#stepTitle").queryLabeled().getText()).contains("Sense");
        assertThat(text(console, "#consoleNow")).contains("Step 2 of 4");
        assertThat(text(console, "#consoleVotes")).isEqualTo("No choice to vote on here.");

        fire(robot, console, "#consoleStop");
        assertThat(console.isShowing()).isFalse();
        assertThat(robot.lookup("#navPresent").queryButton().getText()).isEqualTo("_Present");
        assertThat(data.resolve("classroom")).isDirectoryContaining("glob:**/votes-*.csv");
    }

    private static Stage consoleStage(FxRobot robot) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage && w.getScene() != null && w.getScene().lookup("#presenterConsole") != null) {
                return (Stage) w;
            }
        }
        throw new AssertionError("no presenter window is open");
    }

    private static String text(Stage stage, String query) {
        return ((Labeled) stage.getScene().lookup(query)).getText();
    }

    private static void fire(FxRobot robot, Stage stage, String query) {
        ButtonBase button = (ButtonBase) stage.getScene().lookup(query);
        robot.interact(button::fire);
    }

    /** Every label text under {@code node}. */
    /** The texts of the labels and buttons under {@code node} that show: hidden screens are left out. */
    private static List<String> texts(Node node) {
        List<String> all = new java.util.ArrayList<>();
        if (!node.isVisible()) {
            return all;
        }
        if (node instanceof Labeled && ((Labeled) node).getText() != null) {
            all.add(((Labeled) node).getText());
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                all.addAll(texts(child));
            }
        }
        return all;
    }

    private static void snapshot(FxRobot robot, Stage stage, String name) {
        AtomicReference<java.nio.file.Path> file = new AtomicReference<>();
        robot.interact(() -> file.set(Screenshots.save(stage.getScene(), name)));
    }
}
