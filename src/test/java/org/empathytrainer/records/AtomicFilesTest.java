package org.empathytrainer.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file the app writes: whole or not at all, with the permissions a file of the user should have. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFileOfTheUserNotOwnerOnly() throws IOException {
        Set<PosixFilePermission> usual = NewFilePermissions.in(dir);
        Path file = dir.resolve("votes.csv");

        AtomicFiles.write(file, "a,b\r\n".getBytes(StandardCharsets.UTF_8), null);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(usual);
        assertThat(names()).containsExactly("votes.csv");
    }

    @Test
    void aNewLearnersRecordIsForItsOwnerAlone() throws IOException {
        NewFilePermissions.in(dir);
        Path file = dir.resolve("progress.json");

        AtomicFiles.writePrivately(file, List.of("{}".getBytes(StandardCharsets.UTF_8)), null);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(file).hasContent("{}");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        NewFilePermissions.in(dir);
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "old");
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-rw-");
        Files.setPosixFilePermissions(file, shared);

        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8), dir.resolve("settings.json.bak"));

        assertThat(file).hasContent("new");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(shared);
    }

    @Test
    void aPrivateFileStaysPrivateAndAReadOnlyOneStaysReadOnly() throws IOException {
        NewFilePermissions.in(dir);
        Path file = dir.resolve("a.json");
        Files.writeString(file, "old");
        Set<PosixFilePermission> readOnly = PosixFilePermissions.fromString("r--------");
        Files.setPosixFilePermissions(file, readOnly);

        AtomicFiles.writePrivately(
                file, List.of("n".getBytes(StandardCharsets.UTF_8), "ew".getBytes(StandardCharsets.UTF_8)), null);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(readOnly);
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(names()).containsExactly("a.json");
    }

    @Test
    void streamedContentIsWrittenWholeEvenWhenTheWriterClosesTheStream() throws IOException {
        Path file = dir.resolve("certificate.png");
        byte[] big = new byte[200_000];
        big[big.length - 1] = 7;

        AtomicFiles.write(
                file,
                out -> {
                    out.write(1);
                    out.write(big);
                    out.write(new byte[] {2, 3}, 1, 1);
                    out.close();
                },
                null);

        byte[] written = Files.readAllBytes(file);
        assertThat(written).hasSize(big.length + 2);
        assertThat(written[0]).isEqualTo((byte) 1);
        assertThat(written[big.length]).isEqualTo((byte) 7);
        assertThat(written[big.length + 1]).isEqualTo((byte) 3);
    }

    @Test
    void aFailingWriteLeavesTheOldFileItsBackupAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("a.json");
        Path backup = dir.resolve("a.json.bak");
        AtomicFiles.write(file, "first".getBytes(StandardCharsets.UTF_8), backup);
        AtomicFiles.write(file, "second".getBytes(StandardCharsets.UTF_8), backup);
        IOException full = new IOException("No space left on device");

        assertThatThrownBy(() -> AtomicFiles.write(
                        file,
                        out -> {
                            out.write(new byte[100_000]);
                            throw full;
                        },
                        backup))
                .isInstanceOf(IOException.class)
                .hasMessage("the new file could not be written (No space left on device)")
                .hasCause(full);

        assertThat(file).hasContent("second");
        assertThat(backup).hasContent("first");
        assertThat(names()).containsExactly("a.json", "a.json.bak");
    }

    @Test
    void aFailureToPutTheFileInPlaceLeavesNoTemporaryFile() throws IOException {
        Path folderInTheWay = Files.createDirectories(dir.resolve("a.json"));
        Files.writeString(folderInTheWay.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> AtomicFiles.write(folderInTheWay, "new".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("the new file could not be put in place");

        assertThat(folderInTheWay.resolve("keep.txt")).hasContent("mine");
        assertThat(names()).containsExactly("a.json");
    }
}
