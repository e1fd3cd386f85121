package org.empathytrainer.records;

import java.util.Objects;
import java.util.Optional;

/** The settings as loaded, with what went wrong on the way (usually nothing). */
public record SettingsLoad(Settings settings, Optional<SettingsNotice> notice) {

    public SettingsLoad {
        Objects.requireNonNull(settings, "settings");
        notice = notice == null ? Optional.empty() : notice;
    }
}
