package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.empathytrainer.records.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The learner's progress, reached from the top bar, with the certificate and the exports at its end. */
@ExtendWith(ApplicationExtension.class)
class ProgressScreenTest {
    @TempDir
    Path data;

    private AppDriver app;

    @Start
    void start(Stage stage) throws StoreException {
        DashboardFixture.saveAsTestLearner(data);
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
    }

    @Test
    void progressOpensTheLearnersDashboardWithTheirCertificateAndExports(FxRobot robot) {
        app.press("navDashboard");

        assertThat(robot.lookup("#dashboard").tryQuery()).isPresent();
        assertThat(robot.lookup("#dashboardResults #openCertificate").tryQuery())
                .isPresent();
        assertThat(robot.lookup("#dashboardResults #exportCsv").tryQuery()).isPresent();
        assertThat(robot.lookup("#dashboardResults #exportXapi").tryQuery()).isPresent();
        app.snapshot("progress-from-top-bar");
    }

    @Test
    void theRoomHasNoProgressScreen(FxRobot robot) {
        robot.push(KeyCode.F5);

        assertThat(robot.lookup("#navDashboard").queryButton().isDisabled()).isTrue();
        robot.push(KeyCode.ESCAPE);
        assertThat(robot.lookup("#navDashboard").queryButton().isDisabled()).isFalse();
    }
}
