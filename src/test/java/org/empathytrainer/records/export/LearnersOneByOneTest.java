package org.empathytrainer.records.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.profiles.ProfileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports take the learners one at a time: each one's progress is read when the export reaches them. */
class LearnersOneByOneTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private final List<String> notes = new ArrayList<>();

    private void learner(String name, int scene) throws Exception {
        String id = new ProfileStore(data, CLOCK).create(name, null).id();
        new ProgressStore(data, CLOCK).save(LearnerProgress.empty(id).with(new StoryProgress(scene, "", null)));
    }

    @Test
    void eachLearnersProgressIsReadWhenTheListIsAskedForThem() throws Exception {
        learner("Ana", 1);
        learner("Bruno", 2);
        List<LearnerRecords> learners = new ProfileDirectory(data, CLOCK, notes::add).oneByOne(id -> true);
        new ProgressStore(data, CLOCK).save(LearnerProgress.empty("bruno").with(new StoryProgress(5, "", null)));

        assertThat(learners).hasSize(2);
        assertThat(learners)
                .extracting(
                        LearnerRecords::displayName, r -> r.progress().story().scene())
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("Ana", 1),
                        org.assertj.core.api.Assertions.tuple("Bruno", 5));
    }

    @Test
    void theLearnersLeftOutAreNeverRead() throws Exception {
        learner("Ana", 1);
        learner("Bruno", 2);
        Files.writeString(data.resolve("progress/bruno.json"), "{ broken");

        List<LearnerRecords> learners =
                new ProfileDirectory(data, CLOCK, notes::add).oneByOne(id -> !id.equals("bruno"));

        assertThat(learners).extracting(LearnerRecords::learnerId).containsExactly("ana");
        assertThat(notes).isEmpty();
        assertThat(data.resolve("progress/bruno.json")).hasContent("{ broken");
    }

    @Test
    void aLearnerWhoseFileWasMendedIsTheSameAtEveryExportAndNotedOnce() throws Exception {
        learner("Zoe", 1);
        new ProgressStore(data, CLOCK).save(LearnerProgress.empty("zoe").with(new StoryProgress(2, "", null)));
        Files.writeString(data.resolve("progress/zoe.json"), "{ broken");
        List<LearnerRecords> learners = new ProfileDirectory(data, CLOCK, notes::add).oneByOne(id -> true);

        int first = learners.get(0).progress().story().scene();
        int second = learners.get(0).progress().story().scene();

        assertThat(first).isEqualTo(1).isEqualTo(second);
        assertThat(notes).singleElement().asString().contains("zoe.json", "moved aside", "its backup is exported");
    }

    @Test
    void timestampsAreWrittenAsInstantToStringWritesThem() {
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            Instant time = Instant.ofEpochSecond(random.nextLong() % 400_000_000_000L, random.nextInt(1_000_000_000));
            assertThat(IsoTimes.timestamp(time))
                    .isEqualTo(time.truncatedTo(ChronoUnit.MILLIS).toString());
        }
        Instant whole = Instant.parse("2026-03-14T09:26:53Z");
        assertThat(IsoTimes.timestamp(whole)).isEqualTo("2026-03-14T09:26:53Z");
        assertThat(IsoTimes.timestamp(whole.plusMillis(120))).isEqualTo("2026-03-14T09:26:53.120Z");
        assertThat(IsoTimes.timestamp(null)).isEmpty();
    }
}
