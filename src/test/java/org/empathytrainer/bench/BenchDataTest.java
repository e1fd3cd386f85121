package org.empathytrainer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.ProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' data, at small sizes: it must be what the app really meets, or the figures mean nothing. */
class BenchDataTest {
    private static final Course COURSE = ContentRepository.load(ContentSource.folder(Path.of("assets")));

    @Test
    void generatedCasesLoadBesideTheCourseWithoutProblems(@TempDir Path dir) throws Exception {
        BenchData.caseFolder(dir, 3);

        Course course =
                ContentRepository.load(ContentSource.folder(Path.of("assets")), List.of(ContentSource.folder(dir)));

        assertThat(course.problems()).isEmpty();
        assertThat(course.cases()).hasSize(COURSE.cases().size() + 3);
        assertThat(course.cases())
                .extracting(CustomerCase::id)
                .contains("generated-case-001", "generated-case-002", "generated-case-003")
                .doesNotHaveDuplicates();
    }

    @Test
    void everyAttemptOfTheGeneratedLearnerIsFinishedWithEveryStepScored() {
        LearnerProgress learner = BenchData.learner("bench", COURSE, 12);

        assertThat(learner.history()).hasSize(12);
        assertThat(learner.cases()).hasSize(COURSE.cases().size());
        assertThat(learner.history()).allSatisfy(p -> {
            assertThat(p.completed()).isTrue();
            assertThat(p.stepsDone()).isEqualTo(4);
        });
        assertThat(learner.history()).extracting(CaseProgress::startedAt).doesNotHaveDuplicates();
    }

    @Test
    void theGeneratedLearnerSavesAndLoadsBackUnchanged(@TempDir Path dir) throws Exception {
        LearnerProgress learner = BenchData.learner("bench", COURSE, 25);
        ProgressStore store =
                new ProgressStore(dir, Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC));

        store.save(learner);

        assertThat(store.load("bench").progress()).isEqualTo(learner);
    }
}
