package org.empathytrainer.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.empathytrainer.records.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Theme and text size reach every registered window, and the keyboard changes the size from anywhere. */
@ExtendWith(ApplicationExtension.class)
class AppearanceTest {
    private Appearance appearance;
    private Scene scene;
    private Label sample;

    @Start
    void start(Stage stage) {
        appearance = new Appearance(Settings.DEFAULTS);
        sample = new Label("Sample text");
        sample.setId("sample");
        TextArea field = new TextArea();
        field.setId("field");
        scene = new Scene(new VBox(10, sample, field), 500, 300);
        appearance.register(scene);
        appearance.installKeys(scene);
        stage.setScene(scene);
        stage.show();
    }

    private double sampleFontSize() {
        WaitForAsyncUtils.waitForFxEvents();
        return sample.getFont().getSize();
    }

    @Test
    void ctrlPlusEnlargesCtrlMinusShrinksAndCtrlZeroResetsTheText(FxRobot robot) {
        assertThat(sampleFontSize()).isEqualTo(15);

        robot.push(KeyCode.CONTROL, KeyCode.PLUS);
        assertThat(appearance.scale()).isEqualTo(125);
        assertThat(scene.getRoot().getStyle()).isEqualTo("-fx-font-size: 18.75px;");
        assertThat(sampleFontSize()).isEqualTo(18.75);

        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.ADD);
        assertThat(appearance.scale()).isEqualTo(175);
        assertThat(sampleFontSize()).isEqualTo(26.25);

        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        assertThat(sampleFontSize()).isEqualTo(22.5);
        robot.push(KeyCode.CONTROL, KeyCode.SUBTRACT);
        assertThat(appearance.scale()).isEqualTo(125);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertThat(appearance.scale()).isEqualTo(100);
        assertThat(sampleFontSize()).isEqualTo(15);
    }

    @Test
    void theSizeStopsAtItsEnds(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        assertThat(appearance.scale()).isEqualTo(100);
        for (int i = 0; i < 10; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.PLUS);
        }
        assertThat(appearance.scale()).isEqualTo(250);
        assertThat(sampleFontSize()).isEqualTo(37.5);
    }

    @Test
    void theKeysWorkWhileTypingAndTypeNothing(FxRobot robot) {
        robot.clickOn("#field");
        robot.write("hello");
        robot.push(KeyCode.CONTROL, KeyCode.PLUS);

        assertThat(appearance.scale()).isEqualTo(125);
        assertThat(robot.lookup("#field").queryTextInputControl().getText()).isEqualTo("hello");
    }

    @Test
    void aChangeRestylesEveryRegisteredSceneUntilItIsUnregistered(FxRobot robot) {
        Scene other = new Scene(new StackPane(new Label("Presenter")));
        robot.interact(() -> appearance.register(other));

        robot.interact(() -> appearance.update(new Settings("projector", 200, true)));

        for (Scene s : new Scene[] {scene, other}) {
            assertThat(s.getStylesheets()).hasSize(2);
            assertThat(s.getStylesheets().get(0)).endsWith("/projector.css");
            assertThat(s.getStylesheets().get(1)).endsWith("/base.css");
            assertThat(s.getRoot().getStyle()).isEqualTo("-fx-font-size: 30.00px;");
        }
        assertThat(appearance.theme()).isEqualTo(Theme.PROJECTOR);
        assertThat(appearance.reducedMotion()).isTrue();

        robot.interact(() -> {
            appearance.unregister(other);
            appearance.setTheme(Theme.DARK);
        });
        assertThat(scene.getStylesheets().get(0)).endsWith("/dark.css");
        assertThat(other.getStylesheets().get(0)).endsWith("/projector.css");
        assertThat(appearance.scenes()).containsExactly(scene);
    }

    @Test
    void aNewRootGetsTheTextSizeAndKeepsItsOwnStyle(FxRobot robot) {
        robot.interact(() -> appearance.setScale(150));
        StackPane root = new StackPane(new Label("Another screen"));
        root.setStyle("-fx-padding: 1em;");

        robot.interact(() -> scene.setRoot(root));

        assertThat(root.getStyle()).isEqualTo("-fx-padding: 1em; -fx-font-size: 22.50px;");
    }

    @Test
    void theSizeIsWrittenWithADotWhateverTheLocale(FxRobot robot) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            robot.interact(() -> appearance.setScale(125));
        } finally {
            Locale.setDefault(before);
        }
        assertThat(scene.getRoot().getStyle()).isEqualTo("-fx-font-size: 18.75px;");
    }

    @Test
    void aDialogIsStyledWhileItShowsAndForgottenWhenHidden(FxRobot robot) {
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            appearance.setTheme(Theme.DARK);
            alert[0] = new Alert(Alert.AlertType.INFORMATION, "Saved");
            alert[0].initOwner(scene.getWindow());
            appearance.register(alert[0]);
            alert[0].show();
        });
        Scene dialogScene = alert[0].getDialogPane().getScene();
        assertThat(dialogScene.getStylesheets().get(0)).endsWith("/dark.css");
        assertThat(appearance.scenes()).contains(dialogScene);

        robot.interact(() -> appearance.setScale(200));
        assertThat(dialogScene.getRoot().getStyle()).isEqualTo("-fx-font-size: 30.00px;");

        robot.interact(() -> alert[0].close());
        assertThat(appearance.scenes()).containsExactly(scene);
    }

    @Test
    void anOverriddenThemeShowsWithoutChangingTheSettingsAndGoesAwayWhenCleared(FxRobot robot) {
        Settings before = appearance.settings();

        robot.interact(() -> appearance.overrideTheme(java.util.Optional.of(Theme.PROJECTOR)));
        assertThat(scene.getStylesheets().get(0)).endsWith("/projector.css");
        assertThat(appearance.shownTheme()).isEqualTo(Theme.PROJECTOR);
        assertThat(appearance.settings()).isEqualTo(before);
        assertThat(appearance.theme()).isEqualTo(Theme.LIGHT);

        robot.interact(() -> appearance.overrideTheme(java.util.Optional.empty()));
        assertThat(scene.getStylesheets().get(0)).endsWith("/light.css");
        assertThat(appearance.shownTheme()).isEqualTo(Theme.LIGHT);
    }
}
