package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Difficulty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The home screen lists the cases in course order and narrows them by channel, difficulty and tag. */
@ExtendWith(ApplicationExtension.class)
class HomeFilterTest {
    private static final Course COURSE = ContentRepository.load(ContentSource.folder(Path.of("assets")));

    @TempDir
    Path data;

    private AppDriver app;

    @Start
    void start(Stage stage) {
        app = new AppDriver(new FxRobot(), data);
        app.open(stage);
    }

    @Test
    void casesAreShownInCourseOrder(FxRobot robot) {
        assertThat(shownCaseIds(robot))
                .isEqualTo(COURSE.cases().stream().map(CustomerCase::id).collect(Collectors.toList()));
        assertThat(robot.lookup("#case-porch-parcel .eyebrow").queryLabeled().getText())
                .isEqualTo("Case 1");
    }

    @Test
    void choosingAChannelWithTheKeyboardShowsOnlyItsCases(FxRobot robot) {
        app.tabTo("filterChannel");
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.ENTER);
        ComboBox<?> box = robot.lookup("#filterChannel").queryComboBox();
        String channel = box.getItems().get(1).toString();
        String chosen = COURSE.cases().stream()
                .map(CustomerCase::channel)
                .sorted()
                .findFirst()
                .orElseThrow();

        assertThat(box.getValue().toString()).isEqualTo(channel);
        assertThat(shownCaseIds(robot))
                .isNotEmpty()
                .isEqualTo(COURSE.cases().stream()
                        .filter(c -> c.channel().equals(chosen))
                        .map(CustomerCase::id)
                        .collect(Collectors.toList()));
        app.snapshot("15-home-filtered");
    }

    @Test
    void filtersCombineAndSayWhenNothingMatches(FxRobot robot) {
        ComboBox<Object> difficulty = robot.lookup("#filterDifficulty").queryComboBox();
        robot.interact(() -> difficulty
                .getSelectionModel()
                .select(difficulty.getItems().stream()
                        .filter(i -> i.toString().equals("Advanced"))
                        .findFirst()
                        .orElseThrow()));
        List<String> advanced = COURSE.cases().stream()
                .filter(c -> c.difficulty() == Difficulty.ADVANCED)
                .map(CustomerCase::id)
                .collect(Collectors.toList());
        assertThat(shownCaseIds(robot)).isNotEmpty().isEqualTo(advanced);

        ComboBox<Object> tag = robot.lookup("#filterTag").queryComboBox();
        String beginnerTag =
                COURSE.findCase("porch-parcel").orElseThrow().tags().get(0);
        robot.interact(() -> tag.getSelectionModel()
                .select(tag.getItems().stream()
                        .filter(i -> i.toString().equals(beginnerTag))
                        .findFirst()
                        .orElseThrow()));
        boolean anyAdvancedWithTag = COURSE.cases().stream()
                .anyMatch(c -> c.difficulty() == Difficulty.ADVANCED && c.tags().contains(beginnerTag));
        assertThat(robot.lookup("#noCaseMatches").query().isVisible()).isEqualTo(!anyAdvancedWithTag);
    }

    private static List<String> shownCaseIds(FxRobot robot) {
        FlowPane cards = robot.lookup("#caseCards").queryAs(FlowPane.class);
        return cards.getChildren().stream()
                .map(Node::getId)
                .map(id -> id.substring("case-".length()))
                .collect(Collectors.toList());
    }

    @Test
    void eachFilterIsAsWideAsItsWidestChoiceSoChoosingOneMovesNothing(FxRobot robot) {
        for (String id : List.of("filterChannel", "filterIndustry", "filterDifficulty", "filterTag")) {
            ComboBox<Object> box = robot.lookup("#" + id).queryComboBox();
            double width = box.getWidth();
            Object widest = box.getItems().stream()
                    .max(java.util.Comparator.comparingDouble(item -> {
                        javafx.scene.text.Text t = new javafx.scene.text.Text(item.toString());
                        t.setFont(robot.lookup("#" + id + " .list-cell")
                                .queryLabeled()
                                .getFont());
                        return t.getLayoutBounds().getWidth();
                    }))
                    .orElseThrow();
            robot.interact(() -> box.getSelectionModel().select(widest));

            assertThat(box.getWidth()).as(id + " keeps its width").isEqualTo(width);
            javafx.scene.text.Text shown =
                    robot.lookup("#" + id + " .list-cell .text").queryAs(javafx.scene.text.Text.class);
            assertThat(shown.getText())
                    .as(id + " shows its widest choice whole")
                    .isEqualTo(widest.toString());
            robot.interact(() -> box.getSelectionModel().selectFirst());
        }
    }
}
