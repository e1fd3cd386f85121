package org.empathytrainer.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.empathytrainer.content.CaseUnavailableException;
import org.empathytrainer.lrs.LrsSettings;
import org.empathytrainer.practice.CaseSession;
import org.empathytrainer.records.export.XapiOptions;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Navigator;
import org.empathytrainer.ui.Screen;
import org.empathytrainer.ui.dashboard.DashboardView;
import org.empathytrainer.ui.dashboard.ResultsSection;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.overview.ClassOverviewView;
import org.empathytrainer.ui.overview.LrsStatements;
import org.empathytrainer.ui.overview.StatementSource;
import org.empathytrainer.ui.story.StoryView;

/**
 * Moving between the screens of the main window: each is built with the services the {@link SessionModel} has at
 * that moment and shown in the window's {@link Screens}.
 */
final class Navigation implements Navigator {
    private static final System.Logger LOG = System.getLogger(Navigation.class.getName());

    private final SessionModel model;
    private final Screens screens;
    private final Workstation workstation;
    private final Supplier<Window> owner;
    private final Runnable chooseLearner;
    private final Runnable openSettings;

    /**
     * @param owner         the window dialogs belong to
     * @param chooseLearner shows the learner chooser, which home is while nobody is learning
     * @param openSettings  opens the settings dialog, where the learning record store is set up
     */
    Navigation(
            SessionModel model,
            Screens screens,
            Workstation workstation,
            Supplier<Window> owner,
            Runnable chooseLearner,
            Runnable openSettings) {
        this.model = model;
        this.screens = screens;
        this.workstation = workstation;
        this.owner = owner;
        this.chooseLearner = chooseLearner;
        this.openSettings = openSettings;
    }

    /** Home, or the learner chooser while nobody is learning (a classroom needs nobody). */
    @Override
    public void home() {
        if (model.learner().isEmpty() && !ctx().presentation().presenting()) {
            chooseLearner.run();
            return;
        }
        display(() -> screens.home(ctx(), this).refresh());
    }

    @Override
    public void story() {
        model.story().ifPresent(session -> display(() -> new StoryView(ctx(), session, this)));
    }

    /** The learner's dashboard; nobody has one while presenting or before choosing a learner. */
    @Override
    public void dashboard() {
        Optional<Profile> learner = model.learner();
        if (learner.isEmpty() || ctx().presentation().presenting()) {
            return;
        }
        display(() -> {
            DashboardView view = new DashboardView(ctx(), this);
            view.addSection(ResultsSection.of(
                    ctx(),
                    learner.get(),
                    workstation.exports(),
                    workstation.learners().background(),
                    owner));
            return view;
        });
    }

    /**
     * The trainer's overview of the class, read from the learning record store; not while presenting, where the room
     * would see every learner's results. Needs no learner.
     */
    void classOverview() {
        if (ctx().presentation().presenting()) {
            return;
        }
        StatementSource source = workstation
                .lrs()
                .<StatementSource>map(s -> new LrsStatements(s::settings, s.courseActivityId()))
                .orElseGet(
                        () -> new LrsStatements(() -> LrsSettings.NONE, XapiOptions.DEFAULT_ACTIVITY_BASE + "course"));
        ClassOverviewView.Services services =
                new ClassOverviewView.Services(source, XapiOptions.DEFAULTS, openSettings, name -> saveAs(name));
        display(() -> new ClassOverviewView(ctx(), this, services));
    }

    /** The system's save dialog for the overview's CSV; empty when cancelled. */
    private Optional<Path> saveAs(String suggested) {
        Messages m = ctx().messages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("overview.export.choose"));
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("overview.export.filter"), "*.csv"));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void openCase(String caseId) {
        Optional<CaseSession> session;
        try {
            session = model.openCase(caseId, () -> Questions.ask(ctx(), owner.get(), Questions.CHANGED));
        } catch (CaseUnavailableException e) {
            LOG.log(System.Logger.Level.WARNING, "Case {0} could not be opened: {1}", caseId, e.getMessage());
            Questions.tellUnavailable(ctx(), owner.get(), e.problem());
            return;
        }
        session.ifPresent(
                s -> screens.show(ctx(), () -> screens.wizard(ctx(), this).open(s)));
    }

    @Override
    public void restartCase(String caseId) {
        if (model.restartCase(caseId, () -> Questions.ask(ctx(), owner.get(), Questions.RESTART))) {
            openCase(caseId);
        }
    }

    private void display(Supplier<Screen> next) {
        model.closeCase();
        screens.show(ctx(), next);
    }

    private AppContext ctx() {
        return model.context();
    }
}
