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
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
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
}
