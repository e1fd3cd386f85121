package org.empathytrainer.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.empathytrainer.records.export.UnwritableFolder;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.records.profiles.TrashedProfile;
import org.empathytrainer.ui.theme.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The learner chooser, driven from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class ProfileChooserTest {
    @TempDir
    Path data;

    private ChooserHarness ui;

    @BeforeEach
    void harness(FxRobot robot) {
        ui = new ChooserHarness(robot, data);
    }

    @Test
    void theFirstStartWelcomesAndCreatesTheFirstLearnerWithoutADetour(FxRobot robot) {
        ui.open();

        assertThat(ui.lookup("profilesTitle", Label.class).getText())
                .isEqualTo(ui.messages.get("profiles.welcome.title"));
        assertThat(ui.lookup("profileCards", javafx.scene.Node.class).isVisible())
                .isFalse();
        assertThat(ui.lookup("manage", javafx.scene.Node.class).isVisible()).isFalse();
        assertThat(ui.focusedId()).isEqualTo("newName");
        ui.snapshot("profiles-welcome");

        robot.write("Ana Lima");
        robot.push(KeyCode.ENTER);

        Profile ana = ui.waitForChosen();
        assertThat(ana.name()).isEqualTo("Ana Lima");
        assertThat(ana.hasPin()).isFalse();
        assertThat(ui.store.list()).containsExactly(ana);
    }

    @Test
    void theGuestIsOfferedOnlyWhereLearnersCanBeSaved(FxRobot robot) {
        ui.open();

        assertThat(ui.lookup("continueAsGuest", javafx.scene.Node.class).isVisible())
                .isFalse();
    }

    @Test
    void anEmptyReadOnlyDataFolderOffersTheGuest(FxRobot robot) throws Exception {
        try (UnwritableFolder readOnly = UnwritableFolder.in(data)) {
            ui = new ChooserHarness(robot, readOnly.path());
            ui.open();

            assertThat(ui.lookup("continueAsGuest", javafx.scene.Node.class).isVisible())
                    .isTrue();
            ui.press("continueAsGuest");
            assertThat(ui.guest).isTrue();
        }
    }

    @Test
    void aDataFolderThatCannotBeMadeOffersTheGuest(FxRobot robot) throws Exception {
        try (UnwritableFolder parent = UnwritableFolder.in(data)) {
            ui = new ChooserHarness(robot, parent.path().resolve("data"));
            ui.open();

            assertThat(ui.lookup("continueAsGuest", javafx.scene.Node.class).isVisible())
                    .isTrue();
        }
    }

    @Test
    void aNewLearnerCanHaveAPinTypedTwice(FxRobot robot) throws Exception {
        ui.store.create("Bruno", null);
        ui.open();

        ui.tabTo("newName");
        robot.write("Ana");
        ui.tabTo("newPin");
        robot.write("4821");
        ui.tabTo("newPinRepeat");
        robot.write("4812");
        robot.push(KeyCode.ENTER);
        assertThat(ui.lookup("createMessage", Label.class).getText())
                .isEqualTo(ui.messages.get("profiles.new.pin-mismatch"));
        assertThat(ui.focusedId()).isEqualTo("newPinRepeat");

        robot.write("4821");
        robot.push(KeyCode.ENTER);

        Profile ana = ui.waitForChosen();
        assertThat(ana.hasPin()).isTrue();
        assertThat(ui.store.checkPin(ana.id(), "4821".toCharArray())).isTrue();
    }

    @Test
    void aLearnerWithoutAPinIsChosenAtOnce(FxRobot robot) throws Exception {
        ui.store.create("Bruno", null);
        ui.store.create("Ana", "4821".toCharArray());
        ui.open();

        assertThat(ui.focusedId()).isEqualTo("profile-ana");
        assertThat(ui.lookup("profile-ana", Labeled.class).getAccessibleText()).contains("PIN");
        assertThat(ui.lookup("profile-bruno", Labeled.class).getAccessibleText())
                .doesNotContain("PIN");
        ui.snapshot("profiles-chooser");
        ui.press("profile-bruno");

        assertThat(ui.waitForChosen().id()).isEqualTo("bruno");
    }

    @Test
    void theRightPinLetsTheLearnerIn(FxRobot robot) throws Exception {
        ui.store.create("Ana", "4821".toCharArray());
        ui.open();

        robot.push(KeyCode.SPACE);
        assertThat(ui.lookup("pinPrompt", javafx.scene.Node.class).isVisible()).isTrue();
        assertThat(ui.focusedId()).isEqualTo("pinEntry");
        robot.write("4821");
        robot.push(KeyCode.ENTER);

        assertThat(ui.waitForChosen().id()).isEqualTo("ana");
    }

    @Test
    void aWrongPinGetsAPlainMessageAndTheFieldRestsForAMoment(FxRobot robot) throws Exception {
        ui.store.create("Ana", "4821".toCharArray());
        ui.open();
        robot.push(KeyCode.SPACE);
        PasswordField field = ui.lookup("pinEntry", PasswordField.class);
        Label message = ui.lookup("pinMessage", Label.class);

        robot.write("1234");
        robot.push(KeyCode.ENTER);

        ui.waitUntil(() -> message.getText().equals("That PIN is not right. Try again in a moment."));
        assertThat(field.isDisabled()).isTrue();
        assertThat(field.getText()).isEmpty();
        ui.snapshot("profiles-wrong-pin");
        long shown = System.nanoTime();
        ui.waitUntil(() -> !field.isDisabled());
        assertThat((System.nanoTime() - shown) / 1_000_000).as("ms disabled").isGreaterThan(800);
        assertThat(ui.focusedId()).isEqualTo("pinEntry");
        assertThat(ui.chosen.get()).isNull();

        robot.write("4821");
        robot.push(KeyCode.ENTER);
        assertThat(ui.waitForChosen().id()).isEqualTo("ana");
    }

    @Test
    void aPinsRestIsNotShortenedByChoosingSomeoneElseAndComingBack(FxRobot robot) throws Exception {
        ui.store.create("Ana", "4821".toCharArray());
        java.nio.file.Files.writeString(
                data.resolve("pin-rest.json"),
                "{\"schemaVersion\": 1, \"learners\": {\"ana\": {\"wrong\": 5, \"last\": \""
                        + ChooserHarness.CLOCK.instant() + "\"}}}");
        ui.open();
        robot.push(KeyCode.SPACE);
        PasswordField field = ui.lookup("pinEntry", PasswordField.class);
        Label message = ui.lookup("pinMessage", Label.class);

        assertThat(field.isDisabled()).isTrue();
        assertThat(message.getText()).startsWith("After wrong tries, this PIN can be tried again in");

        ui.press("pinCancel");
        ui.waitUntil(() -> "profile-ana".equals(ui.focusedId()));
        robot.push(KeyCode.SPACE);
        Thread.sleep(800);
        robot.write("4821");
        robot.push(KeyCode.ENTER);

        assertThat(field.isDisabled()).isTrue();
        assertThat(field.getText()).isEmpty();
        assertThat(ui.chosen.get()).isNull();
        assertThat(ui.store.pinRest("ana")).isGreaterThan(java.time.Duration.ofSeconds(50));
    }

    @Test
    void escapeLeavesThePinForTheListOfLearners(FxRobot robot) throws Exception {
        ui.store.create("Ana", "4821".toCharArray());
        ui.open();
        robot.push(KeyCode.SPACE);

        robot.push(KeyCode.ESCAPE);

        ui.waitUntil(() -> "profile-ana".equals(ui.focusedId()));
        assertThat(ui.lookup("pinPrompt", javafx.scene.Node.class).isVisible()).isFalse();
        assertThat(ui.chosen.get()).isNull();
    }

    @Test
    void aLongListOfLearnersShowsEveryCardInNameOrderTheLastOnesJustAfterTheFirstFrame(FxRobot robot) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 100; i < 160; i++) {
            ids.add(ui.store.create("Learner " + i, null).id());
        }
        ui.open();

        javafx.scene.layout.Pane cards = ui.lookup("profileCards", javafx.scene.layout.Pane.class);
        ui.waitUntil(() -> cards.getChildren().size() == ids.size());

        assertThat(cards.getChildren())
                .extracting(javafx.scene.Node::getId)
                .containsExactlyElementsOf(
                        ids.stream().map(id -> "profile-" + id).toList());
        assertThat(ui.focusedId()).isEqualTo("profile-" + ids.get(0));
    }

    @Test
    void aLearnerIsRenamedInPlaceAndKeepsTheirId(FxRobot robot) throws Exception {
        ui.store.create("Ana", null);
        ui.store.create("Bruno", null);
        ui.open();
        ui.press("manage");

        ui.press("rename-ana");
        assertThat(ui.focusedId()).isEqualTo("renameField-ana");
        robot.write("bruno");
        robot.push(KeyCode.ENTER);
        assertThat(ui.lookup("manageMessage", Label.class).getText()).contains("Bruno");
        assertThat(ui.focusedId()).isEqualTo("renameField-ana");

        robot.write("Ana Lima");
        robot.push(KeyCode.ENTER);

        assertThat(ui.store.find("ana").map(Profile::name)).contains("Ana Lima");
        assertThat(ui.lookup("profile-ana", Labeled.class).getText()).isEqualTo("Ana Lima");
        assertThat(ui.lookup("profilesStatus", Label.class).getText()).contains("Ana Lima");
        ui.waitUntil(() -> "rename-ana".equals(ui.focusedId()));
    }

    @Test
    void aDeletedLearnerCanBeRestoredFromRecentlyDeleted(FxRobot robot) throws Exception {
        ui.store.create("Ana", null);
        ui.store.create("Bruno", null);
        ui.open();
        ui.press("manage");

        ui.press("delete-bruno");
        assertThat(robot.lookup("#dialogDeleteProfile").tryQuery()).isPresent();
        robot.push(KeyCode.ENTER);

        assertThat(ui.store.list()).extracting(Profile::id).containsExactly("ana");
        TrashedProfile trashed = ui.store.trash().get(0);
        assertThat(robot.lookup("#profile-bruno").tryQuery()).isEmpty();
        assertThat(ui.lookup("trashEntry-" + trashed.trashId(), Label.class).getText())
                .contains("Bruno", "April 1, 2026");
        ui.waitUntil(() -> ("restore-" + trashed.trashId()).equals(ui.focusedId()));
        ui.snapshot("profiles-manage");

        robot.push(KeyCode.SPACE);

        assertThat(ui.store.list()).extracting(Profile::id).containsExactly("ana", "bruno");
        assertThat(ui.store.trash()).isEmpty();
        assertThat(robot.lookup("#trashEmpty").tryQuery()).isPresent();
        ui.waitUntil(() -> "profile-bruno".equals(ui.focusedId()));
    }

    @Test
    void escapeKeepsALearnerWhoseDeletionWasAskedFor(FxRobot robot) throws Exception {
        ui.store.create("Ana", null);
        ui.open();
        ui.press("manage");

        ui.press("delete-ana");
        robot.push(KeyCode.ESCAPE);

        assertThat(robot.lookup("#dialogDeleteProfile").tryQuery()).isEmpty();
        assertThat(ui.store.list()).extracting(Profile::id).containsExactly("ana");
        assertThat(ui.store.trash()).isEmpty();
    }

    @Test
    void inTheProjectorThemeTheChooserStaysReadable(FxRobot robot) throws Exception {
        ui.store.create("Ana", "4821".toCharArray());
        ui.store.create("Bruno", null);
        ui.store.delete(ui.store.create("Carla", null).id());
        ui.open();
        robot.interact(() -> ui.appearance.setTheme(Theme.PROJECTOR));
        ui.press("manage");
        ui.snapshot("profiles-projector");
        robot.interact(() -> ui.appearance.setScale(250));
        ui.snapshot("profiles-projector-250");

        assertThat(ui.lookup("newName", TextField.class).getAccessibleText()).isNotBlank();
        assertThat(ui.cutOff()).isEmpty();
    }

    @Test
    void theLearnerSwitchShowsWhoIsLearningAndSwitchesInOneClick(FxRobot robot) throws Exception {
        Profile ana = ui.store.create("Ana Lima", null);
        java.util.concurrent.atomic.AtomicInteger switches = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> {
            LearnerSwitch bar = new LearnerSwitch(ui.messages, switches::incrementAndGet);
            bar.setLearner(ana);
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setScene(new javafx.scene.Scene(bar, 500, 80));
            stage.show();
        });

        assertThat(robot.lookup("#currentLearner").queryAs(Label.class).getText())
                .isEqualTo("Learner: Ana Lima");
        assertThat(robot.lookup("#switchLearner").queryAs(Labeled.class).getAccessibleText())
                .isNotBlank();
        robot.clickOn("#switchLearner");
        robot.press(KeyCode.ALT).press(KeyCode.W).release(KeyCode.W).release(KeyCode.ALT);

        assertThat(switches.get()).isEqualTo(2);
    }
}
