package org.empathytrainer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.lrs.Outbox;
import org.empathytrainer.lrs.ResultStatements;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.ProgressKeeper;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.records.export.LearnerRecords;
import org.empathytrainer.records.export.XapiOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What queueing results for the LRS adds to a save. {@code queueOnWriterThread}: the work the progress writer does
 * after each save of a learner with 100 earlier attempts who has just finished one more (the statements of what
 * changed, made by the export, and the outbox file written atomically, synced). {@code saveOnScreensThread}: what a
 * step's save costs the JavaFX thread with the hook installed (it hands the snapshot to the writer and returns).
 * {@code firstSaveOfTheRun}: a learner's first save after the app starts, which checks their whole progress against
 * the outbox (every statement made, none new), in case a crash came between a save and its queueing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LrsQueueBenchmark {
    static final int ATTEMPTS = 100;

    private Path folder;
    private Course course;
    private ResultStatements statements;
    private Outbox outbox;
    private LearnerProgress before;
    private CaseProgress template;
    private long attempt;
    private ExecutorService writer;
    private ProgressKeeper keeper;

    @Setup
    public void makeLearner() throws IOException, StoreException {
        course = ContentRepository.load(ContentSource.builtIn());
        before = BenchData.learner("bench", course, ATTEMPTS);
        template = before.history().get(0);
        folder = Files.createTempDirectory("bench-lrs-queue");
        statements = new ResultStatements(course, XapiOptions.DEFAULTS);
        outbox = Outbox.open(folder);
        outbox.queue("bench", statements.all(new LearnerRecords("bench", "Bench", before)), Instant.now());
        outbox.sent(outbox.batch(Integer.MAX_VALUE));
        writer = Executors.newSingleThreadExecutor();
        keeper = new ProgressKeeper(new ProgressStore(folder, Clock.systemUTC()), before, writer, Runnable::run);
        keeper.setOnWritten((was, now) -> {
            try {
                outbox.queue(
                        "bench",
                        statements.changedSince(new LearnerRecords("bench", "Bench", now), was),
                        Instant.now());
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The statements are sent, as they would be soon after: the outbox does not grow from one call to the next. */
    @TearDown(Level.Invocation)
    public void sent() throws StoreException {
        outbox.sent(outbox.batch(Integer.MAX_VALUE));
    }

    @TearDown
    public void deleteFolder() throws IOException, InterruptedException {
        keeper.flush();
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
        BenchData.delete(folder);
    }

    /** An attempt like the first, started a new hour later each time, so its statements have new ids. */
    private CaseProgress nextAttempt() {
        Duration shift = Duration.ofHours(ATTEMPTS + ++attempt);
        CaseProgress p = template;
        return new CaseProgress(
                p.caseId(),
                p.caseVersion(),
                p.page(),
                p.answers(),
                p.steps(),
                p.startedAt().plus(shift),
                p.updatedAt().plus(shift),
                p.completedAt().plus(shift));
    }

    @Benchmark
    public int queueOnWriterThread() throws StoreException {
        LearnerProgress after = before.with(nextAttempt());
        int queued = outbox.queue(
                "bench", statements.changedSince(new LearnerRecords("bench", "Bench", after), before), Instant.now());
        if (queued != 5) {
            throw new IllegalStateException("expected 4 answered and 1 completed, queued " + queued);
        }
        return queued;
    }

    @Benchmark
    public int firstSaveOfTheRun() throws StoreException {
        int queued = outbox.queue("bench", statements.all(new LearnerRecords("bench", "Bench", before)), Instant.now());
        if (queued != 0) {
            throw new IllegalStateException("queued again: " + queued);
        }
        return queued;
    }

    @Benchmark
    public ProgressKeeper saveOnScreensThread() {
        keeper.save(nextAttempt());
        return keeper;
    }
}
