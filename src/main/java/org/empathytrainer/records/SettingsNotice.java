package org.empathytrainer.records;

import java.nio.file.Path;

/**
 * Something the user should hear about after the settings were loaded. The UI turns the kind into a sentence; this
 * record only carries the facts.
 *
 * @param file    the settings file
 * @param movedTo where the file was moved aside, or null when it was left in place
 * @param detail  what was wrong, naming the field or the line and column of a JSON syntax error
 */
public record SettingsNotice(Kind kind, Path file, Path movedTo, String detail) {

    public SettingsNotice {
        if (kind == null || file == null) {
            throw new IllegalArgumentException("kind and file are required");
        }
        detail = detail == null ? "" : detail;
    }

    /** What happened to the settings file. */
    public enum Kind {
        /** Not a settings file any more (bad JSON, no schema version): moved aside, the defaults used. */
        DAMAGED,
        /** Damaged as for {@link #DAMAGED}, but the previous save (the backup) was usable and is used. */
        RESTORED,
        /** Written by a newer version of the app: left as it is and not written, the defaults used. */
        NEWER_VERSION,
        /** Larger than the app reads: left as it is and not written, the defaults used. */
        TOO_LARGE,
        /** Could not be read at all: left in place, the defaults used. */
        UNREADABLE,
        /** Readable, but some values could not be used as they were: the nearest good ones are used instead. */
        ADJUSTED
    }
}
