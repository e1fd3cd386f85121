package org.empathytrainer.ui;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.CaseSession;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.practice.StorySession;
import org.empathytrainer.ui.home.HomeView;
import org.empathytrainer.ui.story.StoryView;
import org.empathytrainer.ui.theme.SettingsDialog;
import org.empathytrainer.ui.wizard.WizardView;

/** The main window: a top bar, banners, and one screen at a time. */
public final class MainWindow implements Navigator {
    /** The bundle keys of a yes-or-no question. */
    private record Question(String id, String title, String header, String body, String yes, String no) {
    }

    private static final Question RESTART = new Question("restart", "restart.title", "restart.header",
            "restart.body", "restart.yes", "restart.no");
    private static final Question CHANGED = new Question("changed", "changed.title", "changed.header",
            "changed.body", "changed.yes", "changed.no");

    private final AppContext ctx;
    private final BorderPane root = new BorderPane();
    private final Banners banners;
    private final Scene scene;
    private Screen current;

    public MainWindow(AppContext ctx, List<StartupNotice> notices) {
        this.ctx = ctx;
        this.banners = new Banners(ctx.messages());
        root.setTop(new VBox(appBar(), banners));
        scene = new Scene(root, 1100, 760);
        ctx.appearance().register(scene);
        ctx.appearance().installKeys(scene);
        // On the scene rather than each screen, so the keys work even while the focus is on its way to a new screen.
        Keys.bindPaging(scene, () -> {
            if (current != null) {
                current.next();
            }
        }, () -> {
            if (current != null) {
                current.back();
            }
        });
        notices.forEach(n -> banners.show(n.id(), n.kind(), n.text()));
        ctx.keeper().setOnSaveFailed(e -> banners.show("save-failed", Banners.Kind.ERROR,
                ctx.messages().get("banner.save-failed", e.getMessage())));
        ctx.keeper().setOnSaved(() -> banners.show("save-failed", Banners.Kind.INFO,
                ctx.messages().get("banner.save-recovered")));
    }

    public Scene scene() {
        return scene;
    }

    public Banners banners() {
        return banners;
    }

    public void show(Stage stage) {
        stage.setTitle(ctx.messages().get("app.title"));
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setOnCloseRequest(e -> leaveCurrent());
        home();
        stage.show();
    }

    @Override
    public void home() {
        display(new HomeView(ctx, this));
    }

    @Override
    public void story() {
        StoryProgress saved = ctx.keeper().progress().story();
        // Reviewing a finished story starts from its first scene; the reflection is kept.
        StoryProgress start = saved.completed() ? new StoryProgress(0, saved.reflection(), saved.completedAt()) : saved;
        ctx.course().storyIfLoaded().ifPresent(story -> display(new StoryView(ctx,
                new StorySession(story, start, ctx.clock(), ctx.keeper()::save), this)));
    }

    @Override
    public void openCase(String caseId) {
        Optional<CustomerCase> found = ctx.course().findCase(caseId);
        if (found.isEmpty()) {
            return;
        }
        CustomerCase c = found.get();
        Optional<CaseProgress> saved = ctx.keeper().progress().caseProgress(caseId);
        if (saved.filter(p -> p.started() && p.caseVersion() != c.version()).isPresent()) {
            if (confirm(CHANGED)) {
                ctx.keeper().restart(caseId, c.version(), ctx.clock().instant());
            } else {
                CaseProgress kept = saved.get();
                ctx.keeper().save(new CaseProgress(caseId, c.version(), kept.page(), kept.answers(), kept.steps(),
                        kept.startedAt(), kept.updatedAt(), kept.completedAt()));
            }
        }
        CaseProgress progress = ctx.keeper().progress().caseProgress(caseId)
                .orElseGet(() -> CaseProgress.start(caseId, c.version(), ctx.clock().instant()));
        display(new WizardView(ctx, new CaseSession(c, progress, ctx.clock(), ctx.keeper()::save), this));
    }

    @Override
    public void restartCase(String caseId) {
        Optional<CustomerCase> found = ctx.course().findCase(caseId);
        if (found.isPresent() && confirm(RESTART)) {
            ctx.keeper().restart(caseId, found.get().version(), ctx.clock().instant());
            openCase(caseId);
        }
    }

    private boolean confirm(Question q) {
        ButtonType yes = new ButtonType(ctx.messages().get(q.yes()), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(ctx.messages().get(q.no()), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert dialog = new Alert(Alert.AlertType.CONFIRMATION, ctx.messages().get(q.body()), yes, no);
        dialog.setTitle(ctx.messages().get(q.title()));
        dialog.setHeaderText(ctx.messages().get(q.header()));
        if (scene.getWindow() != null) {
            dialog.initOwner(scene.getWindow());
        }
        ctx.appearance().register(dialog);
        dialog.getDialogPane().setId("dialog-" + q.id());
        return dialog.showAndWait().filter(yes::equals).isPresent();
    }

    private void display(Screen screen) {
        leaveCurrent();
        current = screen;
        root.setCenter(screen.node());
        Platform.runLater(() -> screen.initialFocus().requestFocus());
    }

    private void leaveCurrent() {
        if (current != null) {
            current.leave();
        }
    }

    private HBox appBar() {
        Label title = new Label(ctx.messages().get("app.title"));
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button home = new Button(ctx.messages().get("nav.home"));
        home.setId("navHome");
        home.setMnemonicParsing(true);
        home.setAccessibleText(ctx.messages().get("nav.home.accessible"));
        home.setOnAction(e -> home());
        Button settings = new Button(ctx.messages().get("nav.settings"));
        settings.setId("navSettings");
        settings.setAccessibleText(ctx.messages().get("nav.settings.accessible"));
        settings.setOnAction(e -> new SettingsDialog(ctx.messages(), ctx.appearance(), scene.getWindow()).showAndWait());
        HBox bar = new HBox(title, spacer, settings, home);
        bar.getStyleClass().add("app-bar");
        return bar;
    }
}
