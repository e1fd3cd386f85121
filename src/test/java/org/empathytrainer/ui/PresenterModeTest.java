package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.empathytrainer.App;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.records.Settings;
import org.empathytrainer.records.SettingsStore;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A trainer presents the course to a room with F5, a clicker's keys and Esc; no learner's records change. */
@ExtendWith(ApplicationExtension.class)
class PresenterModeTest {
    @TempDir
    Path data;

    private AppDriver app;
    private Stage stage;

    @Start
    void start(Stage stage) throws StoreException {
        this.stage = stage;
        // The learner's own choice, in settings.json, which presenting must leave alone.
        new SettingsStore(data, AppDriver.CLOCK).save(new Settings("dark", 100, false));
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
    }

    @Test
    void aTextSizeChangedWhilePresentingIsNeitherSavedNorKept(FxRobot robot) throws IOException {
        Path settings = data.resolve("settings.json");
        String before = Files.readString(settings);
        double size = robot.lookup("#navHome").queryButton().getFont().getSize();
        robot.push(KeyCode.F5);

        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#navHome").queryButton().getFont().getSize())
                .as("larger text for the room")
                .isGreaterThan(size);
        assertThat(Files.readString(settings)).isEqualTo(before);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readString(settings)).isEqualTo(before);
        assertThat(robot.lookup("#navHome").queryButton().getFont().getSize()).isEqualTo(size);
    }

    @Test
    void f5EntersFullScreenWithTheProjectorColoursAndEscLeaves(FxRobot robot) throws IOException {
        Path settings = data.resolve("settings.json");
        String before = Files.readString(settings);

        robot.push(KeyCode.F5);

        assertThat(stage.isFullScreen()).isTrue();
        assertThat(stylesheets()).anyMatch(s -> s.endsWith("/projector.css"));
        assertThat(robot.lookup("#navPresent").queryButton().getText()).isEqualTo("Stop _presenting");
        app.snapshot("presenter-home");
        assertThat(Files.readString(settings)).isEqualTo(before);

        robot.push(KeyCode.ESCAPE);

        assertThat(stage.isFullScreen()).isFalse();
        assertThat(stylesheets()).anyMatch(s -> s.endsWith("/dark.css")).noneMatch(s -> s.endsWith("/projector.css"));
        assertThat(robot.lookup("#navPresent").queryButton().getText()).isEqualTo("_Present");
        assertThat(Files.readString(settings)).isEqualTo(before);
    }

    @Test
    void clickerKeysMoveThroughTheStoryAndNothingIsSaved(FxRobot robot) {
        robot.push(KeyCode.F5);
        // Home has no Next, so Space presses the focused button: the story's.
        app.press("storyOpen");
        assertThat(sceneCounter(robot)).isEqualTo("Scene 1 of 8");

        robot.push(KeyCode.SPACE);
        assertThat(sceneCounter(robot)).isEqualTo("Scene 2 of 8");
        robot.push(KeyCode.RIGHT);
        assertThat(sceneCounter(robot)).isEqualTo("Scene 3 of 8");
        robot.push(KeyCode.PAGE_DOWN);
        assertThat(sceneCounter(robot)).isEqualTo("Scene 4 of 8");
        app.snapshot("presenter-story");
        robot.push(KeyCode.LEFT);
        assertThat(sceneCounter(robot)).isEqualTo("Scene 3 of 8");
        robot.push(KeyCode.PAGE_UP);
        assertThat(sceneCounter(robot)).isEqualTo("Scene 2 of 8");

        robot.push(KeyCode.ESCAPE);

        assertThat(robot.lookup("#homeView").tryQuery()).isPresent();
        assertThat(data.resolve("progress").resolve("default.json")).doesNotExist();
        // The learner's own progress is back: the story was never started.
        assertThat(robot.lookup("#storyOpen").queryButton().getText()).isEqualTo("Start");
    }

    @Test
    void bAndPeriodBlankTheScreenAndBringItBack(FxRobot robot) {
        robot.push(KeyCode.F5);
        Node blank = robot.lookup("#presenterBlank").query();
        assertThat(blank.isVisible()).isFalse();

        robot.push(KeyCode.B);
        assertThat(blank.isVisible()).isTrue();
        app.snapshot("presenter-blank");
        robot.push(KeyCode.B);
        assertThat(blank.isVisible()).isFalse();

        robot.push(KeyCode.PERIOD);
        assertThat(blank.isVisible()).isTrue();
        robot.push(KeyCode.PERIOD);
        assertThat(blank.isVisible()).isFalse();
    }

    @Test
    void feedbackStaysHiddenUntilRevealedAndTheLearnersFileIsUntouched(FxRobot robot) throws IOException {
        robot.push(KeyCode.F5);
        app.press("caseOpen-porch-parcel");
        assertThat(robot.lookup("#stepTitle").tryQuery()).isPresent();
        // Each option shows its number, for the room to vote by.
        int concerns = ContentRepository.load(ContentSource.builtIn(), List.of())
                .findCase("porch-parcel")
                .orElseThrow()
                .place()
                .concerns()
                .size();
        assertThat(robot.lookup(".option-number").queryAllAs(Label.class))
                .filteredOn(AppDriver::shown)
                .extracting(Label::getText)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, concerns)
                        .mapToObj(String::valueOf)
                        .toList());

        app.type("retelling", "I paid for a present and it never came.");
        // Space moves on while presenting, so options are chosen with the arrow keys and buttons pressed directly.
        app.arrowTo("concern-money-back");
        AppDriver.fire(robot, "checkConcern");
        assertThat(AppDriver.shown(robot.lookup("#concernFeedback").query())).isFalse();
        assertThat(AppDriver.shown(robot.lookup("#concernFeedbackHidden").query()))
                .isTrue();
        robot.push(KeyCode.R);
        assertThat(AppDriver.shown(robot.lookup("#concernFeedback").query())).isTrue();
        robot.push(KeyCode.PAGE_DOWN);

        AppDriver.fire(robot, "emotion-anger");
        robot.push(KeyCode.PAGE_DOWN);

        app.arrowTo("ack-record-says-delivered");
        AppDriver.fire(robot, "checkAck");
        assertThat(robot.lookup("#ackFeedback").tryQuery()).isPresent();
        assertThat(AppDriver.shown(robot.lookup("#ackFeedback").query())).isFalse();
        assertThat(AppDriver.shown(robot.lookup("#ackFeedbackHidden").query())).isTrue();
        app.snapshot("presenter-discuss-hidden");

        robot.push(KeyCode.R);

        assertThat(AppDriver.shown(robot.lookup("#ackFeedback").query())).isTrue();
        assertThat(AppDriver.shown(robot.lookup("#ackFeedbackHidden").query())).isFalse();
        app.snapshot("presenter-discuss-revealed");

        robot.push(KeyCode.PAGE_UP);
        robot.push(KeyCode.PAGE_DOWN);
        assertThat(AppDriver.shown(robot.lookup("#ackFeedback").query()))
                .as("hidden again on a new page")
                .isFalse();

        robot.push(KeyCode.ESCAPE);
        assertThat(data.resolve("progress").resolve("default.json")).doesNotExist();
        assertThat(robot.lookup("#caseOpen-porch-parcel").queryButton().getText())
                .isEqualTo("Start");
    }

    @Test
    void outsidePresenterModeFeedbackShowsAsSoonAsChecked(FxRobot robot) {
        app.press("caseOpen-porch-parcel");
        app.type("retelling", "I paid for a present and it never came.");
        app.choose("concern-money-back");
        app.press("checkConcern");

        assertThat(AppDriver.shown(robot.lookup("#concernFeedback").query())).isTrue();
        // Nothing says the answers are hidden, and the options have no numbers: outside presenter mode neither is
        // built.
        assertThat(robot.lookup("#concernFeedbackHidden").queryAllAs(Node.class))
                .noneMatch(AppDriver::shown);
        assertThat(robot.lookup(".option-number").queryAllAs(Node.class)).noneMatch(AppDriver::shown);
        robot.push(KeyCode.R);
        robot.push(KeyCode.B);
        assertThat(robot.lookup("#presenterBlank").query().isVisible()).isFalse();
    }

    @Test
    void thePresenterOptionOpensTheAppInPresenterMode(FxRobot robot) {
        App.Config base = AppDriver.config(data);
        App.Config presenting = base.presenting(true);
        Stage[] opened = new Stage[1];
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            opened[0] = new Stage();
            window[0] = App.open(presenting, opened[0]);
        });

        assertThat(opened[0].isFullScreen()).isTrue();
        assertThat(window[0].scene().getStylesheets()).anyMatch(s -> s.endsWith("/projector.css"));
        robot.interact(opened[0]::close);
    }

    private java.util.List<String> stylesheets() {
        return app.window().scene().getStylesheets();
    }

    private static String sceneCounter(FxRobot robot) {
        return robot.lookup("#sceneCounter").queryLabeled().getText();
    }
}
