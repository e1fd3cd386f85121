package org.empathytrainer.ui.shell;

import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.CaseSession;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.practice.StorySession;
import org.empathytrainer.records.LoadResult;
import org.empathytrainer.records.ProgressKeeper;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.records.StoreNotice;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.ui.AppContext;

/**
 * What the main window shows, apart from how it shows it: who is learning, whose services the screens get (the
 * learner's, or the classroom's while presenting), which case is open, and how the learner's saves go. The window
 * listens to its read-only properties; nothing here needs the toolkit running.
 */
public final class SessionModel {
    /** The id of the classroom's progress, kept in memory only. */
    static final String CLASSROOM = "classroom";

    private static final System.Logger LOG = System.getLogger(SessionModel.class.getName());

    /** How the learner's saves go; a save that works again after failures is news, so it has a state of its own. */
    public enum Saving {
        FINE,
        FAILING,
        RECOVERED
    }

    private final Learners learners;
    private final Executor listeners;
    private final ReadOnlyObjectWrapper<AppContext> context = new ReadOnlyObjectWrapper<>(this, "context");
    private final ReadOnlyObjectWrapper<Profile> learner = new ReadOnlyObjectWrapper<>(this, "learner");
    private final ReadOnlyStringWrapper openCase = new ReadOnlyStringWrapper(this, "openCase");
    private final ReadOnlyObjectWrapper<Saving> saving = new ReadOnlyObjectWrapper<>(this, "saving", Saving.FINE);
    /** The latest save failure while {@link #saving} is {@link Saving#FAILING}. */
    private StoreException saveFailure;
    /**
     * How often each case was started again while this model ran. A wizard opened before a restart still holds the
     * replaced attempt and checkpoints it when it closes; counting restarts lets that late checkpoint be dropped, so the
     * replaced attempt is never saved as the current one while it is also in the history.
     */
    private final Map<String, Integer> restarts = new HashMap<>();
    /** The learner's services while the classroom's are in use, given back when presenting ends. */
    private AppContext beforeClassroom;

    /**
     * @param services  the services that stay the same for every learner; their keeper is replaced by each learner's
     * @param listeners where the keeper's save listeners run, and so where {@link #savingProperty()} changes: the
     *                  JavaFX thread in the app
     */
    public SessionModel(AppContext services, Learners learners, Executor listeners) {
        this.learners = Objects.requireNonNull(learners);
        this.listeners = Objects.requireNonNull(listeners);
        context.set(services.withKeeper(learners.leave()));
    }

    /** The services screens use now. */
    public ReadOnlyObjectProperty<AppContext> contextProperty() {
        return context.getReadOnlyProperty();
    }

    public AppContext context() {
        return context.get();
    }

    /** Who is learning: null while nobody is (the learner chooser shows). */
    public ReadOnlyObjectProperty<Profile> learnerProperty() {
        return learner.getReadOnlyProperty();
    }

    public Optional<Profile> learner() {
        return Optional.ofNullable(learner.get());
    }

