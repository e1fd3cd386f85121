package org.empathytrainer.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.empathytrainer.records.Settings;
import org.empathytrainer.ui.AppDriver;
import org.empathytrainer.ui.kit.Notice;
import org.empathytrainer.ui.shell.Banners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real screens in every theme, written to {@code target/screenshots/theme-*.png} for people to look at: the
 * home screen with a banner of each kind, and a case step with feedback on a mistake and the tone check.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeScreenshotsTest {
    @TempDir
    Path data;

    private AppDriver app;
    private Appearance appearance;

    @Start
    void start(Stage stage) {
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
        appearance = new Appearance(Settings.DEFAULTS);
        appearance.register(app.window().scene());
        appearance.installKeys(app.window().scene());
        Banners banners = app.window().banners();
        banners.show("sample-info", Notice.Kind.INFO, "An information banner: your progress is being saved again.");
        banners.show("sample-warning", Notice.Kind.WARNING, "A warning banner: a course file has a problem.");
        banners.show("sample-error", Notice.Kind.ERROR, "An error banner: your progress could not be saved.");
    }

    @Test
    void everyScreenIsSnapshotInEveryTheme(FxRobot robot) {
        eachTheme(robot, "home");

        app.press("caseOpen-porch-parcel");
        app.type("retelling", "My dad's birthday present never came, and they say it did.");
        app.choose("concern-money-back");
        app.press("checkConcern");
        eachTheme(robot, "place");
        app.next();
        app.press("emotion-anger");
        // A selected strength with the focus on it: the ring must show against the fill.
        app.choose("intensity-anger-3");
        eachTheme(robot, "sense-focus");
        app.next();
        app.choose("ack-record-says-delivered");
        app.press("checkAck");
        app.type("ownWords", "Grace, I can hear how worried you are. I'm sorry, but it's just a parcel, AS I SAID.");
        robot.interact(
                () -> robot.lookup("#pageScroll").queryAs(ScrollPane.class).setVvalue(1));
        eachTheme(robot, "discuss");

        robot.interact(() -> {
            Banners banners = app.window().banners();
            banners.getChildren().clear();
            appearance.update(new Settings("projector", 200, false));
        });
        snapshot(robot, "theme-projector-200-discuss");
        assertThat(app.window().scene().getRoot().getStyle()).contains("-fx-font-size: 30.00px;");
        robot.interact(() -> appearance.setScale(250));
        snapshot(robot, "theme-projector-250-discuss");
    }

    private void eachTheme(FxRobot robot, String screen) {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> appearance.setTheme(theme));
            snapshot(robot, "theme-" + theme.id() + "-" + screen);
        }
        robot.interact(() -> appearance.setTheme(Theme.LIGHT));
    }

    private void snapshot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.snapshot(name)).exists();
    }
}
