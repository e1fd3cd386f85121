package org.empathytrainer.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.DiscussAnswer;
import org.empathytrainer.practice.FixAnswer;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.PlaceAnswer;
import org.empathytrainer.practice.SenseAnswer;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StepStatus;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.practice.ToneCheck;
import org.empathytrainer.practice.WizardPage;
import org.empathytrainer.records.ProgressKeeper;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.Settings;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.theme.Appearance;

/**
 * A learner's progress at the shipped cases for the dashboard's screen tests, and the services to show it with.
 *
 * <p>Porch parcel: attempt 1 (day 1) scored 100 / 40 / 0 / 50 %, attempt 2 (day 3, current) 100 / 80 / 100 / 90 %.
 * Frozen bank card: attempt 1 (day 2, current) 50 / 60 %, stopped at step 3. So mastery is Place 75 % and Sense
 * 70 % (2 cases each), Discuss 100 % and Fix 90 % (1 case each); Sense is the weakest step.
 */
public final class DashboardFixture {
    public static final Course COURSE = ContentRepository.load(ContentSource.folder(Path.of("assets")));
    private static final Instant DAY_1 = Instant.parse("2026-02-23T09:00:00Z");

    private DashboardFixture() {}

    public static LearnerProgress learner() {
        return new LearnerProgress(
                "default",
                StoryProgress.NEW,
                Map.of(
                        "porch-parcel", attempt("porch-parcel", 3, "Second try", 1.0, 0.8, 1.0, 0.9),
                        "frozen-bank-card", attempt("frozen-bank-card", 2, "Card try", 0.5, 0.6, null, null)),
                List.of(attempt("porch-parcel", 1, "First try", 1.0, 0.4, 0.0, 0.5)));
    }

    /** Saves {@link #learner()} in {@code data} as the progress of the learner the app's tests run as. */
    public static void saveAsTestLearner(Path data) throws StoreException {
        LearnerProgress sample = learner();
        new ProgressStore(data, AppDriver.CLOCK)
                .save(new LearnerProgress(AppDriver.LEARNER, sample.story(), sample.cases(), sample.history()));
    }

    /** The services of the app around {@code progress}, in memory only, in the given look. */
    public static AppContext context(LearnerProgress progress, Settings look) {
        return new AppContext(
                new Messages(Locale.ENGLISH),
                COURSE,
                ProgressKeeper.inMemory(progress),
                ToneCheck.of(COURSE.tone()),
                AppDriver.CLOCK,
                new Appearance(look),
                new Presentation());
    }

    /** Shows {@code screen} on {@code stage} at 1280 by 800, styled by the context's appearance. */
    public static Scene show(Stage stage, AppContext ctx, Screen screen) {
        Scene scene = new Scene(new javafx.scene.layout.BorderPane(screen.node()), 1280, 800);
        ctx.appearance().register(scene);
        stage.setScene(scene);
        stage.show();
        screen.initialFocus().requestFocus();
        return scene;
    }

    /**
     * An attempt started on {@code day} at 9:00 whose written answers begin with {@code words}; each step done took
     * four minutes; a null score is a step not done.
     */
    static CaseProgress attempt(String caseId, int day, String words, Double... scores) {
        Instant start = DAY_1.plus(Duration.ofDays(day - 1));
        Map<Step, StepRecord> steps = new EnumMap<>(Step.class);
        Instant t = start;
        WizardPage page = WizardPage.SUMMARY;
        for (Step s : Step.values()) {
            if (scores[s.ordinal()] != null) {
                steps.put(s, new StepRecord(StepStatus.DONE, scores[s.ordinal()], t, t.plus(Duration.ofMinutes(4))));
                t = t.plus(Duration.ofMinutes(4));
            } else if (page == WizardPage.SUMMARY) {
                page = WizardPage.of(s);
                steps.put(s, new StepRecord(StepStatus.IN_PROGRESS, null, t, null));
            }
        }
        var c = COURSE.findCase(caseId).orElseThrow();
        String concern = c.place().concerns().get(0).id();
        String option = c.discuss().options().get(0).id();
        CaseAnswers answers = new CaseAnswers(
                new PlaceAnswer(words + ": it happened to me.", concern, concern),
                SenseAnswer.EMPTY.with(c.sense().feelings().get(0).emotion(), 2),
                new DiscussAnswer(option, option, words + ": I hear you.", Set.of()),
                new FixAnswer(List.of(c.fix().order().get(0)), words + ": I will call you at five.", Set.of()));
        return new CaseProgress(
                caseId, c.version(), page, answers, steps, start, t, page == WizardPage.SUMMARY ? t : null);
    }

    /** A navigator that notes what the screen asked for. */
    public static Navigator recorder(Consumer<String> calls) {
        return new Navigator() {
            @Override
            public void home() {
                calls.accept("home");
            }

            @Override
            public void story() {
                calls.accept("story");
            }

            @Override
            public void dashboard() {
                calls.accept("dashboard");
            }

            @Override
            public void openCase(String caseId) {
                calls.accept("open " + caseId);
            }

            @Override
            public void restartCase(String caseId) {
                calls.accept("restart " + caseId);
            }
        };
    }
}
