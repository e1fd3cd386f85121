package org.empathytrainer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.LoadResult;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.StoreException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving the progress of a learner with 1,000 earlier attempts, as every step of the wizard does (an atomic save:
 * temporary file, sync, backup, move), and loading it back, as the app does at start-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ProgressBenchmark {
    static final int ATTEMPTS = 1000;

    private Path folder;
    private ProgressStore store;
    private LearnerProgress learner;

    @Setup
    public void makeLearner() throws IOException, StoreException {
        learner = BenchData.learner("bench", ContentRepository.load(ContentSource.builtIn()), ATTEMPTS);
        folder = Files.createTempDirectory("bench-progress");
        store = new ProgressStore(folder, Clock.systemUTC());
        store.save(learner);
    }

    @TearDown
    public void deleteFolder() throws IOException {
        BenchData.delete(folder);
    }

    @Benchmark
    public LearnerProgress saveProgress() throws StoreException {
        store.save(learner);
        return learner;
    }

    @Benchmark
    public LoadResult loadProgress() {
        LoadResult loaded = store.load("bench");
        if (loaded.progress().history().size() != ATTEMPTS) {
            throw new IllegalStateException("progress did not load back: " + loaded.notices());
        }
        return loaded;
    }
}
