package org.empathytrainer.records.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.records.StoreNotice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Until learners have profiles, the learners to export are those with a progress file. */
class ProgressFolderDirectoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private final List<StoreNotice> notices = new ArrayList<>();

    private ProgressFolderDirectory directory() {
        return new ProgressFolderDirectory(data, CLOCK, notices::add);
    }

    private void save(String learner, int scene) throws StoreException {
        new ProgressStore(data, CLOCK).save(LearnerProgress.empty(learner).with(new StoryProgress(scene, "", null)));
    }

    @Test
    void learnersAreTheProgressFilesSortedByIdAndNamedByIt() throws IOException {
        save("zoe", 1);
        save("default", 2);
        save("default", 3);
        Path progress = data.resolve("progress");
        Files.writeString(progress.resolve("Not A Learner.json"), "{}");
        Files.writeString(progress.resolve("default-123.tmp"), "{}");
        Files.createDirectories(progress.resolve("folder.json"));

        assertThat(directory().names()).containsExactly("default", "zoe");
        assertThat(directory().all()).extracting(LearnerRecords::learnerId, LearnerRecords::displayName,
                r -> r.progress().story().scene()).containsExactly(
                tuple("default", "default", 3),
                tuple("zoe", "zoe", 1));
        assertThat(notices).isEmpty();
    }

    @Test
    void aLearnerIsFoundByNameOnlyIfTheyHaveAFile() throws IOException {
        save("zoe", 1);

        assertThat(directory().byName("zoe")).map(r -> r.progress().story().scene()).contains(1);
        assertThat(directory().byName("max")).isEmpty();
        assertThat(directory().byName("../zoe")).isEmpty();
    }

    @Test
    void aDamagedFileIsHandledAsTheAppDoesAndReported() throws IOException {
        save("zoe", 1);
        save("zoe", 2);
        Files.writeString(data.resolve("progress/zoe.json"), "{ broken");

        List<LearnerRecords> all = directory().all();

        assertThat(all).singleElement().extracting(r -> r.progress().story().scene()).isEqualTo(1);
        assertThat(notices).singleElement().extracting(StoreNotice::kind)
                .isEqualTo(StoreNotice.Kind.RECOVERED_FROM_BACKUP);
    }

    @Test
    void noProgressFolderMeansNoLearners() {
        assertThat(directory().all()).isEmpty();
        assertThat(directory().names()).isEmpty();
    }
}
