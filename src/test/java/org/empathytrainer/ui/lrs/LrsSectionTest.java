package org.empathytrainer.ui.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.empathytrainer.lrs.LrsService;
import org.empathytrainer.lrs.LrsSettings;
import org.empathytrainer.lrs.LrsSettingsStore;
import org.empathytrainer.records.Settings;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.ui.Screenshots;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.theme.Appearance;
import org.empathytrainer.ui.theme.SettingsDialog;
import org.empathytrainer.ui.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings dialog's "Learning record store" section, filled from the keyboard, against a stub store. */
@ExtendWith(ApplicationExtension.class)
class LrsSectionTest {
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final Appearance appearance = new Appearance(Settings.DEFAULTS);
    private Stage stage;
    private SettingsDialog dialog;
    private StubLrs lrs;

    @TempDir
    Path data;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Scene main = new Scene(new VBox(new Label("The main window")), 600, 400);
        appearance.register(main);
        stage.setScene(main);
        stage.show();
    }

    @AfterEach
    void stopStub() {
        if (lrs != null) {
            lrs.close();
        }
        if (dialog != null) {
            FxRobot robot = new FxRobot();
            robot.interact(dialog::close);
        }
    }

    private void open(FxRobot robot, LrsSettings current) {
        LrsSettingsStore store = new LrsSettingsStore(data);
        LrsSection.Actions actions = LrsSection.of(
                candidate -> LrsService.testConnection(candidate, Executors.newSingleThreadExecutor()),
                settings -> CompletableFuture.runAsync(() -> {
                    try {
                        store.save(settings);
                    } catch (StoreException e) {
                        throw new CompletionException(e);
                    }
                }));
        robot.interact(() -> {
            dialog = new SettingsDialog(messages, appearance, stage);
            dialog.addSection(new LrsSection(messages, current, actions).node());
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // What the robot writes goes to the dialog, not to the main window behind it.
        robot.targetWindow(dialog.getDialogPane().getScene().getWindow());
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).press(key).release(key).release(KeyCode.ALT);
    }

    private String focused() {
        Scene scene = dialog.getDialogPane().getScene();
        return scene.getFocusOwner() == null ? null : scene.getFocusOwner().getId();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }

    private static void waitForOutcome(FxRobot robot, String start) {
        try {
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> text(robot, "lrsOutcome").startsWith(start));
        } catch (TimeoutException e) {
            throw new AssertionError("the outcome says: " + text(robot, "lrsOutcome"), e);
        }
    }

    @Test
    void filledFromTheKeyboardTestConnectionReportsTheStoresVersions(FxRobot robot) throws Exception {
        lrs = new StubLrs();
        open(robot, LrsSettings.NONE);

        alt(robot, KeyCode.E);
        assertThat(focused()).isEqualTo("lrsEndpoint");
        robot.write(lrs.endpoint());
        alt(robot, KeyCode.K);
        robot.write("trainer-key");
        alt(robot, KeyCode.R);
        assertThat(focused()).isEqualTo("lrsSecret");
        robot.write("s3cret!");
        assertThat(robot.lookup("#lrsEndpointProblem").query().isVisible()).isFalse();
        alt(robot, KeyCode.C);

        waitForOutcome(robot, "Connected");
        assertThat(text(robot, "lrsOutcome")).isEqualTo("Connected: the LRS speaks xAPI 1.0.3, 1.0.2.");
        String basic = Base64.getEncoder().encodeToString("trainer-key:s3cret!".getBytes(StandardCharsets.UTF_8));
        assertThat(lrs.requests).containsExactly("GET /xAPI/about auth=Basic " + basic + " version=1.0.3");
    }

    @Test
    void aBadEndpointIsNamedAsItIsTypedAndNothingIsAsked(FxRobot robot) throws Exception {
        lrs = new StubLrs();
        open(robot, LrsSettings.NONE);

        alt(robot, KeyCode.E);
        robot.write("lrs.example.org/xAPI");

        Label problem = robot.lookup("#lrsEndpointProblem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("must start with https://");
        alt(robot, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "lrsOutcome")).isEqualTo("Put the endpoint right first.");
        assertThat(focused()).isEqualTo("lrsEndpoint");
        assertThat(lrs.requests).isEmpty();

        robot.interact(
                () -> robot.lookup("#lrsEndpoint").queryAs(TextField.class).setText(lrs.endpoint()));
        assertThat(problem.isVisible()).isFalse();
    }

    @Test
    void aRefusedKeyAndANetworkFailureAreReportedExactly(FxRobot robot) throws Exception {
        lrs = new StubLrs();
        lrs.aboutStatus = 401;
        open(robot, new LrsSettings(lrs.endpoint(), "wrong", "key", false));
        robot.interact(() -> robot.lookup("#lrsTest").queryButton().requestFocus());
        robot.push(KeyCode.SPACE);

        waitForOutcome(robot, "The connection failed");
        assertThat(text(robot, "lrsOutcome"))
                .isEqualTo("The connection failed: The LRS refused the key (HTTP 401): "
                        + "{\"error\": true, \"message\": \"Unauthorised: the key is not known here\"}");
        assertThat(robot.lookup("#lrsOutcome").query().getStyleClass()).contains("error");

        String gone = lrs.endpoint();
        lrs.close();
        robot.push(KeyCode.SPACE);
        waitForOutcome(robot, "The connection failed");
        assertThat(text(robot, "lrsOutcome"))
                .startsWith("The connection failed: Could not connect to GET " + gone.replace("/xAPI/", "/xAPI/about"));
    }

    @Test
    void saveKeepsTheSettingsWithTheSecretInTheDataFolder(FxRobot robot) throws Exception {
        lrs = new StubLrs();
        open(robot, new LrsSettings(lrs.endpoint(), "k", "s", false));

        alt(robot, KeyCode.S);
        robot.push(KeyCode.SPACE);
        assertThat(robot.lookup("#lrsEnabled").queryAs(CheckBox.class).isSelected())
                .isTrue();
        alt(robot, KeyCode.V);

        waitForOutcome(robot, "Saved");
        assertThat(text(robot, "lrsOutcome"))
                .isEqualTo("Saved. Results are sent to " + lrs.endpoint() + " as they are made.");
        assertThat(new LrsSettingsStore(data).load()).isEqualTo(new LrsSettings(lrs.endpoint(), "k", "s", true));
    }

    @Test
    void sendingOnNeedsAnEndpoint(FxRobot robot) {
        open(robot, LrsSettings.NONE);

        alt(robot, KeyCode.S);
        robot.push(KeyCode.SPACE);
        alt(robot, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "lrsOutcome")).isEqualTo("Put the endpoint right first.");
        assertThat(text(robot, "lrsEndpointProblem")).startsWith("The xAPI endpoint is missing");
    }

    /** The texts of labels and buttons shortened with an ellipsis because they do not fit. */
    private static List<String> cutOff(Parent root) {
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

    @Test
    void snapshotsOfTheSectionInEveryTheme(FxRobot robot) throws Exception {
        lrs = new StubLrs();
        open(robot, new LrsSettings(lrs.endpoint(), "trainer-key", "s3cret", true));
        robot.interact(() -> robot.lookup("#lrsTest").queryButton().fire());
        waitForOutcome(robot, "Connected");
        for (Theme theme : Theme.values()) {
            robot.interact(() -> appearance.setTheme(theme));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> Screenshots.save(dialog.getDialogPane().getScene(), "lrs-settings-" + theme.id()));
        }
        robot.interact(
                () -> robot.lookup("#lrsEndpoint").queryAs(TextField.class).setText("ftp://lrs"));
        robot.interact(() -> Screenshots.save(dialog.getDialogPane().getScene(), "lrs-settings-bad-endpoint"));
        assertThat(text(robot, "lrsEndpointProblem")).contains("must start with https://");

        robot.interact(() -> appearance.setScale(250));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(dialog.getDialogPane().getScene(), "lrs-settings-projector-250"));
        System.err.println(
                "HEIGHT " + dialog.getDialogPane().getScene().getWindow().getHeight());
    }
}
