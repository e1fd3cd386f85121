package org.empathytrainer.ui.shell;

import org.empathytrainer.ui.kit.Notice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.CaseSession;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.practice.StorySession;
import org.empathytrainer.records.LoadResult;
import org.empathytrainer.records.StoreNotice;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.ui.dashboard.DashboardView;
import org.empathytrainer.ui.dashboard.ResultsSection;
import org.empathytrainer.ui.home.HomeView;
import org.empathytrainer.ui.profiles.LearnerSwitch;
import org.empathytrainer.ui.profiles.ProfileChooser;
import org.empathytrainer.ui.story.StoryView;
import org.empathytrainer.ui.theme.SettingsDialog;
import org.empathytrainer.ui.wizard.WizardView;
import org.empathytrainer.records.ProgressKeeper;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Navigator;
import org.empathytrainer.ui.Screen;
import org.empathytrainer.ui.kit.FirstFrame;
import org.empathytrainer.ui.kit.Keys;
import org.empathytrainer.ui.presenter.PresenterMode;

/**
 * The main window: a top bar, banners, and one screen at a time. Screens are built each time they are shown, except
 * the home screen and the case wizard's frame, which stay in the window, hidden while another screen shows, for as
 * long as the same learner learns.
 */
public final class MainWindow implements Navigator {
    /** How the window starts: in presenter mode or not, where votes go, and the learner to start as, if known. */
    public record Start(boolean presenting, Optional<Path> dataFolder, Optional<Profile> learner) {
    }

    /** The banner saying the learner named on the command line is not on this computer. */
    public static final String UNKNOWN_LEARNER = "unknown-learner";

    private final PresenterMode presenter;
    private final Start start;
    private final Learners learners;
    private final LearnerSwitch learnerSwitch;
    /** The learner's services, or the classroom's while presenting. */
    private AppContext ctx;
    private final BorderPane root = new BorderPane();
    /** Where screens show: the one shown, and the home screen and the wizard kept hidden while another shows. */
    private final StackPane screens = new StackPane();
    /** The home screen, built the first time it is shown with the services in {@link #ctx}. */
    private HomeView homeScreen;
    /** The wizard cases open in, built the first time one is opened with the services in {@link #ctx}. */
    private WizardView wizard;
    private final Banners banners;
    private final Scene scene;
    private Screen current;

