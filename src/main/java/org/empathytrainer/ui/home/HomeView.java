package org.empathytrainer.ui.home;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.ContentProblem;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.MethodStep;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Navigator;
import org.empathytrainer.ui.Screen;
import org.empathytrainer.ui.kit.Cue;
import org.empathytrainer.ui.kit.FirstFrame;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * The home screen: the method at a glance, the story and the cases as cards with their progress. The window keeps it
 * while the same learner learns and {@link #refresh refreshes} it each time it comes back: only the cards whose
 * progress moved on are made again, so going home does not build and style the whole screen again.
 */
public final class HomeView implements Screen {
    /** How far down, as a fraction of the scroll, the next page of cards is made. */
    private static final double NEAR_END = 0.98;

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final AppContext ctx;
    private final Navigator nav;
    private final ScrollPane root;
    private final VBox body = new VBox();
    private StoryCard storyCard;
    private CaseList caseList;

    public HomeView(AppContext ctx, Navigator nav) {
        this.ctx = ctx;
        this.nav = nav;
        Messages m = ctx.messages();
        Course course = ctx.course();
        body.getStyleClass().add("screen");
        body.getChildren().addAll(Ui.text(m.get("home.title"), "screen-title"), Ui.text(m.get("home.intro"), "muted"));
        if (course.method() != null) {
            body.getChildren().add(methodStrip(course.method().steps()));
        }
        if (!course.problems().isEmpty()) {
            body.getChildren().add(problems(m, course.problems()));
        }
        course.storyIfLoaded().ifPresent(story -> {
            storyCard = new StoryCard(m, story, ctx.keeper().progress().story(), nav);
            body.getChildren().addAll(Ui.text(m.get("home.story"), "section-title"), storyCard);
        });
        if (!course.cases().isEmpty()) {
            body.getChildren()
                    .addAll(Ui.text(m.get("home.cases"), "section-title"), Ui.text(m.get("home.cases.order"), "muted"));
            caseList = new CaseList(ctx, nav);
            body.getChildren().add(caseList);
        }
        root = new ScrollPane(body);
        root.setFitToWidth(true);
        root.setId("homeView");
        // Ctrl+F: to the search box from anywhere on the screen, however far down the cards the focus is.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (caseList != null && FIND.match(e)) {
                caseList.focusSearch();
                e.consume();
            }
        });
        if (caseList != null) {
            root.sceneProperty().addListener(new FirstFill());
        }
        root.vvalueProperty().addListener((o, was, now) -> {
            if (now.doubleValue() >= NEAR_END && was.doubleValue() < now.doubleValue()) {
                moreAtTheEnd();
            }
        });
    }

    /**
     * Adds the next page of cards when the learner scrolls to the end, keeping in view what they were looking at: the
     * scroll position is a fraction of the height, which the new cards change. Not while "Show more" has the focus
     * (the screen scrolled to it): the learner pressing it expects the page after the cards they have seen.
     */
    private void moreAtTheEnd() {
        if (caseList == null || !caseList.hasMore() || caseList.moreFocused()) {
            return;
        }
        double view = root.getViewportBounds().getHeight();
        double width = root.getViewportBounds().getWidth();
        double offset = root.getVvalue() * Math.max(0, body.getHeight() - view);
        caseList.showMore();
        body.applyCss();
        double height = body.prefHeight(width);
        if (height > view) {
            root.setVvalue(Math.min(1, offset / (height - view)));
        }
    }

    /**
     * Fills what the screen shows with cards before its first frame is drawn, the held-back rest of the page right
     * after it: once, when the screen first joins a scene.
     */
    private final class FirstFill implements ChangeListener<Scene> {
        @Override
        public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
            if (now == null) {
                return;
            }
            root.sceneProperty().removeListener(this);
            FirstFrame.atLayout(now, () -> {
                double bottom = root.localToScene(root.getLayoutBounds()).getMaxY();
                while (caseList.placeWithin(bottom)) {
                    root.applyCss();
                    root.layout();
                }
                Platform.runLater(caseList::placeRest);
            });
        }
    }

    /** The services the screen was built with: it serves one learner, or one classroom. */
    public AppContext context() {
        return ctx;
    }

    /** Brings the screen up to date with the learner's progress, from its top, as it is shown again. */
    public HomeView refresh() {
        Messages m = ctx.messages();
        ctx.presentation()
                .cueProperty()
                .set(new Cue(m.get("cue.home"), "", List.of(m.get("cue.home.keys"), m.get("cue.home.votes"))));
        if (storyCard != null
                && !storyCard.shows().equals(ctx.keeper().progress().story())) {
            StoryCard made = new StoryCard(
                    m,
                    ctx.course().storyIfLoaded().orElseThrow(),
                    ctx.keeper().progress().story(),
                    nav);
            body.getChildren().set(body.getChildren().indexOf(storyCard), made);
            storyCard = made;
        }
        if (caseList != null) {
            caseList.refresh();
        }
        root.setVvalue(0);
        return this;
    }

    private static Node methodStrip(List<MethodStep> steps) {
        FlowPane strip = new FlowPane(12, 12);
        for (MethodStep s : steps) {
            VBox box = new VBox(
                    4, Ui.text(s.step().number() + "  " + s.shortName(), "eyebrow"), Ui.text(s.title(), "body-text"));
            box.getStyleClass().addAll("why-box", "method-box");
            strip.getChildren().add(box);
        }
        return strip;
    }

    private static Node problems(Messages m, List<ContentProblem> problems) {
        VBox list = new VBox(4);
        problems.forEach(p -> list.getChildren().add(Ui.text(p.toString())));
        TitledPane pane = new TitledPane(m.get("home.problems", problems.size()), list);
        pane.setId("contentProblems");
        pane.setExpanded(false);
        return pane;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        if (storyCard != null) {
            return storyCard.action();
        }
        Node first = caseList == null ? null : caseList.firstAction();
        return first != null ? first : root;
    }

    static Label chip(String text, String state) {
        Label chip = new Label(text);
        chip.setMinWidth(Label.USE_PREF_SIZE);
        chip.getStyleClass().addAll("chip", state);
        return chip;
    }
}
