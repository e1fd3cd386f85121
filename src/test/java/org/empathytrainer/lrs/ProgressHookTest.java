package org.empathytrainer.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.ProgressKeeper;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.export.ExportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results are queued by the progress writer, after the save, on its thread: never on the screens' thread. */
class ProgressHookTest {
    @TempDir
    Path data;

    @Test
    void theWriterTellsWhatWasWrittenBeforeAndNowOnItsOwnThread() throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-writer"));
        LearnerProgress one = LrsFixtures.progress("ana", 1, "late-refund");
        LearnerProgress two = LrsFixtures.progress("ana", 2, "late-refund");
        ProgressKeeper keeper =
                new ProgressKeeper(new ProgressStore(data, Clock.systemUTC()), one, writer, Runnable::run);
        List<String> told = new ArrayList<>();
        keeper.setOnWritten((before, after) -> told.add(Thread.currentThread().getName() + ": "
                + before.history().size() + " -> " + after.history().size()));

        keeper.save(two.history().get(1));
        keeper.flush();
        writer.shutdown();

        assertThat(told).containsExactly("test-writer: 1 -> 1");
    }

    @Test
    void aSaveQueuesItsResultsInTheOutboxBeforeTheWriterMovesOn() throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        LearnerProgress one = LrsFixtures.progress("ana", 1, "late-refund");
        LrsService service = LrsService.start(
                data,
                new LrsSettings("http://127.0.0.1:9/xAPI/", "k", "s", true),
                ExportFixtures.COURSE,
                id -> "Ana",
                Clock.systemUTC(),
                SendPolicy.DEFAULT);
        try {
            ProgressKeeper keeper = new ProgressKeeper(
                    new ProgressStore(data, Clock.systemUTC()), LearnerProgress.empty("ana"), writer, Runnable::run);
            keeper.setOnWritten(service::progressWritten);

            keeper.save(one.story());
            keeper.flush();

            assertThat(Outbox.open(data).waitingCount()).isEqualTo(1);
        } finally {
            service.stop();
            writer.shutdown();
        }
    }
}
