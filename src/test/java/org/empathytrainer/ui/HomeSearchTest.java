package org.empathytrainer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The search box narrows the cases by title, customer or tag, with the filters, and says how many match. */
@ExtendWith(ApplicationExtension.class)
class HomeSearchTest {
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
    void typingNarrowsTheCardsAndClearingBringsThemBack(FxRobot robot) {
        int all = COURSE.cases().size();
        assertThat(count(robot)).isEqualTo(all + " cases");

        app.type("caseSearch", "GRACE");

        assertThat(shownCaseIds(robot)).containsExactly("porch-parcel");
        assertThat(count(robot)).isEqualTo("1 of " + all + " cases");
        app.snapshot("home-search");

        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);

        assertThat(shownCaseIds(robot)).isEqualTo(ids(COURSE.cases()));
        assertThat(count(robot)).isEqualTo(all + " cases");
    }

    @Test
    void downFromTheSearchBoxGoesToTheFirstMatchingCard(FxRobot robot) {
        String tag = COURSE.findCase("missing-bulbs").orElseThrow().tags().get(0);
        List<String> expected =
                ids(COURSE.cases().stream().filter(c -> matches(c, tag)).collect(Collectors.toList()));

        app.type("caseSearch", tag);
        robot.push(KeyCode.DOWN);

        assertThat(shownCaseIds(robot)).isNotEmpty().isEqualTo(expected);
        assertThat(app.window().scene().getFocusOwner().getId()).isEqualTo("caseOpen-" + expected.get(0));
        robot.push(KeyCode.SPACE);
        assertThat(robot.lookup("#caseTitle").queryLabeled().getText())
                .isEqualTo(COURSE.findCase(expected.get(0)).orElseThrow().title());
    }

    @Test
    void searchAndFiltersCombineAndNothingMatchingIsSaidAndUndone(FxRobot robot) {
        ComboBox<Object> channel = robot.lookup("#filterChannel").queryComboBox();
        robot.interact(() -> channel.getSelectionModel()
                .select(channel.getItems().stream()
                        .filter(i -> i.toString().equals("Phone call"))
                        .findFirst()
                        .orElseThrow()));
        app.type("caseSearch", "the");
        List<String> expected = ids(COURSE.cases().stream()
                .filter(c -> c.channel().equals("phone") && matches(c, "the"))
                .collect(Collectors.toList()));

        assertThat(shownCaseIds(robot)).isNotEmpty().isEqualTo(expected);
        assertThat(count(robot))
                .isEqualTo(expected.size() + " of " + COURSE.cases().size() + " cases");
        assertThat(AppDriver.shown(robot.lookup("#noCaseMatches").query())).isFalse();

        robot.write(" zebra crossing");

        assertThat(shownCaseIds(robot)).isEmpty();
        assertThat(count(robot)).isEqualTo("0 of " + COURSE.cases().size() + " cases");
        assertThat(AppDriver.shown(robot.lookup("#noCaseMatches").query())).isTrue();
        app.snapshot("home-search-none");

        app.press("clearCaseFilters");

        assertThat(shownCaseIds(robot)).isEqualTo(ids(COURSE.cases()));
        assertThat(channel.getValue().toString()).isEqualTo("All channels");
        assertThat(robot.lookup("#caseSearch").queryTextInputControl().getText())
                .isEmpty();
        assertThat(app.window().scene().getFocusOwner().getId()).isEqualTo("caseSearch");
    }

    private static boolean matches(CustomerCase c, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return c.title().toLowerCase(Locale.ROOT).contains(w)
                || c.customer().name().toLowerCase(Locale.ROOT).contains(w)
                || c.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(w));
    }

    private static List<String> ids(List<CustomerCase> cases) {
        return cases.stream().map(CustomerCase::id).collect(Collectors.toList());
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#caseCount").queryLabeled().getText();
    }

    private static List<String> shownCaseIds(FxRobot robot) {
        FlowPane cards = robot.lookup("#caseCards").queryAs(FlowPane.class);
        return cards.getChildren().stream()
                .map(Node::getId)
                .map(id -> id.substring("case-".length()))
                .collect(Collectors.toList());
    }
}
