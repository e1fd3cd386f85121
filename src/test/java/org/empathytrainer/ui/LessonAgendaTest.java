package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.records.Lesson;
import org.empathytrainer.records.LessonStore;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.presenter.RoomDeck;
import org.empathytrainer.ui.presenter.RoomSlide;
import org.empathytrainer.ui.wizard.ChannelNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A trainer plans a lesson of the story and two cases from the keyboard, saves it, presents it, and runs the whole
 * agenda with a clicker's keys; a lesson named on the command line starts straight in the room view.
 */
@ExtendWith(ApplicationExtension.class)
class LessonAgendaTest {
    private static final Course COURSE = ContentRepository.load(ContentSource.folder(Path.of("assets")));
    private final Messages m = new Messages(Locale.ENGLISH);

    @TempDir
    Path data;

    @Test
    void aPlannedLessonRunsFromTheStoryThroughBothCasesWithTheClickerKeysAlone(FxRobot robot) throws Exception {
        AppDriver app = new AppDriver(robot, data);
        robot.interact(() -> app.open(new Stage()));
        CustomerCase first = COURSE.cases().get(0);
        CustomerCase third = COURSE.cases().get(2);

        robot.push(KeyCode.CONTROL, KeyCode.F5);
        Scene dialog = window("#lessonDialog").getScene();
        // Typed characters go to the robot's target window, not to the one with the focus.
        robot.targetWindow(dialog.getWindow());
        tabTo(robot, dialog, "lessonName");
        robot.write("Monday group");
        assertThat(((javafx.scene.control.TextField) dialog.lookup("#lessonName")).getText())
                .isEqualTo("Monday group");
        tabTo(robot, dialog, "lessonCourse");
        // Enter adds the case picked and moves on to the next; Down skips one.
        robot.push(KeyCode.ENTER).push(KeyCode.DOWN).push(KeyCode.ENTER);
        tabTo(robot, dialog, "lessonAgenda");
        robot.push(KeyCode.ALT, KeyCode.UP);
        assertThat(agendaOf(dialog)).extracting(CustomerCase::id).containsExactly(third.id(), first.id());
        robot.interact(() -> Screenshots.save(dialog, "lesson-dialog"));
        tabTo(robot, dialog, "lessonSave");
        robot.push(KeyCode.SPACE);

        Path file = data.resolve("lessons").resolve("monday-group.json");
        assertThat(file).exists();
        assertThat(((Labeled) dialog.lookup("#lessonStatus")).getText()).startsWith("Saved “Monday group” as");
        assertThat(new LessonStore(data, false).find("Monday group"))
                .contains(new Lesson("Monday group", true, List.of(third.id(), first.id())));

        tabTo(robot, dialog, "lessonStart");
        robot.push(KeyCode.SPACE);
        Stage room = window("#roomView");
        robot.interact(room::requestFocus);

        List<RoomSlide> slides = new RoomDeck(m, COURSE).slides(true, List.of(third, first));
        assertThat(title(robot)).isEqualTo(COURSE.story().title());
        int slide = 0;
        int pushes = 0;
        boolean votedOnce = false;
        boolean wentBackOnce = false;
        while (slide < slides.size() - 1 && pushes++ < 800) {
            robot.push(KeyCode.PAGE_DOWN);
            RoomSlide next = slides.get(slide + 1);
            if (!showing(robot, next)) {
                continue;
            }
            slide++;
            if (next.kind() == RoomSlide.Kind.TITLE && next.id().startsWith("title-")) {
                int number =
                        next.id().equals("title-" + third.id()) ? 1 : next.id().equals("title-" + first.id()) ? 2 : 0;
                if (number > 0) {
                    CustomerCase c = number == 1 ? third : first;
                    assertCaseTitle(robot, c, number);
                    if (number == 2 && !wentBackOnce) {
                        wentBackOnce = true;
                        backAcrossTheCaseBoundary(robot, slides.get(slide - 1), next);
                        robot.push(KeyCode.N);
                        assertThat(lookupIn("#presenterConsole", "#consoleAgenda")
                                        .getText())
                                .isEqualTo("Agenda: Case 2 of 2: " + first.title() + ", slide 1 of "
                                        + slides.stream()
                                                .filter(s -> s.part().equals(next.part()))
                                                .count());
                        robot.interact(() ->
                                Screenshots.save(window("#presenterConsole").getScene(), "lesson-console"));
                        robot.interact(room::requestFocus);
                    }
                }
            }
            if (next.ballot().isPresent() && !votedOnce) {
                votedOnce = true;
                votesRevealAndBlank(robot);
            }
        }
        assertThat(slide)
                .as("reached the last slide, the second case's model reply")
                .isEqualTo(slides.size() - 1);
        assertThat(slides.get(slide).id()).isEqualTo("reply-" + first.id());
        assertThat(votedOnce && wentBackOnce).isTrue();

        robot.push(KeyCode.ESCAPE);
        assertThat(room.isShowing()).isFalse();
        assertThat(Files.exists(app.savedProgress())).isFalse();
    }

