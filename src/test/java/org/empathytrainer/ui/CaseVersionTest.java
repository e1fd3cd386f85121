package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.empathytrainer.App;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.PlaceAnswer;
import org.empathytrainer.practice.WizardPage;
import org.empathytrainer.records.ProgressStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A case changed since the learner saved: they are told, offered to start over, and keep the earlier attempt. */
@ExtendWith(ApplicationExtension.class)
class CaseVersionTest {
    private static final String RETELLING = "I ordered a present and it never came.";

    @TempDir
    Path tmp;

    private Path data;
    private AppDriver app;

    @BeforeEach
    void savedAttemptAtVersionOneOfACaseNowAtVersionTwo(FxRobot robot) throws IOException {
        Path assets = tmp.resolve("assets");
        try (Stream<Path> files = Files.walk(Path.of("assets"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = assets.resolve(Path.of("assets").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path porch = assets.resolve("cases/porch-parcel.json");
        JsonObject c = JsonParser.parseString(Files.readString(porch)).getAsJsonObject();
        c.addProperty("version", 2);
        Files.writeString(porch, c.toString());

        data = tmp.resolve("data");
        Instant at = Instant.parse("2026-02-01T10:00:00Z");
        CaseAnswers answers = CaseAnswers.EMPTY.with(new PlaceAnswer(RETELLING, "money-back"));
        new ProgressStore(data, AppDriver.CLOCK)
                .save(LearnerProgress.empty(AppDriver.LEARNER)
                        .with(new CaseProgress("porch-parcel", 1, WizardPage.SENSE, answers, Map.of(), at, at, null)));

        App.Config config =
                new App.Config(data, ContentSource.folder(assets), List.of(), AppDriver.CLOCK, Locale.ENGLISH);
        app = new AppDriver(robot, data);
        robot.interact(() -> app.open(new Stage(), config));
    }

    @Test
    void startingOverKeepsTheEarlierAttemptInTheHistory(FxRobot robot) throws IOException {
        assertThat(robot.lookup("#caseChanged-porch-parcel").tryQuery()).isPresent();
        app.snapshot("14-home-case-changed");

        app.press("caseOpen-porch-parcel");
        assertThat(robot.lookup("#dialogChanged").tryQuery()).isPresent();
        robot.push(KeyCode.ENTER);

        assertThat(robot.lookup("#indicator-place").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#retelling").queryTextInputControl().getText()).isEmpty();
        JsonObject saved =
                JsonParser.parseString(Files.readString(app.savedProgress())).getAsJsonObject();
        assertThat(saved.getAsJsonObject("cases")
                        .getAsJsonObject("porch-parcel")
                        .get("caseVersion")
                        .getAsInt())
                .isEqualTo(2);
        JsonObject earlier = saved.getAsJsonArray("history").get(0).getAsJsonObject();
        assertThat(earlier.get("caseId").getAsString()).isEqualTo("porch-parcel");
        assertThat(earlier.get("caseVersion").getAsInt()).isEqualTo(1);
        assertThat(earlier.getAsJsonObject("answers")
                        .getAsJsonObject("place")
                        .get("retelling")
                        .getAsString())
                .isEqualTo(RETELLING);
    }

    @Test
    void keepingTheAnswersOpensThemAtTheNewVersionWithoutAskingAgain(FxRobot robot) {
        app.press("caseOpen-porch-parcel");
        assertThat(robot.lookup("#dialogChanged").tryQuery()).isPresent();
        robot.push(KeyCode.ESCAPE);

        assertThat(robot.lookup("#indicator-sense").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        app.press("navHome");
        assertThat(robot.lookup("#caseChanged-porch-parcel").tryQuery()).isEmpty();
        app.press("caseOpen-porch-parcel");
        assertThat(robot.lookup("#dialogChanged").tryQuery()).isEmpty();
        assertThat(robot.lookup("#wizardView").tryQuery()).isPresent();
    }
}