    /** The id of the case open in the wizard; null while another screen shows. */
    public ReadOnlyStringProperty openCaseProperty() {
        return openCase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Saving> savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Why the latest save failed, while saves are failing. */
    public Optional<StoreException> saveFailure() {
        return saving.get() == Saving.FAILING ? Optional.ofNullable(saveFailure) : Optional.empty();
    }

    /** Whether the screens have the classroom's services: progress in memory, nothing written to any learner. */
    public boolean inClassroom() {
        return beforeClassroom != null;
    }

    /** Continues as {@code p} with their saved progress; returns what was wrong with their files, if anything. */
    public List<StoreNotice> startAs(Profile p) {
        LoadResult loaded = learners.choose(p);
        // A file left alone at loading (unreadable, too large, from a newer app) is not written: the notice says so.
        ProgressKeeper keeper = learners.progress().readOnly(p.id())
                ? ProgressKeeper.inMemory(loaded.progress())
                : new ProgressKeeper(learners.progress(), loaded.progress(), learners.saving(), listeners);
        keeper.setOnWritten(learners.onWritten());
        keeper.setOnSaveFailed(e -> {
            saveFailure = e;
            saving.set(Saving.FAILING);
        });
        keeper.setOnSaved(() -> saving.set(Saving.RECOVERED));
        saving.set(Saving.FINE);
        openCase.set(null);
        context.set(context.get().withKeeper(keeper));
        learner.set(p);
        return loaded.notices();
    }

    /** The guest, whose answers are not kept with a learner's: {@code guestName} is what the guest is called. */
    public Profile guest(String guestName) {
        return new Profile(Learners.GUEST, guestName, context.get().clock().instant(), null);
    }

    /** Nobody is learning any more: whoever was has their last answers written first. */
    public void leave() {
        finishSaving();
        openCase.set(null);
        context.set(context.get().withKeeper(learners.leave()));
        learner.set(null);
        saving.set(Saving.FINE);
    }

    /** Waits until the learner's answers so far are written to their file. */
    public void finishSaving() {
        context.get().keeper().flush();
    }

    /**
     * As {@link #finishSaving()}, waiting at most {@code millis}; safe from any thread, as a shutdown hook calls it
     * while the JavaFX thread may be busy or stopped. The keeper read is the one the screens last had.
     */
    public void finishSavingWithin(long millis) {
        context.get().keeper().flush(millis, TimeUnit.MILLISECONDS);
    }

    /** Gives the screens the classroom's services, whose progress lives in memory only; nothing if they have them. */
    public void enterClassroom() {
        if (inClassroom()) {
            return;
        }
        beforeClassroom = context.get();
        openCase.set(null);
        context.set(beforeClassroom.withKeeper(ProgressKeeper.inMemory(LearnerProgress.empty(CLASSROOM))));
    }

    /** Gives back the services from before the classroom; the classroom's progress is dropped. */
    public void leaveClassroom() {
        if (!inClassroom()) {
            return;
        }
        openCase.set(null);
        context.set(beforeClassroom);
        beforeClassroom = null;
    }

    /**
     * Opens a case where it was left, or at its start. Answers given for an earlier version of the case may not fit
     * it: then {@code restartChanged} is asked; yes starts the case again (the answers stay in the history), no keeps
     * them for this version. Empty for a case the course does not have.
     *
     * @throws org.empathytrainer.content.CaseUnavailableException when a trainer's case can no longer be read from its
     *     file
     */
    public Optional<CaseSession> openCase(String caseId, BooleanSupplier restartChanged) {
        AppContext ctx = context.get();
        Optional<CustomerCase> found = ctx.course().findCase(caseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CustomerCase c = found.get();
        // A trainer's case is read again from its file here: if that fails, nothing of the learner's changes.
        c.readBody();
        ProgressKeeper keeper = ctx.keeper();
        Optional<CaseProgress> outdated =
                keeper.progress().caseProgress(caseId).filter(p -> p.outdatedFor(c.version()));
        if (outdated.isPresent()) {
            if (restartChanged.getAsBoolean()) {
                restarts.merge(caseId, 1, Integer::sum);
                keeper.restart(caseId, c.version(), ctx.clock().instant());
            } else {
                keeper.save(outdated.get().forVersion(c.version()));
            }
        }
        CaseProgress progress = keeper.progress()
                .caseProgress(caseId)
                .orElseGet(() ->
                        CaseProgress.start(caseId, c.version(), ctx.clock().instant()));
        openCase.set(caseId);
        int attempt = restarts.getOrDefault(caseId, 0);
        BooleanSupplier current = () -> restarts.getOrDefault(caseId, 0) == attempt;
        return Optional.of(new CaseSession(
                c,
                progress,
                ctx.clock(),
                p -> {
                    if (current.getAsBoolean()) {
                        keeper.save(p);
                    } else {
                        LOG.log(
                                Level.DEBUG,
                                "An attempt at {0} that was started again is not saved as the current one",
                                caseId);
                    }
                },
                p -> {
                    if (current.getAsBoolean()) {
                        keeper.saveDraft(p);
                    }
                }));
    }

    /**
     * Starts a case again at step 1, if the course has it and {@code confirmed} says yes; the attempt it replaces is
     * kept in the learner's history. Returns whether it was started again.
     */
    public boolean restartCase(String caseId, BooleanSupplier confirmed) {
        AppContext ctx = context.get();
        Optional<CustomerCase> found = ctx.course().findCase(caseId);
        if (found.isEmpty() || !confirmed.getAsBoolean()) {
            return false;
        }
        restarts.merge(caseId, 1, Integer::sum);
        ctx.keeper().restart(caseId, found.get().version(), ctx.clock().instant());
        return true;
    }

    /** The story where it was left; a finished story is reviewed from its first scene, its reflection kept. */
    public Optional<StorySession> story() {
        AppContext ctx = context.get();
        StoryProgress saved = ctx.keeper().progress().story();
        StoryProgress start = saved.completed() ? new StoryProgress(0, saved.reflection(), saved.completedAt()) : saved;
        return ctx.course().storyIfLoaded().map(s -> new StorySession(s, start, ctx.clock(), ctx.keeper()::save));
    }

    /** The case open in the wizard is left for another screen. */
    public void closeCase() {
        openCase.set(null);
    }
}
