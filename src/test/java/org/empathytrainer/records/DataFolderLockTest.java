package org.empathytrainer.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.DataFolderLock.Outcome;
import org.empathytrainer.records.profiles.ProfileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLockTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondHoldOnTheSameFolderIsRefusedUntilTheFirstLetsGo() {
        Path data = tmp.resolve("data");
        try (DataFolderLock first = DataFolderLock.tryLock(data)) {
            assertThat(first.outcome()).isEqualTo(Outcome.HELD);
            try (DataFolderLock second = DataFolderLock.tryLock(data)) {
                assertThat(second.outcome()).isEqualTo(Outcome.IN_USE);
            }
            assertThat(DataFolderLock.tryLock(tmp.resolve("other")).outcome()).isEqualTo(Outcome.HELD);
        }
        try (DataFolderLock again = DataFolderLock.tryLock(data)) {
            assertThat(again.outcome()).isEqualTo(Outcome.HELD);
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsUnavailableNotInUse() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");

        assertThat(DataFolderLock.tryLock(file).outcome()).isEqualTo(Outcome.UNAVAILABLE);
    }

    @Test
    void readOnlyStoresWriteNothingAtAll() throws Exception {
        Path data = tmp.resolve("data");
        new ProfileStore(data, ProgressFixtures.CLOCK).create("Ana", "4821".toCharArray());
        Files.writeString(data.resolve("settings.json"), "{ damaged");
        Files.createDirectories(data.resolve("progress"));
        Files.writeString(data.resolve("progress").resolve("ana.json"), "{ damaged");
        java.util.List<String> before = listing(data);

        ProfileStore profiles = new ProfileStore(data, ProgressFixtures.CLOCK, true);
        assertThat(profiles.list()).hasSize(1);
        assertThat(profiles.checkPin("ana", "1111".toCharArray())).isFalse();
        assertThat(profiles.canWrite()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> profiles.create("Bruno", null))
                .hasMessageContaining("read-only");
        ProgressStore progress = new ProgressStore(data, ProgressFixtures.CLOCK, true);
        progress.load("ana");
        assertThat(progress.readOnly("ana")).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> progress.save(LearnerProgress.empty("ana")))
                .isInstanceOf(StoreException.class);
        SettingsStore settings = new SettingsStore(data, ProgressFixtures.CLOCK, true);
        settings.load();
        settings.save(Settings.DEFAULTS.withTheme("dark"));

        assertThat(listing(data)).isEqualTo(before);
    }

    private static java.util.List<String> listing(Path data) throws Exception {
        try (var files = Files.walk(data)) {
            return files.map(p -> {
                        try {
                            return data.relativize(p) + " " + Files.size(p) + " " + Files.getLastModifiedTime(p);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .sorted()
                    .toList();
        }
    }
}
