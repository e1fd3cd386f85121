package org.empathytrainer.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.PlaceAnswer;
import org.empathytrainer.practice.WizardPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts: written once typing pauses, merged while it goes on, and written at once by a flush. */
class ProgressKeeperDraftTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);
    private static final Instant AT = CLOCK.instant();

    @TempDir
    Path data;

    /** Writes queued, run when the test says, as if the disk were slow. */
    private final Queue<Runnable> writes = new ArrayDeque<>();
    /** The ends of the pauses after drafts, in order, run when the test says. */
    private final Queue<Runnable> pauses = new ArrayDeque<>();

    private static CaseProgress typed(String retelling) {
        CaseAnswers answers = CaseAnswers.EMPTY.with(PlaceAnswer.EMPTY.withRetelling(retelling));
        return new CaseProgress("porch-parcel", 1, WizardPage.PLACE, answers, Map.of(), AT, AT, null);
    }

    private Optional<String> savedRetelling(ProgressStore store) {
        if (!store.file("ana").toFile().exists()) {
            return Optional.empty();
        }
        return store.load("ana")
                .progress()
                .caseProgress("porch-parcel")
                .map(p -> p.answers().place().retelling());
    }

    private ProgressKeeper keeper(ProgressStore store) {
        return new ProgressKeeper(
                Optional.of(store), LearnerProgress.empty("ana"), writes::add, Runnable::run, pauses::add);
    }

    @Test
    void aDraftIsWrittenOnlyWhenTheLastOfABurstHasPaused() {
        ProgressStore store = new ProgressStore(data, CLOCK);
        ProgressKeeper keeper = keeper(store);
        keeper.saveDraft(typed("I"));
        keeper.saveDraft(typed("I ordered"));
        keeper.saveDraft(typed("I ordered a lamp"));

        assertThat(writes).isEmpty();
        assertThat(keeper.progress()
                        .caseProgress("porch-parcel")
                        .orElseThrow()
                        .answers()
                        .place()
                        .retelling())
                .isEqualTo("I ordered a lamp");
        // The pauses after the first two were cut short by the next key: they write nothing.
        pauses.remove().run();
        pauses.remove().run();
        assertThat(writes).isEmpty();
        pauses.remove().run();
        assertThat(writes).hasSize(1);
        writes.remove().run();
        assertThat(savedRetelling(store)).contains("I ordered a lamp");
    }

    @Test
    void flushWritesADraftWhosePauseIsNotOverFromAnotherThread() throws Exception {
        ProgressStore store = new ProgressStore(data, CLOCK);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            ProgressKeeper keeper = new ProgressKeeper(
                    Optional.of(store), LearnerProgress.empty("ana"), writer, Runnable::run, pauses::add);
            keeper.saveDraft(typed("The parcel was never on my porch"));
            assertThat(savedRetelling(store)).isEmpty();

            Thread hook = new Thread(() -> keeper.flush(5, TimeUnit.SECONDS));
            hook.start();
            hook.join(10_000);

            assertThat(hook.isAlive()).isFalse();
            assertThat(savedRetelling(store)).contains("The parcel was never on my porch");
        } finally {
            writer.shutdownNow();
        }
    }

    @Test
    void aCheckpointAfterADraftIsNotUndoneByTheDraftsPause() {
        ProgressStore store = new ProgressStore(data, CLOCK);
        ProgressKeeper keeper = keeper(store);
        keeper.saveDraft(typed("draft"));
        keeper.save(typed("draft, then Next"));
        writes.remove().run();
        pauses.remove().run();
        writes.forEach(Runnable::run);
        assertThat(savedRetelling(store)).contains("draft, then Next");
    }

    @Test
    void aKeeperInMemoryKeepsDraftsWithoutWriting() {
        ProgressKeeper keeper = ProgressKeeper.inMemory(LearnerProgress.empty("ana"));
        keeper.saveDraft(typed("in the classroom"));
        keeper.flush();
        assertThat(keeper.progress()
                        .caseProgress("porch-parcel")
                        .orElseThrow()
                        .answers()
                        .place()
                        .retelling())
                .isEqualTo("in the classroom");
        assertThat(data).isEmptyDirectory();
    }
}
