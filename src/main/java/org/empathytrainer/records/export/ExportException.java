package org.empathytrainer.records.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An export could not be saved. The message is one line in plain words naming the file and the cause; the reason
 * lets a user interface say the same in its own words. Whatever the reason, no part of the export was left behind
 * and a file already at the target is unchanged.
 */
public final class ExportException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why the export could not be saved. */
    public enum Reason {
        /** The folder to save into does not exist (or is a file). */
        FOLDER_MISSING,
        /** The folder (or the file already there) may not be written. */
        NOT_WRITABLE,
        /** The disk or the user's quota is full. */
        DISK_FULL,
        /** The target is a folder, not a file. */
        TARGET_IS_FOLDER,
        /**
         * Something other than an ordinary file is at the target: a link, a device, a pipe. An export only replaces an
         * ordinary file or makes a new one; the detail names what is there.
         */
        NOT_A_FILE,
        /** Anything else; the detail says what. */
        OTHER
    }

    private final Reason reason;
    private final transient Path file;
    private final String detail;

    public ExportException(Reason reason, Path file, String detail, Throwable cause) {
        super(message(reason, file, detail), cause);
        this.reason = reason;
        this.file = file;
        this.detail = detail == null ? "" : detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The file the export was to be saved as. */
    public Path file() {
        return file;
    }

    /** What the system said, for the curious; may be empty. */
    public String detail() {
        return detail;
    }

    private static String message(Reason reason, Path file, String detail) {
        String start = "Cannot save " + file + ": ";
        switch (reason) {
            case FOLDER_MISSING:
                return start + "the folder " + file.toAbsolutePath().getParent() + " does not exist";
            case NOT_WRITABLE:
                return start + "the folder " + file.toAbsolutePath().getParent() + " is not writable";
            case DISK_FULL:
                return start + "the disk is full";
            case TARGET_IS_FOLDER:
                return start + "it is a folder; choose a file name";
            case NOT_A_FILE:
                return start + "it is " + detail + ", not an ordinary file, and is left as it is; choose another name";
            default:
                return start + (detail == null || detail.isBlank() ? "an unknown error" : detail);
        }
    }
}
