package org.empathytrainer.ui.theme;

import org.empathytrainer.records.SettingsNotice;
import org.empathytrainer.ui.Banners;
import org.empathytrainer.ui.Messages;
import org.empathytrainer.ui.StartupNotice;

/** Turns what the store found when loading the settings into a plain sentence for a banner. */
public final class SettingsNotices {
    private SettingsNotices() {
    }

    public static StartupNotice describe(Messages m, SettingsNotice notice) {
        String movedTo = notice.movedTo() == null ? "" : notice.movedTo().toString();
        String text = m.get(key(notice.kind()), notice.file().toString(), movedTo, notice.detail());
        return new StartupNotice("settings-notice", Banners.Kind.WARNING, text);
    }

    private static String key(SettingsNotice.Kind kind) {
        switch (kind) {
            case DAMAGED:
                return "settings.notice.damaged";
            case NEWER_VERSION:
                return "settings.notice.newer-version";
            case UNREADABLE:
                return "settings.notice.unreadable";
            default:
                return "settings.notice.adjusted";
        }
    }
}
