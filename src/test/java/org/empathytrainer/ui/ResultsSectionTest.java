package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.Settings;
import org.empathytrainer.records.export.ExportService;
import org.empathytrainer.records.export.ProfileDirectory;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.records.profiles.ProfileStore;
import org.empathytrainer.ui.dashboard.ResultsSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard's export of "all learners" respects the other learners' PINs. */
@ExtendWith(ApplicationExtension.class)
class ResultsSectionTest {
    @TempDir
    Path data;

    @Test
    void allLearnersLeavesOutTheOthersWhoHaveAPin(FxRobot robot) throws Exception {
        ProfileStore profiles = new ProfileStore(data, AppDriver.CLOCK);
        Profile ana = profiles.create("Ana", "1357".toCharArray());
        Profile bo = profiles.create("Bo", null);
        Profile cleo = profiles.create("Cleo", "2468".toCharArray());
        ProgressStore progress = new ProgressStore(data, AppDriver.CLOCK);
        LearnerProgress sample = DashboardFixture.learner();
        for (Profile p : new Profile[] {ana, bo, cleo}) {
            progress.save(new LearnerProgress(p.id(), sample.story(), sample.cases(), sample.history()));
        }
        Path csv = data.resolve("everyone.csv");
        ExecutorService background = Executors.newSingleThreadExecutor();
        AppContext ctx = DashboardFixture.context(progress.load(ana.id()).progress(), Settings.DEFAULTS);
        ExportService exports = new ExportService(profiles, new ProfileDirectory(data, AppDriver.CLOCK, note -> {}));
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(
                    new StackPane(
                            ResultsSection.of(ctx, ana, exports, background, () -> stage, request -> Optional.of(csv))),
                    900,
                    700));
            ctx.appearance().register(stage.getScene());
            stage.show();
        });

        robot.interact(
                () -> robot.lookup("#exportScopeAll").queryAs(ButtonBase.class).fire());
        robot.interact(
                () -> robot.lookup("#exportCsv").queryAs(ButtonBase.class).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(csv));
        background.shutdown();
        assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).contains(",Ana,").contains(",Bo,").doesNotContain(",Cleo,");
    }
}
