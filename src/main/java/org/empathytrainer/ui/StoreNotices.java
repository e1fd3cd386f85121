package org.empathytrainer.ui;

import org.empathytrainer.records.StoreNotice;

/** Turns what the store found when loading progress into a plain sentence for a banner. */
public final class StoreNotices {
    private StoreNotices() {
    }

    public static StartupNotice describe(Messages m, StoreNotice notice) {
        String movedTo = notice.movedTo() == null ? "" : notice.movedTo().toString();
        String text = m.get("notice." + notice.kind().id(), notice.file().toString(), movedTo, notice.detail());
        Banners.Kind kind = notice.kind().fromBackup() ? Banners.Kind.WARNING : Banners.Kind.ERROR;
        return new StartupNotice("notice-" + notice.kind().id(), kind, text);
    }
}