    @Test
    void aLessonNamedOnTheCommandLineStartsInTheRoomViewLeavingOutCasesTheCourseNoLongerHas(FxRobot robot)
            throws Exception {
        CustomerCase second = COURSE.cases().get(1);
        new LessonStore(data, false).save(new Lesson("Late shift", false, List.of("retired-case", second.id())));
        AppDriver app = new AppDriver(robot, data);
        robot.interact(() -> app.open(new Stage(), AppDriver.config(data).presentingLesson("late SHIFT")));
        WaitForAsyncUtils.waitForFxEvents();

        Stage room = window("#roomView");
        assertThat(room.isShowing()).isTrue();
        robot.interact(room::requestFocus);
        assertCaseTitle(robot, second, 1);
        robot.interact(() -> Screenshots.save(room.getScene(), "room-lesson-title-" + size(room.getScene())));
        assertThat(banner(app, "#lessonNotice"))
                .contains("Late shift")
                .contains("retired-case")
                .doesNotContain(second.id());
        robot.push(KeyCode.ESCAPE);
        assertThat(room.isShowing()).isFalse();
    }

    @Test
    void aSavedLessonOpensInThePlanningDialogSayingWhichCasesAreGone(FxRobot robot) throws Exception {
        CustomerCase second = COURSE.cases().get(1);
        new LessonStore(data, false).save(new Lesson("Old plan", false, List.of(second.id(), "retired-case")));
        AppDriver app = new AppDriver(robot, data);
        robot.interact(() -> app.open(new Stage()));

        robot.push(KeyCode.CONTROL, KeyCode.F5);
        Scene dialog = window("#lessonDialog").getScene();
        tabTo(robot, dialog, "lessonSaved");
        robot.push(KeyCode.DOWN);

        assertThat(agendaOf(dialog)).extracting(CustomerCase::id).containsExactly(second.id());
        assertThat(((javafx.scene.control.TextField) dialog.lookup("#lessonName")).getText())
                .isEqualTo("Old plan");
        assertThat(((javafx.scene.control.CheckBox) dialog.lookup("#lessonStory")).isSelected())
                .isFalse();
        assertThat(((Labeled) dialog.lookup("#lessonStatus")).getText())
                .isEqualTo("The lesson “Old plan” names cases this course no longer has, left out: retired-case");
        robot.push(KeyCode.ESCAPE);
        assertThat(dialog.getWindow().isShowing()).isFalse();
    }

