package org.empathytrainer.records.profiles;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A deleted profile, kept with its files in {@code <data folder>/trash/<trashId>/} until {@link #purgeAfter()}.
 *
 * @param trashId the name of its folder in the trash, {@code <id>-<yyyyMMdd-HHmmss>}
 * @param folder  that folder
 */
public record TrashedProfile(String trashId, Profile profile, Instant deletedAt, Path folder) {
    /** How long a deleted profile can be restored. */
    public static final Duration KEPT_FOR = Duration.ofDays(30);

    public TrashedProfile {
        Objects.requireNonNull(trashId, "trashId");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(deletedAt, "deletedAt");
        Objects.requireNonNull(folder, "folder");
    }

    /** From this moment on the profile and its files are deleted for good, the next time the trash is looked at. */
    public Instant purgeAfter() {
        return deletedAt.plus(KEPT_FOR);
    }
}
