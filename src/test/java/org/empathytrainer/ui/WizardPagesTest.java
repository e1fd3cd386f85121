package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.RecordField;
import org.empathytrainer.content.Utterance;
import org.empathytrainer.ui.kit.Prose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Moving back and on through a case: each step page is built once and kept, hidden, while another shows. The learner
 * sees one page at a time, with what they left on it, and the keyboard works on the page shown.
 */
@ExtendWith(ApplicationExtension.class)
class WizardPagesTest {
    private static final String RETELLING = "My parcel never came.";
    private static final Course COURSE = ContentRepository.load(ContentSource.builtIn(), List.of());
    private static final CustomerCase PORCH = COURSE.findCase("porch-parcel").orElseThrow();
    private static final CustomerCase BANK = COURSE.findCase("frozen-bank-card").orElseThrow();

    @TempDir
    Path data;

    private AppDriver app;

    @Start
    void start(Stage stage) {
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
    }

    private static List<Node> shown(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAll().stream()
                .filter(AppDriver::shown)
                .toList();
    }

    private static String title(FxRobot robot) {
        List<Node> titles = shown(robot, "stepTitle");
        assertThat(titles).as("step titles on screen").hasSize(1);
        // The page shown comes first, so a plain look-up by id finds it rather than a hidden page.
        assertThat(robot.lookup("#stepTitle").queryAs(Node.class)).isSameAs(titles.get(0));
        return ((Label) titles.get(0)).getText();
    }

    /** All the prose under the node with {@code id}, as the runs of text show it. */
    private static String prose(FxRobot robot, String id) {
        return robot.lookup("#" + id).lookup("." + Prose.STYLE).queryAllAs(Text.class).stream()
                .filter(AppDriver::shown)
                .map(Text::getText)
                .collect(Collectors.joining());
    }

    @Test
    void theConversationShowsWhoSaidWhatInOrder(FxRobot robot) {
        app.press("caseOpen-porch-parcel");
        String conversation = prose(robot, "caseContext");
        int from = 0;
        for (Utterance u : PORCH.conversation()) {
            String who =
                    u.speaker() == Utterance.Speaker.CUSTOMER ? PORCH.customer().name() : "You";
            int at = conversation.indexOf(who + "\n" + u.text(), from);
            assertThat(at).as("%s: %s", who, u.text()).isGreaterThanOrEqualTo(from);
            from = at + u.text().length();
        }
    }

    @Test
    void theAgentsRecordShowsEveryFieldInOrder(FxRobot robot) {
        app.press("caseOpen-porch-parcel");
        String record = prose(robot, "agentView");
        int from = 0;
        for (RecordField f : PORCH.agentView().fields()) {
            int label = record.indexOf(f.label(), from);
            assertThat(label).as(f.label()).isGreaterThanOrEqualTo(from);
            int value = record.indexOf(f.value(), label + f.label().length());
            assertThat(value).as("%s: %s", f.label(), f.value()).isGreaterThanOrEqualTo(label);
            from = value + f.value().length();
        }
    }

