package org.empathytrainer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
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
 * Loading all content as the app does at start-up: the built-in course and a trainer's folder of 100 more cases,
 * parsed and validated. Measured warm (after warm-up, as when a trainer reloads) and cold (the first load in a fresh
 * JVM, as at start-up).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ContentBenchmark {
    static final int CASES = 100;

    private Path folder;

    @Setup
    public void writeCases() throws IOException {
        folder = BenchData.caseFolder(Files.createTempDirectory("bench-cases"), CASES);
    }

    @TearDown
    public void deleteCases() throws IOException {
        BenchData.delete(folder);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Course loadAllContentWarm() {
        return load();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(7)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Course loadAllContentCold() {
        return load();
    }

    private Course load() {
        Course course = ContentRepository.load(ContentSource.builtIn(), List.of(ContentSource.folder(folder)));
        if (!course.problems().isEmpty() || course.cases().size() < CASES) {
            throw new IllegalStateException("content did not load cleanly: " + course.problems());
        }
        return course;
    }
}
