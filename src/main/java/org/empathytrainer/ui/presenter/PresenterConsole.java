package org.empathytrainer.ui.presenter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.empathytrainer.practice.Ballot;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Presentation;
import org.empathytrainer.ui.kit.Cue;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * The presenter's own window, for a second screen: what the room sees now and what comes next, the notes and
 * answers for it, the time since presenting began, the votes as counted, and the same controls as the keys. The room's
 * window never shows any of this.
 */
final class PresenterConsole {
    /** The presenter's controls, as the keys work them. */
    interface Controls {
        void back();

        void next();

        void reveal();

        void swap();

        void blank();

        void saveVotes();

        void stop();
    }

    private final Messages m;
    private final Presentation presentation;
    private final Stage stage = new Stage();
    private final Label now = Ui.text("", "section-title");
    private final Label next = Ui.text("", "body-text");
    private final VBox notes = new VBox(10);
    private final Label votes = Ui.text("", "body-text");
    private final Label state = Ui.text("", "muted");
    private final Label elapsed = Ui.text("", "screen-title");
    private final Label onSlide = Ui.text("", "muted");
    private final Label agenda = Ui.text("", "body-text");
    private final Supplier<String> agendaNow;
    private final Timeline clock;
    private final InvalidationListener refresh = o -> render();
    private final Clock time;
    private Instant started;
    /** When the room's screen last changed, for the time spent on it. */
    private Instant slideStarted;

    private final InvalidationListener newSlide = o -> restartSlideClock();
    private boolean blanked;

    /** {@code agendaNow}: where the room is in the lesson's agenda, or empty when it has none. */
    PresenterConsole(AppContext ctx, Controls controls, Consumer<Scene> keys, Supplier<String> agendaNow) {
        this.agendaNow = agendaNow;
        this.m = ctx.messages();
        this.presentation = ctx.presentation();
        this.time = ctx.clock();
        now.setId("consoleNow");
        next.setId("consoleNext");
        notes.setId("consoleNotes");
        votes.setId("consoleVotes");
        state.setId("consoleState");
        elapsed.setId("consoleElapsed");
        onSlide.setId("consoleSlideElapsed");
        agenda.setId("consoleAgenda");
        elapsed.setAccessibleText(m.get("console.elapsed.accessible"));

        FlowPane buttons = new FlowPane(
                8,
                8,
                button("consoleBack", "console.back", controls::back),
                button("consoleNextButton", "console.next", controls::next),
                button("consoleReveal", "console.reveal", controls::reveal),
                button("consoleBlank", "console.blank", controls::blank),
                button("consoleSwap", "console.swap", controls::swap),
                button("consoleSaveVotes", "console.save-votes", controls::saveVotes),
                button("consoleStop", "console.stop", controls::stop));
        VBox body = new VBox(
                12,
                Ui.text(m.get("console.private"), "muted"),
                elapsed,
                onSlide,
                agenda,
                Ui.text(m.get("console.now"), "eyebrow"),
                now,
                Ui.text(m.get("console.next-up"), "eyebrow"),
                next,
                Ui.text(m.get("console.votes"), "eyebrow"),
                votes,
                state,
                Ui.text(m.get("console.notes"), "eyebrow"),
                notes);
        body.getStyleClass().add("screen");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        root.setId("presenterConsole");
        buttons.getStyleClass().add("console-controls");
        root.setBottom(buttons);
        Scene scene = new Scene(root, 560, 720);
        ctx.appearance().register(scene);
        keys.accept(scene);
        stage.setScene(scene);
        stage.setTitle(m.get("console.title"));

        clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> showElapsed()));
        clock.setCycleCount(Timeline.INDEFINITE);
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        // The buttons must not take Space or the arrows from the clicker keys the scene handles.
        b.setFocusTraversable(false);
        return b;
    }

    /**
     * Opens the window within {@code screen} (a screen's visual bounds): as large as the screen allows up to twice its
     * first size, so that it never opens as a sliver.
     */
    void show(Rectangle2D screen) {
        if (stage.isShowing()) {
            stage.toFront();
            return;
        }
        if (started == null) {
            started = time.instant();
        }
        watched().forEach(o -> o.addListener(refresh));
        slideStarted = time.instant();
        presentation.cueProperty().addListener(newSlide);
        double width = Math.max(Math.min(screen.getWidth() - 80, 1120), Math.min(screen.getWidth(), 480));
        double height = Math.max(Math.min(screen.getHeight() - 80, 900), Math.min(screen.getHeight(), 480));
        Runnable size = () -> {
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        };
        size.run();
        render();
        showElapsed();
        clock.play();
        stage.show();
        // Opened together with the main window at start-up, a window manager may give it a sliver while it is busy
        // mapping the main window: sized again once that is done.
        PauseTransition settle = new PauseTransition(Duration.millis(500));
        settle.setOnFinished(e -> {
            if (stage.isShowing() && (stage.getWidth() < width - 1 || stage.getHeight() < height - 1)) {
                size.run();
            }
        });
        settle.play();
    }

    void close() {
        clock.stop();
        watched().forEach(o -> o.removeListener(refresh));
        presentation.cueProperty().removeListener(newSlide);
        stage.close();
    }

    boolean showing() {
        return stage.isShowing();
    }

    void setBlanked(boolean blanked) {
        this.blanked = blanked;
        render();
    }

    private List<Observable> watched() {
        return List.of(
                presentation.cueProperty(),
                presentation.ballotProperty(),
                presentation.tallyProperty(),
                presentation.revealedProperty());
    }

    private void render() {
        Cue cue = presentation.cueProperty().get();
        String where = agendaNow.get();
        agenda.setText(where);
        agenda.setVisible(!where.isEmpty());
        agenda.setManaged(!where.isEmpty());
        now.setText(cue.now());
        next.setText(cue.next().isEmpty() ? m.get("console.next.none") : cue.next());
        notes.getChildren().clear();
        for (String note : cue.notes()) {
            notes.getChildren().add(Ui.text(note, "body-text"));
        }
        votes.setText(presentation.ballot().map(this::votes).orElse(m.get("console.votes.none")));
        String shown = m.get(presentation.revealed() ? "console.state.revealed" : "console.state.hidden");
        state.setText(blanked ? m.get("console.state.blank") + " " + shown : shown);
    }

    private String votes(Ballot ballot) {
        List<Integer> counts = presentation.tally().counts(ballot);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < counts.size(); i++) {
            text.append(i == 0 ? "" : "   ").append(m.get("console.vote", i + 1, counts.get(i)));
        }
        return m.get("console.votes.line", text.toString(), ballot.rightNumber());
    }

    private void restartSlideClock() {
        slideStarted = time.instant();
        showElapsed();
    }

    private void showElapsed() {
        long seconds =
                Math.max(0, java.time.Duration.between(started, time.instant()).getSeconds());
        elapsed.setText(m.get("console.elapsed", seconds / 3600, (seconds / 60) % 60, seconds % 60));
        long here = Math.max(
                0, java.time.Duration.between(slideStarted, time.instant()).getSeconds());
        onSlide.setText(m.get("console.slide-elapsed", here / 60, here % 60));
    }
}
