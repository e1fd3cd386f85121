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
import org.empathytrainer.records.profiles.ProfileException;
import org.empathytrainer.records.profiles.ProfileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learners to export are the workstation's profiles, under their names, each with their progress. */
class ProfileDirectoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private final List<String> notes = new ArrayList<>();

    private ProfileDirectory directory() {
        return new ProfileDirectory(data, CLOCK, notes::add);
    }

    private void save(String learner, int scene) throws StoreException {
        new ProgressStore(data, CLOCK).save(LearnerProgress.empty(learner).with(new StoryProgress(scene, "", null)));
    }

    private String create(String name) throws ProfileException {
        return new ProfileStore(data, CLOCK).create(name, null).id();
    }

    @Test
    void learnersAreTheProfilesByNameWithTheirProgress() throws Exception {
        String zoe = create("Zoë Ångström");
        String ana = create("ana");
        save(zoe, 3);

        assertThat(directory().all())
                .extracting(
                        LearnerRecords::learnerId,
                        LearnerRecords::displayName,
                        r -> r.progress().story().scene())
                .containsExactly(tuple("ana", "ana", 0), tuple("zoe-angstrom", "Zoë Ångström", 3));
        assertThat(directory().names()).containsExactly("ana", "Zoë Ångström");
        assertThat(ana).isEqualTo("ana");
        assertThat(notes).isEmpty();
    }

    @Test
    void withoutProfilesEachProgressFileIsALearnerNamedByItsId() throws IOException {
        save("zoe", 1);
        save("default", 2);

        assertThat(directory().all())
                .extracting(LearnerRecords::learnerId, LearnerRecords::displayName)
                .containsExactly(tuple("default", "default"), tuple("zoe", "zoe"));
    }

    @Test
    void aLearnerIsFoundByNameIgnoringCaseOrById() throws Exception {
        String zoe = create("Zoë Ångström");
        save(zoe, 3);

        assertThat(directory().byName("  zoë ÅNGSTRÖM "))
                .map(LearnerRecords::learnerId)
                .contains(zoe);
        assertThat(directory().byName("zoe-angstrom"))
                .map(LearnerRecords::displayName)
                .contains("Zoë Ångström");
        assertThat(directory().byName("max")).isEmpty();
    }

    @Test
    void aDamagedProgressFileIsHandledAsTheAppDoesAndNoted() throws IOException {
        save("zoe", 1);
        save("zoe", 2);
        Files.writeString(data.resolve("progress/zoe.json"), "{ broken");

        List<LearnerRecords> all = directory().all();

        assertThat(all)
                .singleElement()
                .extracting(r -> r.progress().story().scene())
                .isEqualTo(1);
        assertThat(notes)
                .singleElement()
                .asString()
                .startsWith(data.resolve("progress/zoe.json").toString())
                .contains("moved aside", "its backup is exported");
    }

    @Test
    void noLearnersAtAll() {
        assertThat(directory().all()).isEmpty();
        assertThat(directory().names()).isEmpty();
    }
}
