package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.empathytrainer.ui.kit.FirstFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Work deferred to the first frame runs once, after a pulse has laid the scene out, and not before. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new Label("first frame"), 200, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void deferredWorkRunsOnceAfterTheSceneIsLaidOut(FxRobot robot) throws Exception {
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger runsWhenAsked = new AtomicInteger(-1);
        robot.interact(() -> {
            FirstFrame.then(scene, runs::incrementAndGet);
            runsWhenAsked.set(runs.get());
            scene.getRoot().requestLayout();
        });

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runs.get() > 0);
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> scene.getRoot().requestLayout());
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }

        assertThat(runsWhenAsked).hasValue(0);
        assertThat(runs).hasValue(1);
    }
}
