package org.empathytrainer.records;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * What a new file of the user gets, for tests of the permissions the app gives its files. Read from a file made the
 * ordinary way rather than written down, as it depends on the umask of whoever runs the tests.
 */
public final class NewFilePermissions {
    private NewFilePermissions() {}

    /** The permissions of a file just made in {@code folder}. Skips the test where files have no POSIX permissions. */
    public static Set<PosixFilePermission> in(Path folder) throws IOException {
        Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "This file system has no POSIX permissions");
        Path probe = Files.createFile(folder.resolve("permissions-probe"));
        try {
            return Files.getPosixFilePermissions(probe);
        } finally {
            Files.delete(probe);
        }
    }
}
