package org.empathytrainer.ui.profiles;

import java.time.Instant;
import java.util.Date;
import org.empathytrainer.records.profiles.ProfileException;
import org.empathytrainer.records.profiles.ProfileNames;
import org.empathytrainer.records.profiles.ProfilesNotice;
import org.empathytrainer.ui.kit.Messages;

/** Sentences about profiles from the resource bundle: refusals, and what happened to the list of learners. */
final class ProfileTexts {
    private ProfileTexts() {}

    /** What went wrong, in the UI's words. {@code restoring}: a taken name is the other learner's, not a new one. */
    static String error(Messages m, ProfileException e, boolean restoring) {
        switch (e.problem()) {
            case BLANK_NAME:
                return m.get("profiles.error.blank-name");
            case NAME_TOO_LONG:
                return m.get("profiles.error.name-too-long", ProfileNames.MAX_LENGTH);
            case NAME_HAS_CONTROL_CHARACTERS:
                return m.get("profiles.error.name-control");
            case NAME_TAKEN:
                return m.get(
                        restoring ? "profiles.error.restore-name-taken" : "profiles.error.name-taken", e.subject());
            case UNKNOWN_PROFILE:
                return m.get("profiles.error.unknown-profile");
            case UNKNOWN_TRASH:
                return m.get("profiles.error.unknown-trash");
            case PIN_FORMAT:
                return m.get("profiles.error.pin-format");
            default:
                return m.get("profiles.error.storage", e.getMessage());
        }
    }

    static String notice(Messages m, ProfilesNotice n) {
        Object[] args = {n.file(), n.movedTo() == null ? "" : n.movedTo(), n.detail()};
        switch (n.kind()) {
            case RECOVERED_FROM_BACKUP:
                return m.get("profiles.notice.recovered-from-backup", args);
            case REBUILT_FROM_PROGRESS:
                return m.get("profiles.notice.rebuilt-from-progress", args);
            default:
                return m.get("profiles.notice.unreadable", args);
        }
    }

    /** For MessageFormat's {@code {n,date,long}}. */
    static Date date(Instant instant) {
        return Date.from(instant);
    }
}
