package org.empathytrainer.ui.overview;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.empathytrainer.lrs.overview.ClassOverview;
import org.empathytrainer.records.export.XapiOptions;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Navigator;
import org.empathytrainer.ui.Screen;
import org.empathytrainer.ui.kit.FirstFrame;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * The trainer's view of the class, read back from the learning record store: while reading, a progress bar and
 * Cancel; then every learner with their cases done and mastery per step, the class's mastery as a chart, and Export
 * CSV. Without an LRS set up, a way to Settings; when the read fails, the exact reason and Try again. Esc, Cancel
 * and Back go home; leaving the screen stops the read.
 */
public final class ClassOverviewView implements Screen {
    /**
     * What the screen needs besides the app's services.
     *
     * @param options      where the statements say activities live
     * @param openSettings opens the settings, where the LRS is set up
     * @param chooseFile   asks where to save the CSV, given a suggested name; empty when the user cancels
     */
    public record Services(
            StatementSource source,
            XapiOptions options,
            Runnable openSettings,
            Function<String, Optional<Path>> chooseFile) {}

    private final AppContext ctx;
    private final Navigator nav;
    private final Services services;
    private final Messages m;
    private final VBox root = new VBox();
    private final BorderPane body = new BorderPane();
    private Node focus;
    private OverviewRead reading;

    public ClassOverviewView(AppContext ctx, Navigator nav, Services services) {
        this.ctx = ctx;
        this.nav = nav;
        this.services = services;
        this.m = ctx.messages();
        root.setId("classOverview");
        root.getStyleClass().add("screen");
        Label title = Ui.text(m.get("overview.title"), "screen-title");
        title.setId("overviewTitle");
        Button back = button("overviewBack", m.get("overview.back"), this::goHome);
        HBox header = new HBox(12, title, back);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(header, body);
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                goHome();
            }
        });
        focus = back;
        if (services.source().ready()) {
            read();
        } else {
            notSetUp();
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return focus;
    }

    @Override
    public void leave() {
        if (reading != null) {
            reading.cancel();
        }
    }

    private void goHome() {
        leave();
        nav.home();
    }

    private void notSetUp() {
        Label text = message("overviewNotSetUp", m.get("overview.not-set-up"));
        Button settings = button("overviewOpenSettings", m.get("overview.open-settings"), services.openSettings());
        settings.getStyleClass().add("primary");
        show(new VBox(12, text, settings), settings);
    }

    private void read() {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("overviewProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setAccessibleText(m.get("overview.reading", services.source().where()));
        Label reading = message(
                "overviewReading", m.get("overview.reading", services.source().where()));
        Label count = Ui.text(m.get("overview.read-so-far", 0), "muted");
        count.setId("overviewReadCount");
        Button cancel = button("overviewCancel", m.get("overview.cancel"), this::goHome);
        show(new VBox(12, reading, bar, count, cancel), cancel);
        this.reading = OverviewRead.start(
                services.source(),
                services.options(),
                ctx.course(),
                n -> count.setText(m.get("overview.read-so-far", n)),
                new OverviewRead.Outcome() {
                    @Override
                    public void read(ClassOverview overview) {
                        shown(overview);
                    }

                    @Override
                    public void failed(String reason) {
                        ClassOverviewView.this.failed(reason);
                    }
                });
    }

    private void failed(String reason) {
        Label text = message(
                "overviewFailed", m.get("overview.failed", services.source().where(), reason));
        text.getStyleClass().addAll("form-message", "error");
        Button retry = button("overviewRetry", m.get("overview.retry"), this::read);
        retry.getStyleClass().add("primary");
        Button settings = button("overviewOpenSettings", m.get("overview.open-settings"), services.openSettings());
        show(new VBox(12, text, new HBox(12, retry, settings)), retry);
    }

    private void shown(ClassOverview overview) {
        if (overview.learners().isEmpty()) {
            String text = overview.statements() == 0
                    ? m.get("overview.empty", services.source().where())
                    : m.get("overview.none-used", overview.statements());
            Button retry = button("overviewRetry", m.get("overview.retry"), this::read);
            show(new VBox(12, message("overviewEmpty", text), retry), retry);
            return;
        }
        OverviewResults results = new OverviewResults(m, overview, services.chooseFile());
        show(results.node(), results.initialFocus());
    }

    /** Puts {@code content} in place of what the body showed, giving {@code first} the focus if the screen has it. */
    private void show(Node content, Node first) {
        body.setCenter(content);
        focus = first;
        // The button that had the focus (Cancel, Try again) has just left the scene. A control in a scroll pane joins
        // the scene only once the pane's skin is made, at the next pulse.
        if (root.getScene() != null) {
            first.requestFocus();
            FirstFrame.then(root.getScene(), () -> {
                if (focus == first && first.getScene() != null && !first.isFocused()) {
                    first.requestFocus();
                }
            });
        }
    }

    private static Label message(String id, String text) {
        Label label = Ui.text(text, "body-text");
        label.setId(id);
        return label;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
