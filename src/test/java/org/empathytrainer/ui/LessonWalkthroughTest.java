package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.empathytrainer.practice.TextLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A learner completes the story and the porch case with the keyboard alone; the saved file shows it. */
@ExtendWith(ApplicationExtension.class)
class LessonWalkthroughTest {
    @TempDir
    Path data;

    private AppDriver app;

    @Start
    void start(Stage stage) {
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
    }

    @Test
    void storyAndPorchCaseCanBeCompletedWithTheKeyboardAlone(FxRobot robot) throws IOException {
        app.snapshot("01-home");
        assertThat(app.window().scene().getFocusOwner().getId()).isEqualTo("storyOpen");
        robot.push(KeyCode.SPACE);

        walkTheStory(robot);
        assertThat(robot.lookup("#homeView").tryQuery()).isPresent();
        assertThat(robot.lookup("#storyOpen").queryButton().getText()).isEqualTo("Review");

        app.press("caseOpen-porch-parcel");
        stepPlace(robot);
        stepSense(robot);
        stepDiscuss(robot);
        stepFix(robot);
        checkSummary(robot);

        app.press("wizardHome");
        app.snapshot("09-home-after");
        assertThat(robot.lookup("#caseOpen-porch-parcel").queryButton().getText())
                .isEqualTo("Review");
        checkSavedFile();
    }

    private void walkTheStory(FxRobot robot) {
        app.snapshot("02-story-scene");
        int guard = 0;
        while (robot.lookup("#reflection").tryQuery().map(Node::isVisible).orElse(false) == false && guard++ < 20) {
            assertThat(robot.lookup("#sceneStep").queryLabeled().getText()).startsWith("Step ");
            app.next();
        }
        app.snapshot("03-story-reflection");
        assertThat(robot.lookup("#storyNext").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#storyBlocker").queryLabeled().getText()).isNotBlank();
        assertThat(app.window().scene().getFocusOwner().getId()).isEqualTo("reflection");
        robot.write("I once told a friend a lost booking was no big deal; asking how it felt would have helped.");
        assertThat(robot.lookup("#storyNext").queryButton().isDisabled()).isFalse();
        app.next();
    }

    private void stepPlace(FxRobot robot) {
        Button next = robot.lookup("#wizardNext").queryButton();
        assertThat(next.isDisabled()).isTrue();
        assertThat(blocker(robot)).contains("retell");
        app.snapshot("04-case-place-empty");
        app.type("retelling", "I paid for a watch for my dad's birthday and it never came, but they say it did.");
        assertThat(blocker(robot)).contains("matters most");
        app.choose("concern-money-back");
        assertThat(robot.lookup("#concernFeedback").tryQuery()).isEmpty();
        app.press("checkConcern");
        assertThat(robot.lookup("#concernFeedback").tryQuery()).isPresent();
        app.choose("concern-money-back");
        robot.push(KeyCode.UP);
        assertThat(app.window().scene().getFocusOwner().getId()).isEqualTo("concern-gift-for-saturday");
        assertThat(robot.lookup("#concernFeedback")
                        .queryAs(javafx.scene.layout.VBox.class)
                        .getStyleClass())
                .contains("good");
        assertThat(next.isDisabled()).isFalse();
        assertThat(blocker(robot)).isEmpty();
        app.snapshot("05-case-place");
        app.next();
    }

    private void stepSense(FxRobot robot) {
        assertThat(robot.lookup("#emotions").tryQuery()).isPresent();
        assertThat(robot.lookup("#wizardNext").queryButton().isDisabled()).isTrue();
        app.press("emotion-anger");
        app.choose("intensity-anger-3");
        app.press("emotion-fear-of-losing-money");
        app.choose("intensity-fear-of-losing-money-3");
        app.press("emotion-panic");
        // Impatience is not in Grace's key, but it is a near-synonym of frustration, which is and was not picked.
        app.press("emotion-impatience");
        app.snapshot("06-case-sense");
        app.next();
    }

    private void stepDiscuss(FxRobot robot) {
        app.choose("ack-record-says-delivered");
        app.press("checkAck");
        Label verdict = robot.lookup("#ackFeedback .section-title").queryAs(Label.class);
        assertThat(verdict.getText()).contains("defending");
        app.choose("ack-acknowledge-and-reassure");
        assertThat(robot.lookup("#ackFeedback .section-title")
                        .queryAs(Label.class)
                        .getText())
                .contains("best");
        TextArea own = robot.lookup("#ownWords").queryAs(TextArea.class);
        robot.interact(() -> own.replaceSelection("I'm sorry, but ".repeat(400)));
        assertThat(own.getLength()).isEqualTo(TextLimits.MAX_ANSWER);
        assertThat(robot.lookup("#ownWordsLimit").query().isVisible()).isTrue();
        assertThat(robot.lookup("#tone-but-cancelled").tryQuery()).isPresent();
        robot.interact(own::clear);
        assertThat(robot.lookup("#ownWordsLimit").query().isVisible()).isFalse();
        app.type("ownWords", "I understand how worrying this is, calm down and we will find it.");
        assertThat(robot.lookup("#tone-naming-feeling").tryQuery()).isPresent();
        assertThat(robot.lookup("#tone-dismissing").tryQuery()).isPresent();
        app.press("selfCheck-" + firstSelfCheck(robot));
        app.snapshot("07-case-discuss");
        app.next();
    }

    private void stepFix(FxRobot robot) {
        app.press("action-open-trace");
        app.press("action-confirm-address");
        app.press("action-set-call-back");
        ListView<String> plan = robot.lookup("#plan").query();
        assertThat(plan.getItems()).containsExactly("open-trace", "confirm-address", "set-call-back");
        app.tabTo("plan");
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.HOME);
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        assertThat(plan.getItems()).containsExactly("confirm-address", "open-trace", "set-call-back");
        app.type("commitment", "I will confirm your address now and call you by noon tomorrow with the trace result.");
        app.snapshot("08-case-fix");
        app.next();
    }

