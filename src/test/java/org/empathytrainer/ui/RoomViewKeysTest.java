package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.presenter.RoomDeck;
import org.empathytrainer.ui.presenter.RoomSlide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A trainer runs the whole course in the room view with a clicker's keys alone; nothing is written for a learner. */
@ExtendWith(ApplicationExtension.class)
class RoomViewKeysTest {
    private static final Course COURSE = ContentRepository.load(ContentSource.folder(Path.of("assets")));

    @TempDir
    Path data;

    private AppDriver app;

    @Start
    void start(Stage stage) {
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
    }

    @Test
    void pageDownRunsTheWholeCourseRevealingEachAnswerOnTheWay(FxRobot robot) throws IOException {
        List<RoomSlide> slides = new RoomDeck(new Messages(Locale.ENGLISH), COURSE).slides(true, COURSE.cases());
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        Stage room = room();
        robot.interact(room::requestFocus);

        assertThat(title(robot)).isEqualTo(COURSE.story().title());
        robot.push(KeyCode.B);
        assertThat(robot.lookup("#roomBlank").query().isVisible()).isTrue();
        robot.push(KeyCode.PAGE_DOWN);
        robot.push(KeyCode.PERIOD);
        assertThat(robot.lookup("#roomBlank").query().isVisible()).isFalse();
        assertThat(title(robot))
                .as("Page Down does nothing while blank")
                .isEqualTo(COURSE.story().title());

        int slide = 0;
        int questions = 0;
        int pushes = 0;
        String last = "";
        while (pushes++ < 2000) {
            String eyebrow = robot.lookup("#roomEyebrow").queryLabeled().getText();
            RoomSlide expected = slides.get(slide);
            if (!eyebrow.startsWith(expected.eyebrow())
                    || !title(robot).equals(expected.title()) && !title(robot).equals("How the room voted")) {
                // Moved on to the next slide.
                slide++;
                expected = slides.get(slide);
                assertThat(eyebrow).startsWith(expected.eyebrow());
                assertThat(title(robot)).isEqualTo(expected.title());
                if (expected.ballot().isPresent() && questions++ == 0) {
                    votesOnTheFirstQuestion(robot);
                }
            }
            String now = slide
                    + eyebrow
                    + title(robot)
                    + robot.lookup("#roomContent")
                            .queryParent()
                            .getChildrenUnmodifiable()
                            .size();
            if (slide == slides.size() - 1 && now.equals(last)) {
                break;
            }
            last = now;
            robot.push(KeyCode.PAGE_DOWN);
        }
        assertThat(slide).isEqualTo(slides.size() - 1);
        assertThat(questions).isEqualTo(3 * COURSE.cases().size());

        robot.push(KeyCode.ESCAPE);
        assertThat(room.isShowing()).isFalse();
        assertThat(app.window().scene().getWindow().isShowing()).isTrue();
        // The room's votes are saved as ever, in the classroom folder; the learner's progress file is untouched.
        assertThat(Files.exists(app.savedProgress())).isFalse();
        try (var votes = Files.list(data.resolve("classroom"))) {
            assertThat(votes.count()).isEqualTo(1);
        }
    }

    /** 1, 1, 2 then 0 clears; 2, 2, 3 and Shift+2 leave one vote each for 2 and 3; R shows them; Page Up hides them. */
    private void votesOnTheFirstQuestion(FxRobot robot) {
        assertThat(robot.lookup("#roomOption-1").tryQuery()).isPresent();
        robot.push(KeyCode.DIGIT1).push(KeyCode.DIGIT1).push(KeyCode.DIGIT2).push(KeyCode.DIGIT0);
        robot.push(KeyCode.DIGIT2).push(KeyCode.DIGIT2).push(KeyCode.DIGIT3);
        robot.push(KeyCode.SHIFT, KeyCode.DIGIT2);
        // One screen here: the presenter window opens on N, with the votes as counted and the answer.
        robot.push(KeyCode.N);
        Stage console = window("#presenterConsole");
        assertThat(robot.lookup("#consoleVotes").queryLabeled().getText())
                .contains("2: 1")
                .contains("3: 1");
        assertThat(robot.lookup("#consoleNotes").queryParent().getChildrenUnmodifiable())
                .anyMatch(n -> ((javafx.scene.control.Labeled) n).getText().startsWith("Answer: option"));
        assertThat(robot.lookup("#consoleSlideElapsed").queryLabeled().getText())
                .isEqualTo("On this screen for 0:00");
        robot.interact(() -> Screenshots.save(console.getScene(), "room-console"));
        robot.interact(window("#roomView")::requestFocus);
        robot.push(KeyCode.R);
        assertThat(title(robot)).isEqualTo("How the room voted");
        assertThat(robot.lookup("#roomVotes-1").queryLabeled().getText()).isEqualTo("0");
        assertThat(robot.lookup("#roomVotes-2").queryLabeled().getText()).isEqualTo("1");
        assertThat(robot.lookup("#roomVotes-3").queryLabeled().getText()).isEqualTo("1");
        robot.push(KeyCode.PAGE_UP);
        assertThat(title(robot)).isEqualTo("Vote: hold up the number");
        assertThat(robot.lookup("#roomVotes-1").tryQuery()).isEmpty();
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#roomTitle").queryLabeled().getText();
    }

    private static Stage room() {
        return window("#roomView");
    }

    private static Stage window(String rootId) {
        return Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup(rootId) != null)
                .map(Stage.class::cast)
                .findFirst()
                .orElseThrow();
    }
}
