package org.empathytrainer.practice;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Step;

/**
 * A learner working through one case: the wizard's flow. It decides which page comes next and whether the learner
 * may go on; pages only show and edit answers. Every change is announced to the change listener (the screen
 * re-renders), every page move to the checkpoint listener (progress is saved) and every edit to the draft listener
 * (saved once typing pauses), so a learner who closes the app, or whose computer stops, comes back to the same page
 * with every answer.
 */
public final class CaseSession {
    private final CustomerCase content;
    private final Clock clock;
    private final Consumer<CaseProgress> checkpoint;
    private final Consumer<CaseProgress> draft;
    private Consumer<CaseProgress> changeListener = p -> {};
    private CaseProgress progress;

    public CaseSession(CustomerCase content, CaseProgress progress, Clock clock, Consumer<CaseProgress> checkpoint) {
        this(content, progress, clock, checkpoint, p -> {});
    }

    /** @param draft told of every edit of an answer, which it may save a little later */
    public CaseSession(
            CustomerCase content,
            CaseProgress progress,
            Clock clock,
            Consumer<CaseProgress> checkpoint,
            Consumer<CaseProgress> draft) {
        this.draft = Objects.requireNonNull(draft);
        this.content = Objects.requireNonNull(content);
        this.progress = Objects.requireNonNull(progress);
        this.clock = Objects.requireNonNull(clock);
        this.checkpoint = Objects.requireNonNull(checkpoint);
        if (!progress.caseId().equals(content.id())) {
            throw new IllegalArgumentException("progress of " + progress.caseId() + " given for " + content.id());
        }
    }

    public void setChangeListener(Consumer<CaseProgress> listener) {
        changeListener = Objects.requireNonNull(listener);
    }

    public CustomerCase content() {
        return content;
    }

    public CaseProgress progress() {
        return progress;
    }

    public WizardPage page() {
        return progress.page();
    }

    public CaseAnswers answers() {
        return progress.answers();
    }

    /** Why the learner cannot go on from this page yet; empty when they can. */
    public Optional<Blocker> blocker() {
        return page().step().flatMap(step -> answers().blocker(step));
    }

    public boolean canAdvance() {
        return page() != WizardPage.SUMMARY && blocker().isEmpty();
    }

    public boolean canGoBack() {
        return !page().isFirst();
    }

    /** Completes the current step (scoring it) and moves to the next page. */
    public void advance() {
        if (!canAdvance()) {
            throw new IllegalStateException(
                    "cannot leave " + page() + ": " + blocker().map(Blocker::id).orElse("end"));
        }
        Step step = page().step().orElseThrow();
        Map<Step, StepRecord> steps = new EnumMap<>(progress.steps());
        double score = Scoring.score(step, content, answers());
        steps.put(step, steps.get(step).completed(score, clock.instant()));
        WizardPage next = page().next();
        boolean allDone = steps.values().stream().allMatch(StepRecord::done);
        if (next == WizardPage.SUMMARY && !allDone) {
            next = firstUnfinished(steps);
        }
        var completed = progress.completedAt() == null && allDone ? clock.instant() : progress.completedAt();
        move(progress.with(next, answers(), steps, clock.instant(), completed));
    }

    public void back() {
        if (canGoBack()) {
            move(progress.with(
                    page().previous(), answers(), progress.steps(), clock.instant(), progress.completedAt()));
        }
    }

    /** Whether the step indicator may jump to {@code target}: any page up to the first step not yet done. */
    public boolean canVisit(WizardPage target) {
        WizardPage reachable = progress.steps().values().stream().allMatch(StepRecord::done)
                ? WizardPage.SUMMARY
                : firstUnfinished(progress.steps());
        return target.ordinal() <= reachable.ordinal();
    }

    public void goTo(WizardPage target) {
        if (!canVisit(target)) {
            throw new IllegalStateException(target + " is not reachable yet");
        }
        if (target != page()) {
            move(progress.with(target, answers(), progress.steps(), clock.instant(), progress.completedAt()));
        }
    }

    /** Saves where the learner is, with any draft answers; used when they leave the wizard. */
    public void checkpoint() {
        checkpoint.accept(progress);
    }

    public void updatePlace(UnaryOperator<PlaceAnswer> edit) {
        edit(Step.PLACE, answers().with(edit.apply(answers().place())));
    }

    public void updateSense(UnaryOperator<SenseAnswer> edit) {
        edit(Step.SENSE, answers().with(edit.apply(answers().sense())));
    }

    public void updateDiscuss(UnaryOperator<DiscussAnswer> edit) {
        edit(Step.DISCUSS, answers().with(edit.apply(answers().discuss())));
    }

    public void updateFix(UnaryOperator<FixAnswer> edit) {
        edit(Step.FIX, answers().with(edit.apply(answers().fix())));
    }

    private void edit(Step step, CaseAnswers newAnswers) {
        if (newAnswers.equals(answers())) {
            return;
        }
        Map<Step, StepRecord> steps = new EnumMap<>(progress.steps());
        steps.put(step, steps.get(step).edited(clock.instant()));
        progress = progress.with(page(), newAnswers, steps, clock.instant(), progress.completedAt());
        changeListener.accept(progress);
        draft.accept(progress);
    }

    private void move(CaseProgress moved) {
        progress = moved;
        changeListener.accept(progress);
        checkpoint.accept(progress);
    }

    private static WizardPage firstUnfinished(Map<Step, StepRecord> steps) {
        for (Step s : Step.values()) {
            if (!steps.get(s).done()) {
                return WizardPage.of(s);
            }
        }
        return WizardPage.SUMMARY;
    }
}