    private void checkSummary(FxRobot robot) {
        assertThat(robot.lookup("#summaryTitle").tryQuery()).isPresent();
        app.snapshot("08b-case-summary");
        assertThat(score(robot, "place")).isEqualTo("50 %");
        assertThat(score(robot, "discuss")).isEqualTo("0 %");
        assertThat(score(robot, "fix")).isEqualTo("72 %");
        String reply = robot.lookup("#learnerReply").queryLabeled().getText();
        assertThat(reply).startsWith("I understand how worrying this is").endsWith("with the trace result.");
        // The phone model reply is turns, the customer's likely answers between the agent's, as speech bubbles.
        assertThat(robot.lookup("#modelReply").queryAs(VBox.class).getChildren())
                .hasSizeGreaterThan(2)
                .allMatch(n -> n.getStyleClass().contains("bubble"));
        assertThat(robot.lookup("#modelTurn-2").queryAs(TextFlow.class).getStyleClass())
                .contains("customer");
        assertThat(flowText(robot, "#debriefAbout")).startsWith("What this case was really about\n");
        assertThat(flowText(robot, "#debriefQuestion")).hasSizeGreaterThan(40);
        assertThat(robot.lookup("#result-sense").queryAs(Node.class))
                .satisfies(n -> assertThat(texts(n)).contains("you picked Impatience, a close word for it"));
        scrollTo(robot, "#modelReply");
        app.snapshot("08c-case-summary-replies");
        scrollTo(robot, "#debrief");
        app.snapshot("08d-case-summary-debrief");
    }

    /** Every text under {@code node}, joined. */
    private static String texts(Node node) {
        StringBuilder all = new StringBuilder();
        if (node instanceof Text t) {
            all.append(t.getText());
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> all.append(texts(c)));
        }
        return all.toString();
    }

    /** Scrolls the page so that {@code query}'s node is at the top of the view. */
    private static void scrollTo(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Parent up = node.getParent();
            while (up != null && !(up instanceof ScrollPane)) {
                up = up.getParent();
            }
            ScrollPane pane = (ScrollPane) up;
            Node content = pane.getContent();
            // A little above the node, so the heading over it shows too.
            double y = content.sceneToLocal(node.localToScene(0, 0)).getY() - 90;
            double room = content.getLayoutBounds().getHeight()
                    - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, y / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String flowText(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextFlow.class).getChildren().stream()
                .map(n -> ((Text) n).getText())
                .collect(Collectors.joining());
    }

    private void checkSavedFile() throws IOException {
        Path file = app.savedProgress();
        JsonObject saved = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertThat(saved.get("schemaVersion").getAsInt()).isEqualTo(1);
        assertThat(saved.getAsJsonObject("story").has("completedAt")).isTrue();
        JsonObject porch = saved.getAsJsonObject("cases").getAsJsonObject("porch-parcel");
        assertThat(porch.get("page").getAsString()).isEqualTo("summary");
        assertThat(porch.has("completedAt")).isTrue();
        for (String step : new String[] {"place", "sense", "discuss", "fix"}) {
            assertThat(porch.getAsJsonObject("steps")
                            .getAsJsonObject(step)
                            .get("status")
                            .getAsString())
                    .as(step)
                    .isEqualTo("done");
        }
        JsonObject answers = porch.getAsJsonObject("answers");
        assertThat(answers.getAsJsonObject("discuss").get("ownWords").getAsString())
                .isEqualTo("I understand how worrying this is, calm down and we will find it.");
        assertThat(answers.getAsJsonObject("fix").getAsJsonArray("actions").toString())
                .isEqualTo("[\"confirm-address\",\"open-trace\",\"set-call-back\"]");
        assertThat(answers.getAsJsonObject("sense")
                        .getAsJsonObject("feelings")
                        .get("anger")
                        .getAsInt())
                .isEqualTo(3);
    }

    private static String blocker(FxRobot robot) {
        return robot.lookup("#wizardBlocker").queryLabeled().getText();
    }

    private static String score(FxRobot robot, String step) {
        return robot.lookup("#score-" + step).queryLabeled().getText();
    }

    private static String firstSelfCheck(FxRobot robot) {
        return robot.lookup("#selfCheck .check-box").query().getId().substring("selfCheck-".length());
    }
}
