package org.empathytrainer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A Node.js package that tests run beside the app (never shipped): its package.json and lock file are copied from the
 * test sources into a folder under target/ and installed there with {@code npm ci}, at the versions the lock pins.
 * Without Node.js and npm the test is skipped; with {@code CI=true} it fails instead, so CI never skips it quietly.
 */
public final class NpmFolder {
    private NpmFolder() {}

    /**
     * Installs the package if {@code installed} (a file or folder inside {@code work}) is not there yet.
     *
     * @param what   what the package is, for the skip message ("the independent xAPI validator")
     * @param source the folder in the test sources holding {@code files}
     * @param work   the folder under target/ to install into
     */
    public static void require(String what, Path source, Path work, List<String> files, Path installed) {
        boolean tools = runs("node", "--version") && runs("npm", "--version");
        String missing = "Node.js and npm are not installed, so " + what + " cannot run (.ci/run installs them)";
        if (!tools && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(missing);
        }
        Assumptions.assumeTrue(tools, missing);
        try {
            Files.createDirectories(work);
            for (String file : files) {
                Files.copy(source.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            if (!Files.exists(work.resolve(installed))) {
                Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                        .directory(work.toFile())
                        .redirectErrorStream(true)
                        .start();
                npm.getOutputStream().close();
                String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!npm.waitFor(600, TimeUnit.SECONDS) || npm.exitValue() != 0) {
                    throw new AssertionError("npm ci failed in " + work + ":\n" + output);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted installing " + what, e);
        }
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
