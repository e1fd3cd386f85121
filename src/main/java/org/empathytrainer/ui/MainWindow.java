package org.empathytrainer.ui;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
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
import org.empathytrainer.ui.theme.Theme;
import org.empathytrainer.ui.theme.Themes;
import org.empathytrainer.ui.wizard.WizardView;

/** The main window: a top bar, banners, and one screen at a time. */
public final class MainWindow implements Navigator {
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
        Themes.apply(scene, Theme.LIGHT);
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
        CaseProgress progress = ctx.keeper().progress().caseProgress(caseId)
                .orElseGet(() -> CaseProgress.start(caseId, c.version(), ctx.clock().instant()));
        display(new WizardView(ctx, new CaseSession(c, progress, ctx.clock(), ctx.keeper()::save), this));
    }

    @Override
    public void restartCase(String caseId) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, ctx.messages().get("restart.body"),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.setTitle(ctx.messages().get("restart.title"));
        confirm.setHeaderText(ctx.messages().get("restart.header"));
        if (scene.getWindow() != null) {
            confirm.initOwner(scene.getWindow());
        }
        confirm.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            ctx.course().findCase(caseId).ifPresent(c ->
                    ctx.keeper().save(CaseProgress.start(caseId, c.version(), ctx.clock().instant())));
            openCase(caseId);
        }
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
        HBox bar = new HBox(title, spacer, home);
        bar.getStyleClass().add("app-bar");
        return bar;
    }
}
