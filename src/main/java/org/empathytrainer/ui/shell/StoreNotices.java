package org.empathytrainer.ui.shell;

import org.empathytrainer.ui.kit.Notice;
import org.empathytrainer.records.StoreNotice;
import org.empathytrainer.ui.kit.Messages;

/** Turns what the store found when loading progress into a plain sentence for a banner. */
public final class StoreNotices {
    private StoreNotices() {
    }

    public static Notice describe(Messages m, StoreNotice notice) {
        String movedTo = notice.movedTo() == null ? "" : notice.movedTo().toString();
        String text = m.get("notice." + notice.kind().id(), notice.file().toString(), movedTo, notice.detail());
        Notice.Kind kind = notice.kind().fromBackup() ? Notice.Kind.WARNING : Notice.Kind.ERROR;
        return new Notice("notice-" + notice.kind().id(), kind, text);
    }
}
