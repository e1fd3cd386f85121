package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.empathytrainer.content.Concern;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.practice.DisplayOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The room votes on a choice, the trainer counts hands with the number keys, and the bars show after the reveal. */
@ExtendWith(ApplicationExtension.class)
class ClassroomVotesTest {
    private static final CustomerCase PORCH = ContentRepository.load(ContentSource.builtIn(), List.of())
            .findCase("porch-parcel")
            .orElseThrow();

    @TempDir
    Path data;

    private AppDriver app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
    }

    @Test
    void numberKeysTallyVotesAndTheBarsShowBesideTheBestAnswerAfterTheReveal(FxRobot robot) throws IOException {
        robot.push(KeyCode.F5);
        app.press("caseOpen-porch-parcel");
        app.arrowTo("concern-money-back");
        assertThat(robot.lookup("#voteChart").query().isVisible())
                .as("no votes, no chart")
                .isFalse();

        // The chart listens to the presentation weakly; a collection here must not leave it deaf.
        System.gc();
        robot.push(KeyCode.DIGIT2);
        robot.push(KeyCode.DIGIT2);
        robot.push(KeyCode.NUMPAD2);
        robot.push(KeyCode.DIGIT1);
        robot.push(KeyCode.SHIFT, KeyCode.DIGIT2);
        robot.push(KeyCode.DIGIT9);

        assertThat(AppDriver.shown(robot.lookup("#voteTotal").query())).isTrue();
        assertThat(text(robot, "#voteTotal")).isEqualTo("3 votes");
        assertThat(AppDriver.shown(robot.lookup("#voteBars").query()))
                .as("bars wait for the reveal")
                .isFalse();
        app.snapshot("presenter-votes-hidden");

        robot.push(KeyCode.R);

        int best = bestConcernNumber();
        assertThat(AppDriver.shown(robot.lookup("#voteBars").query())).isTrue();
        assertThat(text(robot, "#voteCount-1")).startsWith("1");
        assertThat(text(robot, "#voteCount-2")).startsWith("2");
        assertThat(text(robot, "#voteCount-" + best)).contains("best answer");
        assertThat(robot.lookup(".vote-count-right").queryAll()).hasSize(1);
        app.snapshot("presenter-votes-revealed");

        robot.push(KeyCode.ESCAPE);

        Path folder = data.resolve("classroom");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.toList();
        }
        assertThat(files).hasSize(1);
        List<String> rows = Files.readAllLines(files.get(0), StandardCharsets.UTF_8);
        assertThat(rows).hasSize(1 + PORCH.place().concerns().size());
        assertThat(rows.get(2))
                .startsWith("\"" + PORCH.title() + ", ")
                .contains(",2," + shownConcern(2).id() + ",")
                .endsWith(",2," + (best == 2 ? "yes" : "no"));
        assertThat(text(robot, "#votes .label")).contains(files.get(0).toString());
        assertThat(app.savedProgress()).doesNotExist();
    }

    @Test
    void digitsTypedIntoATextAreAnswerNotVotes(FxRobot robot) {
        robot.push(KeyCode.F5);
        app.press("caseOpen-porch-parcel");
        app.type("retelling", "12 days");
        app.tabTo("concern-" + shownConcern(1).id());
        robot.push(KeyCode.DIGIT1);

        assertThat(robot.lookup("#retelling").queryTextInputControl().getText()).isEqualTo("12 days");
        assertThat(text(robot, "#voteTotal")).isEqualTo("1 vote");
    }

    @Test
    void backOnAChoiceItsVotesCarryOnAndTheAnswersAreAsLeft(FxRobot robot) {
        robot.push(KeyCode.F5);
        app.press("caseOpen-porch-parcel");
        app.type("retelling", "It never came.");
        app.arrowTo("concern-money-back");
        robot.push(KeyCode.DIGIT2);
        robot.push(KeyCode.PAGE_DOWN);
        assertThat(robot.lookup("#stepTitle").queryLabeled().getText()).contains("Sense");
        robot.push(KeyCode.DIGIT2);

        robot.push(KeyCode.PAGE_UP);
        app.tabTo("concern-money-back");
        robot.push(KeyCode.DIGIT2);

        assertThat(text(robot, "#voteTotal")).isEqualTo("2 votes");
        assertThat(robot.lookup("#retelling").queryTextInputControl().getText()).isEqualTo("It never came.");
        assertThat(robot.lookup("#concern-money-back")
                        .queryAs(javafx.scene.control.RadioButton.class)
                        .isSelected())
                .isTrue();
    }

    @Test
    void votesAreNotTalliedOutsidePresenterMode(FxRobot robot) {
        app.press("caseOpen-porch-parcel");
        app.tabTo("concern-" + shownConcern(1).id());
        robot.push(KeyCode.DIGIT1);

        assertThat(robot.lookup("#voteChart").query().isVisible()).isFalse();
        assertThat(data.resolve("classroom")).doesNotExist();
    }

    @Test
    void leavingFullScreenAnotherWayEndsPresenterMode(FxRobot robot) {
        robot.push(KeyCode.F5);
        assertThat(app.window().scene().getStylesheets()).anyMatch(s -> s.endsWith("/projector.css"));

        robot.interact(() -> stage.setFullScreen(false));

        assertThat(robot.lookup("#navPresent").queryButton().getText()).isEqualTo("_Present");
        assertThat(app.window().scene().getStylesheets()).noneMatch(s -> s.endsWith("/projector.css"));
    }

    @Test
    void theModelReplyIsHiddenOnTheSummaryUntilRevealed(FxRobot robot) {
        robot.push(KeyCode.F5);
        app.press("caseOpen-porch-parcel");
        app.type("retelling", "My dad's present never came.");
        app.arrowTo("concern-gift-for-saturday");
        AppDriver.fire(robot, "checkConcern");
        robot.push(KeyCode.PAGE_DOWN);
        AppDriver.fire(robot, "emotion-anger");
        robot.push(KeyCode.PAGE_DOWN);
        app.arrowTo("ack-acknowledge-and-reassure");
        AppDriver.fire(robot, "checkAck");
        app.type("ownWords", "I can hear how much this matters with Saturday so close.");
        robot.push(KeyCode.PAGE_DOWN);
        AppDriver.fire(robot, "action-open-trace");
        app.type("commitment", "I will call you by noon tomorrow with what the carrier finds.");
        robot.push(KeyCode.PAGE_DOWN);

        assertThat(robot.lookup("#modelReplyHidden").tryQuery()).isPresent();
        Node reply = robot.lookup("#modelReplyHidden")
                .query()
                .getParent()
                .getChildrenUnmodifiable()
                .get(0);
        assertThat(AppDriver.shown(reply)).isFalse();
        assertThat(AppDriver.shown(robot.lookup("#modelReplyHidden").query())).isTrue();

        robot.push(KeyCode.R);

        assertThat(AppDriver.shown(reply)).isTrue();
        assertThat(AppDriver.shown(robot.lookup("#modelReplyHidden").query())).isFalse();
        app.snapshot("presenter-summary-revealed");
    }

    private static int bestConcernNumber() {
        List<Concern> shown = DisplayOrder.concerns(PORCH);
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).credit() == 1.0) {
                return i + 1;
            }
        }
        throw new AssertionError("no best concern");
    }

    private static Concern shownConcern(int number) {
        return DisplayOrder.concerns(PORCH).get(number - 1);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
