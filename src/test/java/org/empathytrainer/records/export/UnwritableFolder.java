package org.empathytrainer.records.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A folder nobody may write into, for tests: its write permission removed, or, for root (whom permissions do not
 * stop), marked immutable with {@code chattr +i}. Skips the test where neither works. Close it to make the folder
 * writable again, so the temporary folder can be cleaned up.
 */
public final class UnwritableFolder implements AutoCloseable {
    private final Path folder;
    private final boolean immutable;

    private UnwritableFolder(Path folder, boolean immutable) {
        this.folder = folder;
        this.immutable = immutable;
    }

    public static UnwritableFolder in(Path parent) throws IOException {
        Path folder = Files.createDirectories(parent.resolve("locked"));
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        } catch (UnsupportedOperationException e) {
            folder.toFile().setWritable(false);
        }
        if (!writable(folder)) {
            return new UnwritableFolder(folder, false);
        }
        if (chattr("+i", folder) && !writable(folder)) {
            return new UnwritableFolder(folder, true);
        }
        new UnwritableFolder(folder, false).close();
        Assumptions.abort("No way to make a folder unwritable here: permissions do not stop this user and chattr +i "
                + "is not available");
        throw new AssertionError("unreachable");
    }

    public Path path() {
        return folder;
    }

    @Override
    public void close() throws IOException {
        if (immutable) {
            chattr("-i", folder);
        }
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            folder.toFile().setWritable(true);
        }
    }

    private static boolean writable(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe-", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean chattr(String flag, Path folder) {
        try {
            Process p = new ProcessBuilder("chattr", flag, folder.toString())
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
