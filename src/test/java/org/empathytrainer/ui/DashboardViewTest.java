package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.Attempt;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.GeneratedHistory;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.PlaceAnswer;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StepStatus;
import org.empathytrainer.practice.WizardPage;
import org.empathytrainer.records.Settings;
import org.empathytrainer.ui.dashboard.DashboardView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard screen on a known history, driven with the keyboard; snapshots in target/screenshots/dashboard-*. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {
    private final List<String> calls = new ArrayList<>();
    private Scene scene;
    private AppContext ctx;

    private DashboardView open(FxRobot robot, LearnerProgress progress) {
        return open(robot, progress, Settings.DEFAULTS);
    }

    private DashboardView open(FxRobot robot, LearnerProgress progress, Settings look) {
        ctx = DashboardFixture.context(progress, look);
        List<DashboardView> view = new ArrayList<>();
        robot.interact(() -> {
            view.add(new DashboardView(ctx, DashboardFixture.recorder(calls::add)));
            scene = DashboardFixture.show(new Stage(), ctx, view.get(0));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view.get(0);
    }

    @Test
    void theChartShowsEachStepsMasteryWithTheCasesItRestsOn(FxRobot robot) {
        open(robot, DashboardFixture.learner());

        assertThat(text(robot, "#mastery-place")).isEqualTo("75 %");
        assertThat(text(robot, "#mastery-sense")).isEqualTo("70 %");
        assertThat(text(robot, "#mastery-discuss")).isEqualTo("100 %");
        assertThat(text(robot, "#mastery-fix")).isEqualTo("90 %");
        assertThat(text(robot, "#masteryCases-place")).isEqualTo("from 2 cases");
        assertThat(text(robot, "#masteryCases-fix")).isEqualTo("from 1 case");
        assertThat(text(robot, "#masteryCases-sense")).contains("your weakest step");
        assertThat(barShare(robot, Step.SENSE)).isCloseTo(0.70, org.assertj.core.data.Offset.offset(0.02));
        assertThat(barShare(robot, Step.DISCUSS)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.02));
        assertThat(plain(robot.lookup("#masteryChart").query().getAccessibleText()))
                .isEqualTo("Mastery by step: Place 75 % from 2 cases; Sense 70 % from 2 cases; "
                        + "Discuss 100 % from 1 case; Fix 90 % from 1 case");
        snapshot(robot, "dashboard");
    }

    @Test
    void theWeakestStepComesWithACaseToPractiseItAndAButtonThatOpensIt(FxRobot robot) {
        open(robot, DashboardFixture.learner());

        assertThat(text(robot, "#weakestStep")).isEqualTo("Your weakest step is Sense (70 %).");
        // Fifteen cases are untried; the easiest of them first (three beginner's cases), then in course order.
        assertThat(text(robot, "#suggestionText"))
                .isEqualTo("Practise it with case 2, “A quiet note about missing bulbs”: you have not tried it yet.");
        assertThat(scene.getFocusOwner().getId())
                .as("the first thing to do has the focus")
                .isEqualTo("practiseSuggested");
        robot.push(KeyCode.SPACE);
        assertThat(calls).containsExactly("open missing-bulbs");
    }

    @Test
    void theCaseTableShowsAttemptsBestAndLatestResults(FxRobot robot) {
        open(robot, DashboardFixture.learner());

        assertThat(text(robot, "#caseRow-porch-parcel")).isEqualTo("Case 1: The parcel that was never on the porch");
        assertThat(text(robot, "#caseRowAttempts-porch-parcel")).isEqualTo("2 attempts");
        // Attempt 2: (100 + 80 + 100 + 90) / 4 = 92.5, shown rounded.
        assertThat(text(robot, "#caseRowBest-porch-parcel")).isEqualTo("93 %");
        assertThat(text(robot, "#caseRowBestSteps-porch-parcel"))
                .isEqualTo("Place 100 % · Sense 80 % · Discuss 100 % · Fix 90 %");
        assertThat(text(robot, "#caseRowBest-frozen-bank-card")).isEqualTo("–");
        assertThat(text(robot, "#caseRowLatest-frozen-bank-card")).isEqualTo("Unfinished");
        assertThat(text(robot, "#caseRowLatestSteps-frozen-bank-card"))
                .isEqualTo("Place 50 % · Sense 60 % · Discuss – · Fix –");
        assertThat(text(robot, "#caseRowAttempts-frozen-bank-card")).isEqualTo("1 attempt");
        assertThat(text(robot, "#caseRowAttempts-hotel-lost-booking")).isEqualTo("Not tried yet");
    }

    @Test
    void theHistoryListsEveryAttemptNewestFirstWithDateTimeSpentAndScores(FxRobot robot) {
        open(robot, DashboardFixture.learner());

        ListView<Attempt> list = attemptList(robot);
        assertThat(list.getItems())
                .extracting(a -> a.caseRef().id() + " #" + a.number())
                .containsExactly("porch-parcel #2", "frozen-bank-card #1", "porch-parcel #1");
        List<String> rows = new ArrayList<>();
        for (Node cell : list.lookupAll(".list-cell")) {
            if (((ListCell<?>) cell).getItem() != null) {
                rows.add(plain(cell.getAccessibleText()));
            }
        }
        assertThat(rows)
                .containsExactly(
                        "Case 1: The parcel that was never on the porch, attempt 2. Feb 25, 2026, 9:00 AM · 16 min · "
                                + "Completed · your current attempt. Overall 93 %: Place 100 % · Sense 80 % · Discuss 100 % · "
                                + "Fix 90 %",
                        "Case 5: The card that stopped working at the hotel desk, attempt 1. Feb 24, 2026, 9:00 AM · 8 min"
                                + " · Unfinished · your current attempt. Place 50 % · Sense 60 % · Discuss – · Fix –",
                        "Case 1: The parcel that was never on the porch, attempt 1. Feb 23, 2026, 9:00 AM · 16 min · "
                                + "Completed. Overall 48 %: Place 100 % · Sense 40 % · Discuss 0 % · Fix 50 %");
    }

    @Test
    void enterOnAnEarlierAttemptShowsItsOwnAnswersReadOnlyAndEscapeComesBack(FxRobot robot) {
        DashboardView view = open(robot, DashboardFixture.learner());
        focus(robot, "#attemptList");
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#reviewTitle")).isEqualTo("Case 1: The parcel that was never on the porch, attempt 1");
        assertThat(text(robot, "#reviewRetelling")).isEqualTo("First try: it happened to me.");
        assertThat(text(robot, "#learnerReply"))
                .startsWith("First try: I hear you.")
                .contains("First try: I will call you at five.")
                .doesNotContain("Second try");
        assertThat(text(robot, "#score-discuss")).isEqualTo("0 %");
        assertThat(robot.lookup(".text-area").tryQuery()).as("nothing to edit").isEmpty();
        assertThat(robot.lookup(".check-box").tryQuery()).isEmpty();
        assertThat(robot.lookup("#masteryChart").tryQuery()).isEmpty();
        assertThat(scene.getFocusOwner().getId()).isEqualTo("reviewBack");
        snapshot(robot, "dashboard-review");

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reviewTitle").tryQuery()).isEmpty();
        assertThat(scene.getFocusOwner().getId()).isEqualTo("attemptList");
        assertThat(attemptList(robot).getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(view.summary().attempts()).hasSize(3);
        assertThat(calls).isEmpty();
    }

    @Test
    void anUnfinishedAttemptShowsTheAnswersGivenWithoutTheAnswerKey(FxRobot robot) {
        DashboardView view = open(robot, DashboardFixture.learner());
        focus(robot, "#attemptList");
        robot.push(KeyCode.DOWN);
        focus(robot, "#reviewAttempt");
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#reviewTitle")).endsWith("hotel desk, attempt 1");
        assertThat(text(robot, "#review-sense")).isEqualTo("Step 2: Sense – 60 %");
        assertThat(text(robot, "#review-discuss")).isEqualTo("Step 3: Discuss – not done");
        assertThat(robot.lookup("#reviewAnswers").queryAs(Node.class)).isNotNull();
        assertThat(robot.lookup("#modelReply").tryQuery())
                .as("no model reply before the attempt is done")
                .isEmpty();
        assertThat(text(robot, "#reviewRetelling")).isEqualTo("Card try: it happened to me.");
        snapshot(robot, "dashboard-review-unfinished");

        // Page Up, through the main window, is the screen's Back: it leaves the review.
        robot.interact(view::back);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reviewTitle").tryQuery()).isEmpty();
        assertThat(robot.lookup("#masteryChart").tryQuery()).isPresent();
    }

    @Test
    void anAttemptAtACaseNoLongerInTheCourseIsListedByItsIdAndOpensWithItsAnswers(FxRobot robot) {
        Instant start = Instant.parse("2026-03-01T10:00:00Z");
        CaseProgress retired = new CaseProgress(
                "retired-case",
                1,
                WizardPage.SUMMARY,
                CaseAnswers.EMPTY.with(new PlaceAnswer("Old case: it happened to me.", "some-concern", null)),
                Map.of(Step.PLACE, new StepRecord(StepStatus.DONE, 0.25, start, start.plusSeconds(60))),
                start,
                start.plusSeconds(90),
                null);
        LearnerProgress learner = DashboardFixture.learner();
        open(robot, new LearnerProgress(learner.learner(), learner.story(), learner.cases(), List.of(retired)));

        assertThat(text(robot, "#caseRow-retired-case")).isEqualTo("retired-case (no longer in the course)");
        assertThat(attemptList(robot).getItems().get(0).caseRef().id()).isEqualTo("retired-case");
        focus(robot, "#attemptList");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#reviewTitle")).isEqualTo("retired-case (no longer in the course), attempt 1");
        assertThat(text(robot, "#review-place")).isEqualTo("Step 1: Place – 25 %");
        assertThat(text(robot, "#reviewRetelling")).isEqualTo("Old case: it happened to me.");
        assertThat(robot.lookup("#reviewAnswers").tryQuery()).isPresent();
    }

    @Test
    void aLearnerWhoHasDoneNothingIsOfferedTheFirstCase(FxRobot robot) {
        open(robot, LearnerProgress.empty("default"));

        assertThat(text(robot, "#dashboardEmpty")).startsWith("Nothing to show yet");
        assertThat(robot.lookup("#masteryChart").tryQuery()).isEmpty();
        assertThat(robot.lookup("#attemptList").tryQuery()).isEmpty();
        assertThat(scene.getFocusOwner().getId()).isEqualTo("dashboardStart");
        snapshot(robot, "dashboard-empty");
        robot.push(KeyCode.SPACE);
        assertThat(calls).containsExactly("open porch-parcel");
    }

    @Test
    void aThousandAttemptsMakeAThousandRowsButOnlyTheCellsInSight(FxRobot robot) {
        open(robot, GeneratedHistory.learner(DashboardFixture.COURSE, 1000, 7));

        ListView<Attempt> list = attemptList(robot);
        assertThat(list.getItems()).hasSize(1000);
        assertThat(list.lookupAll(".list-cell")).hasSizeLessThan(40);
        robot.interact(() ->
                robot.lookup("#dashboardOverview").queryAs(ScrollPane.class).setVvalue(1));
        snapshot(robot, "dashboard-1000-attempts");
        focus(robot, "#attemptList");
        robot.push(KeyCode.END);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#reviewRetelling")).startsWith("Attempt 1: ");
    }

    @Test
    void atTheLargestTextInTheProjectorThemeNothingIsCutShort(FxRobot robot) {
        open(robot, DashboardFixture.learner(), new Settings("projector", 100, false));
        snapshot(robot, "dashboard-projector");
        robot.interact(() -> ctx.appearance().update(new Settings("dark", 100, false)));
        snapshot(robot, "dashboard-dark");
        robot.interact(() -> {
            ctx.appearance().update(new Settings("projector", 250, false));
            scene.getWindow().setHeight(720);
        });
        List<String> cut = new ArrayList<>();

        WaitForAsyncUtils.waitForFxEvents();
        LargeTextTest.collect(scene.getRoot(), "dashboard", cut);
        snapshot(robot, "dashboard-250-projector");
        for (double v : new double[] {0.35, 0.7, 1}) {
            robot.interact(() ->
                    robot.lookup("#dashboardOverview").queryAs(ScrollPane.class).setVvalue(v));
            snapshot(robot, "dashboard-250-projector-" + Math.round(v * 100));
        }
        focus(robot, "#attemptList");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        LargeTextTest.collect(scene.getRoot(), "dashboard-review", cut);
        snapshot(robot, "dashboard-250-projector-review");

        assertThat(cut).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Attempt> attemptList(FxRobot robot) {
        return robot.lookup("#attemptList").queryAs(ListView.class);
    }

    private void focus(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double barShare(FxRobot robot, Step step) {
        Region track = robot.lookup("#masteryBar-" + step.id()).queryAs(Region.class);
        Region fill = (Region) track.getChildrenUnmodifiable().get(0);
        return fill.getWidth() / (track.getWidth() - track.snappedLeftInset() - track.snappedRightInset());
    }

    private static String text(FxRobot robot, String query) {
        return plain(robot.lookup(query).queryAs(Label.class).getText());
    }

    /** The text with its no-break spaces (which keep "52 %" on one line) as plain ones. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }

    private void snapshot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(scene, name));
    }
}
