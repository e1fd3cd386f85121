package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.WizardPage;
import org.empathytrainer.records.ProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A damaged progress file and an unwritable data folder are explained in plain words, and nothing is lost. */
@ExtendWith(ApplicationExtension.class)
class SavingProblemsTest {
    @TempDir
    Path tmp;

    @Test
    void aDamagedFileIsMovedAsideAndTheBackupIsUsed(FxRobot robot) throws IOException {
        Path data = tmp.resolve("data");
        ProgressStore store = new ProgressStore(data, AppDriver.CLOCK);
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        LearnerProgress started = LearnerProgress.empty(AppDriver.LEARNER)
                .with(new CaseProgress("porch-parcel", 1, WizardPage.SENSE, CaseAnswers.EMPTY, Map.of(), at, at, null));
        store.save(started);
        store.save(started);
        Path file = store.file(AppDriver.LEARNER);
        Files.writeString(file, "{ \"schemaVersion\": 1, \"learner\": ");

        AppDriver app = new AppDriver(robot, data);
        robot.interact(() -> app.open(new Stage()));

        String text = robot.lookup("#notice-recovered-from-backup .label")
                .queryLabeled()
                .getText();
        assertThat(text).contains("damaged", "moved aside", "not deleted", "previous save");
        try (Stream<Path> files = Files.list(file.getParent())) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("default.json.corrupt-"))
                    .findFirst()
                    .orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo("{ \"schemaVersion\": 1, \"learner\": ");
            assertThat(text).contains(aside.toString());
        }
        assertThat(robot.lookup("#caseOpen-porch-parcel").queryButton().getText())
                .isEqualTo("Continue");
        app.snapshot("11-notice-recovered");
    }

    @Test
    void anUnwritableDataFolderIsReportedAndTheLearnerKeepsWorking(FxRobot robot) throws Exception {
        Path blocked = tmp.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the data folder should be");
        AppDriver app = new AppDriver(robot, blocked);
        robot.interact(() -> app.openAtChooser(new Stage()));

        assertThat(robot.lookup("#profilesNotice").queryLabeled().getText()).contains(blocked.toString());
        app.press("continueAsGuest");
        assertThat(robot.lookup("#currentLearner").queryLabeled().getText()).isEqualTo("Learner: Guest");
        app.press("storyOpen");
        app.next();

        // Saves run on a thread of their own; the banner comes once the save has failed.
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#saveFailed .label").tryQuery().isPresent());
        assertThat(robot.lookup("#saveFailed .label").queryLabeled().getText())
                .contains("could not be saved", blocked.toString(), "keep working");
        assertThat(robot.lookup("#sceneCounter").queryLabeled().getText()).startsWith("Scene 2 of");
        app.next();
        assertThat(robot.lookup("#sceneCounter").queryLabeled().getText()).startsWith("Scene 3 of");
        robot.interact(app.window()::finishSaving);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#saveFailed").queryAll()).hasSize(1);
        app.snapshot("12-notice-save-failed");
    }
}
