package org.empathytrainer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.CaseSession;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.WizardPage;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.Settings;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.records.profiles.ProfileStore;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.AppDriver;
import org.empathytrainer.ui.DashboardFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's model, without the toolkit: saves run at once, on the calling thread. */
class SessionModelTest {
    private static final String CASE = "porch-parcel";

    @TempDir
    Path data;

    private ProgressStore progress;
    private Profile ana;
    private SessionModel model;
    private final List<AppContext> contexts = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        ProfileStore profiles = new ProfileStore(data, AppDriver.CLOCK);
        ana = profiles.create("Ana", null);
        progress = new ProgressStore(data, AppDriver.CLOCK);
        Learners learners = new Learners(profiles, progress, Runnable::run, Runnable::run);
        model = new SessionModel(
                DashboardFixture.context(LearnerProgress.empty("x"), Settings.DEFAULTS), learners, Runnable::run);
        model.contextProperty().addListener((o, was, now) -> contexts.add(now));
    }

    @Test
    void nobodyLearnsAtFirstAndNothingIsSaved() {
        assertThat(model.learner()).isEmpty();
        assertThat(model.context().keeper().saves()).isFalse();
        assertThat(model.inClassroom()).isFalse();
    }

    @Test
    void aLearnerGetsTheirSavedProgressAndTheirAnswersAreWritten() throws Exception {
        progress.save(LearnerProgress.empty(ana.id()).with(started(CASE, version(CASE))));

        assertThat(model.startAs(ana)).isEmpty();

        assertThat(model.learnerProperty().get()).isEqualTo(ana);
        assertThat(contexts).hasSize(1);
        assertThat(model.context().keeper().saves()).isTrue();
        assertThat(model.context().keeper().progress().caseProgress(CASE))
                .map(CaseProgress::page)
                .contains(WizardPage.SENSE);
        CaseSession session = model.openCase(CASE, () -> true).orElseThrow();
        assertThat(model.openCaseProperty().get()).isEqualTo(CASE);
        Instant then = AppDriver.CLOCK.instant();
        model.context()
                .keeper()
                .save(new CaseProgress(
                        CASE,
                        session.progress().caseVersion(),
                        WizardPage.DISCUSS,
                        CaseAnswers.EMPTY,
                        Map.of(),
                        then,
                        then,
                        null));
        model.leave();

        assertThat(model.learner()).isEmpty();
        assertThat(model.openCaseProperty().get()).isNull();
        assertThat(model.context().keeper().saves()).isFalse();
        assertThat(progress.load(ana.id()).progress().caseProgress(CASE))
                .map(CaseProgress::page)
                .contains(WizardPage.DISCUSS);
    }

    @Test
    void theClassroomWritesNothingAndTheLearnersServicesComeBack() throws Exception {
        model.startAs(ana);
        AppContext learners = model.context();

        model.enterClassroom();
        assertThat(model.inClassroom()).isTrue();
        assertThat(model.context().keeper().saves()).isFalse();
        CaseSession session = model.openCase(CASE, () -> true).orElseThrow();
        model.context().keeper().save(started(CASE, session.progress().caseVersion()));
        assertThat(model.context().keeper().progress().caseProgress(CASE)).isPresent();
        model.leaveClassroom();

        assertThat(model.context()).isSameAs(learners);
        assertThat(model.inClassroom()).isFalse();
        assertThat(learners.keeper().progress().caseProgress(CASE)).isEmpty();
        model.finishSaving();
        assertThat(Files.exists(progress.file(ana.id()))).isFalse();
    }

    @Test
    void aCaseTheCourseDoesNotHaveOpensNothing() {
        model.startAs(ana);

        assertThat(model.openCase("no-such-case", () -> true)).isEmpty();
        assertThat(model.restartCase("no-such-case", () -> true)).isFalse();
        assertThat(model.openCaseProperty().get()).isNull();
    }

    @Test
    void answersForAnEarlierVersionAreKeptForThisOneWhenTheLearnerSaysSo() throws Exception {
        int now = version(CASE);
        progress.save(LearnerProgress.empty(ana.id()).with(started(CASE, now - 1)));
        model.startAs(ana);
        AtomicInteger asked = new AtomicInteger();

        CaseSession kept =
                model.openCase(CASE, () -> asked.incrementAndGet() < 0).orElseThrow();

        assertThat(asked).hasValue(1);
        assertThat(kept.progress().caseVersion()).isEqualTo(now);
        assertThat(kept.progress().page()).isEqualTo(WizardPage.SENSE);
        // Kept for this version: not asked again.
        model.openCase(CASE, () -> asked.incrementAndGet() < 0);
        assertThat(asked).hasValue(1);
    }

    @Test
    void answersForAnEarlierVersionGoToTheHistoryWhenTheLearnerStartsAgain() throws Exception {
        int now = version(CASE);
        progress.save(LearnerProgress.empty(ana.id()).with(started(CASE, now - 1)));
        model.startAs(ana);

        CaseSession fresh = model.openCase(CASE, () -> true).orElseThrow();

        assertThat(fresh.progress().caseVersion()).isEqualTo(now);
        assertThat(fresh.progress().page()).isEqualTo(WizardPage.PLACE);
        assertThat(model.context().keeper().progress().history(CASE))
                .extracting(CaseProgress::caseVersion)
                .containsExactly(now - 1);
    }

    @Test
    void aCaseStartsAgainOnlyWhenConfirmed() throws Exception {
        progress.save(LearnerProgress.empty(ana.id()).with(started(CASE, version(CASE))));
        model.startAs(ana);

        assertThat(model.restartCase(CASE, () -> false)).isFalse();
        assertThat(model.context().keeper().progress().caseProgress(CASE))
                .map(CaseProgress::page)
                .contains(WizardPage.SENSE);

        assertThat(model.restartCase(CASE, () -> true)).isTrue();
        assertThat(model.context().keeper().progress().caseProgress(CASE))
                .map(CaseProgress::page)
                .contains(WizardPage.PLACE);
    }

    @Test
    void aWizardLeftAfterStartingOverDoesNotSaveTheReplacedAttemptAsTheNewOne() throws Exception {
        Instant then = AppDriver.CLOCK.instant();
        CaseProgress finished = new CaseProgress(
                CASE, version(CASE), WizardPage.SUMMARY, CaseAnswers.EMPTY, Map.of(), then, then, then);
        progress.save(LearnerProgress.empty(ana.id()).with(finished));
        model.startAs(ana);
        CaseSession onSummary = model.openCase(CASE, () -> false).orElseThrow();
        onSummary.goTo(WizardPage.PLACE);

        assertThat(model.restartCase(CASE, () -> true)).isTrue();
        CaseSession fresh = model.openCase(CASE, () -> false).orElseThrow();
        onSummary.checkpoint();
        model.finishSaving();

        assertThat(fresh.progress().completed()).isFalse();
        for (LearnerProgress p : List.of(
                model.context().keeper().progress(), progress.load(ana.id()).progress())) {
            CaseProgress current = p.caseProgress(CASE).orElseThrow();
            assertThat(current.completed()).isFalse();
            assertThat(current.page()).isEqualTo(WizardPage.PLACE);
            assertThat(p.history(CASE)).hasSize(1).allMatch(CaseProgress::completed);
        }
    }

    @Test
    void aLearnerWhoseFileIsFromANewerAppWorksInMemoryAndTheFileIsNeverWritten() throws Exception {
        Path file = progress.file(ana.id());
        Files.createDirectories(file.getParent());
        String newer = "{\"schemaVersion\": 9, \"learner\": \"ana\"}";
        Files.writeString(file, newer);

        assertThat(model.startAs(ana))
                .singleElement()
                .satisfies(n -> assertThat(n.detail()).contains("newer version", "file format 9"));
        model.openCase(CASE, () -> false).orElseThrow().goTo(WizardPage.PLACE);
        model.context().keeper().save(started(CASE, version(CASE)));
        model.finishSaving();

        assertThat(model.context().keeper().saves()).isFalse();
        assertThat(model.saveFailure()).isEmpty();
        assertThat(model.context().keeper().progress().caseProgress(CASE)).isPresent();
        assertThat(Files.readString(file)).isEqualTo(newer);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void savesThatFailAreReportedAndSoIsTheirRecovery() throws Exception {
        model.startAs(ana);
        List<SessionModel.Saving> seen = new ArrayList<>();
        model.savingProperty().addListener((o, was, now) -> seen.add(now));
        // A file where the progress folder should be: nothing can be saved in it.
        Path folder = progress.file(ana.id()).getParent();
        Files.createDirectories(folder.getParent());
        Files.writeString(folder, "in the way");

        model.context().keeper().save(started(CASE, version(CASE)));
        assertThat(seen).containsExactly(SessionModel.Saving.FAILING);
        assertThat(model.saveFailure()).isPresent();

        Files.delete(folder);
        model.context().keeper().save(started(CASE, version(CASE)));
        assertThat(seen).containsExactly(SessionModel.Saving.FAILING, SessionModel.Saving.RECOVERED);
        assertThat(model.saveFailure()).isEmpty();

        model.leave();
        assertThat(seen).endsWith(SessionModel.Saving.FINE);
    }

    @Test
    void theGuestIsCalledAsTheWindowSays() {
        Profile guest = model.guest("Guest");

        assertThat(guest.id()).isEqualTo(Learners.GUEST);
        assertThat(guest.name()).isEqualTo("Guest");
        assertThat(guest.hasPin()).isFalse();
    }

    private int version(String caseId) {
        return model.context()
                .course()
                .findCase(caseId)
                .map(CustomerCase::version)
                .orElseThrow();
    }

    /** Work on {@code caseId} that has reached its second step, for {@code version} of the case. */
    private static CaseProgress started(String caseId, int version) {
        Instant then = AppDriver.CLOCK.instant();
        return new CaseProgress(caseId, version, WizardPage.SENSE, CaseAnswers.EMPTY, Map.of(), then, then, null);
    }
}
