package org.empathytrainer.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Navigator;
import org.empathytrainer.ui.kit.FocusScroll;
import org.empathytrainer.ui.kit.Notice;
import org.empathytrainer.ui.kit.OpeningSize;
import org.empathytrainer.ui.presenter.PresenterMode;
import org.empathytrainer.ui.profiles.LearnerSwitch;
import org.empathytrainer.ui.profiles.ProfileChooser;
import org.empathytrainer.ui.theme.SettingsDialog;

/**
 * The main window: a top bar, banners, and one screen at a time. It builds the scene and wires it to the
 * {@link SessionModel}, which knows who is learning and which services the screens get.
 */
public final class MainWindow {
    /**
     * How the window starts: in presenter mode or not, the learner to start as, if known, the saved lesson to present
     * in the room view, if named, and whether the class overview opens at once.
     */
    public record Start(boolean presenting, Optional<Profile> learner, Optional<String> lesson, boolean classOverview) {
        public Start(boolean presenting, Optional<Profile> learner) {
            this(presenting, learner, Optional.empty(), false);
        }
    }

    /** The banner saying the learner named on the command line is not on this computer. */
    public static final String UNKNOWN_LEARNER = "unknownLearner";

    private final SessionModel model;
    private final Workstation workstation;
    private final Start start;
    private final PresenterMode presenter;
    private final LearnerSwitch learnerSwitch;
    private final BorderPane root = new BorderPane();
    private final Screens screens = new Screens(root);
    private final Navigation navigation;
    private final Banners banners;
    private final Scene scene;
    private final Sending sending;

    public MainWindow(AppContext services, Workstation workstation, List<Notice> notices, Start start) {
        this.workstation = workstation;
        this.start = start;
        model = new SessionModel(services, workstation.learners(), Platform::runLater);
        navigation = new Navigation(
                model,
                screens,
                workstation,
                () -> root.getScene().getWindow(),
                this::chooseLearner,
                this::openSettings);
        banners = new Banners(services.messages());
        presenter = new PresenterMode(
                services,
                workstation.votes(),
                workstation.lessons(),
                new PresenterMode.Host(this::classroom, screens::current, banners::show));
        learnerSwitch = new LearnerSwitch(services.messages(), this::chooseLearner);
        learnerSwitch.disableProperty().bind(services.presentation().presentingProperty());
        sending = new Sending(
                services.messages(),
                services.clock().getZone(),
                id -> services.course().findCase(id).map(c -> c.title()).orElse(id),
                workstation.lrs(),
                this::window);
        root.setTop(new VBox(
                AppBar.of(
                        services,
                        learnerSwitch,
                        sending.status(),
                        model.learnerProperty().isNotNull(),
                        new AppBar.Actions(
                                navigation::home,
                                navigation::dashboard,
                                this::openSettings,
                                this::togglePresenting,
                                navigation::classOverview)),
                banners));
        root.setCenter(screens.node());
        scene = new Scene(new StackPane(root, presenter.blank()), 1100, 760);
        services.appearance().register(scene);
        services.appearance().installKeys(scene);
        // Before the paging keys, so that while presenting the clicker's Page Down moves on even from a text field.
        presenter.installKeys(scene);
        screens.bindPaging(scene);
        FocusScroll.install(scene);
        notices.forEach(banners::show);
        model.learnerProperty().addListener((o, was, now) -> learnerSwitch.setLearner(now));
        model.savingProperty()
                .addListener((o, was, now) -> StoreNotices.saving(ctx().messages(), now, model.saveFailure())
                        .ifPresentOrElse(banners::show, () -> banners.dismiss(StoreNotices.SAVING)));
    }

    public Scene scene() {
        return scene;
    }

    public Banners banners() {
        return banners;
    }

    public void show(Stage stage) {
        stage.setTitle(ctx().messages().get("app.title"));
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setOnCloseRequest(e -> {
            screens.leave();
            finishSaving();
        });
        start.learner().ifPresentOrElse(this::startAs, navigation::home);
        if (start.classOverview()) {
            navigation.classOverview();
        }
        OpeningSize.keep(stage, scene.getWidth(), scene.getHeight());
        stage.show();
        if (start.lesson().isPresent()) {
            presenter.presentLesson(start.lesson().get());
        } else if (start.presenting()) {
            presenter.enter(stage);
        }
    }

    /** Waits until the learner's answers so far are written to their file, as the window does before it closes. */
    public void finishSaving() {
        model.finishSaving();
    }

    /** Writes the learner's answers so far, drafts too, waiting at most {@code millis}; from any thread. */
    public void finishSavingWithin(long millis) {
        model.finishSavingWithin(millis);
    }

    /** Shows the learner chooser; whoever was learning has their last answers saved first. */
    public void chooseLearner() {
        // The next learner chosen may be the same one, whose file is read again.
        screens.leave();
        model.leave();
        screens.show(ctx(), () -> {
            ProfileChooser chooser = new ProfileChooser(
                    ctx().messages(),
                    workstation.learners().profiles(),
                    ctx().appearance(),
                    workstation.learners().background(),
                    this::startAs);
            chooser.offerGuest(this::continueAsGuest);
            return chooser;
        });
    }

    /** Continues as the guest, whose answers are not kept, as the chooser's guest button does. */
    void continueAsGuest() {
        startAs(model.guest(ctx().messages().get("learner.guest")));
    }

    /** Continues as {@code p}: their progress, their name in the top bar, their home screen. */
    private void startAs(Profile p) {
        model.startAs(p).forEach(n -> banners.show(StoreNotices.describe(ctx().messages(), n)));
        // A name from the command line that nobody had is answered once someone is learning.
        banners.dismiss(UNKNOWN_LEARNER);
        navigation.home();
    }

    /** The settings dialog, with the learning record store's section where results can be sent. */
    public void openSettings() {
        SettingsDialog dialog = new SettingsDialog(ctx().messages(), ctx().appearance(), window());
        sending.settingsSection().ifPresent(dialog::addSection);
        dialog.showAndWait();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Leaves presenter mode, as Esc does. */
    public void stopPresenting() {
        presenter.leave();
    }

    private void togglePresenting() {
        if (ctx().presentation().presenting()) {
            stopPresenting();
        } else {
            presenter.enter(scene.getWindow());
        }
    }

    /** Goes home with the classroom's services, or the learner's again; the screen left saves to the keeper it had. */
    private void classroom(boolean on) {
        screens.leave();
        if (on) {
            model.enterClassroom();
        } else {
            model.leaveClassroom();
        }
        navigation.home();
    }

    /** Where the screens go: home, the story, a case, the dashboard. */
    public Navigator navigator() {
        return navigation;
    }

    private AppContext ctx() {
        return model.context();
    }
}
