package org.empathytrainer.records.profiles;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something the learner should hear about {@code profiles.json}: it was damaged or written by a newer version and
 * was moved aside, or it could not be read. The UI turns the kind into a sentence; this record only has the facts.
 *
 * @param file    profiles.json
 * @param movedTo where the file was moved aside, or null when it was left in place
 * @param detail  what was wrong, naming the field, or the line and column of a JSON syntax error
 */
public record ProfilesNotice(Kind kind, Path file, Path movedTo, String detail) {

    public ProfilesNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        detail = detail == null ? "" : detail;
    }

    /** What happened to the list of profiles. */
    public enum Kind {
        /** Moved aside; the previous save (the backup) was used. */
        RECOVERED_FROM_BACKUP,
        /** Moved aside; no usable backup, so a profile was made for each progress file, named after its id. */
        REBUILT_FROM_PROGRESS,
        /** Could not be read; left alone, and nothing is saved over it until it can be read. */
        UNREADABLE
    }
}
