package org.empathytrainer.records.export;

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
        boolean installed = runs("node", "--version") && runs("npm", "--version");
        String missing = "Node.js and npm are not installed, so the independent xAPI validator cannot run "
                + "(.ci/run installs them)";
        // In CI the check must run, not quietly skip.
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(missing);
        }
        Assumptions.assumeTrue(installed, missing);
        try {
            Files.createDirectories(WORK);
            for (String file : FILES) {
                Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            if (!Files.isDirectory(WORK.resolve("node_modules/@learninglocker/xapi-validation"))) {
                Outcome install = run(600, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
                if (install.status() != 0) {
                    throw new AssertionError("npm ci failed in " + WORK + ":\n" + install.output());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Outcome validate(Path statements) {
        return run(120, "node", "validate.js", statements.toAbsolutePath().toString());
    }

    private static boolean runs(String... command) {
        try {
            return run(60, command).status() == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
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
