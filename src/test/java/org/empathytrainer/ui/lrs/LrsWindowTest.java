package org.empathytrainer.ui.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.empathytrainer.App;
import org.empathytrainer.lrs.Happened;
import org.empathytrainer.lrs.LrsSettings;
import org.empathytrainer.lrs.LrsSettingsStore;
import org.empathytrainer.lrs.RefusedStatement;
import org.empathytrainer.lrs.SendStatus;
import org.empathytrainer.lrs.WaitingStatement;
import org.empathytrainer.lrs.overview.ClassStatements;
import org.empathytrainer.records.Settings;
import org.empathytrainer.records.SettingsStore;
import org.empathytrainer.ui.AppDriver;
import org.empathytrainer.ui.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The learning record store in the main window: the status in the top bar, following the sending service; its
 * details dialog; the class overview from the top bar, read from a stub store page by page; and the way there when no
 * store is set up.
 */
@ExtendWith(ApplicationExtension.class)
class LrsWindowTest {
    private static final Instant AT_10_42 = Instant.parse("2026-03-02T10:42:00Z");

    @TempDir
    Path data;

    private Stage stage;
    private AppDriver app;
    private StubLrs lrs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stopStub() {
        if (lrs != null) {
            lrs.close();
        }
    }

    private void open(FxRobot robot, boolean withLrs, Settings look) throws Exception {
        lrs = new StubLrs();
        if (withLrs) {
            new LrsSettingsStore(data).save(new LrsSettings(lrs.endpoint(), "trainer", "secret", true));
        }
        new SettingsStore(data, AppDriver.CLOCK).save(look);
        app = new AppDriver(robot, data);
        robot.interact(() -> app.open(stage));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(String what, Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::get);
        } catch (TimeoutException e) {
            throw new AssertionError(what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static SendStatusButton status(FxRobot robot) {
        return robot.lookup("#lrsStatus").queryAs(SendStatusButton.class);
    }

    private static Happened step(String who, String caseId, String step) {
        String object = "https://empathytrainer.org/xapi/cases/" + caseId + "/steps/" + step;
        return new Happened(who, "answered", object, Optional.of(caseId), Optional.of(step));
    }

    private static Happened completed(String who, String caseId) {
        String object = "https://empathytrainer.org/xapi/cases/" + caseId;
        return new Happened(who, "completed", object, Optional.of(caseId), Optional.empty());
    }

    private static SendStatus waiting(Optional<Instant> offlineSince) {
        return new SendStatus(
                SendStatus.State.WAITING,
                4,
                List.of(
                        new WaitingStatement("1", "ana", step("Ana", "porch-parcel", "place"), AT_10_42),
                        new WaitingStatement("2", "ana", step("Ana", "porch-parcel", "sense"), AT_10_42),
                        new WaitingStatement("3", "bo", completed("Bo", "porch-parcel"), AT_10_42),
                        new WaitingStatement("4", "bo", step("Bo", "frozen-bank-card", "fix"), AT_10_42)),
                List.of(),
                offlineSince,
                offlineSince.map(t -> "Could not connect to POST https://lrs.test/xAPI/statements"),
                Optional.empty());
    }

    @Test
    void theTopBarFollowsTheServiceAndSaysEachStateInAFewWords(FxRobot robot) throws Exception {
        open(robot, true, Settings.DEFAULTS);

        // The service tells on its own thread; the bar shows it once the JavaFX thread has it.
        waitUntil("the status never showed", () -> status(robot).isVisible());
        assertThat(status(robot).getText()).isEqualTo("All results sent");
        app.snapshot("lrs-status-top-bar");

        robot.interact(() -> status(robot).show(waiting(Optional.of(AT_10_42))));
        assertThat(status(robot).getText()).isEqualTo("4 results waiting: no connection since 10:42");
        assertThat(status(robot).getStyleClass()).contains("warning");
        app.snapshot("lrs-status-top-bar-waiting");

        robot.interact(() -> status(robot).show(waiting(Optional.empty())));
        assertThat(status(robot).getText()).isEqualTo("Sending 4 results…");

        SendStatus keyRefused = new SendStatus(
                SendStatus.State.KEY_REFUSED,
                0,
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.of("The LRS refused the key (HTTP 401)"),
                Optional.empty());
        robot.interact(() -> status(robot).show(keyRefused));
        assertThat(status(robot).getText()).isEqualTo("The LRS refused the key");
        assertThat(status(robot).getStyleClass()).contains("error");
        assertThat(status(robot).getAccessibleText())
                .isEqualTo("Sending results: The LRS refused the key. Press for the details");

        robot.interact(() -> status(robot).show(SendStatus.OFF));
        assertThat(status(robot).isVisible()).isFalse();
        assertThat(status(robot).isManaged()).isFalse();
    }

    @Test
    void theStatusInTheProjectorColours(FxRobot robot) throws Exception {
        open(robot, true, new Settings("projector", 100, false));
        waitUntil("the status never showed", () -> status(robot).isVisible());
        robot.interact(() -> status(robot).show(waiting(Optional.of(AT_10_42))));
        app.snapshot("lrs-status-top-bar-projector");
        assertThat(status(robot).getText()).isEqualTo("4 results waiting: no connection since 10:42");
    }

    @Test
    void enterOnTheStatusOpensWhatWaitsAndWhatWasRefusedWithTheReasons(FxRobot robot) throws Exception {
        open(robot, true, Settings.DEFAULTS);
        waitUntil("the status never showed", () -> status(robot).isVisible());
        SendStatus refused = new SendStatus(
                SendStatus.State.SOME_REFUSED,
                250,
                waiting(Optional.empty()).waiting().subList(0, 1),
                List.of(new RefusedStatement(
                        "5",
                        "ana",
                        step("Ana", "porch-parcel", "fix"),
                        400,
                        "result.score.scaled must be between -1 and 1",
                        AT_10_42)),
                Optional.empty(),
                Optional.empty(),
                Optional.of(AT_10_42));
        robot.interact(() -> status(robot).show(refused));
        assertThat(status(robot).getText()).isEqualTo("1 result refused by the LRS");
        robot.interact(() -> status(robot).requestFocus());

        robot.push(KeyCode.ENTER);
        waitUntil(
                "no details dialog",
                () -> robot.lookup("#dialogLrsDetails").tryQuery().isPresent());

        assertThat(robot.lookup("#lrsDetailsState").queryLabeled().getText())
                .isEqualTo("1 result refused by the LRS. Last sent at 10:42.");
        @SuppressWarnings("unchecked")
        ListView<String> waitingList = robot.lookup("#lrsWaiting").queryAs(ListView.class);
        // The service lists the oldest waiting results only; the rest are counted.
        assertThat(waitingList.getItems())
                .containsExactly("10:42  Ana did Place in “The parcel that was never on the porch”", "… and 249 more");
        assertThat(robot.lookup("#lrsDetailsWaitingTitle").queryLabeled().getText())
                .isEqualTo("250 results waiting to be sent");
        @SuppressWarnings("unchecked")
        ListView<String> refusedList = robot.lookup("#lrsRefused").queryAs(ListView.class);
        assertThat(refusedList.getItems())
                .containsExactly("10:42  Ana did Fix in “The parcel that was never on the porch”: refused (400): "
                        + "result.score.scaled must be between -1 and 1");
        assertThat(robot.lookup("#lrsRetryRefused").query().isVisible()).isTrue();

        // A change while it is open shows in it too.
        robot.interact(() -> status(robot).show(waiting(Optional.of(AT_10_42))));
        WaitForAsyncUtils.waitForFxEvents();
        Window details = robot.lookup("#dialogLrsDetails").query().getScene().getWindow();
        robot.interact(() -> details.sizeToScene());
        robot.interact(() -> Screenshots.save(details.getScene(), "lrs-details"));
        assertThat(robot.lookup("#lrsDetailsProblem").queryLabeled().getText())
                .isEqualTo("Last problem: Could not connect to POST https://lrs.test/xAPI/statements");
        assertThat(waitingList.getItems()).hasSize(4);
        assertThat(robot.lookup("#lrsRefused").query().isVisible()).isFalse();

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialogLrsDetails").tryQuery()).isEmpty();
    }

    @Test
    void theClassOverviewFromTheTopBarReadsTheStorePageByPage(FxRobot robot) throws Exception {
        open(robot, true, Settings.DEFAULTS);
        List<JsonObject> statements = ClassStatements.statements(ClassStatements.learners(8, 6, 77), 3);
        lrs.serve(statements);
        lrs.pageSize = 40;

        app.press("navClassOverview");
        waitUntil("no table", () -> robot.lookup("#overviewTable").tryQuery().isPresent());

        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#overviewTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(8);
        List<String> reads = lrs.requests.stream()
                .filter(r -> r.startsWith("GET /xAPI/statements"))
                .toList();
        int pages = (statements.size() + 39) / 40;
        assertThat(reads).hasSize(pages);
        assertThat(reads.get(0))
                .startsWith("GET /xAPI/statements?activity=https%3A%2F%2Fempathytrainer.org%2Fxapi%2Fcourse"
                        + "&related_activities=true&limit=500 auth=Basic ")
                .endsWith("version=1.0.3");
        assertThat(reads.get(pages - 1)).startsWith("GET /xAPI/statements?page=" + (pages - 1) * 40 + " ");
        assertThat(robot.lookup("#overviewSummary").queryLabeled().getText())
                .isEqualTo("8 learners, from " + statements.size() + " statements in the learning record store.");
        app.snapshot("class-overview-from-lrs");

        robot.push(KeyCode.ESCAPE);
        assertThat(robot.lookup("#homeView").tryQuery().map(Node::isVisible)).contains(true);
    }

    @Test
    void aFailedReadNamesTheStoresAnswer(FxRobot robot) throws Exception {
        open(robot, true, Settings.DEFAULTS);
        lrs.statementsStatus = 403;

        app.press("navClassOverview");
        waitUntil("no failure", () -> robot.lookup("#overviewFailed").tryQuery().isPresent());

        assertThat(robot.lookup("#overviewFailed").queryLabeled().getText())
                .isEqualTo("The results could not be read from " + lrs.endpoint()
                        + ": The LRS refused the key (HTTP 403): {\"message\": \"No statements for you\"}");
    }

    @Test
    void classOverviewOnTheCommandLineOpensItAtOnceEvenBeforeALearnerIsChosen(FxRobot robot) throws Exception {
        lrs = new StubLrs();
        new LrsSettingsStore(data).save(new LrsSettings(lrs.endpoint(), "trainer", "secret", false));
        lrs.serve(ClassStatements.statements(ClassStatements.learners(3, 4, 5), 1));
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            App.open(AppDriver.config(data).openingClassOverview(true), stage);
        });

        waitUntil("no table", () -> robot.lookup("#overviewTable").tryQuery().isPresent());
        assertThat(robot.lookup("#overviewSummary").queryLabeled().getText()).startsWith("3 learners");
        // Sending is off on this computer: the bar says nothing of it, and reading back works all the same.
        assertThat(status(robot).isVisible()).isFalse();
        // Nobody is learning yet: Back leads to the learner chooser.
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#classOverview").tryQuery()).isEmpty();
        assertThat(robot.lookup("#navDashboard").queryButton().isDisabled()).isTrue();
    }

    @Test
    void withoutAStoreTheOverviewLeadsToTheSettingsSection(FxRobot robot) throws Exception {
        open(robot, false, Settings.DEFAULTS);
        assertThat(status(robot).isVisible()).isFalse();

        app.press("navClassOverview");
        assertThat(robot.lookup("#overviewNotSetUp").tryQuery()).isPresent();
        Button settings = robot.lookup("#overviewOpenSettings").queryButton();
        assertThat(settings.isFocused()).isTrue();
        robot.push(KeyCode.SPACE);
        waitUntil("no settings", () -> robot.lookup("#lrsSection").tryQuery().isPresent());
        assertThat(robot.lookup("#lrsEndpoint").query().isVisible()).isTrue();
        robot.push(KeyCode.ESCAPE);
    }
}
