package org.empathytrainer.ui.shell;

import org.empathytrainer.records.SettingsNotice;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Notice;

/** Turns what the store found when loading the settings into a plain sentence for a banner. */
public final class SettingsNotices {
    private SettingsNotices() {}

    public static Notice describe(Messages m, SettingsNotice notice) {
        String movedTo = notice.movedTo() == null ? "" : notice.movedTo().toString();
        String text = m.get(key(notice.kind()), notice.file().toString(), movedTo, notice.detail());
        return new Notice("settingsNotice", Notice.Kind.WARNING, text);
    }

    private static String key(SettingsNotice.Kind kind) {
        switch (kind) {
            case DAMAGED:
                return "settings.notice.damaged";
            case RESTORED:
                return "settings.notice.restored";
            case NEWER_VERSION:
                return "settings.notice.newer-version";
            case TOO_LARGE:
                return "settings.notice.too-large";
            case UNREADABLE:
                return "settings.notice.unreadable";
            default:
                return "settings.notice.adjusted";
        }
    }
}
