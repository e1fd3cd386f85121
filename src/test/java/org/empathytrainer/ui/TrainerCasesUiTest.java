package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.empathytrainer.App;
import org.empathytrainer.content.ContentSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A trainer's own cases appear beside the built-in ones; a broken one is listed with its message. */
@ExtendWith(ApplicationExtension.class)
class TrainerCasesUiTest {
    @TempDir
    Path tmp;

    @Test
    void aTrainersCaseIsOfferedWithItsPictureAndABrokenOneIsExplained(FxRobot robot) throws IOException {
        Path cases = tmp.resolve("my-cases");
        Path own = Files.createDirectories(cases.resolve("late-train"));
        JsonObject c = JsonParser.parseString(Files.readString(Path.of("assets/cases/porch-parcel.json")))
                .getAsJsonObject();
        c.addProperty("id", "late-train");
        c.addProperty("title", "The train that left without her");
        JsonObject image = new JsonObject();
        image.addProperty("file", "ticket.png");
        image.addProperty("alt", "A crumpled train ticket for the 8:15");
        c.add("image", image);
        Files.writeString(own.resolve("case.json"), c.toString());
        ImageIO.write(
                new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB),
                "png",
                own.resolve("ticket.png").toFile());
        Files.writeString(cases.resolve("broken.json"), "{ \"id\": \"broken\", }");

        App.Config config = new App.Config(
                tmp.resolve("data"),
                ContentSource.folder(Path.of("assets")),
                List.of(ContentSource.folder(cases)),
                AppDriver.CLOCK,
                Locale.ENGLISH);
        AppDriver app = new AppDriver(robot, tmp.resolve("data"));
        robot.interact(() -> app.open(new Stage(), config));

        TitledPane problems = robot.lookup("#contentProblems").queryAs(TitledPane.class);
        robot.interact(() -> problems.setExpanded(true));
        assertThat(robot.lookup("#contentProblems .label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .anyMatch(t -> t.startsWith(cases.resolve("broken.json") + ": is not valid JSON:")
                        && t.contains("line 1 column"));
        app.snapshot("13-home-trainer-cases");

        app.press("caseOpen-late-train");
        assertThat(robot.lookup("#caseTitle").queryLabeled().getText()).isEqualTo("The train that left without her");
        ImageView picture = robot.lookup("#caseImage").queryAs(ImageView.class);
        assertThat(picture.getImage().getWidth()).isEqualTo(40);
        assertThat(picture.getAccessibleText()).isEqualTo("A crumpled train ticket for the 8:15");
    }

    @Test
    void hostileTrainerFilesAreListedAndTheWindowStillOpens(FxRobot robot) throws IOException {
        Path cases = Files.createDirectories(tmp.resolve("my-cases"));
        JsonObject nul = caseWithId("nul-picture");
        JsonObject image = new JsonObject();
        image.addProperty("file", "\u0000.png");
        image.addProperty("alt", "A photo");
        nul.add("image", image);
        Files.writeString(cases.resolve("nul.json"), nul.toString());
        JsonObject textPicture = caseWithId("text-picture");
        JsonObject png = image.deepCopy();
        png.addProperty("file", "photo.png");
        textPicture.add("image", png);
        Files.writeString(cases.resolve("text-picture.json"), textPicture.toString());
        Files.writeString(cases.resolve("photo.png"), "not a picture");
        Files.write(
                cases.resolve("latin1.json"),
                "{\"id\": \"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(cases.resolve("twice.json"), "{\"id\": \"a\", \"id\": \"b\"}");
        Files.writeString(
                cases.resolve("bidi.json"), caseWithId("bidi\u202Ecase").toString());

        AppDriver app = openWithBuiltInCourseAnd(cases, robot);

        TitledPane problems = robot.lookup("#contentProblems").queryAs(TitledPane.class);
        robot.interact(() -> problems.setExpanded(true));
        List<String> shown =
                robot.lookup("#contentProblems .label").queryAllAs(javafx.scene.control.Label.class).stream()
                        .map(javafx.scene.control.Label::getText)
                        .toList();
        assertThat(shown)
                .anyMatch(t -> t.startsWith(cases.resolve("nul.json") + ": image.file: \"\\u0000.png\""))
                .anyMatch(t -> t.startsWith(cases.resolve("text-picture.json") + ": image.file: \"photo.png\" is not"))
                .anyMatch(t -> t.startsWith(cases.resolve("latin1.json") + ": is not UTF-8 text"))
                .anyMatch(t -> t.startsWith(cases.resolve("twice.json") + ": id: appears twice"))
                .anyMatch(t -> t.startsWith(cases.resolve("bidi.json") + ": ") && t.contains("\\u202E"))
                .noneMatch(t -> t.contains("\u202E") || t.contains("\u0000"));
    }

    @Test
    void aTrainersCaseWhoseFileWentAfterTheStartSaysSoAndLeavesTheLearnerAtHome(FxRobot robot) throws IOException {
        Path cases = Files.createDirectories(tmp.resolve("my-cases"));
        JsonObject gone = caseWithId("gone-by-noon");
        gone.addProperty("title", "The file that went");
        Files.writeString(cases.resolve("gone.json"), gone.toString());
        AppDriver app = openWithBuiltInCourseAnd(cases, robot);
        Files.delete(cases.resolve("gone.json"));

        app.press("caseOpen-gone-by-noon");

        DialogPane dialog = robot.lookup("#dialogUnavailable").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("This case cannot be opened.");
        assertThat(dialog.getContentText())
                .contains(cases.resolve("gone.json") + ": the file is missing from " + cases)
                .contains("Your answers are as they were.");
        robot.push(KeyCode.ENTER);

        assertThat(robot.lookup("#dialogUnavailable").tryQuery()).isEmpty();
        assertThat(AppDriver.shown(robot.lookup("#homeView").query())).isTrue();
        assertThat(robot.lookup("#wizardView").tryQuery()).isEmpty();
        // The other cases still open.
        app.press("caseOpen-porch-parcel");
        assertThat(robot.lookup("#wizardView").tryQuery()).isPresent();
    }

    /** Opens the app on the built-in course and the trainer's folder {@code cases}. */
    private AppDriver openWithBuiltInCourseAnd(Path cases, FxRobot robot) {
        App.Config config = new App.Config(
                tmp.resolve("data"),
                ContentSource.builtIn(),
                List.of(ContentSource.folder(cases)),
                AppDriver.CLOCK,
                Locale.ENGLISH);
        AppDriver app = new AppDriver(robot, tmp.resolve("data"));
        robot.interact(() -> app.open(new Stage(), config));
        return app;
    }

    private static JsonObject caseWithId(String id) throws IOException {
        JsonObject c = JsonParser.parseString(Files.readString(Path.of("assets/cases/porch-parcel.json")))
                .getAsJsonObject();
        c.addProperty("id", id);
        return c;
    }
}
