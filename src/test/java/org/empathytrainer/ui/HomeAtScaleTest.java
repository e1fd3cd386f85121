package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.empathytrainer.App;
import org.empathytrainer.bench.TrainerCaseFolder;
import org.empathytrainer.content.ContentSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A department's course of 2,000 trainer cases: home makes cards for the first page of cases only, more as the
 * learner scrolls or asks, and the search finds any of them.
 */
@ExtendWith(ApplicationExtension.class)
class HomeAtScaleTest {
    private static final int TRAINER_CASES = 2_000;
    private static final int PAGE = 24;

    @TempDir
    Path tmp;

    @Test
    void twoThousandCasesShowAPageOfCardsAndTheSearchFindsAnyOfThem(FxRobot robot) throws IOException {
        Path cases = tmp.resolve("cases");
        List<String> ids = TrainerCaseFolder.write(Path.of("assets"), cases, TRAINER_CASES);
        App.Config config = new App.Config(
                tmp.resolve("data"),
                ContentSource.folder(Path.of("assets")),
                List.of(ContentSource.folder(cases)),
                AppDriver.CLOCK,
                Locale.ENGLISH);
        AppDriver app = new AppDriver(robot, tmp.resolve("data"));
        robot.interact(() -> app.open(new Stage(), config));

        assertThat(robot.lookup("#caseCount").queryLabeled().getText()).isEqualTo("2,017 cases");
        assertThat(cards(robot)).hasSize(PAGE).first().isEqualTo("case-porch-parcel");
        assertThat(robot.lookup("#caseMore").queryButton().getText()).isEqualTo("Show 24 more (1,993 not shown yet)");
        app.snapshot("home-2000-cases");

        ScrollPane home = robot.lookup("#homeView").queryAs(ScrollPane.class);
        robot.interact(() -> home.setVvalue(1));

        assertThat(cards(robot)).hasSize(2 * PAGE);
        assertThat(home.getVvalue()).isLessThan(1);

        // Far down the page for the Tab key: the keyboard user presses the button once they reach it.
        robot.interact(() -> robot.lookup("#caseMore").query().requestFocus());
        robot.push(KeyCode.SPACE);

        assertThat(cards(robot)).hasSize(3 * PAGE);
        assertThat(app.window().scene().getFocusOwner().getId()).isEqualTo("caseOpen-" + cardIdAt(robot, 2 * PAGE));

        String last = ids.get(ids.size() - 1);
        robot.interact(() -> home.setVvalue(0));
        robot.push(KeyCode.CONTROL, KeyCode.F);
        assertThat(app.window().scene().getFocusOwner().getId()).isEqualTo("caseSearch");
        robot.write("trainer case " + TRAINER_CASES + ")");

        assertThat(cards(robot)).containsExactly("case-" + last);
        assertThat(robot.lookup("#caseCount").queryLabeled().getText()).isEqualTo("1 of 2,017 cases");
        assertThat(AppDriver.shown(robot.lookup("#caseMore").query())).isFalse();
    }

    private static String cardIdAt(FxRobot robot, int index) {
        return cards(robot).get(index).substring("case-".length());
    }

    private static List<String> cards(FxRobot robot) {
        return robot.lookup("#caseCards").queryAs(FlowPane.class).getChildren().stream()
                .map(Node::getId)
                .collect(Collectors.toList());
    }
}
