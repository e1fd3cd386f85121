package org.empathytrainer.ui.story;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.MethodStep;
import org.empathytrainer.content.Scene;
import org.empathytrainer.practice.StorySession;
import org.empathytrainer.practice.TextLimits;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Navigator;
import org.empathytrainer.ui.Screen;
import org.empathytrainer.ui.kit.Cue;
import org.empathytrainer.ui.kit.Footer;
import org.empathytrainer.ui.kit.Keys;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.TextLimit;
import org.empathytrainer.ui.kit.Ui;

/** The story, one scene at a time, each labelled with the step it shows; then the reflection the learner writes. */
public final class StoryView implements Screen {
    private final AppContext ctx;
    private final Messages m;
    private final StorySession session;
    private final Navigator nav;
    private final BorderPane root = new BorderPane();
    private final VBox page = new VBox();
    private final Button back;
    private final Button next;
    private final Label blocker = new Label();
    private final TextArea reflection = new TextArea();
    private final Label reflectionLimit;

    public StoryView(AppContext ctx, StorySession session, Navigator nav) {
        this.ctx = ctx;
        this.m = ctx.messages();
        this.session = session;
        this.nav = nav;
        root.setId("storyView");
        page.getStyleClass().add("screen");
        page.setMaxWidth(860);
        VBox centred = new VBox(page);
        centred.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);

        reflection.setId("reflection");
        reflection.setWrapText(true);
        reflection.setPrefRowCount(6);
        reflection.setText(session.progress().reflection());
        reflectionLimit = TextLimit.apply(m, reflection, TextLimits.MAX_ANSWER);
        reflection.setAccessibleText(m.get("story.reflection.accessible"));
        reflection.textProperty().addListener((o, was, now) -> session.updateReflection(now));
        Keys.tabMovesFocus(reflection);

        back = new Button(m.get("nav.back"));
        back.setId("storyBack");
        back.setOnAction(e -> session.back());
        next = new Button(m.get("nav.next"));
        next.setId("storyNext");
        next.getStyleClass().add("primary");
        next.setDefaultButton(true);
        next.setOnAction(e -> next());
        blocker.setId("storyBlocker");
        HBox footer = Footer.of(blocker, back, next);
        root.setBottom(footer);

        session.setChangeListener(p -> render());
        render();
    }

    @Override
    public boolean pages() {
        return true;
    }

    @Override
    public void back() {
        session.back();
    }

    @Override
    public void next() {
        if (!session.canAdvance()) {
            return;
        }
        boolean finishing = session.atReflection();
        session.advance();
        if (finishing) {
            nav.home();
        }
    }

    private void render() {
        page.getChildren().clear();
        int total = session.sceneCount();
        session.scene().ifPresentOrElse(scene -> renderScene(scene, total), this::renderReflection);
        back.setDisable(!session.canGoBack());
        next.setDisable(!session.canAdvance());
        next.setText(session.atReflection() ? m.get("story.finish") : m.get("nav.next"));
        blocker.setText(Footer.why(m, session.reflectionBlocker().filter(b -> session.atReflection())));
        ctx.presentation().cueProperty().set(cue(total));
    }

    /** For the presenter window: this scene, the next, and the step it shows with why the step matters. */
    private Cue cue(int total) {
        int at = session.progress().scene();
        String next = at + 1 < total
                ? m.get(
                        "cue.story.scene",
                        at + 2,
                        total,
                        session.story().scenes().get(at + 1).title())
                : m.get("story.reflection.title");
        return session.scene()
                .map(scene -> {
                    MethodStep step = ctx.course().method() == null
                            ? null
                            : ctx.course().method().step(scene.step());
                    List<String> notes = new ArrayList<>();
                    scene.trainerNote().ifPresent(notes::add);
                    notes.add(m.get(
                            "story.step-badge",
                            scene.step().number(),
                            step == null ? m.get("step.short." + scene.step().id()) : step.title()));
                    if (step != null) {
                        notes.add(step.why());
                    }
                    return new Cue(m.get("cue.story.scene", at + 1, total, scene.title()), next, notes);
                })
                .orElseGet(() -> new Cue(
                        m.get("story.reflection.title"),
                        m.get("cue.next.home"),
                        List.of(session.story().reflectionPrompt())));
    }

    private void renderScene(Scene scene, int total) {
        MethodStep step =
                ctx.course().method() == null ? null : ctx.course().method().step(scene.step());
        String stepName = step == null ? m.get("step.short." + scene.step().id()) : step.title();
        Label where = Ui.text(m.get("story.scene-of", session.progress().scene() + 1, total), "muted");
        where.setId("sceneCounter");
        Label badge = Ui.text(m.get("story.step-badge", scene.step().number(), stepName), "eyebrow");
        badge.setId("sceneStep");
        Label title = Ui.text(scene.title(), "screen-title");
        title.setId("sceneTitle");
        Label text = Ui.text(scene.text(), "body-text");
        text.setId("sceneText");
        page.getChildren().addAll(Ui.text(session.story().title(), "muted"), where, badge, title, text);
    }

    private void renderReflection() {
        Label title = Ui.text(m.get("story.reflection.title"), "screen-title");
        title.setId("sceneTitle");
        page.getChildren()
                .addAll(
                        Ui.text(session.story().title(), "muted"),
                        title,
                        Ui.text(session.story().reflectionPrompt(), "body-text"),
                        Ui.text(session.story().reflectionHint(), "muted"),
                        reflection,
                        reflectionLimit);
        if (!reflection.isFocused()) {
            ctx.presentation().focus(reflection, root);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return session.atReflection() ? reflection : next;
    }

    @Override
    public void leave() {
        session.checkpoint();
    }
}
