package org.empathytrainer.records.profiles;

import java.util.Objects;

/**
 * A profile operation was refused or failed. The message says what is wrong in plain words (for the command line
 * and the log); {@link #problem()} and {@link #subject()} let the UI say the same from its resource bundle.
 */
public final class ProfileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Problem {
        /** The name is empty or only spaces. */
        BLANK_NAME,
        /** The name is longer than {@link ProfileNames#MAX_LENGTH} characters. */
        NAME_TOO_LONG,
        /** The name holds a line break, a tab or another control character. */
        NAME_HAS_CONTROL_CHARACTERS,
        /** Another profile has this name (ignoring case). */
        NAME_TAKEN,
        /** No profile has this id. */
        UNKNOWN_PROFILE,
        /** Nothing in the trash has this id (or it has been purged). */
        UNKNOWN_TRASH,
        /** A PIN is 4 to 12 digits. */
        PIN_FORMAT,
        /** The files could not be read, written or moved; the message names the file and the cause. */
        STORAGE
    }

    private final Problem problem;
    private final String subject;

    /** {@code subject}: the name, id or file the problem is about; may be empty. */
    public ProfileException(Problem problem, String subject, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem);
        this.subject = subject == null ? "" : subject;
    }

    public ProfileException(Problem problem, String subject, String message, Throwable cause) {
        this(problem, subject, message);
        initCause(cause);
    }

    public Problem problem() {
        return problem;
    }

    /** The name, id or file the problem is about, for the UI's sentence; empty when there is none. */
    public String subject() {
        return subject;
    }
}