    @Test
    void aCaseLeftIsLetGo(FxRobot robot) throws InterruptedException {
        // Buttons fired, not keys pressed: TestFX keeps every key event it sends, and with it the event's target.
        AppDriver.fire(robot, "caseOpen-porch-parcel");
        // The Place page, which has the room's vote chart (a chart that listened to the presentation strongly kept
        // every page it was on), and the case beside it.
        WeakReference<Node> page =
                new WeakReference<>(robot.lookup("#retelling").queryAs(Node.class));
        WeakReference<Node> context =
                new WeakReference<>(robot.lookup("#caseContext").queryAs(Node.class));
        AppDriver.fire(robot, "navHome");
        assertThat(robot.lookup("#wizardView").queryAllAs(Node.class)).noneMatch(AppDriver::shown);
        assertThat(robot.lookup("#retelling").tryQuery()).isEmpty();
        // The wizard is kept, hidden, for the next case; JavaFX lets go of what was taken out of a hidden node only
        // when it is drawn again, so one case may stay in memory until the next is opened, and no more.
        AppDriver.fire(robot, "caseOpen-" + BANK.id());
        AppDriver.fire(robot, "navHome");

        for (int i = 0; i < 20 && (page.get() != null || context.get() != null); i++) {
            System.gc();
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(page.get()).as("the page left behind").isNull();
        assertThat(context.get()).as("the case left behind").isNull();
    }

    @Test
    void theWizardOpensTheNextCaseWithNothingOfTheLastOne(FxRobot robot) {
        app.press("caseOpen-porch-parcel");
        app.type("retelling", RETELLING);
        Node wizard = robot.lookup("#wizardView").queryAs(Node.class);
        app.press("navHome");

        app.press("caseOpen-" + BANK.id());
        // The same frame, kept in the window while the home screen showed, with the other case in it.
        assertThat(robot.lookup("#wizardView").queryAs(Node.class)).isSameAs(wizard);
        assertThat(AppDriver.shown(wizard)).isTrue();
        assertThat(robot.lookup("#caseTitle").queryLabeled().getText()).isEqualTo(BANK.title());
        String conversation = prose(robot, "caseContext");
        assertThat(conversation)
                .contains(BANK.customer().name())
                .doesNotContain(PORCH.customer().name());
        assertThat(robot.lookup("#retelling").queryAllAs(TextArea.class))
                .singleElement()
                .extracting(TextArea::getText)
                .isEqualTo("");
        assertThat(robot.lookup("#indicator-place").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#indicator-sense").queryAs(ToggleButton.class).isDisabled())
                .isTrue();
        assertThat(robot.lookup("#pageScroll").queryAs(ScrollPane.class).getVvalue())
                .isZero();
        app.press("navHome");

        app.press("caseOpen-porch-parcel");
        assertThat(robot.lookup("#caseTitle").queryLabeled().getText()).isEqualTo(PORCH.title());
        assertThat(robot.lookup("#retelling").queryAllAs(TextArea.class))
                .singleElement()
                .extracting(TextArea::getText)
                .isEqualTo(RETELLING);
    }

    @Test
    void theConversationReflowsWhenTheTextGrows(FxRobot robot) {
        app.press("caseOpen-porch-parcel");
        Region bubble = robot.lookup("#caseContext .bubble").queryAs(Region.class);
        double before = bubble.getHeight();
        double width = bubble.getWidth();
        String style = app.window().scene().getRoot().getStyle();

        // As the text size setting does: a larger font on the root, which every text inherits.
        robot.interact(() -> app.window().scene().getRoot().setStyle("-fx-font-size: 30px;"));
        WaitForAsyncUtils.waitForFxEvents();
        double larger = bubble.getHeight();
        // Asked again at the width it had, it must answer for the new font, not from what it measured before.
        double largerAtTheSameWidth = bubble.prefHeight(width);
        robot.interact(() -> app.window().scene().getRoot().setStyle(style));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(larger).isGreaterThan(before * 1.5);
        assertThat(largerAtTheSameWidth).isGreaterThan(before * 1.5);
        assertThat(bubble.getHeight()).isEqualTo(before);
        assertThat(bubble.getHeight()).isGreaterThanOrEqualTo(bubble.prefHeight(bubble.getWidth()));
    }

    @Test
    void aPageLeftComesBackAsItWasAndOnlyThePageShownAnswersTheKeyboard(FxRobot robot) {
        app.press("caseOpen-porch-parcel");
        app.type("retelling", RETELLING);
        app.choose("concern-being-believed");
        app.press("checkConcern");
        String place = title(robot);
        assertThat(shown(robot, "concernFeedback")).hasSize(1);
        app.next();
        String sense = title(robot);
        assertThat(sense).isNotEqualTo(place);
        app.press("emotion-distrust");

        robot.push(KeyCode.PAGE_UP);
        assertThat(title(robot)).isEqualTo(place);
        assertThat(robot.lookup("#retelling").queryAs(TextArea.class).getText()).isEqualTo(RETELLING);
        assertThat(robot.lookup("#concern-being-believed")
                        .queryAs(RadioButton.class)
                        .isSelected())
                .isTrue();
        assertThat(shown(robot, "concernFeedback")).hasSize(1);
        assertThat(shown(robot, "emotion-distrust")).isEmpty();
        app.type("retelling", " Still nothing.");
        assertThat(robot.lookup("#retelling").queryAs(TextArea.class).getText())
                .isEqualTo(RETELLING + " Still nothing.");

        // Page Down belongs to the text box while the cursor is in it; Ctrl+Enter goes on from anywhere.
        app.next();
        assertThat(title(robot)).isEqualTo(sense);
        assertThat(robot.lookup("#emotion-distrust").queryAs(CheckBox.class).isSelected())
                .isTrue();
        assertThat(shown(robot, "retelling")).isEmpty();
        // Tab goes round the page shown and the wizard's own controls, never into the hidden Place page.
        for (int i = 0; i < 40; i++) {
            robot.push(KeyCode.TAB);
            Node focused = app.window().scene().getFocusOwner();
            assertThat(focused).isNotNull();
            assertThat(AppDriver.shown(focused)).as("focus on %s", focused).isTrue();
        }
    }
}
