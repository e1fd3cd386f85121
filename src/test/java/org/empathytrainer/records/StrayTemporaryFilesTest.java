package org.empathytrainer.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrayTemporaryFilesTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

    @TempDir
    Path data;

    private Path file(String relative, Duration age) throws Exception {
        Path p = data.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
        Files.setLastModifiedTime(p, FileTime.from(NOW.minus(age)));
        return p;
    }

    @Test
    void temporaryFilesOlderThanADayAreRemovedInTheDataFolderAndItsFolders() throws Exception {
        Path top = file(".settings.json-123456789.tmp", Duration.ofDays(2));
        Path progress = file("progress/.ana.json-98765.tmp", Duration.ofHours(25));
        Path trashed = file("trash/ana-20260301-093000/progress/.ana.json-42.tmp", Duration.ofDays(40));
        Path recent = file("progress/.bruno.json-555.tmp", Duration.ofHours(2));
        Path saved = file("progress/ana.json", Duration.ofDays(3));
        Path someoneElses = file("progress/notes.tmp", Duration.ofDays(3));

        assertThat(StrayTemporaryFiles.remove(data, NOW)).isEqualTo(3);

        assertThat(top).doesNotExist();
        assertThat(progress).doesNotExist();
        assertThat(trashed).doesNotExist();
        assertThat(recent).exists();
        assertThat(saved).exists();
        assertThat(someoneElses).exists();
    }

    @Test
    void aMissingDataFolderIsNothingToDo() {
        assertThat(StrayTemporaryFiles.remove(data.resolve("none"), NOW)).isZero();
    }
}