    public MainWindow(AppContext ctx, Learners learners, List<Notice> notices, Start start) {
        this.ctx = ctx;
        this.learners = learners;
        this.start = start;
        this.banners = new Banners(ctx.messages());
        presenter = new PresenterMode(ctx, start.dataFolder(), new PresenterHost());
        learnerSwitch = new LearnerSwitch(ctx.messages(), this::chooseLearner);
        learnerSwitch.disableProperty().bind(ctx.presentation().presentingProperty());
        root.setTop(new VBox(AppBar.of(ctx, learnerSwitch, learners.chosenProperty(), new AppBar.Actions() {
            @Override
            public void home() {
                MainWindow.this.home();
            }

            @Override
            public void dashboard() {
                MainWindow.this.dashboard();
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
        root.setCenter(screens);
        scene = new Scene(new StackPane(root, presenter.blank()), 1100, 760);
        ctx.appearance().register(scene);
        ctx.appearance().installKeys(scene);
        // Before the paging keys, so that while presenting the clicker's Page Down moves on even from a text field.
        presenter.installKeys(scene);
        // On the scene rather than each screen, so the keys work even while the focus is on its way to a new screen.
        Keys.bindPaging(scene, () -> current != null && current.pages(), () -> {
            if (current != null) {
                current.next();
            }
        }, () -> {
            if (current != null) {
                current.back();
            }
        });
        notices.forEach(n -> banners.show(n.id(), n.kind(), n.text()));
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
        stage.setOnCloseRequest(e -> {
            leaveCurrent();
            finishSaving();
        });
        start.learner().ifPresentOrElse(this::startAs, this::home);
        stage.show();
        if (start.presenting()) {
            presenter.enter(stage);
        }
    }

    /** Waits until the learner's answers so far are written to their file, as the window does before it closes. */
    public void finishSaving() {
        ctx.keeper().flush();
    }

    /** Shows the learner chooser; whoever was learning has their last answers saved first. */
    public void chooseLearner() {
        leaveCurrent();
        // The next learner chosen may be the same one, whose file is read again.
        finishSaving();
        current = null;
        ctx = ctx.withKeeper(learners.leave());
        learnerSwitch.setLearner(null);
        banners.dismiss("save-failed");
        display(() -> {
            ProfileChooser chooser = new ProfileChooser(ctx.messages(), learners.profiles(), ctx.appearance(),
                    learners.background(), this::startAs);
            chooser.offerGuest(this::continueAsGuest);
            return chooser;
        });
    }

    /** Continues as the guest, whose answers are not kept, as the chooser's guest button does. */
    private void continueAsGuest() {
        startAs(new Profile(Learners.GUEST, ctx.messages().get("learner.guest"), ctx.clock().instant(), null));
    }

    /**
     * The steps of a learner's first minute after the window opens: on as the guest to the home screen, then into the
     * first case. The start-up probe takes them one frame apart to record the classes they load (see
     * {@link StartupProbe}).
     */
    List<Runnable> firstSteps() {
        return List.of(this::continueAsGuest, () -> ctx.course().cases().stream().findFirst()
                .ifPresent(c -> openCase(c.id())));
    }

    /** Continues as {@code p}: their progress, their name in the top bar, their home screen. */
    private void startAs(Profile p) {
        LoadResult loaded = learners.choose(p);
        ProgressKeeper keeper = new ProgressKeeper(learners.progress(), loaded.progress(), learners.saving(),
                Platform::runLater);
        keeper.setOnSaveFailed(e -> banners.show("save-failed", Notice.Kind.ERROR,
                ctx.messages().get("banner.save-failed", e.getMessage())));
        keeper.setOnSaved(() -> banners.show("save-failed", Notice.Kind.INFO,
                ctx.messages().get("banner.save-recovered")));
        for (StoreNotice n : loaded.notices()) {
            Notice notice = StoreNotices.describe(ctx.messages(), n);
            banners.show(notice.id(), notice.kind(), notice.text());
        }
        ctx = ctx.withKeeper(keeper);
        learnerSwitch.setLearner(p);
        // A name from the command line that nobody had is answered once someone is learning.
        banners.dismiss(UNKNOWN_LEARNER);
        home();
    }

    /** Enters presenter mode, as F5 and the Present button do. */
    public void present() {
        presenter.enter(scene.getWindow());
    }

    /** Leaves presenter mode, as Esc does. */
    public void stopPresenting() {
        presenter.leave();
    }

    /** The learner's dashboard; nobody has one while presenting or before choosing a learner. */
    @Override
    public void dashboard() {
        Optional<Profile> learner = learners.current();
        if (learner.isEmpty() || ctx.presentation().presenting()) {
            return;
        }
        display(() -> {
            DashboardView view = new DashboardView(ctx, this);
            start.dataFolder().ifPresent(folder -> view.addSection(ResultsSection.of(ctx, learner.get(), folder,
                    learners.background(), scene::getWindow)));
            return view;
        });
    }

    /** Home, or the learner chooser while nobody is learning (a classroom needs nobody). */
    @Override
    public void home() {
        if (learners.current().isEmpty() && !ctx.presentation().presenting()) {
            chooseLearner();
            return;
        }
        display(() -> homeScreen().refresh());
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
            if (Questions.ask(ctx, scene.getWindow(), Questions.CHANGED)) {
                ctx.keeper().restart(caseId, c.version(), ctx.clock().instant());
            } else {
                CaseProgress kept = saved.get();
                ctx.keeper().save(new CaseProgress(caseId, c.version(), kept.page(), kept.answers(), kept.steps(),
                        kept.startedAt(), kept.updatedAt(), kept.completedAt()));
            }
        }
        CaseProgress progress = ctx.keeper().progress().caseProgress(caseId)
                .orElseGet(() -> CaseProgress.start(caseId, c.version(), ctx.clock().instant()));
        display(() -> wizard().open(new CaseSession(c, progress, ctx.clock(), ctx.keeper()::save)));
    }

    /** The home screen kept in the window; built on first use for each learner (see {@link #display}). */
    private HomeView homeScreen() {
        if (homeScreen == null) {
            homeScreen = new HomeView(ctx, this);
        }
        return homeScreen;
    }

    /** The wizard kept in the window; built on first use for each learner (see {@link #display}). */
    private WizardView wizard() {
        if (wizard == null) {
            wizard = new WizardView(ctx, this);
        }
        return wizard;
    }

    @Override
    public void restartCase(String caseId) {
        Optional<CustomerCase> found = ctx.course().findCase(caseId);
        if (found.isPresent() && Questions.ask(ctx, scene.getWindow(), Questions.RESTART)) {
            ctx.keeper().restart(caseId, found.get().version(), ctx.clock().instant());
            openCase(caseId);
        }
    }

    /** Built after the page turns, so the new screen's own choice to vote on is not cleared with the old one's. */
    private void display(Supplier<Screen> next) {
        leaveCurrent();
        ctx.presentation().turnPage();
        // Kept screens built for the learner before (or the classroom) go: nothing of theirs stays in the window.
        if (homeScreen != null && homeScreen.context() != ctx) {
            homeScreen = null;
        }
        if (wizard != null && wizard.context() != ctx) {
            wizard = null;
        }
        Screen screen = next.get();
        current = screen;
        // Taking the focus owner out of the scene makes JavaFX hand the focus to "the next" control at a later pulse,
        // which can come after the new screen has taken it; the window holds it while the screens change.
        root.requestFocus();
        showOnly(screen.node());
        Platform.runLater(() -> focusFirst(screen, 3));
    }

    /**
     * Puts {@code shown} in the window in place of the screen before. The home screen and the wizard are hidden rather
     * than taken out: a node put back in the scene has JavaFX style all of it again.
     */
    private void showOnly(Node shown) {
        List<Node> kept = new ArrayList<>(2);
        if (wizard != null) {
            kept.add(wizard.node());
        }
        if (homeScreen != null) {
            kept.add(homeScreen.node());
        }
        screens.getChildren().removeIf(n -> n != shown && !kept.contains(n));
        if (shown.getParent() != screens) {
            screens.getChildren().add(shown);
        }
        for (Node n : kept) {
            n.setVisible(n == shown);
            n.setManaged(n == shown);
        }
    }

    /**
     * Gives {@code screen}'s first control the focus, unless another screen has come since. A control inside a scroll
     * pane joins the scene only when the pane's skin is made, at the next pulse, and cannot take the focus before:
     * then it is asked again after that pulse, a few times at most.
     */
    private void focusFirst(Screen screen, int tries) {
        if (current != screen) {
            return;
        }
        Node wanted = screen.initialFocus();
        if (wanted.getScene() == null && tries > 0) {
            FirstFrame.then(scene, () -> focusFirst(screen, tries - 1));
            return;
        }
        ctx.presentation().focus(wanted, screen.node());
    }

    private void leaveCurrent() {
        if (current != null) {
            current.leave();
        }
    }

    /** What presenter mode needs of the window. */
    private final class PresenterHost implements PresenterMode.Host {
        @Override
        public void restartWith(AppContext other) {
            leaveCurrent();
            current = null;
            ctx = other;
            home();
        }

        @Override
        public AppContext context() {
            return ctx;
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
        public void notice(String id, Notice.Kind kind, String text) {
            banners.show(id, kind, text);
        }
    }
}
