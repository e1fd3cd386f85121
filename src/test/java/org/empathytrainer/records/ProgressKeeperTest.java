package org.empathytrainer.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.WizardPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving off the screen's thread: in order, merged when they come fast, waited for, failures told once. */
class ProgressKeeperTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);
    private static final Instant AT = CLOCK.instant();

    @TempDir
    Path data;

    /** Work queued for the writer, run only when the test says so, as if the disk were slow. */
    private final Queue<Runnable> queued = new ArrayDeque<>();

    private static CaseProgress on(WizardPage page) {
        return new CaseProgress("porch-parcel", 1, page, CaseAnswers.EMPTY, Map.of(), AT, AT, null);
    }

    private WizardPage savedPage(ProgressStore store) {
        return store.load("ana")
                .progress()
                .caseProgress("porch-parcel")
                .orElseThrow()
                .page();
    }

    @Test
    void flushWaitsUntilTheLastCheckpointIsInTheFile() {
        ProgressStore store = new ProgressStore(data, CLOCK);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            ProgressKeeper keeper = new ProgressKeeper(store, LearnerProgress.empty("ana"), writer, Runnable::run);
            for (WizardPage page : List.of(WizardPage.PLACE, WizardPage.SENSE, WizardPage.DISCUSS, WizardPage.FIX)) {
                keeper.save(on(page));
            }
            keeper.flush();
            assertThat(savedPage(store)).isEqualTo(WizardPage.FIX);
        } finally {
            writer.shutdownNow();
        }
    }

    @Test
    void checkpointsFasterThanTheDiskBecomeOneSaveOfTheLatest() {
        ProgressStore store = new ProgressStore(data, CLOCK);
        ProgressKeeper keeper = new ProgressKeeper(store, LearnerProgress.empty("ana"), queued::add, Runnable::run);
        keeper.save(on(WizardPage.PLACE));
        keeper.save(on(WizardPage.SENSE));
        keeper.save(on(WizardPage.DISCUSS));

        assertThat(queued).hasSize(1);
        assertThat(store.file("ana")).doesNotExist();
        queued.remove().run();
        assertThat(savedPage(store)).isEqualTo(WizardPage.DISCUSS);

        keeper.save(on(WizardPage.FIX));
        assertThat(queued).hasSize(1);
        queued.remove().run();
        assertThat(savedPage(store)).isEqualTo(WizardPage.FIX);
    }

    @Test
    void aFailingFolderIsToldOnceOnTheListenersThreadAndItsRecoveryToo() throws IOException {
        Path blocked = data.resolve("blocked");
        Files.writeString(blocked, "a file where the data folder should be");
        List<String> told = new ArrayList<>();
        Queue<Runnable> onScreenThread = new ArrayDeque<>();
        ProgressKeeper keeper = new ProgressKeeper(
                new ProgressStore(blocked, CLOCK), LearnerProgress.empty("ana"), queued::add, onScreenThread::add);
        keeper.setOnSaveFailed(e -> told.add("failed: " + e.getMessage()));
        keeper.setOnSaved(() -> told.add("saved again"));

        for (WizardPage page : List.of(WizardPage.PLACE, WizardPage.SENSE)) {
            keeper.save(on(page));
            queued.remove().run();
        }
        assertThat(told).isEmpty();
        onScreenThread.forEach(Runnable::run);
        onScreenThread.clear();
        assertThat(told).singleElement().asString().startsWith("failed: ").contains(blocked.toString());

        Files.delete(blocked);
        keeper.save(on(WizardPage.DISCUSS));
        queued.remove().run();
        onScreenThread.forEach(Runnable::run);
        assertThat(told).hasSize(2).last().isEqualTo("saved again");
        assertThat(savedPage(new ProgressStore(blocked, CLOCK))).isEqualTo(WizardPage.DISCUSS);
    }

    @Test
    void aKeeperInMemoryNeverWrites() {
        ProgressKeeper keeper = ProgressKeeper.inMemory(LearnerProgress.empty("ana"));
        keeper.save(on(WizardPage.SENSE));
        keeper.flush();
        assertThat(keeper.saves()).isFalse();
        assertThat(keeper.progress().caseProgress("porch-parcel").orElseThrow().page())
                .isEqualTo(WizardPage.SENSE);
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void anAttemptStartedAgainIsNotMadeCurrentByALateCheckpoint() {
        ProgressStore store = new ProgressStore(data, CLOCK);
        CaseProgress finished =
                new CaseProgress("porch-parcel", 1, WizardPage.SUMMARY, CaseAnswers.EMPTY, Map.of(), AT, AT, AT);
        ProgressKeeper keeper = new ProgressKeeper(store, LearnerProgress.empty("ana"), Runnable::run, Runnable::run);
        keeper.save(finished);
        keeper.restart("porch-parcel", 1, AT);

        keeper.save(finished);
        keeper.flush();

        for (LearnerProgress p : List.of(keeper.progress(), store.load("ana").progress())) {
            assertThat(p.caseProgress("porch-parcel").orElseThrow().completed()).isFalse();
            assertThat(p.history("porch-parcel")).containsExactly(finished);
        }
    }
}
