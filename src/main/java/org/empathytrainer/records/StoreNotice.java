package org.empathytrainer.records;

import java.nio.file.Path;

/**
 * Something the learner should hear about after loading: their file was damaged, written by a newer version, or
 * could not be read. The UI turns the kind into a sentence from the resource bundle, under {@code notice.<id>};
 * this record only carries the facts.
 *
 * @param file    the progress file concerned
 * @param movedTo where the file was moved aside, or null when it was left in place
 * @param detail  what was wrong, naming the field (for example {@code cases.porch-parcel.steps.place.status})
 *                or the line and column of a JSON syntax error
 */
public record StoreNotice(Kind kind, Path file, Path movedTo, String detail) {

    public StoreNotice {
        if (kind == null || file == null) {
            throw new IllegalArgumentException("kind and file are required");
        }
        detail = detail == null ? "" : detail;
    }

    /** What happened to the learner's progress file. */
    public enum Kind {
        /** The file was damaged and moved aside; the previous save (the backup) was loaded instead. */
        RECOVERED_FROM_BACKUP("recovered-from-backup"),
        /** The file was damaged and moved aside; no usable backup, so the learner starts again. */
        STARTED_FRESH("started-fresh"),
        /**
         * The file came from a newer version of the app: it is left as it is and not written; the learner works in
         * memory only, from the backup if it is usable. The detail says which version wrote it.
         */
        NEWER_VERSION("newer-version"),
        /** The file could not be read at all; it was left alone and will not be saved over in this session. */
        UNREADABLE("unreadable"),
        /** Some saved texts were longer than the limit and were cut to it; the rest loaded as saved. */
        TEXT_CUT("text-cut");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** Whether the progress returned with this notice came from the backup. */
        public boolean fromBackup() {
            return this == RECOVERED_FROM_BACKUP;
        }

        /** Whether the learner kept their progress, so the notice is a warning rather than an error. */
        public boolean progressKept() {
            return fromBackup() || this == TEXT_CUT;
        }
    }
}
