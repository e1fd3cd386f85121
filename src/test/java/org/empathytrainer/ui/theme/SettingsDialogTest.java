package org.empathytrainer.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.empathytrainer.records.Settings;
import org.empathytrainer.ui.Screenshots;
import org.empathytrainer.ui.kit.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings dialog changes every window at once, itself included, from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {
    private final Messages messages = new Messages(Locale.ENGLISH);
    private Appearance appearance;
    private Scene main;
    private Stage stage;
    private SettingsDialog dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        appearance = new Appearance(Settings.DEFAULTS);
        main = new Scene(new VBox(new Label("The main window")), 600, 400);
        appearance.register(main);
        appearance.installKeys(main);
        stage.setScene(main);
        stage.show();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            dialog = new SettingsDialog(messages, appearance, stage);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Scene dialogScene() {
        return dialog.getDialogPane().getScene();
    }

    private Slider slider(FxRobot robot) {
        return robot.lookup("#settingsScale").queryAs(Slider.class);
    }

    @Test
    void whileAThemeIsOverriddenTheChoiceIsLockedAndTheDialogSaysWhy(FxRobot robot) {
        robot.interact(() -> appearance.overrideTheme(java.util.Optional.of(Theme.PROJECTOR)));
        open(robot);

        assertThat(robot.lookup("#settingsThemeOverridden").query().isVisible()).isTrue();
        assertThat(robot.lookup("#settingsTheme-light")
                        .queryAs(RadioButton.class)
                        .isSelected())
                .isTrue();
        assertThat(robot.lookup("#settingsTheme-light").query().isDisabled()).isTrue();
        assertThat(dialogScene().getStylesheets().get(0)).endsWith("/projector.css");
        robot.interact(dialog::close);

        robot.interact(() -> appearance.overrideTheme(java.util.Optional.empty()));
        open(robot);
        assertThat(robot.lookup("#settingsThemeOverridden").query().isVisible()).isFalse();
        assertThat(robot.lookup("#settingsTheme-light").query().isDisabled()).isFalse();
    }

    @Test
    void itShowsTheCurrentSettingsAndFocusesTheTheme(FxRobot robot) {
        robot.interact(() -> appearance.update(new Settings("dark", 150, true)));
        open(robot);

        assertThat(robot.lookup("#settingsTheme-dark")
                        .queryAs(RadioButton.class)
                        .isSelected())
                .isTrue();
        assertThat(slider(robot).getValue()).isEqualTo(150);
        assertThat(robot.lookup("#settingsScaleValue").queryLabeled().getText()).isEqualTo("150 %");
        assertThat(robot.lookup("#settingsReducedMotion")
                        .queryAs(CheckBox.class)
                        .isSelected())
                .isTrue();
        assertThat(dialogScene().getFocusOwner().getId()).isEqualTo("settingsTheme-dark");
        assertThat(dialogScene().getStylesheets().get(0)).endsWith("/dark.css");
        assertThat(dialogScene().getRoot().getStyle()).isEqualTo("-fx-font-size: 22.50px;");
    }

    @Test
    void choosingAThemeRestylesEveryWindowAtOnce(FxRobot robot) {
        open(robot);

        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.SPACE);

        assertThat(appearance.theme()).isEqualTo(Theme.PROJECTOR);
        assertThat(main.getStylesheets().get(0)).endsWith("/projector.css");
        assertThat(dialogScene().getStylesheets().get(0)).endsWith("/projector.css");

        robot.clickOn("#settingsTheme-dark");
        assertThat(appearance.theme()).isEqualTo(Theme.DARK);
        assertThat(main.getStylesheets().get(0)).endsWith("/dark.css");
    }

    @Test
    void theSliderAndTheKeysChangeTheTextSizeLive(FxRobot robot) {
        open(robot);
        robot.interact(() -> slider(robot).requestFocus());

        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);

        assertThat(appearance.scale()).isEqualTo(150);
        assertThat(main.getRoot().getStyle()).isEqualTo("-fx-font-size: 22.50px;");
        assertThat(dialogScene().getRoot().getStyle()).isEqualTo("-fx-font-size: 22.50px;");
        assertThat(robot.lookup("#settingsScaleValue").queryLabeled().getText()).isEqualTo("150 %");

        robot.push(KeyCode.CONTROL, KeyCode.PLUS);
        assertThat(appearance.scale()).isEqualTo(175);
        assertThat(slider(robot).getValue()).isEqualTo(175);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertThat(slider(robot).getValue()).isEqualTo(100);
        assertThat(main.getRoot().getStyle()).isEqualTo("-fx-font-size: 15.00px;");
    }

    @Test
    void altMReachesReducedMotionAndSpaceTicksIt(FxRobot robot) {
        open(robot);

        robot.press(KeyCode.ALT).press(KeyCode.M).release(KeyCode.M).release(KeyCode.ALT);
        assertThat(dialogScene().getFocusOwner().getId()).isEqualTo("settingsReducedMotion");
        robot.push(KeyCode.SPACE);

        assertThat(appearance.reducedMotion()).isTrue();
        assertThat(appearance.reducedMotionProperty().get()).isTrue();
    }

    @Test
    void escapeClosesTheDialogAndItStopsListening(FxRobot robot) {
        open(robot);
        Scene shown = dialogScene();
        Label value = robot.lookup("#settingsScaleValue").queryAs(Label.class);

        robot.push(KeyCode.ESCAPE);

        assertThat(dialog.isShowing()).isFalse();
        assertThat(appearance.scenes()).containsExactly(main);
        robot.interact(() -> appearance.setScale(200));
        assertThat(shown.getRoot().getStyle()).isNotEqualTo("-fx-font-size: 30.00px;");
        assertThat(value.getText()).isEqualTo("100 %");
    }

    @Test
    void everyControlHasAnIdAndAccessibleText(FxRobot robot) {
        open(robot);

        for (String id : new String[] {
            "#settingsTheme-light",
            "#settingsTheme-dark",
            "#settingsTheme-projector",
            "#settingsScale",
            "#settingsReducedMotion"
        }) {
            assertThat(robot.lookup(id).query().getAccessibleText()).as(id).isNotBlank();
        }
        assertThat(robot.lookup("#settingsClose").queryButton().getText()).isEqualTo("Close");
    }

    @Test
    void snapshotsInEveryThemeAndAtTheLargestSize(FxRobot robot) {
        open(robot);
        for (Theme theme : Theme.values()) {
            robot.interact(() -> appearance.setTheme(theme));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> Screenshots.save(dialogScene(), "theme-" + theme.id() + "-settings"));
        }
        robot.interact(() -> appearance.setScale(250));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(dialogScene(), "theme-projector-250-settings"));
        assertThat(cutOff(dialog.getDialogPane())).as("texts cut off at 250 %").isEmpty();
    }

    /** The texts of labels and buttons shown shortened with an ellipsis because they do not fit. */
    static List<String> cutOff(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Node n : root.lookupAll(".text")) {
            if (n instanceof Text && n.getParent() instanceof Labeled) {
                Labeled owner = (Labeled) n.getParent();
                String full = owner.isMnemonicParsing() ? owner.getText().replaceFirst("_", "") : owner.getText();
                if (!((Text) n).getText().equals(full)) {
                    cut.add(owner.getText() + " shown as \"" + ((Text) n).getText() + "\"");
                }
            }
        }
        return cut;
    }
}
