package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.empathytrainer.App;
import org.empathytrainer.records.profiles.ProfileException;
import org.empathytrainer.records.profiles.ProfileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Learners on a shared workstation: the first start, switching, each learner's own progress, --learner. */
@ExtendWith(ApplicationExtension.class)
class LearnersTest {
    @TempDir
    Path data;

    @Test
    void theFirstStartAsksForANameAndGoesStraightHome(FxRobot robot) {
        AppDriver app = new AppDriver(robot, data);
        robot.interact(() -> app.openAtChooser(new Stage()));

        assertThat(robot.lookup("#profilesTitle").queryLabeled().getText()).startsWith("Welcome");
        assertThat(robot.lookup("#switchLearner").tryQuery()).isPresent();
        app.snapshot("learners-first-start");
        app.type("newName", "Ana");
        app.press("createProfile");
        waitFor(robot, "#caseOpen-porch-parcel");

        assertThat(robot.lookup("#currentLearner").queryLabeled().getText()).isEqualTo("Learner: Ana");
        assertThat(data.resolve("profiles.json")).exists();
        // The new screen takes the focus once it is in the window, a pulse or two after it shows.
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> focusedId(app).equals("storyOpen"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("home's first action never got the focus; it is on" + where(app), e);
        }
    }

    @Test
    void eachLearnerKeepsTheirOwnProgressAndSwitchingIsOneClick(FxRobot robot) throws ProfileException {
        ProfileStore profiles = new ProfileStore(data, AppDriver.CLOCK);
        profiles.create("Ana", null);
        profiles.create("Ben", null);
        AppDriver app = new AppDriver(robot, data);
        robot.interact(() -> app.open(new Stage(), AppDriver.config(data).asLearner("Ana")));
        app.press("caseOpen-porch-parcel");
        app.type("retelling", "My dad's present never came.");
        app.press("navHome");
        assertThat(robot.lookup("#caseOpen-porch-parcel").queryButton().getText())
                .isEqualTo("Continue");

        app.press("switchLearner");
        assertThat(robot.lookup("#profileChooser").tryQuery()).isPresent();
        assertThat(robot.lookup("#currentLearner").queryLabeled().isVisible()).isFalse();
        app.snapshot("learners-chooser");
        app.press("profile-ben");
        waitFor(robot, "#caseOpen-porch-parcel");

        assertThat(robot.lookup("#currentLearner").queryLabeled().getText()).isEqualTo("Learner: Ben");
        assertThat(robot.lookup("#caseOpen-porch-parcel").queryButton().getText())
                .isEqualTo("Start");
        assertThat(data.resolve("progress").resolve("ana.json")).exists();
        assertThat(data.resolve("progress").resolve("ben.json")).doesNotExist();

        app.press("switchLearner");
        app.press("profile-ana");
        waitFor(robot, "#caseOpen-porch-parcel");
        assertThat(robot.lookup("#caseOpen-porch-parcel").queryButton().getText())
                .isEqualTo("Continue");
    }

    @Test
    void aWindowOpenedReadOnlyWritesNothingAndSaysSo(FxRobot robot) throws Exception {
        ProfileStore profiles = new ProfileStore(data, AppDriver.CLOCK);
        profiles.create("Ana", null);
        java.util.List<String> before = listing();
        AppDriver app = new AppDriver(robot, data);
        robot.interact(() ->
                app.open(new Stage(), AppDriver.config(data).asLearner("Ana").writingNothing(true)));

        assertThat(robot.lookup("#" + App.READ_ONLY + " .label").queryLabeled().getText())
                .contains("Another window", data.toString(), "kept only until you close");
        app.press("caseOpen-porch-parcel");
        app.type("retelling", "My dad's present never came.");
        app.press("navHome");
        assertThat(robot.lookup("#caseOpen-porch-parcel").queryButton().getText())
                .isEqualTo("Continue");
        app.window().finishSaving();

        assertThat(robot.lookup("#saveFailed").tryQuery()).isEmpty();
        assertThat(listing()).isEqualTo(before);
    }

    private java.util.List<String> listing() throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(data)) {
            return files.map(p -> data.relativize(p) + " " + p.toFile().length() + " "
                            + p.toFile().lastModified())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void aNameOnTheCommandLineNeverStandsInForAPin(FxRobot robot) throws ProfileException {
        new ProfileStore(data, AppDriver.CLOCK).create("Cleo", "2468".toCharArray());
        AppDriver app = new AppDriver(robot, data);
        robot.interact(() -> app.open(new Stage(), AppDriver.config(data).asLearner("cleo")));

        assertThat(robot.lookup("#profileChooser").tryQuery()).isPresent();
        assertThat(robot.lookup("#caseOpen-porch-parcel").tryQuery()).isEmpty();
    }

    @Test
    void anUnknownNameOpensTheChooserAndSaysSo(FxRobot robot) {
        AppDriver app = new AppDriver(robot, data);
        robot.interact(() -> app.open(new Stage(), AppDriver.config(data).asLearner("Zed")));

        assertThat(robot.lookup("#unknownLearner .label").queryLabeled().getText())
                .contains("“Zed”");
        assertThat(robot.lookup("#profileChooser").tryQuery()).isPresent();

        app.type("newName", "Zed");
        app.press("createProfile");
        waitFor(robot, "#caseOpen-porch-parcel");
        assertThat(robot.lookup("#currentLearner").queryLabeled().getText()).isEqualTo("Learner: Zed");
        assertThat(robot.lookup("#unknownLearner").tryQuery())
                .as("the banner about the unknown name")
                .isEmpty();
    }

    @Test
    void aClassroomNeedsNoLearnerAndTheSwitchWaitsUntilPresentingEnds(FxRobot robot) {
        AppDriver app = new AppDriver(robot, data);
        robot.interact(() ->
                app.open(new Stage(), AppDriver.config(data).asLearner("nobody").presenting(true)));
        waitFor(robot, "#caseOpen-porch-parcel");

        assertThat(robot.lookup("#switchLearner").queryButton().isDisabled()).isTrue();
        robot.push(KeyCode.ESCAPE);
        assertThat(robot.lookup("#profileChooser").tryQuery()).isPresent();
        assertThat(robot.lookup("#switchLearner").queryButton().isDisabled()).isFalse();
    }

    /** The chooser checks and creates in the background; the home screen follows. */
    private static String focusedId(AppDriver app) {
        javafx.scene.Node focused = app.window().scene().getFocusOwner();
        return focused == null ? "nothing" : String.valueOf(focused.getId());
    }

    private static String where(AppDriver app) {
        StringBuilder where = new StringBuilder();
        for (javafx.scene.Node n = app.window().scene().getFocusOwner(); n != null; n = n.getParent()) {
            where.append(" < ").append(n.getClass().getSimpleName()).append('#').append(n.getId());
        }
        return where.toString();
    }

    private static void waitFor(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(
                    5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " never showed", e);
        }
    }
}
