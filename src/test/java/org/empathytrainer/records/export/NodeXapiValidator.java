package org.empathytrainer.records.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.empathytrainer.testing.NpmFolder;

/**
 * Runs the independent xAPI validator, {@code @learninglocker/xapi-validation}, on Node.js: the small project in
 * {@code src/test/xapi} (its version pinned by package-lock.json) is copied to {@code target/xapi-check} and
 * installed there with {@code npm ci} the first time. Without node and npm the calling test is skipped, except in CI
 * (the {@code CI} variable set to true), where it fails.
 */
final class NodeXapiValidator {
    private static final Path SOURCE = Path.of("src", "test", "xapi");
    private static final Path WORK = Path.of("target", "xapi-check");
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "validate.js");

    /** What the validator printed and its exit status: 0 valid, 1 problems found. */
    record Outcome(int status, String output) {}

    private NodeXapiValidator() {}

    /** Installs the validator if needed; skips the test when Node.js or npm is not installed. */
    static void requireInstalled() {
        NpmFolder.require(
                "the independent xAPI validator",
                SOURCE,
                WORK,
                FILES,
                Path.of("node_modules", "@learninglocker", "xapi-validation"));
    }

    static Outcome validate(Path statements) {
        return run(120, "node", "validate.js", statements.toAbsolutePath().toString());
    }

    private static Outcome run(int seconds, String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(WORK.toFile().isDirectory() ? WORK.toFile() : null)
                    .redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + seconds + " s");
            }
            return new Outcome(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + String.join(" ", command), e);
        }
    }
}
