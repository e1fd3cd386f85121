package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.empathytrainer.records.ProgressKeeper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the learner types on a step reaches their file once typing pauses, while they stay on the step. */
@ExtendWith(ApplicationExtension.class)
class DraftSaveTest {
    private static final String RETELLING = "My parcel says delivered but my porch was empty";

    @TempDir
    Path data;

    private AppDriver app;

    @Start
    void start(Stage stage) {
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
    }

    @Test
    void typingIsSavedAPauseAfterItStopsWithoutLeavingTheStep(FxRobot robot) throws Exception {
        app.press("caseOpen-porch-parcel");
        app.type("retelling", RETELLING);
        WaitForAsyncUtils.sleep(ProgressKeeper.DRAFT_DELAY_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);

        // Read the file as it is on disk: nothing here asks the app to save (no Next, no leaving, no closing).
        Path file = data.resolve("progress").resolve(AppDriver.LEARNER + ".json");
        String saved = "";
        for (int i = 0; i < 50 && !saved.contains(RETELLING); i++) {
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            saved = read(file);
        }
        assertThat(saved).contains(RETELLING);
        assertThat(robot.lookup("#indicator-place").queryAs(ToggleButton.class).isSelected())
                .isTrue();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
