package org.empathytrainer.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.empathytrainer.records.Settings;
import org.empathytrainer.records.export.ExportFixtures;
import org.empathytrainer.records.export.LearnerRecords;
import org.empathytrainer.records.export.UnwritableFolder;
import org.empathytrainer.records.export.XapiExport;
import org.empathytrainer.records.export.XapiOptions;
import org.empathytrainer.ui.Screenshots;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.theme.Appearance;
import org.empathytrainer.ui.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export pane, driven from the keyboard: it saves in the background and says what it saved, or why not. */
@ExtendWith(ApplicationExtension.class)
class ExportActionsTest {
    @TempDir
    Path tmp;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "export-test");
        t.setDaemon(true);
        return t;
    });
    private final List<ExportRequest> requests = new ArrayList<>();
    private final AtomicReference<Optional<Path>> chosen = new AtomicReference<>(Optional.empty());
    private volatile java.util.function.Supplier<List<LearnerRecords>> everyone = ExportFixtures::learners;
    private Appearance appearance;
    private Scene scene;
    private ExportActions actions;

    @Start
    void start(Stage stage) {
        appearance = new Appearance(Settings.DEFAULTS);
        actions = new ExportActions(
                new Messages(Locale.ENGLISH),
                ExportFixtures.COURSE,
                ExportFixtures::ana,
                () -> everyone.get(),
                executor,
                request -> {
                    requests.add(request);
                    return chosen.get();
                });
        StackPane root = new StackPane(actions.node());
        root.getStyleClass().add("screen");
        scene = new Scene(root, 760, 420);
        appearance.register(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** Tabs to the control, as a keyboard user would, and presses Space. */
    private void press(FxRobot robot, String id) {
        for (int i = 0; i < 20; i++) {
            Node focused = scene.getFocusOwner();
            if (focused != null && id.equals(focused.getId())) {
                robot.push(KeyCode.SPACE);
                return;
            }
            robot.push(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    /** Tab into the choice of learners, arrow down to "all learners", Space to choose it. */
    private void chooseAllLearners(FxRobot robot) {
        press(robot, "exportScopeCurrent");
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.SPACE);
        assertThat(robot.lookup("#exportScopeAll")
                        .queryAs(javafx.scene.control.RadioButton.class)
                        .isSelected())
                .isTrue();
    }

    private void awaitDone() throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !actions.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#exportStatus").queryLabeled().getText();
    }

    @Test
    void allLearnersGoToTheChosenCsvFile(FxRobot robot) throws Exception {
        Path file = tmp.resolve("results.csv");
        chosen.set(Optional.of(file));

        chooseAllLearners(robot);
        press(robot, "exportCsv");
        awaitDone();

        assertThat(status(robot)).isEqualTo("Saved 18 rows to " + file);
        assertThat(robot.lookup("#exportStatusBox").query().getStyleClass()).contains("banner", "success");
        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r.format()).isEqualTo(ExportFormat.CSV);
            assertThat(r.suggestedName())
                    .startsWith("empathy-trainer-all-learners-")
                    .endsWith(".csv");
        });
        List<String> lines =
                Files.readString(file, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFlearner_id,learner_name,");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("ben,Bénédicte Ørsted 李,retired-case,"));
        assertThat(scene.getFocusOwner().getId()).isEqualTo("exportCsv");
        snapshots("export-saved");
    }

    @Test
    void theCurrentLearnersStatementsGoToTheChosenXapiFile(FxRobot robot) throws Exception {
        Path file = tmp.resolve("statements.json");
        chosen.set(Optional.of(file));

        press(robot, "exportXapi");
        awaitDone();

        int expected = new XapiExport(ExportFixtures.COURSE, XapiOptions.DEFAULTS)
                .statements(List.of(ExportFixtures.ana()))
                .size();
        assertThat(status(robot)).isEqualTo("Saved " + expected + " statements to " + file);
        assertThat(JsonParser.parseString(Files.readString(file)).getAsJsonArray())
                .hasSize(expected)
                .allSatisfy(s -> assertThat(s.getAsJsonObject()
                                .getAsJsonObject("actor")
                                .get("name")
                                .getAsString())
                        .isEqualTo(ExportFixtures.ANA_NAME));
        assertThat(requests.get(0).suggestedName())
                .startsWith("empathy-trainer-ana-")
                .endsWith("-xapi.json");
        assertThat(robot.lookup("#exportScopeCurrent").queryLabeled().getText())
                .isEqualTo("Only the current learner: " + ExportFixtures.ANA_NAME);
    }

    @Test
    void anUnwritableFolderIsExplainedAndGetsNoFile(FxRobot robot) throws Exception {
        try (UnwritableFolder locked = UnwritableFolder.in(tmp)) {
            chosen.set(Optional.of(locked.path().resolve("results.csv")));

            press(robot, "exportCsv");
            awaitDone();

            assertThat(status(robot))
                    .isEqualTo("Not saved: the folder " + locked.path()
                            + " cannot be written to. Choose another folder, such as your Documents folder.");
            assertThat(robot.lookup("#exportStatusBox").query().getStyleClass()).contains("error");
            try (Stream<Path> files = Files.list(locked.path())) {
                assertThat(files).isEmpty();
            }
            snapshots("export-failed");
        }
    }

    @Test
    void cancellingTheFileChooserExportsNothing(FxRobot robot) {
        press(robot, "exportCsv");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(requests).hasSize(1);
        assertThat(actions.runningProperty().get()).isFalse();
        assertThat(robot.lookup("#exportStatusBox").query().isVisible()).isFalse();
    }

    @Test
    void theExportRunsOffTheUiThreadWhichStaysResponsive(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean onFxThread = new AtomicBoolean(true);
        everyone = () -> {
            onFxThread.set(Platform.isFxApplicationThread());
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ExportFixtures.learners();
        };
        Path file = tmp.resolve("slow.csv");
        chosen.set(Optional.of(file));

        chooseAllLearners(robot);
        press(robot, "exportCsv");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status(robot)).isEqualTo("Exporting…");
        assertThat(robot.lookup("#exportProgress").query().isVisible()).isTrue();
        assertThat(robot.lookup("#exportCsv").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#exportXapi").queryButton().isDisabled()).isTrue();
        robot.push(KeyCode.TAB);
        assertThat(file).doesNotExist();
        snapshots("export-running");

        release.countDown();
        awaitDone();

        assertThat(onFxThread.get()).isFalse();
        assertThat(status(robot)).startsWith("Saved 18 rows");
        assertThat(robot.lookup("#exportProgress").query().isVisible()).isFalse();
        assertThat(robot.lookup("#exportCsv").queryButton().isDisabled()).isFalse();
    }

    @Test
    void everyControlHasAccessibleText(FxRobot robot) {
        for (String id :
                List.of("#exportScopeCurrent", "#exportScopeAll", "#exportCsv", "#exportXapi", "#exportProgress")) {
            assertThat(robot.lookup(id).query().getAccessibleText()).as(id).isNotBlank();
        }
    }

    private void snapshots(String name) {
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK, Theme.PROJECTOR)) {
            WaitForAsyncUtils.asyncFx(() -> appearance.setTheme(theme));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(() -> Screenshots.save(scene, name + "-" + theme.id()));
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.asyncFx(() -> {
            appearance.setScale(250);
            scene.getWindow().setWidth(1400);
            scene.getWindow().setHeight(900);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(scene, name + "-projector-250"));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
