package org.empathytrainer.records.export;

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
import org.empathytrainer.records.NewFilePermissions;
import org.empathytrainer.records.export.ExportException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export is saved whole or not at all, and a failure says why in words a person can act on. */
class ExportFilesTest {
    @TempDir
    Path tmp;

    private final CsvExport csv = new CsvExport(ExportFixtures.COURSE);

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void aNewExportReplacesTheOldFileWholeAndLeavesNothingElse() throws IOException {
        Path file = tmp.resolve("results.csv");
        Files.writeString(file, "an older export");

        csv.write(file, ExportFixtures.learners());

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("\uFEFFlearner_id,");
        assertThat(names(tmp)).containsExactly("results.csv");
    }

    @Test
    void aNewExportGetsThePermissionsOfAnyNewFileOfTheUserNotOwnerOnly() throws IOException {
        Set<PosixFilePermission> usual = NewFilePermissions.in(tmp);
        Path file = tmp.resolve("results.csv");

        csv.write(file, ExportFixtures.learners());
        new XapiExport(ExportFixtures.COURSE, XapiOptions.DEFAULTS)
                .write(tmp.resolve("results.json"), ExportFixtures.learners());

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(tmp.resolve("results.json"))).isEqualTo(usual);
    }

    @Test
    void aReplacedExportKeepsThePermissionsOfTheFileItReplaces() throws IOException {
        NewFilePermissions.in(tmp);
        Path file = tmp.resolve("results.csv");
        Files.writeString(file, "an older export");
        Set<PosixFilePermission> teamOnly = PosixFilePermissions.fromString("rw-rw----");
        Files.setPosixFilePermissions(file, teamOnly);

        csv.write(file, ExportFixtures.learners());

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("\uFEFFlearner_id,");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(teamOnly);
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = tmp.resolve("no-such-folder").resolve("results.csv");

        assertThatThrownBy(() -> csv.write(file, ExportFixtures.learners()))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.FOLDER_MISSING);
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e)
                            .hasMessage("Cannot save " + file + ": the folder " + tmp.resolve("no-such-folder")
                                    + " does not exist");
                });
    }

    @Test
    void aLinkAtTheTargetIsRefusedAndLeftAsItIs() throws IOException {
        Path elsewhere = Files.writeString(tmp.resolve("elsewhere.txt"), "mine");
        Path link = Files.createSymbolicLink(tmp.resolve("results.csv"), elsewhere);

        assertThatThrownBy(() -> csv.write(link, ExportFixtures.learners()))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_A_FILE);
                    assertThat(e).hasMessageContaining(link + ": it is a link, not an ordinary file");
                });
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(elsewhere).hasContent("mine");
        assertThat(names(tmp)).containsExactly("elsewhere.txt", "results.csv");
    }

    @Test
    void aPipeAtTheTargetIsRefused() throws Exception {
        // A pipe stands for any special file: a real device would be at risk if the refusal ever failed.
        Path device = tmp.resolve("results.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", device.toString()).start().waitFor() == 0, "mkfifo is available");

        assertThatThrownBy(() -> csv.write(device, ExportFixtures.learners()))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_A_FILE);
                    assertThat(e).hasMessageContaining("a device, pipe or socket");
                });
        assertThat(Files.isRegularFile(device)).isFalse();
    }

    @Test
    void aFolderAsTargetIsRefused() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("results.csv"));
        Files.writeString(folder.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> csv.write(folder, ExportFixtures.learners()))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TARGET_IS_FOLDER);
                    assertThat(e).hasMessageContaining(folder + ": it is a folder");
                });
        assertThat(names(folder)).containsExactly("keep.txt");
        assertThat(names(tmp)).containsExactly("results.csv");
    }

    @Test
    void anUnwritableFolderIsReportedAndGetsNoFile() throws IOException {
        try (UnwritableFolder locked = UnwritableFolder.in(tmp)) {
            Path file = locked.path().resolve("results.csv");

            assertThatThrownBy(() -> new XapiExport(ExportFixtures.COURSE, XapiOptions.DEFAULTS)
                            .write(file, ExportFixtures.learners()))
                    .isInstanceOfSatisfying(ExportException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.NOT_WRITABLE);
                        assertThat(e)
                                .hasMessage(
                                        "Cannot save " + file + ": the folder " + locked.path() + " is not writable");
                    });
            assertThat(names(locked.path())).isEmpty();
        }
    }

    @Test
    void aFullDiskMidwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = tmp.resolve("results.csv");
        Files.writeString(file, "the previous export");

        assertThatThrownBy(() -> ExportFiles.write(file, out -> {
                    out.write("x".repeat(100_000));
                    out.flush();
                    throw new IOException("No space left on device");
                }))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DISK_FULL);
                    assertThat(e).hasMessage("Cannot save " + file + ": the disk is full");
                });
        assertThat(Files.readString(file)).isEqualTo("the previous export");
        assertThat(names(tmp)).containsExactly("results.csv");
    }

    @Test
    void anyOtherFailureKeepsWhatTheSystemSaid() {
        Path file = tmp.resolve("results.csv");

        assertThatThrownBy(() -> ExportFiles.write(file, out -> {
                    throw new IOException("Input/output error");
                }))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.OTHER);
                    assertThat(e).hasMessage("Cannot save " + file + ": Input/output error");
                });
        assertThat(file).doesNotExist();
    }
}