    @Test
    void anUnknownLessonNameIsAnsweredWithTheSavedLessonsAndNothingIsPresented(FxRobot robot) throws Exception {
        LessonStore store = new LessonStore(data, false);
        store.save(new Lesson("Monday", true, List.of()));
        store.save(new Lesson("Induction", true, List.of(COURSE.cases().get(0).id())));
        AppDriver app = new AppDriver(robot, data);
        robot.interact(() -> app.open(new Stage(), AppDriver.config(data).presentingLesson("Tuesday")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(banner(app, "#lessonNotice"))
                .isEqualTo("No saved lesson is called “Tuesday”. The saved lessons: Induction, Monday.");
        assertThat(Window.getWindows().stream()
                        .anyMatch(w -> w.getScene().lookup("#roomView") != null && w.isShowing()))
                .isFalse();
    }

    /** At the second case's title slide: Page Up shows the end of the first case, Page Down comes back. */
    private void backAcrossTheCaseBoundary(FxRobot robot, RoomSlide before, RoomSlide title) {
        robot.push(KeyCode.PAGE_UP);
        assertThat(showing(robot, before))
                .as("Page Up goes back into the first case")
                .isTrue();
        robot.push(KeyCode.PAGE_DOWN);
        assertThat(showing(robot, title))
                .as("and Page Down comes back to the second case's title")
                .isTrue();
    }

    /** Votes 1, 2, 2, Shift+2 takes one back; R shows the chart; B blanks, "." brings it back; Page Up hides it. */
    private void votesRevealAndBlank(FxRobot robot) {
        robot.push(KeyCode.DIGIT1).push(KeyCode.DIGIT2).push(KeyCode.DIGIT2);
        robot.push(KeyCode.SHIFT, KeyCode.DIGIT2);
        robot.push(KeyCode.R);
        assertThat(title(robot)).isEqualTo("How the room voted");
        assertThat(robot.lookup("#roomVotes-1").queryLabeled().getText()).isEqualTo("1");
        assertThat(robot.lookup("#roomVotes-2").queryLabeled().getText()).isEqualTo("1");
        robot.push(KeyCode.B);
        assertThat(robot.lookup("#roomBlank").query().isVisible()).isTrue();
        robot.push(KeyCode.PAGE_DOWN);
        robot.push(KeyCode.PERIOD);
        assertThat(robot.lookup("#roomBlank").query().isVisible()).isFalse();
        assertThat(title(robot)).as("Page Down does nothing while blank").isEqualTo("How the room voted");
        robot.push(KeyCode.PAGE_UP);
        assertThat(title(robot)).isEqualTo("Vote: hold up the number");
    }

    private void assertCaseTitle(FxRobot robot, CustomerCase c, int number) {
        assertThat(eyebrow(robot)).startsWith("Case " + number + " of ");
        assertThat(title(robot)).isEqualTo(c.title());
        String channel = m.get("channel." + ChannelNames.key(c.channel()));
        assertThat(robot.lookup("#roomContent").queryParent().getChildrenUnmodifiable())
                .first()
                .extracting(n -> ((Labeled) n).getText())
                .isEqualTo(c.customer().name() + " · " + channel);
    }

    private static boolean showing(FxRobot robot, RoomSlide s) {
        String eyebrow = eyebrow(robot);
        return (eyebrow.equals(s.eyebrow()) || eyebrow.startsWith(s.eyebrow() + " · "))
                && title(robot).equals(s.title());
    }

    private static String eyebrow(FxRobot robot) {
        return robot.lookup("#roomEyebrow").queryLabeled().getText();
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#roomTitle").queryLabeled().getText();
    }

    private static String banner(AppDriver app, String id) {
        Node banner = app.window().scene().lookup(id);
        assertThat(banner).as("banner " + id).isNotNull();
        return ((Labeled) banner.lookup(".label")).getText();
    }

    private static String size(Scene scene) {
        return (int) scene.getWidth() + "x" + (int) scene.getHeight();
    }

    @SuppressWarnings("unchecked")
    private static List<CustomerCase> agendaOf(Scene dialog) {
        return List.copyOf(((ListView<CustomerCase>) dialog.lookup("#lessonAgenda")).getItems());
    }

    private static void tabTo(FxRobot robot, Scene scene, String id) {
        for (int i = 0; i < 40; i++) {
            Node focused = scene.getFocusOwner();
            if (focused != null && id.equals(focused.getId())) {
                return;
            }
            robot.push(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + " disabled "
                + scene.lookup("#" + id).isDisabled() + "; focus is on " + scene.getFocusOwner());
    }

    private static Labeled lookupIn(String rootId, String id) {
        return (Labeled) window(rootId).getScene().lookup(id);
    }

    private static Stage window(String rootId) {
        WaitForAsyncUtils.waitForFxEvents();
        Optional<Stage> found = Window.getWindows().stream()
                .filter(w ->
                        w.isShowing() && w.getScene() != null && w.getScene().lookup(rootId) != null)
                .map(Stage.class::cast)
                .findFirst();
        assertThat(found).as("a window holding " + rootId).isPresent();
        return found.get();
    }
}
