package org.empathytrainer.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.empathytrainer.ui.AppDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the app, with sending on and the store out of reach: a step done puts its {@code answered} statement in the
 * outbox, where it waits.
 */
@ExtendWith(ApplicationExtension.class)
class AppQueuesResultsTest {
    @TempDir
    Path data;

    private AppDriver app;

    @Start
    void start(Stage stage) throws Exception {
        new LrsSettingsStore(data)
                .save(new LrsSettings("http://127.0.0.1:" + NodeLrs.freePort() + "/xAPI/", "key", "secret", true));
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
    }

    @Test
    void aStepDoneIsQueuedAndWaitsWhileTheStoreIsOutOfReach() throws Exception {
        app.press("caseOpen-porch-parcel");
        app.type("retelling", "It says delivered, but my porch was empty");
        app.choose("concern-being-believed");
        app.press("checkConcern");
        app.next();

        int waiting = 0;
        for (int i = 0; i < 100 && waiting == 0; i++) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            waiting = Outbox.open(data).waitingCount();
        }
        Outbox outbox = Outbox.open(data);
        assertThat(outbox.waiting()).singleElement().satisfies(w -> {
            assertThat(w.what().verb()).isEqualTo("answered");
            assertThat(w.what().object()).isEqualTo("https://empathytrainer.org/xapi/cases/porch-parcel/steps/place");
            assertThat(w.what().caseId()).contains("porch-parcel");
            assertThat(w.what().step()).contains("place");
        });
    }
}
