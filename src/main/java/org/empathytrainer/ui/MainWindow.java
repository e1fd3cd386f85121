package org.empathytrainer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
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

    private final PresenterMode presenter;
    private final boolean startPresenting;
    /** The learner's services, or the classroom's while presenting. */
    private AppContext ctx;
    private final BorderPane root = new BorderPane();
    private final Banners banners;
    private final Scene scene;
    private Screen current;

    public MainWindow(AppContext ctx, List<StartupNotice> notices) {
        this(ctx, notices, false, Optional.empty());
    }

    /**
     * @param presenting open in presenter mode, as {@code --presenter} asks
     * @param dataFolder where a classroom session's votes are saved; none keeps them in memory only
     */
    public MainWindow(AppContext ctx, List<StartupNotice> notices, boolean presenting, Optional<Path> dataFolder) {
        this.ctx = ctx;
        this.startPresenting = presenting;
        this.banners = new Banners(ctx.messages());
        presenter = new PresenterMode(ctx, dataFolder, new PresenterMode.Host() {
            @Override
            public void restartWith(AppContext other) {
                leaveCurrent();
                current = null;
                MainWindow.this.ctx = other;
                home();
            }

            @Override
            public void next() {
                if (current != null) {
                    current.next();
                }
            }

            @Override
            public void back() {
                if (current != null) {
                    current.back();
                }
            }

            @Override
            public boolean pages() {
                return current != null && current.pages();
            }

            @Override
            public void notice(String id, Banners.Kind kind, String text) {
                banners.show(id, kind, text);
            }
        });
        root.setTop(new VBox(AppBar.of(ctx, new AppBar.Actions() {
            @Override
            public void home() {
                MainWindow.this.home();
            }

            @Override
            public void settings() {
                new SettingsDialog(MainWindow.this.ctx.messages(), MainWindow.this.ctx.appearance(),
                        scene.getWindow()).showAndWait();
            }

            @Override
            public void togglePresenting() {
                if (MainWindow.this.ctx.presentation().presenting()) {
                    stopPresenting();
                } else {
                    present();
                }
            }
        }), banners));
        scene = new Scene(new StackPane(root, presenter.blank()), 1100, 760);
        ctx.appearance().register(scene);
        ctx.appearance().installKeys(scene);
        // Before the paging keys, so that while presenting the clicker's Page Down moves on even from a text field.
        presenter.installKeys(scene);
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
        if (startPresenting) {
            presenter.enter(stage);
        }
    }

    /** Enters presenter mode, as F5 and the Present button do. */
    public void present() {
        presenter.enter(scene.getWindow());
    }

    /** Leaves presenter mode, as Esc does. */
    public void stopPresenting() {
        presenter.leave();
    }

    @Override
    public void home() {
        display(() -> new HomeView(ctx, this));
    }

    @Override
    public void story() {
        StoryProgress saved = ctx.keeper().progress().story();
        // Reviewing a finished story starts from its first scene; the reflection is kept.
        StoryProgress start = saved.completed() ? new StoryProgress(0, saved.reflection(), saved.completedAt()) : saved;
        ctx.course().storyIfLoaded().ifPresent(story -> display(() -> new StoryView(ctx,
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
        display(() -> new WizardView(ctx, new CaseSession(c, progress, ctx.clock(), ctx.keeper()::save), this));
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

    /** Built after the page turns, so the new screen's own choice to vote on is not cleared with the old one's. */
    private void display(Supplier<Screen> next) {
        leaveCurrent();
        ctx.presentation().turnPage();
        Screen screen = next.get();
        current = screen;
        root.setCenter(screen.node());
        Platform.runLater(() -> ctx.presentation().focus(screen.initialFocus(), screen.node()));
    }

    private void leaveCurrent() {
        if (current != null) {
            current.leave();
        }
    }
}
