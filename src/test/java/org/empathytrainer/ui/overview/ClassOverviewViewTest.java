package org.empathytrainer.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.empathytrainer.content.Step;
import org.empathytrainer.lrs.overview.ClassStatements;
import org.empathytrainer.lrs.overview.LearnerOverview;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.Settings;
import org.empathytrainer.records.export.XapiOptions;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.DashboardFixture;
import org.empathytrainer.ui.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The class overview's states, driven from the keyboard, with statements from a source the test controls. */
@ExtendWith(ApplicationExtension.class)
class ClassOverviewViewTest {
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private Stage stage;
    private Scene scene;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(FxRobot robot, StatementSource source, Settings look) {
        AppContext ctx = DashboardFixture.context(LearnerProgress.empty("trainer"), look);
        robot.interact(() -> {
            ClassOverviewView view = new ClassOverviewView(
                    ctx,
                    DashboardFixture.recorder(calls::add),
                    new ClassOverviewView.Services(
                            source,
                            XapiOptions.DEFAULTS,
                            () -> calls.add("settings"),
                            name -> Optional.of(folder.resolve(name))));
            scene = DashboardFixture.show(stage, ctx, view);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }

    private String focused() {
        return scene.getFocusOwner() == null ? null : scene.getFocusOwner().getId();
    }

    @Test
    void withoutAnLrsItSaysSoAndOffersTheSettings(FxRobot robot) {
        open(robot, new Fake(false, null, List.of()), Settings.DEFAULTS);

        assertThat(text(robot, "overviewNotSetUp")).contains("No learning record store");
        assertThat(focused()).isEqualTo("overviewOpenSettings");
        robot.push(KeyCode.SPACE);
        assertThat(calls).containsExactly("settings");
    }

    @Test
    void aFailedReadGivesTheExactReasonAndTryAgainReadsAgain(FxRobot robot) {
        Fake source = new Fake(true, "HTTP 401 from the LRS: the key was refused", List.of());
        open(robot, source, Settings.DEFAULTS);
        waitFor(robot, "overviewFailed");

        assertThat(text(robot, "overviewFailed"))
                .isEqualTo("The results could not be read from https://lrs.test/xAPI/: "
                        + "HTTP 401 from the LRS: the key was refused");
        assertThat(focused()).isEqualTo("overviewRetry");

        source.failure = null;
        robot.push(KeyCode.SPACE);
        waitFor(robot, "overviewEmpty");
        assertThat(source.reads).isEqualTo(2);
        assertThat(text(robot, "overviewEmpty")).contains("has no results of this course yet");
    }

    @Test
    void cancelStopsTheReadAndGoesHome(FxRobot robot) throws Exception {
        Fake source = new Fake(true, null, List.of());
        source.hold = new CountDownLatch(1);
        open(robot, source, Settings.DEFAULTS);
        assertThat(source.started.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#overviewProgress").query().isVisible()).isTrue();
        assertThat(text(robot, "overviewReadCount")).isEqualTo("7 statements read so far");
        assertThat(focused()).isEqualTo("overviewCancel");
        robot.push(KeyCode.SPACE);

        assertThat(calls).containsExactly("home");
        assertThat(source.cancelled.getAsBoolean()).isTrue();
        source.hold.countDown();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#overviewEmpty").tryQuery()).isEmpty();
    }

    @Test
    void theClassShowsInASortableTableWithItsChartAndExportsAsCsv(FxRobot robot) throws Exception {
        List<JsonObject> statements = ClassStatements.statements(ClassStatements.learners(6, 12, 40), 2);
        open(robot, new Fake(true, null, statements), Settings.DEFAULTS);
        waitFor(robot, "overviewTable");

        @SuppressWarnings("unchecked")
        TableView<LearnerOverview> table = robot.lookup("#overviewTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(6);
        assertThat(text(robot, "overviewSummary"))
                .isEqualTo("6 learners, from " + statements.size() + " statements in the learning record store.");
        assertThat(text(robot, "overviewMastery-place")).endsWith("%");
        assertThat(text(robot, "overviewLearners-place")).isEqualTo("from 6 learners");
        assertThat(focused()).isEqualTo("overviewTable");
        robot.interact(() -> Screenshots.save(scene, "class-overview"));

        // Sort by Sense, lowest first, from the keyboard: Alt+O reaches the choice.
        robot.press(KeyCode.ALT).press(KeyCode.O).release(KeyCode.O).release(KeyCode.ALT);
        assertThat(focused()).isEqualTo("overviewSort");
        robot.push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> sense = table.getItems().stream()
                .map(l -> l.mastery(Step.SENSE).mastery().orElse(-1))
                .toList();
        assertThat(sense).isSorted();

        robot.press(KeyCode.ALT).press(KeyCode.E).release(KeyCode.E).release(KeyCode.ALT);
        waitForText(robot, "overviewSaved", "Saved");
        Path csv = folder.resolve("class-overview.csv");
        assertThat(text(robot, "overviewSaved")).isEqualTo("Saved the overview of 6 learners to " + csv + ".");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(8);
        assertThat(lines.get(7)).startsWith("(class),,,,");
    }

    @Test
    void escapeGoesHome(FxRobot robot) {
        open(robot, new Fake(false, null, List.of()), Settings.DEFAULTS);
        robot.push(KeyCode.ESCAPE);
        assertThat(calls).containsExactly("home");
    }

    @Test
    void snapshotInTheProjectorColoursAtLargeText(FxRobot robot) {
        List<JsonObject> statements = ClassStatements.statements(ClassStatements.learners(25, 20, 9), 2);
        open(robot, new Fake(true, null, statements), new Settings("projector", 150, false));
        waitFor(robot, "overviewTable");
        robot.interact(() -> Screenshots.save(scene, "class-overview-projector"));
        assertThat(cutOff(scene.getRoot())).as("texts cut off").isEmpty();
    }

    /** The texts of labels and buttons shortened with an ellipsis because they do not fit (table cells aside). */
    static List<String> cutOff(javafx.scene.Parent root) {
        List<String> cut = new java.util.ArrayList<>();
        for (javafx.scene.Node n : root.lookupAll(".text")) {
            if (n instanceof javafx.scene.text.Text
                    && n.getParent() instanceof Labeled
                    && !(n.getParent() instanceof javafx.scene.control.IndexedCell)) {
                Labeled owner = (Labeled) n.getParent();
                String full = owner.isMnemonicParsing() ? owner.getText().replaceFirst("_", "") : owner.getText();
                if (full != null && !((javafx.scene.text.Text) n).getText().equals(full)) {
                    cut.add(owner.getText() + " shown as \"" + ((javafx.scene.text.Text) n).getText() + "\"");
                }
            }
        }
        return cut;
    }

    private static void waitFor(FxRobot robot, String id) {
        try {
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> robot.lookup("#" + id).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("#" + id + " never showed", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForText(FxRobot robot, String id, String start) {
        try {
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> text(robot, id).startsWith(start));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("#" + id + " says " + text(robot, id), e);
        }
    }

    /** Statements from memory: seven read before it holds, when asked to; or a failure with a reason. */
    private static final class Fake implements StatementSource {
        private final boolean ready;
        private final List<JsonObject> statements;
        volatile String failure;
        volatile CountDownLatch hold;
        final CountDownLatch started = new CountDownLatch(1);
        volatile BooleanSupplier cancelled = () -> false;
        volatile int reads;

        Fake(boolean ready, String failure, List<JsonObject> statements) {
            this.ready = ready;
            this.failure = failure;
            this.statements = statements;
        }

        @Override
        public boolean ready() {
            return ready;
        }

        @Override
        public String where() {
            return "https://lrs.test/xAPI/";
        }

        @Override
        public void read(Consumer<JsonObject> statement, IntConsumer progress, BooleanSupplier cancelled)
                throws Exception {
            reads++;
            this.cancelled = cancelled;
            if (failure != null) {
                throw new java.io.IOException(failure);
            }
            if (hold != null) {
                progress.accept(7);
                started.countDown();
                hold.await(10, TimeUnit.SECONDS);
                return;
            }
            statements.forEach(statement);
            progress.accept(statements.size());
        }
    }
}
