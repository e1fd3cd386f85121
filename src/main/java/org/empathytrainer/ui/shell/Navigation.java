package org.empathytrainer.ui.shell;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Navigator;
import org.empathytrainer.ui.Screen;
import org.empathytrainer.ui.dashboard.DashboardView;
import org.empathytrainer.ui.dashboard.ResultsSection;
import org.empathytrainer.ui.story.StoryView;

/**
 * Moving between the screens of the main window: each is built with the services the {@link SessionModel} has at
 * that moment and shown in the window's {@link Screens}.
 */
final class Navigation implements Navigator {
    private final SessionModel model;
    private final Screens screens;
    private final Workstation workstation;
    private final Supplier<Window> owner;
    private final Runnable chooseLearner;

    /**
     * @param owner         the window dialogs belong to
     * @param chooseLearner shows the learner chooser, which home is while nobody is learning
     */
    Navigation(
            SessionModel model,
            Screens screens,
            Workstation workstation,
            Supplier<Window> owner,
            Runnable chooseLearner) {
        this.model = model;
        this.screens = screens;
        this.workstation = workstation;
        this.owner = owner;
        this.chooseLearner = chooseLearner;
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

    @Override
    public void openCase(String caseId) {
        model.openCase(caseId, () -> Questions.ask(ctx(), owner.get(), Questions.CHANGED))
                .ifPresent(session ->
                        screens.show(ctx(), () -> screens.wizard(ctx(), this).open(session)));
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
