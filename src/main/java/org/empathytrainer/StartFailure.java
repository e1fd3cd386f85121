package org.empathytrainer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.empathytrainer.records.AtomicFiles;

/**
 * What the app says when it cannot start or a command fails without a rule for it: a line on standard error naming the error, and the whole stack trace in a
 * file whose place the line (and the dialog, when the toolkit is up) gives. Whoever started the app from a menu sees
 * no terminal, so the file is what they can send to whoever looks after the app.
 */
final class StartFailure {
    /** The exit status of an app that could not start. */
    static final int STATUS = 1;

    private static final System.Logger LOG = System.getLogger(StartFailure.class.getName());

    private final Throwable error;
    private final Optional<Path> details;

    private StartFailure(Throwable error, Optional<Path> details) {
        this.error = error;
        this.details = details;
    }

    /** Writes the details file and the line on {@code err}; never throws, whatever state the JVM is in. */
    static StartFailure report(Throwable error, PrintWriter err) {
        Throwable cause = rootOf(error);
        Optional<Path> details = writeDetails(error);
        StartFailure failure = new StartFailure(cause, details);
        try {
            err.println("Empathy Trainer stopped with an error: " + failure.what());
            details.ifPresent(file -> err.println("The details are in " + file));
            err.flush();
        } catch (RuntimeException e) {
            // Standard error itself failed; the details file, if written, still holds it all.
        }
        return failure;
    }

    /** The error in a line: its kind and its message, as in "OutOfMemoryError: Java heap space". */
    String what() {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** Where the stack trace was written, if it could be. */
    Optional<Path> details() {
        return details;
    }

    /** The error that started it all: a failed start wraps it in completion and execution exceptions. */
    private static Throwable rootOf(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t && isWrapper(t)) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean isWrapper(Throwable t) {
        return t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.lang.reflect.InvocationTargetException
                || t.getClass().getName().startsWith("picocli.");
    }

    private static Optional<Path> writeDetails(Throwable error) {
        try {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            // The user's name in it, so that on a shared computer one user's file never stands in another's way.
            String user = System.getProperty("user.name", "").replaceAll("[^A-Za-z0-9._-]", "_");
            Path file = Path.of(System.getProperty("java.io.tmpdir"), "empathy-trainer-error-" + user + ".txt");
            AtomicFiles.write(file, trace.toString().getBytes(StandardCharsets.UTF_8), null);
            return Optional.of(file.toAbsolutePath());
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            LOG.log(System.Logger.Level.ERROR, "Could not start", error);
            return Optional.empty();
        }
    }
}
