package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.empathytrainer.records.Settings;
import org.empathytrainer.records.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Every screen at 250 % text in the projector theme on a 1280x720 window: no label is cut short. The snapshots in
 * {@code target/screenshots/250-*.png} are for people to look at as well.
 */
@ExtendWith(ApplicationExtension.class)
class LargeTextTest {
    @TempDir
    Path data;

    private AppDriver app;

    @BeforeEach
    void openAtTheLargestTextInTheProjectorTheme(FxRobot robot) throws IOException {
        new SettingsStore(data, AppDriver.CLOCK).save(new Settings("projector", 250, false));
        app = new AppDriver(robot, data);
        robot.interact(() -> {
            Stage stage = new Stage();
            app.open(stage);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
    }

    /** The presenter window is a window of its own: close it, so the next test's keys go to its own app. */
    @AfterEach
    void stopPresenting(FxRobot robot) {
        robot.interact(() -> app.window().stopPresenting());
    }

    @Test
    void noScreenCutsTextShortAtTheLargestSize(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        check("250-home", cut);
        app.press("storyOpen");
        check("250-story-scene", cut);
        for (int i = 0; i < 12 && robot.lookup("#reflection").tryQuery().isEmpty(); i++) {
            app.next();
        }
        check("250-story-reflection", cut);
        app.press("navHome");
        app.press("caseOpen-porch-parcel");
        check("250-case-place", cut);
        app.type("retelling", "I paid and it never came.");
        app.choose("concern-gift-for-saturday");
        app.press("checkConcern");
        check("250-case-place-feedback", cut);
        app.next();
        app.press("emotion-anger");
        check("250-case-sense", cut);
        app.next();
        app.choose("ack-acknowledge-and-reassure");
        app.press("checkAck");
        app.type("ownWords", "I understand, calm down.");
        check("250-case-discuss", cut);
        app.next();
        app.press("action-confirm-address");
        app.type("commitment", "I will call you by noon.");
        check("250-case-fix", cut);
        app.next();
        check("250-case-summary", cut);

        assertThat(cut).isEmpty();
    }

    @Test
    void theVotesAndThePresenterWindowKeepTheirTextWhole(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        robot.push(KeyCode.F5);
        app.press("caseOpen-porch-parcel");
        app.arrowTo("concern-money-back");
        robot.push(KeyCode.DIGIT1);
        robot.push(KeyCode.DIGIT2);
        robot.push(KeyCode.R);
        check("250-presenter-votes", cut);
        robot.push(KeyCode.N);
        Stage console = Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#presenterConsole") != null)
                .map(Stage.class::cast)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            console.setWidth(640);
            console.setHeight(720);
        });
        robot.interact(() -> Screenshots.save(console.getScene(), "250-presenter-console"));
        collect(console.getScene().getRoot(), "250-presenter-console", cut);

        assertThat(cut).isEmpty();
    }

    /** Snapshots the screen and notes every label whose text is shown shortened. */
    private void check(String name, List<String> cut) {
        app.snapshot(name);
        collect(app.window().scene().getRoot(), name, cut);
    }

    /** Adds to {@code cut} each visible label under {@code node} whose text is shown shortened. */
    private static boolean insideNoScrollPane(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane || n instanceof javafx.scene.control.ListView) {
                return false;
            }
        }
        return true;
    }

    static void collect(Node node, String screen, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled) {
            Labeled labeled = (Labeled) node;
            String full = labeled.getText();
            // A label pushed past the window's right edge is as unreadable as one cut short; scroll panes clip, so
            // only labels outside any scroll pane are checked (they have nowhere to scroll).
            javafx.geometry.Bounds b = labeled.localToScene(labeled.getBoundsInLocal());
            if (labeled.getScene() != null
                    && insideNoScrollPane(labeled)
                    && full != null
                    && !full.isEmpty()
                    && b.getMaxX() > labeled.getScene().getWidth() + 1) {
                cut.add(screen + ": " + labeled.getId() + " \"" + full + "\" reaches past the window's edge");
            }
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text
                        && full != null
                        && !full.isEmpty()
                        && !((Text) child).getText().equals(full)
                        && !((Text) child).getText().equals(full.replaceFirst("_", ""))) {
                    cut.add(screen + ": " + labeled.getId() + " \"" + full + "\" shown as \"" + ((Text) child).getText()
                            + "\"");
                }
            }
        }
        if (node instanceof Parent) {
            ((Parent) node).getChildrenUnmodifiable().forEach(c -> collect(c, screen, cut));
        }
    }
}
